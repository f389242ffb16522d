import { en, format, langFromDisplayLanguage, ru, stringsFor } from "../../src/i18n";
import { errorText, MONITOR_ERROR_CODES } from "../../src/taskpane/error-text";
import { MonitorError } from "../../src/app/workbook-gateway";

/** Dotted paths of every leaf string. */
function keys(obj: object, prefix = ""): string[] {
  return Object.entries(obj).flatMap(([k, v]) =>
    typeof v === "string" ? [`${prefix}${k}`] : keys(v as object, `${prefix}${k}.`),
  );
}

function placeholders(obj: object): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const key of keys(obj)) {
    const value = key.split(".").reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], obj) as string;
    out[key] = [...value.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
  }
  return out;
}

describe("UI strings", () => {
  it("has exactly the same keys in Russian and English", () => {
    expect(keys(en).sort()).toEqual(keys(ru).sort());
  });

  it("uses the same {placeholders} in both languages", () => {
    expect(placeholders(en)).toEqual(placeholders(ru));
  });

  it("has no empty string", () => {
    const empty = [ru, en].flatMap((d) =>
      keys(d).filter((k) => k.split(".").reduce<unknown>((o, p) => (o as Record<string, unknown>)[p], d) === ""),
    );
    expect(empty).toEqual([]);
  });

  it.each([
    ["ru-RU", "ru"],
    ["ru", "ru"],
    ["RU-ru", "ru"],
    ["en-US", "en"],
    ["de-DE", "en"],
    ["", "ru"],
    [undefined, "ru"],
  ])("picks %p → %s from Office's display language", (code, lang) => {
    expect(langFromDisplayLanguage(code)).toBe(lang);
  });

  it("fills placeholders and leaves unknown ones visible", () => {
    expect(format("Лист «{sheet}», {n}", { sheet: "Реестр ОО" })).toBe("Лист «Реестр ОО», {n}");
    expect(stringsFor("en")).toBe(en);
    expect(stringsFor("ru")).toBe(ru);
  });
});

describe("errorText", () => {
  it.each(MONITOR_ERROR_CODES)("gives %s its own advice in both languages", (code) => {
    for (const t of [ru, en]) {
      const text = errorText(new MonitorError(code), t);
      expect(text).toBe(t.errors[code]);
      expect(text.length).toBeGreaterThan(20);
      if (code !== "unknown") expect(text).not.toBe(t.errors.unknown);
    }
  });

  it("names the sheet when the error carries one", () => {
    expect(errorText(new MonitorError("sheet-missing", { sheet: "Показатели" }), ru)).toBe(
      `${ru.errors["sheet-missing"]} Лист: «Показатели».`,
    );
  });

  it.each([
    ["a TypeError", new TypeError("x is undefined")],
    ["a string", "boom"],
    ["null", null],
    ["an Office error", Object.assign(new Error("RichApi.Error"), { code: "InvalidReference" })],
    [
      "a MonitorError with a code it does not know",
      Object.assign(new Error("x"), { name: "MonitorError", code: "new-code" }),
    ],
  ])("gives the generic sentence for %s", (_name, err) => {
    expect(errorText(err, ru)).toBe(ru.errors.unknown);
  });
});
