import {
  deadlineFromCell,
  deadlineFromDate,
  deadlineOccurrences,
  parseDeadline,
  resolveDeadline,
  unresolvedReason,
} from "../../src/domain/deadline";
import type { Deadline, DeadlineContext, DeadlineKind } from "../../src/domain/deadline";

const ctx: DeadlineContext = { roadmapYear: 2024 };
const UNTIL = "2025-12-31";

function due(text: string, c: DeadlineContext = ctx, until = UNTIL): string[] {
  return deadlineOccurrences(parseDeadline(text, c), c, until);
}

describe("parseDeadline: the 13 «Срок» values of the seed roadmap (order № 3537-р)", () => {
  it.each<[number, string, DeadlineKind, string[]]>([
    [1, "29 декабря 2023 года", "date", ["2023-12-29"]],
    [2, "Согласно графику, направляемому федеральным оператором", "schedule", []],
    [3, "до 1 февраля 2024 года", "before", ["2024-01-31"]],
    [4, "1 марта 2024 года", "date", ["2024-03-01"]],
    [5, "не позднее 15 февраля 2024 года", "not-later-than", ["2024-02-15"]],
    [6, "не позднее 30 июня 2024 года", "not-later-than", ["2024-06-30"]],
    [7, "не позднее 25 августа 2024 года", "not-later-than", ["2024-08-25"]],
    [8, "не позднее 25 августа 2024 года", "not-later-than", ["2024-08-25"]],
    [9, "не позднее\n25 августа 2024 года", "not-later-than", ["2024-08-25"]],
    [10, "не позднее 25 августа 2024 года", "not-later-than", ["2024-08-25"]],
    [11, "В течение 2024 года", "during", ["2024-12-31"]],
    [12, "не позднее 15 сентября 2024года", "not-later-than", ["2024-09-15"]],
    [
      13,
      "не позднее 1 октября 2024 года, далее ежеквартально",
      "recurring",
      ["2024-10-01", "2025-01-01", "2025-04-01", "2025-07-01", "2025-10-01"],
    ],
  ])("item %p «%s» is %p due %p", (_item, text, kind, dates) => {
    const d = parseDeadline(text, ctx);
    expect(d.kind).toBe(kind);
    expect(d.text).toBe(text);
    expect(deadlineOccurrences(d, ctx, UNTIL)).toEqual(dates);
  });
});

