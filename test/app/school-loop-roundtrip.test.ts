import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openXlsx, type XlsxWorkbook } from "../../src/adapters/xlsx";
import { OoxmlPackage } from "../../src/adapters/xlsx/ooxml-package";
import { readReturnedCopy } from "../../src/adapters/xlsx/returned-copy";
import { renderSchoolCopy } from "../../src/adapters/xlsx/school-copy";
import { collectAnswers, undoCollect } from "../../src/app/collect";
import type { ReturnedCopy } from "../../src/app/collect-plan";
import { DEFAULT_SETTINGS } from "../../src/app/monitor-types";
import { COPY_MARK_KEY, parseMark, type CopyMark } from "../../src/app/school-copy-mark";
import { splitWorkbook, type SchoolCopyFile } from "../../src/app/split";
import { a1 } from "../../src/domain/cell-address";
import { isoToSerial } from "../../src/domain/excel-serial";
import type { WorkbookSnapshot } from "../../src/domain/snapshot";
import { findSoffice } from "../helpers/libreoffice";

const SAMPLE = join(__dirname, "..", "..", "assets", "sample-monitoring.xlsx");
const EDIT_SCRIPT = join(__dirname, "..", "helpers", "school-edit.py");
const SETTINGS = { ...DEFAULT_SETTINGS, asOf: "2024-10-01" };
const NOW = () => new Date("2024-10-01T09:00:00Z");
const OWNED = new Set(["замечания", "сбор ответов", "_kvantorium_state"]);

interface Edit {
  sheet: string;
  cell: string;
  kind: "number" | "date" | "text";
  value: string | number;
  unprotect?: boolean;
}

/** Every cell of the user's sheets as "sheet!A1" → value and number format (empty cells left out). */
function cellsOf(s: WorkbookSnapshot): Map<string, { v: unknown; f: string }> {
  const out = new Map<string, { v: unknown; f: string }>();
  for (const sh of s.sheets) {
    if (OWNED.has(sh.name.toLowerCase())) continue;
    sh.rows.forEach((row, r) =>
      row?.forEach((v, c) => {
        if (v === null || v === undefined || v === "") return;
        const f = sh.formats?.[r]?.[c] ?? "General";
        out.set(`${sh.name}!${a1(r, c)}`, { v, f: f === "General" ? "" : f });
      }),
    );
  }
  return out;
}

function diff(a: Map<string, { v: unknown; f: string }>, b: Map<string, { v: unknown; f: string }>): string[] {
  const keys = new Set([...a.keys(), ...b.keys()]);
  return [...keys].filter((k) => JSON.stringify(a.get(k)) !== JSON.stringify(b.get(k))).sort();
}

async function markOf(bytes: Uint8Array): Promise<CopyMark> {
  return parseMark(await (await openXlsx(bytes)).loadState(COPY_MARK_KEY))!;
}

function uno(jobs: { input: string; output: string; edits: Edit[]; newSheets?: string[] }[], dir: string): void {
  findSoffice();
  const file = join(dir, "jobs.json");
  writeFileSync(file, JSON.stringify(jobs));
  execFileSync("/usr/bin/python3", [EDIT_SCRIPT, file], { stdio: "pipe", timeout: 240_000 });
}

