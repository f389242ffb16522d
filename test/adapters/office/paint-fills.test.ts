import { officeOn } from "./setup";

/** Issue 10, Office.js item 5: fills that setCellProperties cannot write back are never painted over. */
const RED = "#FFC7CE";

describe("a cell with a gradient fill", () => {
  it("keeps its gradient and still gets its note, and «Снять выделение» leaves it as it was", async () => {
    const { book, gateway } = officeOn();
    const s = book.addSheet("S", [
      ["a", "b"],
      ["c", "d"],
    ]);
    const gradient = { color: "#00B0F0", pattern: "LinearGradient" };
    s.cellAt(0, 0).fill = { ...gradient };
    await gateway.applyPaint([
      { sheet: "S", row: 0, col: 0, fill: RED, note: "Срок прошёл" },
      { sheet: "S", row: 1, col: 1, fill: RED },
    ]);
    expect(s.cellAt(0, 0).fill).toEqual(gradient);
    expect(s.notes.get("A1")).toBe("Срок прошёл");
    expect(s.cellAt(1, 1).fill).toMatchObject({ color: RED });
    await gateway.clearPaint();
    expect(s.cellAt(0, 0).fill).toEqual(gradient);
    expect(s.cellAt(1, 1).fill).toBeNull();
    expect(s.notes.size).toBe(0);
  });
});

describe("a patterned fill with its own pattern tint", () => {
  it("comes back exactly, patternTintAndShade included", async () => {
    const { book, gateway } = officeOn();
    const s = book.addSheet("S", [["a"]]);
    const own = { color: "#FFFF00", pattern: "Gray50", patternColor: "#0000FF", patternTintAndShade: 0.4 };
    s.cellAt(0, 0).fill = { ...own };
    await gateway.applyPaint([{ sheet: "S", row: 0, col: 0, fill: RED }]);
    expect(s.cellAt(0, 0).fill).toMatchObject({ color: RED, pattern: "Solid" });
    await gateway.clearPaint();
    expect(s.cellAt(0, 0).fill).toEqual(own);
  });
});