describe("parseDeadline: one-off forms", () => {
  it.each<[string, DeadlineKind, string]>([
    ["1 марта 2024 года", "date", "2024-03-01"],
    ["15.09.2024", "date", "2024-09-15"],
    ["15.09.24", "date", "2024-09-15"],
    ["2024-09-15", "date", "2024-09-15"],
    ["10 ноября 2020* года", "date", "2020-11-10"],
    ["30 октября 2020года*", "date", "2020-10-30"],
    ["не позднее 15 февраля 2024 года", "not-later-than", "2024-02-15"],
    ["в срок не позднее 15 февраля 2024 года", "not-later-than", "2024-02-15"],
    ["Не позднее 15.02.2024 г.", "not-later-than", "2024-02-15"],
    ["не позднее 15 сентября 2024года", "not-later-than", "2024-09-15"],
    ["не позднее 15  сентября\u00a02024 года.", "not-later-than", "2024-09-15"],
    ["по 31 декабря 2024 года включительно", "not-later-than", "2024-12-31"],
    ["до 1 февраля 2024 года", "before", "2024-01-31"],
    ["До 1 сентября 2023 года", "before", "2023-08-31"],
    ["до 01 августа 2020 года", "before", "2020-07-31"],
    ["в срок до 01.03.2024", "before", "2024-02-29"],
    ["до 1 января 2025 г.", "before", "2024-12-31"],
    ["к 1 сентября", "by", "2024-09-01"],
    ["К 1 сентября 2025 года", "by", "2025-09-01"],
    ["1 марта", "date", "2024-03-01"],
    ["В течение 2024 года", "during", "2024-12-31"],
    ["в течение года", "during", "2024-12-31"],
    ["до конца года", "during", "2024-12-31"],
    ["до конца 2025 года", "during", "2025-12-31"],
    ["в 2025 году", "during", "2025-12-31"],
    ["до конца марта", "during", "2024-03-31"],
    ["до конца февраля", "during", "2024-02-29"],
    ["до конца марта 2025 года", "during", "2025-03-31"],
    ["в марте этого года", "during", "2024-03-31"],
    ["в марте 2024 года", "during", "2024-03-31"],
    ["в мае", "during", "2024-05-31"],
    ["Август 2024 г.", "during", "2024-08-31"],
    ["сентябрь", "during", "2024-09-30"],
    ["2025", "during", "2025-12-31"],
    ["2025 год", "during", "2025-12-31"],
    ["в течение 2024-2025 годов", "range", "2025-12-31"],
    ["в I квартале 2024 года", "during", "2024-03-31"],
    ["I квартал 2024", "during", "2024-03-31"],
    ["в 3 квартале", "during", "2024-09-30"],
    ["в течение III квартала 2025 г.", "during", "2025-09-30"],
    ["во 2-м квартале 2024 года", "during", "2024-06-30"],
    ["в четвертом квартале", "during", "2024-12-31"],
    ["IV кв. 2024", "during", "2024-12-31"],
    ["в 1 полугодии 2024 г.", "during", "2024-06-30"],
    ["во втором полугодии", "during", "2024-12-31"],
    ["01.01.2019 - 31.12.2024", "range", "2024-12-31"],
    ["01.01.2019 – 31.12.2024", "range", "2024-12-31"],
    ["с 1 января 2024 года по 30 июня 2024 года", "range", "2024-06-30"],
    ["2019-2024 годы", "range", "2024-12-31"],
  ])("«%s» is %p due %p", (text, kind, iso) => {
    const d = parseDeadline(text, ctx);
    expect(d.kind).toBe(kind);
    expect(deadlineOccurrences(d, ctx, "2000-01-01")).toEqual([iso]);
    expect(unresolvedReason(d, ctx)).toBeNull();
  });

  it("takes the roadmap year for dates without a year", () => {
    expect(due("к 1 сентября", { roadmapYear: 2025 })).toEqual(["2025-09-01"]);
    expect(due("до конца года", { roadmapYear: 2023 })).toEqual(["2023-12-31"]);
  });

  it("resolves a template year X − 1 from the creation year", () => {
    const d = parseDeadline("25 августа X - 1 года", ctx);
    expect(d.kind).toBe("template");
    expect(deadlineOccurrences(d, { roadmapYear: 2024, creationYear: 2025 }, UNTIL)).toEqual(["2024-08-25"]);
    expect(deadlineOccurrences(d, ctx, UNTIL)).toEqual([]);
    expect(unresolvedReason(d, ctx)).toBe("template-year");
    expect(unresolvedReason(d, { roadmapYear: 2024, creationYear: 2025 })).toBeNull();
  });

  it.each(["25 августа Х-1 года", "25 августа X-1 года", "25 августа x – 1 года", "25 августа (Х-1) года"])(
    "reads the template spelling «%s»",
    (text) => {
      const d = parseDeadline(text, ctx);
      expect(d.kind).toBe("template");
      expect(deadlineOccurrences(d, { roadmapYear: 2024, creationYear: 2026 }, UNTIL)).toEqual(["2025-08-25"]);
    },
  );

  it("reads «до 25 августа X года» as a template due the day before", () => {
    const d = parseDeadline("до 25 августа X года", ctx);
    expect(d.kind).toBe("template");
    expect(deadlineOccurrences(d, { roadmapYear: 2024, creationYear: 2026 }, UNTIL)).toEqual(["2026-08-24"]);
  });
});

