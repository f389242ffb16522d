import { parseDeadline } from "../../src/domain/deadline";
import type { DeadlineContext } from "../../src/domain/deadline";
import { describeDeadline, readDeadline } from "../../src/domain/deadline-describe";

const ctx: DeadlineContext = { roadmapYear: 2024 };
const UNTIL = "2025-10-01";
const ru = (text: string, c: DeadlineContext = ctx) => describeDeadline(parseDeadline(text, c), c, UNTIL, "ru");
const en = (text: string, c: DeadlineContext = ctx) => describeDeadline(parseDeadline(text, c), c, UNTIL, "en");

describe("describeDeadline: the reading in plain Russian", () => {
  it.each<[string, string]>([
    ["не позднее 1 октября 2024 года, далее ежеквартально", "ежеквартально: 01.10.2024, 01.01.2025, 01.04.2025…"],
    ["не позднее 15 февраля 2024 года", "не позднее 15.02.2024"],
    ["Согласно графику, направляемому федеральным оператором", "срок не определён: по графику — впишите «Срок (дата)»"],
    ["29 декабря 2023 года", "29.12.2023"],
    ["до 1 февраля 2024 года", "до 01.02.2024, то есть не позднее 31.01.2024"],
    ["к 1 сентября", "к 01.09.2024"],
    ["В течение 2024 года", "до конца периода, не позднее 31.12.2024"],
    ["01.01.2019 - 31.12.2024", "период по 31.12.2024"],
    [
      "ежемесячно, не позднее 5 числа месяца, следующего за отчетным",
      "ежемесячно: 05.02.2024, 05.03.2024, 05.04.2024…",
    ],
    ["ежегодно до 1 марта", "ежегодно: 29.02.2024, 28.02.2025"],
    ["два раза в год (январь, июль)", "2 раза в год: 31.01.2024, 31.07.2024, 31.01.2025…"],
    ["один раз в полугодие до 10 января и 10 июля", "раз в полугодие: 09.07.2024, 09.01.2025, 09.07.2025"],
    ["каждый понедельник", "еженедельно: 01.01.2024, 08.01.2024, 15.01.2024…"],
    [
      "не позднее 15 рабочих дней со дня получения субсидии",
      "срок не определён: зависит от события (дата станет известна позже) — впишите «Срок (дата)»",
    ],
    ["С 1 августа", "это начало работ, а не срок (с 01.08.2024) — впишите «Срок (дата)»"],
    ["постоянно", "срок не распознан — впишите «Срок (дата)»"],
    ["", "срок не указан — впишите «Срок (дата)»"],
    [
      "25 августа X - 1 года",
      "срок не определён: неизвестен год создания X — укажите «Год создания» в реестре или впишите «Срок (дата)»",
    ],
  ])("«%s» → «%s»", (text, words) => {
    expect(ru(text)).toBe(words);
  });

  it("names the template date once the creation year is known", () => {
    expect(ru("25 августа X - 1 года", { roadmapYear: 2024, creationYear: 2025 })).toBe(
      "не позднее 25.08.2024 (по году создания X)",
    );
  });

  it("says when working days fall outside the official calendar", () => {
    const c = { roadmapYear: 2030 };
    expect(
      describeDeadline(parseDeadline("в течение 10 рабочих дней после окончания квартала", c), c, "2030-06-30", "ru"),
    ).toBe("ежеквартально: 12.04.2030 (приблизительно: рабочие дни вне официального производственного календаря)");
  });
});

describe("describeDeadline: English", () => {
  it.each<[string, string]>([
    ["не позднее 1 октября 2024 года, далее ежеквартально", "quarterly: 01.10.2024, 01.01.2025, 01.04.2025…"],
    ["не позднее 15 февраля 2024 года", "not later than 15.02.2024"],
    ["до 1 февраля 2024 года", "before 01.02.2024, i.e. by 31.01.2024"],
    ["по графику", "no deadline yet: set by a schedule — fill in «Срок (дата)»"],
    ["постоянно", "the deadline text was not understood — fill in «Срок (дата)»"],
  ])("«%s» → «%s»", (text, words) => {
    expect(en(text)).toBe(words);
  });
});

describe("readDeadline", () => {
  it("gives the kind, the dates and how often a series repeats", () => {
    expect(readDeadline(parseDeadline("ежеквартально до 10-го", ctx), ctx, "2024-12-31")).toEqual({
      kind: "recurring",
      dates: ["2024-04-09", "2024-07-09", "2024-10-09"],
      every: "quarter",
      unresolved: null,
      approximate: false,
    });
  });

  it("gives no dates and the reason for an unresolved deadline", () => {
    const r = readDeadline(parseDeadline("по факту поставки", ctx), ctx, "2024-12-31");
    expect(r).toEqual({ kind: "conditional", dates: [], unresolved: "conditional", approximate: false });
  });
});
