import { MAX_CELL_TEXT, fitCellValue } from "../../../src/adapters/office/cell-text";
import type { SheetModel } from "../../../src/domain/sheet-model";
import { officeOn } from "./setup";

/** Adapter bugs the stricter double (issue 10, «The double») brought to light. */
describe("writeSheet against Excel's cell limit", () => {
  it("bug: a finding quoting a full cell of the user's (over 32,767 characters) failed the whole write as «unknown»", async () => {
    const { book, gateway } = officeOn();
    book.addSheet("Лист1");
    const quoted = `Значение ячейки: ${"я".repeat(MAX_CELL_TEXT)}`;
    const model: SheetModel = {
      name: "Замечания",
      cells: [
        { row: 0, col: 0, value: "Замечание" },
        { row: 1, col: 0, value: quoted },
        { row: 2, col: 0, value: "после" },
      ],
    };
    await expect(gateway.writeSheet(model)).resolves.toBe("Замечания");
    const s = book.sheet("Замечания");
    expect(s.cell("A2").value).toBe(quoted.slice(0, MAX_CELL_TEXT));
    expect(s.cell("A3").value).toBe("после");
  });

  it("cuts text at the limit without splitting a surrogate pair, and leaves the rest as it is", () => {
    const emoji = "😀"; // two UTF-16 units
    const text = `${"a".repeat(MAX_CELL_TEXT - 1)}${emoji}tail`;
    expect(fitCellValue(text)).toBe("a".repeat(MAX_CELL_TEXT - 1));
    expect(fitCellValue("b".repeat(MAX_CELL_TEXT))).toHaveLength(MAX_CELL_TEXT);
    expect(fitCellValue(42)).toBe(42);
    expect(fitCellValue("")).toBe("");
  });
});
