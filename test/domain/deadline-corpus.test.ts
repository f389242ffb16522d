import { deadlineOccurrences, parseDeadline } from "../../src/domain/deadline";
import type { DeadlineContext } from "../../src/domain/deadline";
import { CORPUS, SOURCES } from "./deadline-corpus";

const ctx: DeadlineContext = { roadmapYear: 2024 };

describe("deadline corpus: phrases quoted from regional roadmaps, plans and reporting orders", () => {
  it.each(CORPUS.map((p) => [p.text, p.kind, p.dates, p] as const))("«%s» is %p due %p", (text, kind, dates, p) => {
    const d = parseDeadline(text, ctx);
    expect(d.kind).toBe(kind);
    expect(d.text).toBe(text);
    expect(deadlineOccurrences(d, ctx, p.until ?? "2024-12-31")).toEqual(dates);
  });

  it("holds distinct phrases, each with a recorded source", () => {
    const texts = CORPUS.map((p) => p.text);
    expect(new Set(texts).size).toBe(texts.length);
    for (const p of CORPUS) expect(SOURCES[p.source]).toBeTruthy();
  });
});
