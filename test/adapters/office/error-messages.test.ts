import { errorText as cliText } from "../../../src/app/error-text";
import type { MonitorError } from "../../../src/app/workbook-gateway";
import { en, ru } from "../../../src/i18n";
import { errorText as paneText } from "../../../src/taskpane/error-text";
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
