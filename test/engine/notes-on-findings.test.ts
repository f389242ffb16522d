import { readFileSync } from "node:fs";
import { join } from "node:path";
import { openXlsx } from "../../src/adapters/xlsx";
import { OoxmlPackage } from "../../src/adapters/xlsx/ooxml-package";
import { createMonitor } from "../../src/app/monitor";
import { DEFAULT_SETTINGS } from "../../src/app/monitor-types";

const SAMPLE = join(__dirname, "..", "..", "assets", "sample-monitoring.xlsx");
const NOW = () => new Date("2024-10-01T09:00:00Z");
const SETTINGS = { ...DEFAULT_SETTINGS, asOf: "2024-10-01" };

/** Cells carrying a note in a written file, as "Sheet part!ref". */
async function notedCells(bytes: Uint8Array): Promise<string[]> {
  const pkg = await OoxmlPackage.load(bytes);
  const out: string[] = [];
  for (const p of pkg.paths().filter((x) => /^xl\/comments[^/]*\.xml$/.test(x))) {
    for (const m of ((await pkg.text(p)) ?? "").matchAll(/<comment ref="([A-Z]+\d+)"/g)) out.push(`${p}!${m[1]}`);
  }
  return out.sort();
}

describe("notes only on cells that carry a finding (PRODUCT.md §5)", () => {
  it("notes exactly the painted cells with a finding, none of the green ones", async () => {
    const book = await openXlsx(new Uint8Array(readFileSync(SAMPLE)));
    const result = await createMonitor(book, NOW).check(SETTINGS, "ru");
    const noted = result.paint.filter((c) => c.note);
    const green = result.paint.filter((c) => c.status === "done-on-time" && !c.note);
    expect(green.length).toBeGreaterThan(50);
    expect(noted.length).toBeLessThan(result.findings.length + 1);
    expect(await notedCells(await book.toBytes())).toHaveLength(noted.length);
  });

  it("a re-check removes the notes an older version put on green cells; clearing removes them all", async () => {
    const book = await openXlsx(new Uint8Array(readFileSync(SAMPLE)));
    const first = await createMonitor(book, NOW).check(SETTINGS, "ru");
    // The older rule: every coloured cell got a note, green ones with their status name.
    await book.applyPaint(first.paint.map((c) => ({ ...c, note: c.note ?? "Выполнено в срок" })));
    const old = await openXlsx(await book.toBytes());
    expect((await notedCells(await old.toBytes())).length).toBe(first.paint.length);
    const again = await createMonitor(old, NOW).check(SETTINGS, "ru");
    const rechecked = await openXlsx(await old.toBytes());
    expect(await notedCells(await rechecked.toBytes())).toHaveLength(again.paint.filter((c) => c.note).length);
    await createMonitor(rechecked, NOW).clear();
    expect(await notedCells(await rechecked.toBytes())).toEqual([]);
  });
});
