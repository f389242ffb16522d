import { worksheetChildrenAfter } from "../../../src/adapters/xlsx/worksheet-order";

describe("worksheetChildrenAfter (ECMA-376 CT_Worksheet order)", () => {
  it("puts hyperlinks right after dataValidations and tableParts before extLst", () => {
    const after = worksheetChildrenAfter("dataValidations");
    expect(after[0]).toBe("hyperlinks");
    expect(after.slice(-2)).toEqual(["tableParts", "extLst"]);
    expect(after).not.toContain("dataValidations");
    expect(after).not.toContain("conditionalFormatting");
  });

  it("keeps a namespace prefix for parts written as x:worksheet", () => {
    expect(worksheetChildrenAfter("legacyDrawing", "x:").slice(0, 2)).toEqual(["x:legacyDrawingHF", "x:drawingHF"]);
  });

  it("has nothing after extLst", () => {
    expect(worksheetChildrenAfter("extLst")).toEqual([]);
  });
});
