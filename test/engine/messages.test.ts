import { messageWithoutPlace, placeOf, renderMessage } from "../../src/engine/messages";

describe("finding messages", () => {
  const report = { messageId: "m", sheet: "Реестр ОО", row: 11, col: 7, school: "МБОУ «СОШ № 10»", measure: "8" };
  const template = {
    ru: "{place}: пункт {item} не выполнен, срок {due}.",
    en: "{place}: item {item} is not done, due {due}.",
  };

  it("names sheet, cell and school in the place, and formats ISO dates for Russian", () => {
    const msg = renderMessage(template, { ...report, data: { due: "2024-08-25" } }, "ru");
    expect(msg).toBe("Лист «Реестр ОО», ячейка H12 (МБОУ «СОШ № 10»): пункт 8 не выполнен, срок 25.08.2024.");
    expect(renderMessage(template, { ...report, data: { due: "2024-08-25" } }, "en")).toBe(
      "Sheet “Реестр ОО”, cell H12 (МБОУ «СОШ № 10»): item 8 is not done, due 2024-08-25.",
    );
  });

  it("leaves an unknown placeholder visible so a template typo shows", () => {
    expect(renderMessage({ ru: "{place}: {nope}", en: "" }, report, "ru")).toMatch(/\{nope\}$/);
  });

  it("drops the place for lists that already show sheet, school and cell", () => {
    const message = `${placeOf(report, "ru")}: пункт 8 не выполнен.`;
    expect(messageWithoutPlace({ ...report, message }, "ru")).toBe("Пункт 8 не выполнен.");
    expect(messageWithoutPlace({ ...report, message: "Не найден лист." }, "ru")).toBe("Не найден лист.");
  });
});