describe("school loop on real files, edited in LibreOffice", () => {
  let dir: string;
  let master: Uint8Array;
  let masterSnap: WorkbookSnapshot;
  let files: SchoolCopyFile[];
  let copies: ReturnedCopy[];
  let planted: {
    a: string;
    dateCell: string;
    formulaCell: string;
    fillCell: string;
    conflictCell: string;
    conflictWas: unknown;
    /** The ИНН the school changed, at its place in the copy. */
    innCell: string;
  };
  let merged: XlsxWorkbook;
  let mergedBytes: Uint8Array;
  let log: Awaited<ReturnType<typeof collectAnswers>>;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "kvm-loop-"));
    // Split as the pane does: the master keeps its new id in its state and is saved.
    const book = await openXlsx(readFileSync(SAMPLE));
    files = (await splitWorkbook(book, (p) => renderSchoolCopy(p), SETTINGS, "ru", NOW())).files;
    master = await book.toBytes();
    masterSnap = await (await openXlsx(master)).readSnapshot();

    // School A: the first school with two empty step cells.
    const marks = await Promise.all(files.map((f) => markOf(f.bytes)));
    const reg = masterSnap.sheets.find((s) => s.name === "Реестр ОО")!;
    const regMark = (m: CopyMark) => m.sheets.find((s) => s.sheet === "Реестр ОО")!;
    const ai = marks.findIndex((m) => {
      const row = regMark(m).rows[regMark(m).rows.length - 1];
      return regMark(m).inputs.filter((c) => reg.rows[row]?.[c] == null).length >= 2;
    });
    const a = marks[ai];
    const rm = regMark(a);
    const copyRow = rm.rows.length - 1;
    const empty = rm.inputs.filter((c) => reg.rows[rm.rows[copyRow]]?.[c] == null);
    const ind = a.sheets.find((s) => s.sheet === "Показатели")!;
    const indRow = ind.rows.findIndex((m) => m >= 0 && m > 2);
    const conflictCol = ind.inputs[0];
    const spare = ind.rows.indexOf(-1);
    const indSheet = masterSnap.sheets.find((s) => s.name === "Показатели")!;
    planted = {
      a: a.school,
      dateCell: `Реестр ОО!${a1(rm.rows[copyRow], empty[0])}`,
      formulaCell: `Реестр ОО!${a1(rm.rows[copyRow], empty[1])}`,
      fillCell: `Показатели!${a1(indSheet.rows.length, ind.inputs[1])}`,
      conflictCell: `Показатели!${a1(ind.rows[indRow], conflictCol)}`,
      conflictWas: indSheet.rows[ind.rows[indRow]][conflictCol],
      innCell: `Реестр ОО!${a1(copyRow, 3)}`,
    };
    const aFile = join(dir, "a.xlsx");
    writeFileSync(aFile, files[ai].bytes);
    // School B: retypes one of its values unchanged (an equal value changes nothing).
    const bi = ai === 0 ? 1 : 0;
    const bFile = join(dir, "b.xlsx");
    writeFileSync(bFile, files[bi].bytes);
    const bInd = marks[bi].sheets.find((s) => s.sheet === "Показатели")!;
    const bRow = bInd.rows.findIndex((m) => m > 2);
    const bValue = indSheet.rows[bInd.rows[bRow]][bInd.inputs[0]] as number;
    uno(
      [
        {
          input: aFile,
          output: join(dir, "a-returned.xlsx"),
          edits: [
            { sheet: "Реестр ОО", cell: a1(copyRow, empty[0]), kind: "date", value: "2024-09-16" },
            { sheet: "Реестр ОО", cell: a1(copyRow, empty[1]), kind: "text", value: "=СУММ(1;2)" },
            { sheet: "Показатели", cell: a1(indRow, conflictCol), kind: "number", value: 4321 },
            { sheet: "Показатели", cell: a1(spare, ind.periodCol!), kind: "text", value: "IV квартал 2024" },
            { sheet: "Показатели", cell: a1(spare, ind.inputs[1]), kind: "number", value: 77 },
            // Outside the school's cells: the ИНН, after lifting the protection.
            { sheet: "Реестр ОО", cell: a1(copyRow, 3), kind: "text", value: "0000000000", unprotect: true },
          ],
          newSheets: ["Черновик"],
        },
        {
          input: bFile,
          output: join(dir, "b-returned.xlsx"),
          edits: [{ sheet: "Показатели", cell: a1(bRow, bInd.inputs[0]), kind: "number", value: bValue }],
        },
      ],
      dir,
    );
    // Bad inputs: not a workbook, an encrypted file, a copy of another master, a school no
    // longer in the registry, two files for one school.
    const other = await openXlsx(readFileSync(SAMPLE));
    const otherFiles = (await splitWorkbook(other, (p) => renderSchoolCopy(p), SETTINGS, "ru", NOW())).files;
    const gone = await openXlsx(files[2].bytes);
    const goneMark = (await markOf(files[2].bytes))!;
    await gone.saveState(
      COPY_MARK_KEY,
      JSON.stringify({ ...goneMark, school: "МОУ «Закрытая школа»", schoolKey: "моу «закрытая школа»" }),
    );
    const encrypted = new Uint8Array(4096);
    encrypted.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    const name = "EncryptionInfo";
    for (let i = 0; i < name.length; i++) encrypted[600 + i * 2] = name.charCodeAt(i);
    const inputs: [string, Uint8Array][] = [
      ["a-returned.xlsx", readFileSync(join(dir, "a-returned.xlsx"))],
      ["b-returned.xlsx", readFileSync(join(dir, "b-returned.xlsx"))],
      ["notes.xlsx", new TextEncoder().encode("просто текст")],
      ["locked.xlsx", encrypted],
      ["other.xlsx", otherFiles[3].bytes],
      ["gone.xlsx", await gone.toBytes()],
      ["dup-1.xlsx", files[4].bytes],
      ["dup-2.xlsx", files[4].bytes],
    ];
    copies = await Promise.all(inputs.map(([n, b]) => readReturnedCopy(n, b)));
    merged = await openXlsx(master);
    log = await collectAnswers(merged, copies, SETTINGS, "ru", NOW, { takeTheirs: false });
    mergedBytes = await merged.toBytes();
  }, 300_000);

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("keeps validation and protection through LibreOffice's save", async () => {
    const pkg = await OoxmlPackage.load(readFileSync(join(dir, "a-returned.xlsx")));
    const sheets = await pkg.sheets();
    const reg = (await pkg.text(sheets.find((s) => s.name === "Реестр ОО")!.path))!;
    expect(reg).toMatch(/<dataValidation\b[^>]*type="date"/);
    expect(reg).toContain(`<formula1>${isoToSerial("2023-01-01")}</formula1>`);
    expect(reg).toContain(`<formula2>${isoToSerial("2026-12-31")}</formula2>`);
    expect(reg).toMatch(/<sheetProtection\b/);
    const ind = (await pkg.text(sheets.find((s) => s.name === "Показатели")!.path))!;
    expect(ind).toMatch(/<dataValidation\b[^>]*type="whole"/);
    expect(ind).toMatch(/<dataValidation\b[^>]*type="decimal"/);
    expect(ind).toMatch(/<dataValidation\b[^>]*type="list"/);
    expect(ind).toContain("Введите целое число не меньше 0");
  });

  it("logs every file: taken, equal, unreadable, encrypted, foreign, unknown school, duplicates", () => {
    const byFile = new Map(log.files.map((f) => [f.file, f]));
    expect(byFile.get("a-returned.xlsx")!.status).toBe("taken");
    expect(byFile.get("a-returned.xlsx")!.school).toBe(planted.a);
    expect(byFile.get("b-returned.xlsx")!.status).toBe("nothing-new");
    expect(byFile.get("b-returned.xlsx")!.equal).toBeGreaterThan(0);
    expect(byFile.get("notes.xlsx")).toMatchObject({ status: "bad-file", error: "not-xlsx" });
    expect(byFile.get("locked.xlsx")).toMatchObject({ status: "bad-file", error: "encrypted" });
    expect(byFile.get("other.xlsx")!.status).toBe("other-master");
    expect(byFile.get("gone.xlsx")!.status).toBe("unknown-school");
    expect(byFile.get("dup-1.xlsx")).toMatchObject({ status: "duplicate", others: ["dup-2.xlsx"] });
    expect(byFile.get("dup-2.xlsx")!.status).toBe("duplicate");
  });

  it("brings every planted value with its type, lists the conflict and the edits outside, changes nothing else", async () => {
    const after = await (await openXlsx(mergedBytes)).readSnapshot();
    const a = log.files.find((f) => f.file === "a-returned.xlsx")!;
    expect(a.conflicts.map((c) => `${c.sheet}!${c.cell}`)).toEqual([planted.conflictCell]);
    expect(a.conflicts[0]).toMatchObject({ master: planted.conflictWas, school: 4321 });
    expect(a.ignored.map((g) => `${g.kind}:${g.sheet}${g.cell ? `!${g.cell}` : ""}`).sort()).toEqual(
      [`new-sheet:Черновик`, `outside:${planted.innCell}`].sort(),
    );
    const before = cellsOf(masterSnap);
    const now = cellsOf(after);
    const changed = diff(before, now);
    const appendedRow = Number(/\d+$/.exec(planted.fillCell)![0]);
    const appended = changed.filter((k) => k.startsWith("Показатели!") && Number(/\d+$/.exec(k)![0]) === appendedRow);
    expect(changed.filter((k) => !appended.includes(k)).sort()).toEqual([planted.dateCell, planted.formulaCell].sort());
    expect(now.get(planted.dateCell)).toEqual({ v: isoToSerial("2024-09-16"), f: "DD.MM.YYYY" });
    expect(now.get(planted.formulaCell)).toEqual({ v: "=СУММ(1;2)", f: expect.any(String) });
    expect(typeof now.get(planted.formulaCell)!.v).toBe("string");
    expect(now.get(planted.fillCell)!.v).toBe(77);
    expect(appended.map((k) => now.get(k)!.v)).toEqual(expect.arrayContaining([planted.a, "IV квартал 2024", 77]));
    expect(now.get(planted.conflictCell)).toEqual(before.get(planted.conflictCell));
    expect(after.sheets.map((s) => s.name)).toContain("Сбор ответов");
    expect(after.sheets.map((s) => s.name)).not.toContain("Черновик");
  });

  it("«Отменить сбор» restores every cell exactly", async () => {
    const book = await openXlsx(mergedBytes);
    const restored = await undoCollect(book, SETTINGS, "ru", NOW);
    expect(restored).toBeGreaterThan(0);
    const after = await (await openXlsx(await book.toBytes())).readSnapshot();
    expect(diff(cellsOf(masterSnap), cellsOf(after))).toEqual([]);
  });

  it("--take-theirs takes the school's value in a conflict and still records it for undo", async () => {
    const book = await openXlsx(master);
    const res = await collectAnswers(book, copies.slice(0, 1), SETTINGS, "ru", NOW, { takeTheirs: true });
    expect(res.files[0].replaced.map((c) => `${c.sheet}!${c.cell}`)).toEqual([planted.conflictCell]);
    const snap = await (await openXlsx(await book.toBytes())).readSnapshot();
    expect(cellsOf(snap).get(planted.conflictCell)!.v).toBe(4321);
    await undoCollect(book, SETTINGS, "ru", NOW);
    const back = await (await openXlsx(await book.toBytes())).readSnapshot();
    expect(diff(cellsOf(masterSnap), cellsOf(back))).toEqual([]);
  });
});
