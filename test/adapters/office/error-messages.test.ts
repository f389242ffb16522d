import { errorText as cliText } from "../../../src/app/error-text";
import type { MonitorError } from "../../../src/app/workbook-gateway";
import { en, ru } from "../../../src/i18n";
import { errorText as paneText } from "../../../src/taskpane/error-text";
import { toMonitorError } from "../../../src/adapters/office/errors";
import { officeOn } from "./setup";

/** What the adapter throws, as the user reads it in the pane and the CLI. */
async function thrown(call: () => Promise<unknown>): Promise<MonitorError> {
  try {
    await call();
  } catch (e) {
    return e as MonitorError;
  }
  throw new Error("expected a rejection");
}

describe("Office adapter errors in plain words", () => {
  it("says the workbook structure is protected, in Russian and English, when no sheet may be added", async () => {
    const { book, gateway } = officeOn();
    book.addSheet("Лист1");
    book.structureProtected = true;
    const err = await thrown(() => gateway.createWorkbook([{ name: "Реестр ОО", cells: [] }]));
    const ruText = "Структура книги защищена. Снимите защиту (Рецензирование → Защитить книгу) и повторите.";
    expect([paneText(err, ru), cliText(err, "ru")]).toEqual([ruText, ruText]);
    expect(paneText(err, en)).toMatch(/^The workbook structure is protected/);
    expect(cliText(err, "en")).toBe(paneText(err, en));
  });

  it("names the protected sheet it had to restore", async () => {
    const { book, gateway } = officeOn();
    book.addSheet("Реестр ОО", [["x"]]);
    await gateway.applyPaint([{ sheet: "Реестр ОО", row: 0, col: 0, fill: "#FFC7CE" }]);
    book.sheet("Реестр ОО").protected = true;
    const err = await thrown(() => gateway.clearPaint());
    expect(paneText(err, ru)).toBe(`${ru.errors["sheet-protected"]} Лист: «Реестр ОО».`);
    expect(cliText(err, "ru")).toBe("Лист «Реестр ОО» защищён. Снимите защиту листа и повторите.");
  });
});

describe("Office error codes (item 8 of issue 10)", () => {
  it.each([
    ["InvalidOperationInCellEditMode", "cell-editing"],
    ["AccessDenied", "access-denied"],
    ["ItemAlreadyExists", "name-taken"],
    ["RangeExceedsLimit", "workbook-too-large"],
    ["MemoryLimitReached", "workbook-too-large"],
    ["RequestPayloadSizeLimitExceeded", "workbook-too-large"],
    ["ResponsePayloadSizeLimitExceeded", "workbook-too-large"],
    ["InactiveWorkbook", "workbook-inactive"],
    ["MergedRangeConflict", "merged-conflict"],
    ["UnsupportedSheet", "unsupported-sheet"],
    ["ApiNotFound", "api-not-supported"],
    ["ItemNotFound", "sheet-missing"],
  ])("maps %s to %s, a plain sentence in both languages", (officeCode, code) => {
    const err = toMonitorError(Object.assign(new Error("x"), { code: officeCode }));
    expect(err.code).toBe(code);
    expect(err.details.officeCode).toBe(officeCode);
    for (const text of [paneText(err, ru), paneText(err, en), cliText(err, "ru"), cliText(err, "en")]) {
      expect(text).not.toBe(ru.errors.unknown);
      expect(text).not.toBe(en.errors.unknown);
      expect(text).not.toMatch(/[A-Z][a-z]+[A-Z]\w+/); // no raw Office code in what she reads
    }
    expect(paneText(err, ru)).toMatch(/[А-Яа-яё]/);
  });

  it("does not know the made-up InvalidOperationInEditMode", () => {
    expect(toMonitorError(Object.assign(new Error("x"), { code: "InvalidOperationInEditMode" })).code).toBe("unknown");
  });

  it("does not call a view-only workbook protected: AccessDenied on an unprotected sheet", async () => {
    const { book, gateway } = officeOn();
    book.addSheet("Реестр ОО", [["x"]]);
    book.viewOnly = true;
    const err = await thrown(() => gateway.applyPaint([{ sheet: "Реестр ОО", row: 0, col: 0, fill: "#FFC7CE" }]));
    expect(err.code).toBe("access-denied");
    expect(paneText(err, ru)).toMatch(/только для просмотра/);
  });
});
