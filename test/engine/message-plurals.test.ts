import { renderMessage } from "../../src/engine/messages";
import { deadlineDoneLate } from "../../src/rules/deadline-done-late";
import { deadlineOverdue } from "../../src/rules/deadline-overdue";

const at = { sheet: "Реестр ОО", row: 11, col: 7, measure: "5" };

describe("counted words in messages ({days:day})", () => {
  it.each([
    [1, "1 день"],
    [2, "2 дня"],
    [5, "5 дней"],
    [21, "21 день"],
  ])("says «выполнен с опозданием на %s» in Russian", (days, text) => {
    const m = renderMessage(
      deadlineDoneLate.meta.messages.school,
      { ...at, messageId: "school", data: { days, title: "т", due: "2024-02-15", approx: "" } },
      "ru",
    );
    expect(m).toContain(`с опозданием на ${text} (срок 15.02.2024)`);
  });

  it.each([
    [1, "was done 1 day late"],
    [3, "was done 3 days late"],
  ])("says %s day(s) in English: %s", (days, text) => {
    const m = renderMessage(
      deadlineDoneLate.meta.messages.school,
      { ...at, messageId: "school", data: { days, title: "t", due: "2024-02-15", approx: "" } },
      "en",
    );
    expect(m).toContain(text);
  });

  it("counts the days since an overdue deadline with the right word", () => {
    const m = renderMessage(
      deadlineOverdue.meta.messages.school,
      { ...at, messageId: "school", data: { days: 93, title: "т", due: "2024-06-30", approx: "" } },
      "ru",
    );
    expect(m).toContain("(93 дня назад)");
  });
});