describe("parseDeadline: deadlines without a date", () => {
  it.each<[string, DeadlineKind, string]>([
    ["Согласно графику, направляемому федеральным оператором", "schedule", "schedule"],
    ["по графику", "schedule", "schedule"],
    ["не позднее 15 рабочих дней со дня получения субсидии", "conditional", "conditional"],
    ["в течение 10 дней после заключения соглашения", "conditional", "conditional"],
    ["по мере поступления оборудования", "conditional", "conditional"],
    ["С 1 августа", "start", "start"],
    ["начиная с 1 сентября 2024 года", "start", "start"],
    ["", "unknown", "unknown"],
    ["постоянно", "unknown", "unknown"],
    ["31.02.2024", "unknown", "unknown"],
    ["не позднее 30 февраля 2024 года", "unknown", "unknown"],
    ["ежеквартально", "unknown", "unknown"],
    ["1 октября, 15 ноября 2024", "unknown", "unknown"],
  ])("«%s» is %p with no date (reason %p)", (text, kind, reason) => {
    const d = parseDeadline(text, ctx);
    expect(d.kind).toBe(kind);
    expect(deadlineOccurrences(d, ctx, UNTIL)).toEqual([]);
    expect(unresolvedReason(d, ctx)).toBe(reason);
  });

  it("keeps the start date of «С 1 августа»", () => {
    expect(parseDeadline("С 1 августа", ctx).startsAt).toEqual({ year: { kind: "roadmap" }, month: 8, day: 1 });
  });

  it.each([null, undefined, 42, {}])("never throws on %p", (value) => {
    const d = parseDeadline(value as unknown as string, ctx);
    expect(d.kind).toBe("unknown");
    expect(deadlineOccurrences(d, ctx, UNTIL)).toEqual([]);
  });
});

describe("parseDeadline: recurring forms", () => {
  it.each<[string, string, string[]]>([
    ["не позднее 1 октября 2024 года, далее ежеквартально", "2025-04-30", ["2024-10-01", "2025-01-01", "2025-04-01"]],
    ["до 1 октября 2024 года, далее ежеквартально", "2025-03-31", ["2024-09-30", "2024-12-31", "2025-03-31"]],
    [
      "не позднее 31 марта 2024 года, далее ежеквартально",
      "2024-12-31",
      ["2024-03-31", "2024-06-30", "2024-09-30", "2024-12-31"],
    ],
    ["1 марта 2024 года, далее ежемесячно", "2024-05-31", ["2024-03-01", "2024-04-01", "2024-05-01"]],
    [
      "ежеквартально, не позднее 15 числа месяца, следующего за отчетным кварталом",
      "2025-01-15",
      ["2024-04-15", "2024-07-15", "2024-10-15", "2025-01-15"],
    ],
    [
      "Ежеквартально, до 20 числа месяца, следующего за отчётным кварталом",
      "2024-12-31",
      ["2024-04-19", "2024-07-19", "2024-10-19"],
    ],
    [
      "ежегодно в срок до 01 февраля года, следующего за отчетным",
      "2027-12-31",
      ["2025-01-31", "2026-01-31", "2027-01-31"],
    ],
    ["один раз в полугодие до 10 января и 10 июля", "2025-12-31", ["2024-07-09", "2025-01-09", "2025-07-09"]],
    [
      "ежеквартально до 20 января, 20 апреля, 20 июля, 20 октября",
      "2025-01-31",
      ["2024-04-19", "2024-07-19", "2024-10-19", "2025-01-19"],
    ],
    ["ежегодно до 1 марта", "2026-12-31", ["2024-02-29", "2025-02-28", "2026-02-28"]],
    [
      "ежемесячно, не позднее 5 числа месяца, следующего за отчетным",
      "2024-04-30",
      ["2024-02-05", "2024-03-05", "2024-04-05"],
    ],
    [
      "не позднее 10 числа второго месяца, следующего за отчетным кварталом",
      "2025-02-28",
      ["2024-05-10", "2024-08-10", "2024-11-10", "2025-02-10"],
    ],
    [
      "не позднее 5 рабочего дня месяца, следующего за отчетным кварталом",
      "2025-01-31",
      ["2024-04-05", "2024-07-05", "2024-10-07", "2025-01-15"],
    ],
    [
      "в течение 10 рабочих дней после окончания квартала",
      "2025-01-31",
      ["2024-04-12", "2024-07-12", "2024-10-14", "2025-01-22"],
    ],
    [
      "в течение 15 календарных дней после окончания квартала",
      "2024-12-31",
      ["2024-04-15", "2024-07-15", "2024-10-15"],
    ],
  ])("«%s» until %p is due on %p", (text, until, dates) => {
    const d = parseDeadline(text, ctx);
    expect(d.kind).toBe("recurring");
    expect(deadlineOccurrences(d, ctx, until)).toEqual(dates);
    expect(unresolvedReason(d, ctx)).toBeNull();
  });

  it("stops a series at `until` inclusive", () => {
    const text = "не позднее 1 октября 2024 года, далее ежеквартально";
    expect(due(text, ctx, "2025-01-01")).toEqual(["2024-10-01", "2025-01-01"]);
    expect(due(text, ctx, "2024-12-31")).toEqual(["2024-10-01"]);
  });

  it("always gives the first occurrence, even when `until` is earlier", () => {
    expect(due("не позднее 1 октября 2024 года, далее ежеквартально", ctx, "2024-01-01")).toEqual(["2024-10-01"]);
  });

  it("gives a one-off date whatever `until` is", () => {
    expect(due("не позднее 15 февраля 2024 года", ctx, "2020-01-01")).toEqual(["2024-02-15"]);
  });

  it("resolves «1 октября X - 1 года, далее ежегодно» once the creation year is known", () => {
    const d = parseDeadline("1 октября X - 1 года, далее ежегодно", ctx);
    expect(d.kind).toBe("recurring");
    expect(unresolvedReason(d, ctx)).toBe("template-year");
    expect(deadlineOccurrences(d, ctx, UNTIL)).toEqual([]);
    const withX = { roadmapYear: 2024, creationYear: 2025 };
    expect(unresolvedReason(d, withX)).toBeNull();
    expect(deadlineOccurrences(d, withX, "2026-12-31")).toEqual(["2024-10-01", "2025-10-01", "2026-10-01"]);
  });

  it("starts a reporting series with the roadmap year's first period", () => {
    const text = "ежеквартально, не позднее 15 числа месяца, следующего за отчетным кварталом";
    expect(due(text, { roadmapYear: 2025 }, "2025-12-31")).toEqual(["2025-04-15", "2025-07-15", "2025-10-15"]);
  });

  it("flags working-day series outside the official calendar as approximate", () => {
    const text = "в течение 10 рабочих дней после окончания квартала";
    const inside = parseDeadline(text, ctx);
    expect(inside.approximate).toBeUndefined();
    expect(resolveDeadline(inside, ctx, "2025-12-31").approximate).toBe(false);
    expect(resolveDeadline(inside, ctx, "2027-12-31").approximate).toBe(true);
    const outside = { roadmapYear: 2030 };
    expect(parseDeadline(text, outside).approximate).toBe(true);
    expect(resolveDeadline(parseDeadline(text, outside), outside, "2030-06-30")).toEqual({
      dates: ["2030-04-12"],
      approximate: true,
    });
  });
});

