import { readFileSync } from "node:fs";
import { join } from "node:path";
import { unzipSync } from "fflate";
import { OfficeWorkbookGateway } from "../../src/adapters/office";
import { openXlsx } from "../../src/adapters/xlsx";
import { DEFAULT_SETTINGS } from "../../src/app/monitor-types";
import { paneCanDownload } from "../../src/taskpane/download-support";
import { schoolLoopService } from "../../src/taskpane/school-loop-session";
import { DoubleWorkbook, areaA1, installExcelDouble } from "../excel-double";

const SAMPLE = join(__dirname, "..", "..", "assets", "sample-monitoring.xlsx");
const NOW = () => new Date("2024-10-01T09:00:00Z");
const settings = async () => ({ ...DEFAULT_SETTINGS, asOf: "2024-10-01" });

/** The sample as the workbook open in Excel: the double with its values and number formats. */
async function sampleInExcel(): Promise<{ book: DoubleWorkbook; uninstall: () => void }> {
  const snap = await (await openXlsx(new Uint8Array(readFileSync(SAMPLE)))).readSnapshot();
  const book = new DoubleWorkbook();
  for (const s of snap.sheets) {
    const sheet = book.addSheet(
      s.name,
      s.rows.map((r) => Array.from(r ?? [], (v) => v ?? "")),
    );
    for (const m of s.merges ?? []) sheet.addMerge(areaA1(m));
    s.formats?.forEach((row, r) =>
      row?.forEach((f, c) => {
        if (f && f !== "General") sheet.cellAt(r, c).numberFormat = f;
      }),
    );
  }
  return { book, uninstall: installExcelDouble(book) };
}

describe("the school loop session on both front ends", () => {
  it("«Защитить ввод» guards as many cells in Excel as in the file on the web page", async () => {
    const file = await openXlsx(new Uint8Array(readFileSync(SAMPLE)));
    const changed = jest.fn();
    const inFile = await schoolLoopService(file, settings, NOW, changed).protect("ru");
    expect(inFile).toBeGreaterThan(0);
    expect(changed).toHaveBeenCalledTimes(1);

    const { uninstall } = await sampleInExcel();
    try {
      const inExcel = await schoolLoopService(new OfficeWorkbookGateway(), settings, NOW, () => undefined).protect(
        "ru",
      );
      expect(inExcel).toBe(inFile);
    } finally {
      uninstall();
    }
  });

  it("in Excel makes the same copies as the web page does from the same file, marked with Excel's creation date", async () => {
    const file = await openXlsx(new Uint8Array(readFileSync(SAMPLE)));
    const web = unzipSync((await schoolLoopService(file, settings, NOW, () => undefined).split("ru")).zip);
    const { book, uninstall } = await sampleInExcel();
    try {
      book.creationDate = new Date("2023-04-17T11:49:57Z");
      const loop = schoolLoopService(new OfficeWorkbookGateway(), settings, NOW, () => undefined);
      const excel = unzipSync((await loop.split("ru")).zip);
      expect(Object.keys(excel).sort()).toEqual(Object.keys(web).sort());
      const name = Object.keys(web).find((n) => n.endsWith(".xlsx"))!;
      const [fromExcel, fromWeb] = await Promise.all([openXlsx(excel[name]), openXlsx(web[name])]);
      // Every sheet the school sees is the same; the mark differs only in the master's id (the
      // sample file records no creation date, so the web page made one up and saved it).
      const visible = async (b: typeof fromWeb) =>
        (await b.readSnapshot()).sheets.filter((x) => x.visibility !== "veryHidden");
      expect(await visible(fromExcel)).toEqual(await visible(fromWeb));
      const mark = async (b: typeof fromWeb) =>
        JSON.parse((await b.loadState("kvm.school-copy"))!) as { master: string };
      const [excelMark, webMark] = await Promise.all([mark(fromExcel), mark(fromWeb)]);
      expect(excelMark.master).toBe("created:2023-04-17T11:49:57Z");
      expect({ ...excelMark, master: null }).toEqual({ ...webMark, master: null });
    } finally {
      uninstall();
    }
  });
});

describe("paneCanDownload", () => {
  const doc = { createElement: () => ({ download: "" }) } as unknown as Document;
  it("offers downloads in Excel on the web only", () => {
    expect(paneCanDownload("OfficeOnline", doc)).toBe(true);
    for (const p of ["PC", "Mac", "iOS", undefined]) expect(paneCanDownload(p, doc)).toBe(false);
  });
  it("not where the browser lacks a[download]", () => {
    expect(paneCanDownload("OfficeOnline", { createElement: () => ({}) } as unknown as Document)).toBe(false);
  });
});
