import type { InputGuard, InputRule } from "../../app/input-guards";
import { MonitorError } from "../../app/workbook-gateway";
import { serialToIso } from "../../domain/excel-serial";
import type { CellRange } from "../../domain/snapshot";
import { areaAddress } from "./addresses";
import { PayloadBatcher, opBytes } from "./payload-budget";
import type { Capabilities } from "./capabilities";

export interface RangeGuard {
  ranges: CellRange[];
  guard: InputGuard;
}

/** Excel's data validation for an input rule (ExcelApi 1.8); null for «any value» (a prompt only). */
export function officeRule(rule: InputRule): Excel.DataValidationRule | null {
  switch (rule.kind) {
    case "date":
      return {
        date: { operator: "Between", formula1: serialToIso(rule.min) ?? "", formula2: serialToIso(rule.max) ?? "" },
      };
    case "whole":
      return { wholeNumber: { operator: "GreaterThanOrEqualTo", formula1: rule.min } };
    case "decimal":
      return rule.max === undefined
        ? { decimal: { operator: "GreaterThanOrEqualTo", formula1: rule.min } }
        : { decimal: { operator: "Between", formula1: rule.min, formula2: rule.max } };
    case "list":
      // Items are separated by commas, so no item may hold one (as in the .xlsx writer).
      return { list: { inCellDropDown: true, source: rule.items.map((i) => i.replace(/[",]/g, " ")).join(",") } };
    case "any":
      return null;
  }
}

/** A cell (or a whole range) is the user's when it has any rule or shows an input message. */
function validated(type: string | null | undefined, prompt: Excel.DataValidationPrompt | null | undefined): boolean {
  if (type !== "None") return true;
  return !prompt || !!prompt.title || !!prompt.message;
}

type Probe = { range: CellRange; dv: Excel.DataValidation };

/**
 * «Защитить ввод» in Excel: the guards go next to the validation the user already has and
 * never replace it — a cell with any rule or input message of its own is skipped. Syncs:
 * 1 (the sheet), 1 (its protection and the validation type of each guarded run), 1 more only
 * when some run is partly validated (then each of its cells), then the writes. Returns how
 * many cells got a guard.
 */
export async function addValidation(
  context: Excel.RequestContext,
  caps: Capabilities,
  sheet: string,
  guards: readonly RangeGuard[],
): Promise<number> {
  if (!caps.dataValidation) {
    throw new MonitorError("api-not-supported", { required: "ExcelApi 1.8", feature: "data-validation" });
  }
  const list = context.workbook.worksheets;
  list.load("items/name");
  await context.sync();
  const ws = list.items.find((w) => w.name.toLowerCase() === sheet.toLowerCase());
  if (!ws) throw new MonitorError("sheet-missing", { sheet });

  const reader = new PayloadBatcher(context, { readOnly: true });
  ws.protection.load("protected");
  // Reads store by index, not push: a batch the host refuses may be queued again.
  const runs: { guard: InputGuard; probe: Probe }[] = [];
  for (const g of guards)
    for (const r of g.ranges) {
      const i = runs.length;
      runs.length++;
      const address = areaAddress(r);
      await reader.add(opBytes(2, [address, "type,prompt"]), () => {
        const dv = ws.getRange(address).dataValidation;
        dv.load("type,prompt");
        runs[i] = { guard: g.guard, probe: { range: r, dv } };
      });
    }
  await reader.flush();
  if (reader.syncs === 0) await context.sync();
  if (ws.protection.protected) throw new MonitorError("sheet-protected", { sheet: ws.name });

  // Runs that hold some validation of hers: look at each cell once more (one more sync at most).
  const free: { guard: InputGuard; range: CellRange }[] = [];
  const partly: { guard: InputGuard; cells: Probe[] }[] = [];
  const cellReader = new PayloadBatcher(context, { readOnly: true });
  for (const { guard, probe } of runs) {
    if (!validated(probe.dv.type, probe.dv.prompt)) {
      free.push({ guard, range: probe.range });
      continue;
    }
    if (probe.dv.type !== "MixedCriteria" && probe.dv.type !== "Inconsistent" && probe.dv.type !== "None") continue;
    const cells: Probe[] = [];
    const { top, bottom, left, right } = probe.range;
    for (let row = top; row <= bottom; row++)
      for (let col = left; col <= right; col++) {
        const range = { top: row, bottom: row, left: col, right: col };
        const i = cells.length;
        cells.length++;
        const address = areaAddress(range);
        await cellReader.add(opBytes(2, [address, "type,prompt"]), () => {
          const dv = ws.getRange(address).dataValidation;
          dv.load("type,prompt");
          cells[i] = { range, dv };
        });
      }
    partly.push({ guard, cells });
  }
  await cellReader.flush();
  for (const p of partly) {
    for (const c of p.cells) {
      if (validated(c.dv.type, c.dv.prompt)) continue;
      const prev = free[free.length - 1];
      // Neighbouring free cells of one column go back into one range.
      if (prev && prev.guard === p.guard && prev.range.left === c.range.left && prev.range.bottom + 1 === c.range.top)
        prev.range = { ...prev.range, bottom: c.range.top };
      else free.push({ guard: p.guard, range: c.range });
    }
  }

  const writer = new PayloadBatcher(context);
  let count = 0;
  for (const { guard, range } of free) {
    const rule = officeRule(guard.rule);
    const prompt: Excel.DataValidationPrompt = { showPrompt: true, title: guard.promptTitle, message: guard.prompt };
    const alert: Excel.DataValidationErrorAlert = {
      showAlert: true,
      style: "Stop",
      title: guard.errorTitle,
      message: guard.error,
    };
    const address = areaAddress(range);
    await writer.add(opBytes(2, [address, rule, alert, true, prompt], rule ? 4 : 2), () => {
      const dv = ws.getRange(address).dataValidation;
      if (rule) {
        dv.rule = rule;
        dv.errorAlert = alert;
      }
      dv.ignoreBlanks = true;
      dv.prompt = prompt;
    });
    count += (range.bottom - range.top + 1) * (range.right - range.left + 1);
  }
  await writer.flush();
  return count;
}