describe("deadlineFromDate", () => {
  it("makes a date deadline from an explicit «Срок (дата)»", () => {
    const d = deadlineFromDate("2024-02-15", "15.02.2024");
    expect(d.kind).toBe("date");
    expect(d.text).toBe("15.02.2024");
    expect(deadlineOccurrences(d, ctx, UNTIL)).toEqual(["2024-02-15"]);
    expect(unresolvedReason(d, ctx)).toBeNull();
  });

  it("uses the ISO date as text when none is given", () => {
    expect(deadlineFromDate("2024-02-15").text).toBe("2024-02-15");
  });

  it("gives an unknown deadline for an invalid date", () => {
    const d = deadlineFromDate("2024-02-31");
    expect(d.kind).toBe("unknown");
    expect(unresolvedReason(d, ctx)).toBe("unknown");
  });
});

describe("parseDeadline: «включительно» keeps the named day", () => {
  it.each<[string, DeadlineKind, string]>([
    ["до 25.08.2024 включительно", "not-later-than", "2024-08-25"],
    ["до 25.08.2024 (включительно)", "not-later-than", "2024-08-25"],
    ["до 15 февраля 2024 года (включительно)", "not-later-than", "2024-02-15"],
    ["до 15 февраля 2024 года включительно", "not-later-than", "2024-02-15"],
    ["До 15 февраля 2024 г., включительно", "not-later-than", "2024-02-15"],
    ["в срок до 01.03.2024 включительно", "not-later-than", "2024-03-01"],
    ["до 1 марта включительно", "not-later-than", "2024-03-01"],
    ["до 25.08.2024", "before", "2024-08-24"],
    ["до 25.08.2024 (с 1 по 10 класс включительно)", "before", "2024-08-24"],
    ["не позднее 25.08.2024 включительно", "not-later-than", "2024-08-25"],
    ["по 25.08.2024 (включительно)", "not-later-than", "2024-08-25"],
    ["25.08.2024 включительно", "date", "2024-08-25"],
  ])("«%s» is %p due %p", (text, kind, iso) => {
    const d = parseDeadline(text, ctx);
    expect(d.kind).toBe(kind);
    expect(d.text).toBe(text);
    expect(deadlineOccurrences(d, ctx, "2000-01-01")).toEqual([iso]);
  });

  it.each<[string, string[]]>([
    ["ежегодно до 1 марта включительно", ["2024-03-01", "2025-03-01"]],
    ["ежегодно до 1 марта", ["2024-02-29", "2025-02-28"]],
    ["до 1 октября 2024 года включительно, далее ежеквартально", ["2024-10-01", "2025-01-01", "2025-04-01"]],
    ["до 1 октября 2024 года, далее ежеквартально", ["2024-09-30", "2024-12-31", "2025-03-31"]],
  ])("recurring «%s» is due %p", (text, dates) => {
    const d = parseDeadline(text, ctx);
    expect(d.kind).toBe("recurring");
    expect(deadlineOccurrences(d, ctx, "2025-04-30")).toEqual(dates);
  });
});

