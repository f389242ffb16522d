import type { Report } from "../../src/domain/finding";
import { runRules, RuleContractError } from "../../src/engine/run-rules";
import type { Rule } from "../../src/rules/rule-types";
import { context, monitoring, ROADMAP } from "../helpers/snapshot-builder";

function ruleReporting(report: Report): Rule {
  return {
    meta: {
      id: "test-bad-cell",
      category: "date",
      defaultSeverity: "error",
      description: { ru: "проверка", en: "test" },
      messages: { bad: { ru: "{place}: плохо", en: "{place}: bad" } },
    },
    check: (_ctx, emit) => emit(report),
  };
}

const ctx = () => context(monitoring([{ number: "1" }]));
const at = (r: Partial<Report>): Report => ({ messageId: "bad", sheet: ROADMAP, row: 1, col: 4, ...r });

describe("runRules: the engine distrusts rules", () => {
  it.each<[string, Report, RegExp]>([
    ["a sheet that does not exist", at({ sheet: "Нет такого листа" }), /unknown sheet "Нет такого листа"/],
    ["a negative row", at({ row: -1 }), /bad cell row=-1/],
    ["a fractional column", at({ col: 1.5 }), /bad cell row=1 col=1\.5/],
    ["a row past Excel's last row", at({ row: 1_048_576 }), /bad cell/],
    ["a column past XFD", at({ col: 16_384 }), /bad cell/],
    ["NaN as the row", at({ row: NaN }), /bad cell/],
    ["a message id the rule does not declare", at({ messageId: "nope" }), /unknown message "nope"/],
  ])("throws RuleContractError naming the rule for %s", (_name, report, detail) => {
    const run = () => runRules([ruleReporting(report)], ctx());
    expect(run).toThrow(RuleContractError);
    expect(run).toThrow(/Rule "test-bad-cell"/);
    expect(run).toThrow(detail);
  });

  it("accepts a report at a real cell and fills in the A1 address and severity", () => {
    const [f] = runRules([ruleReporting(at({}))], ctx());
    expect(f).toMatchObject({ rule: "test-bad-cell", severity: "error", sheet: ROADMAP, cell: "E2", sheetIndex: 0 });
    expect(f.message).toBe("Лист «Дорожная карта», ячейка E2: плохо");
  });

  it("does not run a rule that is turned off, so its bad report cannot throw", () => {
    expect(runRules([ruleReporting(at({ row: -1 }))], ctx(), { "test-bad-cell": "off" })).toEqual([]);
  });
});
