import { buildMapping, parseColumnLetters } from "../../src/taskpane/column-mapping";
import type { LayoutOverrides, Role } from "../../src/detect/layout-types";

describe("parseColumnLetters", () => {
  it.each([
    ["H", "H"],
    ["h", "H"],
    [" ab ", "AB"],
    ["XFD", "XFD"],
  ])("reads %p as column %s", (text, letters) => {
    expect(parseColumnLetters(text)).toEqual({ ok: true, letters });
  });

  it.each([[""], ["   "]])("reads %p as automatic", (text) => {
    expect(parseColumnLetters(text)).toEqual({ ok: true, letters: null });
  });

  it.each([["1"], ["H1"], ["ABCD"], ["XFE"], ["ZZZ"], ["Н"] /* Cyrillic Н */, ["A-B"]])("refuses %p", (text) => {
    expect(parseColumnLetters(text)).toEqual({ ok: false });
  });
});

describe("buildMapping", () => {
  const detected: Partial<Record<Role, string>> = { roadmap: "Дорожная карта", registry: "Реестр ОО" };
  const before = (role: Role) => detected[role];

  it("saves typed letters upper-case under the role, with the typed sheets", () => {
    const built = buildMapping(
      undefined,
      { sheets: { indicators: "Индикаторы" }, columns: { roadmap: { deadline: "h", doneDate: "I" } } },
      before,
    );
    expect(built).toEqual({
      ok: true,
      mapping: { sheets: { indicators: "Индикаторы" }, columns: { roadmap: { deadline: "H", doneDate: "I" } } },
    });
  });

  it("keeps letters saved before, and an emptied box returns that column to automatic", () => {
    const saved: LayoutOverrides = { columns: { roadmap: { deadline: "H", doneDate: "I" } } };
    const built = buildMapping(saved, { sheets: {}, columns: { roadmap: { doneDate: "" } } }, before);
    expect(built).toEqual({ ok: true, mapping: { sheets: {}, columns: { roadmap: { deadline: "H" } } } });
  });

  it("drops letters saved for a sheet the role no longer uses", () => {
    const saved: LayoutOverrides = { columns: { registry: { school: "C" } } };
    const built = buildMapping(
      saved,
      { sheets: { registry: "Школы 2025" }, columns: { registry: { inn: "D" } } },
      before,
    );
    expect(built).toEqual({
      ok: true,
      mapping: { sheets: { registry: "Школы 2025" }, columns: { registry: { inn: "D" } } },
    });
  });

  it("writes no columns entry when no letter is set", () => {
    const built = buildMapping(
      { columns: { roadmap: { deadline: "H" } } },
      { sheets: {}, columns: { roadmap: { deadline: " " } } },
      before,
    );
    expect(built).toEqual({ ok: true, mapping: { sheets: {} } });
  });

  it("refuses the whole mapping and names every wrong box", () => {
    const built = buildMapping(
      undefined,
      { sheets: {}, columns: { roadmap: { deadline: "H", doneDate: "12" }, registry: { school: "ABCD" } } },
      before,
    );
    expect(built).toEqual({
      ok: false,
      invalid: [
        { role: "roadmap", key: "doneDate" },
        { role: "registry", key: "school" },
      ],
    });
  });
});
