import { expandYear, monthFromWord, parseDateText } from "../../src/domain/russian-dates";

describe("parseDateText", () => {
  it.each([
    ["15.02.2024", "2024-02-15"],
    ["15.02.24", "2024-02-15"],
    ["5.2.2024", "2024-02-05"],
    ["15/02/2024", "2024-02-15"],
    ["15-02-2024", "2024-02-15"],
    ["2024-02-15", "2024-02-15"],
    ["2024-02-15T00:00:00.000Z", "2024-02-15"],
    ["15 февраля 2024 г.", "2024-02-15"],
    ["15 февраля 2024 года", "2024-02-15"],
    ["15 февраля 2024г", "2024-02-15"],
    ["15 февраля 2024", "2024-02-15"],
    ["«15» февраля 2024 г.", "2024-02-15"],
    ["  15\u00a0февраля   2024 г. ", "2024-02-15"],
    ["1 января 2024", "2024-01-01"],
    ["1 янв. 2024", "2024-01-01"],
    ["1 январь 2024", "2024-01-01"],
    ["3 мая 2024 года", "2024-05-03"],
    ["3 май 2024", "2024-05-03"],
    ["12 июня 2024", "2024-06-12"],
    ["12 июл 2024", "2024-07-12"],
    ["1 сент. 2024", "2024-09-01"],
    ["1 сентября 2024", "2024-09-01"],
    ["31 декабря 2024 года", "2024-12-31"],
    ["10 ноября 2020* года", "2020-11-10"],
    ["30 октября 2020года*", "2020-10-30"],
    ["15 ФЕВРАЛЯ 2024 Г.", "2024-02-15"],
    ["1 марта 2024 года", "2024-03-01"],
  ])("reads %p as %p", (text, iso) => {
    expect(parseDateText(text)).toEqual({ kind: "date", iso });
  });

  it("uses the default year for «1 марта»", () => {
    expect(parseDateText("1 марта", { defaultYear: 2024 })).toEqual({ kind: "date", iso: "2024-03-01" });
    expect(parseDateText("1 марта")).toEqual({ kind: "invalid", reason: "unparsed" });
  });

  it.each(["31.02.2024", "30 февраля 2024 г.", "29.02.2023", "32.01.2024", "15.13.2024", "2024-02-30", "31 июня 2024"])(
    "calls %p impossible",
    (text) => {
      expect(parseDateText(text)).toEqual({ kind: "invalid", reason: "impossible" });
    },
  );

  it.each(["", "   ", "да", "II квартал 2024", "15 февраля и 16", "12,5", "1 234", "15 фервраля 2024", "2024"])(
    "cannot read %p",
    (text) => {
      expect(parseDateText(text)).toEqual({ kind: "invalid", reason: "unparsed" });
    },
  );

  it("never throws on non-string input", () => {
    expect(parseDateText(undefined as unknown as string)).toEqual({ kind: "invalid", reason: "unparsed" });
  });

  it.each([
    ["января", 1],
    ["январе", 1],
    ["февралём", 2],
    ["марте", 3],
    ["мая", 5],
    ["маем", 5],
    ["июнь", 6],
    ["августе", 8],
    ["сентябрем", 9],
    ["окт.", 10],
    ["ноябре", 11],
    ["дек", 12],
    ["квартал", null],
  ])("monthFromWord(%p) is %p", (word, month) => {
    expect(monthFromWord(word)).toBe(month);
  });

  it.each([
    ["00", 2000],
    ["24", 2024],
    ["29", 2029],
    ["30", 1930],
    ["35", 1935],
    ["69", 1969],
    ["70", 1970],
    ["99", 1999],
    ["2024", 2024],
    ["1935", 1935],
  ])("expandYear(%p) is %p, pivoting at 29/30 like Excel", (y, year) => {
    expect(expandYear(y)).toBe(year);
  });

  it.each([
    ["15.02.29", "2029-02-15"],
    ["15.02.30", "1930-02-15"],
    ["15.02.35", "1935-02-15"],
    ["15.02.69", "1969-02-15"],
    ["15.02.1924", "1924-02-15"],
  ])("keeps %p general as %p (range checks are the caller's)", (text, iso) => {
    expect(parseDateText(text)).toEqual({ kind: "date", iso });
  });
});