describe("deadlineFromCell", () => {
  const at = (d: Deadline): string[] => deadlineOccurrences(d, ctx, "2000-01-01");

  it.each<[number, string, string, string]>([
    [45337, "DD.MM.YYYY", "15.02.2024", "2024-02-15"],
    [45337, "General", "15.02.2024", "2024-02-15"],
    [45337.75, "dd.mm.yyyy h:mm", "15.02.2024", "2024-02-15"],
    [18264, "General", "01.01.1950", "1950-01-01"],
    [73415, "General", "31.12.2100", "2100-12-31"],
    [1, "DD.MM.YYYY", "01.01.1900", "1900-01-01"],
    [8812, "ДД.ММ.ГГГГ", "15.02.1924", "1924-02-15"],
  ])("reads number %p (%p) as the date %p", (value, fmt, text, iso) => {
    const d = deadlineFromCell(value, fmt, ctx);
    expect(d.kind).toBe("date");
    expect(d.text).toBe(text);
    expect(at(d)).toEqual([iso]);
  });

  it.each<[number, string, DeadlineKind, string[]]>([
    [2025, "General", "during", ["2025-12-31"]],
    [2024, "0", "during", ["2024-12-31"]],
    [15, "General", "unknown", []],
    [18263, "General", "unknown", []],
    [73416, "General", "unknown", []],
    [-3, "General", "unknown", []],
  ])("reads number %p (%p) as the text it shows: %p", (value, fmt, kind, dates) => {
    const d = deadlineFromCell(value, fmt, ctx);
    expect(d.kind).toBe(kind);
    expect(d.text).toBe(String(value));
    expect(at(d)).toEqual(dates);
  });

  it.each<[number, string]>([
    [0, "DD.MM.YYYY"],
    [60, "DD.MM.YYYY"],
    [-1, "dd.mm.yyyy"],
    [Number.NaN, "dd.mm.yyyy"],
  ])("calls date-formatted %p, which is no calendar day, an unknown deadline", (value, fmt) => {
    const d = deadlineFromCell(value, fmt, ctx);
    expect(d).toEqual({ kind: "unknown", text: String(value), reason: "invalid-date" });
  });

  it.each<[string, DeadlineKind, string[]]>([
    ["не позднее 15 февраля 2024 года", "not-later-than", ["2024-02-15"]],
    ["до 25.08.2024 включительно", "not-later-than", ["2024-08-25"]],
    ["Согласно графику, направляемому федеральным оператором", "schedule", []],
  ])("parses text %p like parseDeadline: %p", (value, kind, dates) => {
    const d = deadlineFromCell(value, "@", ctx);
    expect(d).toEqual(parseDeadline(value, ctx));
    expect(d.kind).toBe(kind);
    expect(at(d)).toEqual(dates);
  });

  it.each<[string | boolean | null, string]>([
    [null, ""],
    ["", ""],
    [true, "TRUE"],
    [false, "FALSE"],
  ])("gives an unknown deadline for %p", (value, text) => {
    const d = deadlineFromCell(value, "General", ctx);
    expect(d.kind).toBe("unknown");
    expect(d.text).toBe(text);
    expect(at(d)).toEqual([]);
  });

  it('reads an empty cell exactly like parseDeadline("")', () => {
    expect(deadlineFromCell(null, "General", ctx)).toEqual(parseDeadline("", ctx));
  });
});
