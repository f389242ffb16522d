import { newXlsxWorkbook, openXlsx } from "../../src/adapters/xlsx";
import { INDICATOR_CATALOGUE } from "../../src/domain/indicator-catalogue";
import { checkWorkbook } from "../../src/engine/check";
import { buildTemplate } from "../../src/report/template";

/** «Создать шаблон» → .xlsx → read back → check: the indicator sheets must be understood as written. */
async function templateSnapshot() {
  const book = newXlsxWorkbook();
  await book.createWorkbook(buildTemplate(2024, "ru"));
  return (await openXlsx(await book.toBytes())).readSnapshot();
}

describe("the template's indicator sheets", () => {
  it("adds «Показатели» and «Правила показателей» after the roadmap and the registry", () => {
    expect(buildTemplate(2024, "ru").map((s) => s.name)).toEqual([
      "Дорожная карта",
      "Реестр ОО",
      "Показатели",
      "Правила показателей",
    ]);
  });

  it("marks the rules sheet as catalogue values the coordinator must confirm", () => {
    const rules = buildTemplate(2024, "ru")[3];
    const warning = rules.cells.find((c) => c.row === 1 && c.col === 0)?.value;
    expect(String(warning)).toMatch(/НЕ утверждены/);
    expect(rules.cells.filter((c) => c.value === "требует подтверждения")).toHaveLength(INDICATOR_CATALOGUE.length);
  });

  it("reads back through the .xlsx adapter as the workbook's own rules, equal to the catalogue", async () => {
    const ctx = checkWorkbook(await templateSnapshot(), { asOf: "2024-10-01", lang: "ru" }).context;
    expect(ctx.layout.indicatorRules?.sheet).toBe("Правила показателей");
    expect(ctx.indicators.rulesSource).toBe("workbook");
    const read = ctx.indicators.rules.map(({ source: _source, ...rest }) => rest);
    expect(read).toEqual(INDICATOR_CATALOGUE.map((d) => ({ ...d })));
    expect(ctx.indicators.ruleProblems).toEqual([]);
  });

  it("matches every indicator column of «Показатели» to its rule and reports no indicator findings", async () => {
    const result = checkWorkbook(await templateSnapshot(), { asOf: "2024-10-01", lang: "ru" });
    const m = result.context.indicators;
    expect(m.columns.map((c) => c.rule.code)).toEqual(["П1", "П2", "П3", "П4", "П5", "П6", "П7"]);
    expect(m.columns.every((c) => c.rule.source !== "builtin")).toBe(true);
    expect(m.unmatchedColumns).toEqual([]);
    expect(m.rows).toEqual([]);
    expect(result.findings.filter((f) => /^(value-|percent-|indicator-)/.test(f.rule))).toEqual([]);
  });
});
