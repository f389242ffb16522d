import { parseStateRows, STATE_PIECE, stateRows } from "../../src/app/state-format";

describe("state sheet layout", () => {
  it.each<[string, unknown[][], Record<string, string>]>([
    [
      "one row per key",
      [
        ["a", "1"],
        ["b", "2"],
      ],
      { a: "1", b: "2" },
    ],
    [
      "pieces on several rows with the same key (Office)",
      [
        ["k", "ab"],
        ["x", "y"],
        ["k", "cd"],
      ],
      { k: "abcd", x: "y" },
    ],
    ["pieces in B, C, D of one row (earlier file adapter)", [["k", "ab", "cd", "ef"]], { k: "abcdef" }],
    [
      "both at once",
      [
        ["k", "a", "b"],
        ["k", "c"],
      ],
      { k: "abc" },
    ],
    ["blanked stale rows and empty cells", [["", ""], [null, "x"], ["k", null, "z"], []], { k: "z" }],
    ["a key with an empty value", [["k", ""]], { k: "" }],
    ["a piece Excel read as a number", [["year", 2024]], { year: "2024" }],
  ])("reads %s", (_what, rows, expected) => {
    expect(Object.fromEntries(parseStateRows(rows))).toEqual(expected);
  });

  it("reads a sheet with missing rows (sparse snapshot rows)", () => {
    const rows: (unknown[] | undefined)[] = [["a", "1"], undefined, ["b", "2"]];
    expect(Object.fromEntries(parseStateRows(rows))).toEqual({ a: "1", b: "2" });
  });

  it("writes a 70,000-character value as three rows of the same key, at most 30,000 characters each", () => {
    const value = "ю".repeat(70_000);
    const rows = stateRows(
      new Map([
        ["mapping", value],
        ["asOf", "2024-10-01"],
      ]),
    );
    expect(rows.map(([k, v]) => [k, v.length])).toEqual([
      ["asOf", 10],
      ["mapping", STATE_PIECE],
      ["mapping", STATE_PIECE],
      ["mapping", 10_000],
    ]);
    expect(parseStateRows(rows).get("mapping")).toBe(value);
  });

  it("never splits a surrogate pair across two pieces", () => {
    const value = `${"a".repeat(STATE_PIECE - 1)}😀b`;
    const rows = stateRows(new Map([["k", value]]));
    expect(rows[0][1].length).toBe(STATE_PIECE - 1);
    expect(rows[1][1]).toBe("😀b");
    expect(parseStateRows(rows).get("k")).toBe(value);
  });

  it("writes an empty value as one row with an empty piece", () => {
    expect(stateRows(new Map([["k", ""]]))).toEqual([["k", ""]]);
  });
});
