import { parseArea } from "./address";
import { ClientObject, type Batch } from "./context";
import { DoubleExcelError } from "./errors";
import { DoubleSheet } from "./model";
import type { Target } from "./range";
import type { Covers } from "./typed";

// Shapes are named interfaces (see typed.ts), so they may be empty extensions.
/* eslint-disable @typescript-eslint/no-empty-object-type */
/** The double's shape of Excel.DataValidation, registered so `Range.dataValidation` is typed by Office's. */
export interface DataValidationShape extends Covers<
  Excel.DataValidation,
  "load" | "type" | "prompt" | "errorAlert" | "ignoreBlanks" | "rule" | "clear"
> {}
declare module "./typed" {
  interface Shapes {
    DataValidation: [Excel.DataValidation, DataValidationShape];
  }
  interface RangeShape extends Covers<Excel.Range, "dataValidation"> {}
}
/* eslint-enable @typescript-eslint/no-empty-object-type */

/** What one cell's data validation holds (Excel keeps it per cell; the double does too). */
export interface DoubleValidation {
  /** Null for a validation that only shows a prompt («Любое значение» with an input message). */
  rule: Excel.DataValidationRule | null;
  prompt: Excel.DataValidationPrompt;
  errorAlert: Excel.DataValidationErrorAlert;
  ignoreBlanks: boolean;
}

const NO_PROMPT: Excel.DataValidationPrompt = { showPrompt: false, title: "", message: "" };
const NO_ALERT: Excel.DataValidationErrorAlert = { showAlert: true, style: "Stop", title: "", message: "" };

const store = new WeakMap<DoubleSheet, Map<number, DoubleValidation>>();

/** The validations of a sheet, by cell key (kept beside the model so DoubleSheet stays as it is). */
export function validationsOf(sheet: DoubleSheet): Map<number, DoubleValidation> {
  let m = store.get(sheet);
  if (!m) store.set(sheet, (m = new Map()));
  return m;
}

/** Test helper: the validation at an A1 cell, or undefined. */
export function validationAt(sheet: DoubleSheet, address: string): DoubleValidation | undefined {
  const a = parseArea(address);
  if (!a) throw new Error(`bad address ${address}`);
  return validationsOf(sheet).get(DoubleSheet.key(a.top, a.left));
}

/** Test helper: the user's own validation on an area (no sync), as she would set it in Excel. */
export function addUserValidation(sheet: DoubleSheet, address: string, v: Partial<DoubleValidation>): void {
  const a = parseArea(address);
  if (!a) throw new Error(`bad address ${address}`);
  for (let r = a.top; r <= a.bottom; r++)
    for (let c = a.left; c <= a.right; c++)
      validationsOf(sheet).set(DoubleSheet.key(r, c), {
        rule: v.rule ?? null,
        prompt: { ...NO_PROMPT, ...v.prompt },
        errorAlert: { ...NO_ALERT, ...v.errorAlert },
        ignoreBlanks: v.ignoreBlanks ?? true,
      });
}

const TYPES: Record<keyof Excel.DataValidationRule, Excel.DataValidation["type"]> = {
  wholeNumber: "WholeNumber",
  decimal: "Decimal",
  list: "List",
  date: "Date",
  time: "Time",
  textLength: "TextLength",
  custom: "Custom",
};

const OPERATORS = new Set([
  "Between",
  "NotBetween",
  "EqualTo",
  "NotEqualTo",
  "GreaterThan",
  "LessThan",
  "GreaterThanOrEqualTo",
  "LessThanOrEqualTo",
]);

function typeOf(v: DoubleValidation | undefined): Excel.DataValidation["type"] {
  if (!v?.rule) return "None";
  return TYPES[Object.keys(v.rule)[0] as keyof Excel.DataValidationRule];
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}(T[\d:.]+Z?)?$/;

/**
 * Refuses what Excel refuses when a rule is set: none or several kinds at once, an unknown
 * operator, a missing operand, a date operand that is neither a Date, ISO text nor a
 * formula, an empty list or one over 255 characters.
 */
function checkRule(rule: Excel.DataValidationRule): void {
  const kinds = Object.keys(rule).filter((k) => (rule as Record<string, unknown>)[k] !== undefined);
  if (kinds.length !== 1 || !(kinds[0] in TYPES))
    throw new DoubleExcelError("InvalidArgument", "A data validation rule holds exactly one kind of criteria.");
  const kind = kinds[0] as keyof Excel.DataValidationRule;
  if (kind === "list") {
    const source = rule.list!.source;
    if (typeof source !== "string" || source === "" || source.length > 255)
      throw new DoubleExcelError("InvalidArgument", "A list source must be 1–255 characters.");
    return;
  }
  if (kind === "custom") return;
  const basic = rule[kind] as Excel.BasicDataValidation | Excel.DateTimeDataValidation;
  if (!OPERATORS.has(basic.operator)) throw new DoubleExcelError("InvalidArgument", `Bad operator ${basic.operator}`);
  const binary = basic.operator === "Between" || basic.operator === "NotBetween";
  const operands = binary ? [basic.formula1, basic.formula2] : [basic.formula1];
  for (const f of operands) {
    if (f === undefined || f === null || f === "")
      throw new DoubleExcelError("InvalidArgument", "A data validation operand is missing.");
    if (kind === "date" && typeof f === "string" && !ISO_DATE.test(f) && !f.startsWith("="))
      throw new DoubleExcelError("InvalidArgument", `A date operand must be ISO 8601 text or a formula, not ${f}.`);
    if (kind !== "date" && typeof f === "string" && Number.isNaN(Number(f)) && !f.startsWith("="))
      throw new DoubleExcelError("InvalidArgument", `A number operand must be a number or a formula, not ${f}.`);
  }
}

function checkText(title: string, message: string): void {
  if (title.length > 32) throw new DoubleExcelError("InvalidArgument", "A validation title is at most 32 characters.");
  if (message.length > 255)
    throw new DoubleExcelError("InvalidArgument", "A validation message is at most 255 characters.");
}

/**
 * `range.dataValidation` (ExcelApi 1.8). Reads answer for the whole range as Excel does:
 * `type` is "None" when no cell is validated, "MixedCriteria" when some are, "Inconsistent"
 * when the cells' rules differ; `prompt`/`errorAlert` are null when cells differ. Writes
 * apply to every cell. Deliberately stricter than Excel in one point: setting a rule over a
 * cell that already has a different rule fails with InvalidOperation, so a test catches an
 * adapter that would replace the user's own validation.
 */
export class DataValidation extends ClientObject implements DataValidationShape {
  protected readonly loadable = ["type", "prompt", "errorAlert", "ignoreBlanks", "rule"] as const;

  constructor(
    batch: Batch,
    private readonly t: Target,
  ) {
    super(batch);
    batch.requires(8, "Range.dataValidation");
  }

  private each(): (DoubleValidation | undefined)[] {
    const s = this.t.sheet();
    const map = validationsOf(s);
    const out: (DoubleValidation | undefined)[] = [];
    for (const a of this.t.areas())
      for (let r = a.top; r <= a.bottom; r++)
        for (let c = a.left; c <= a.right; c++) out.push(map.get(DoubleSheet.key(r, c)));
    return out;
  }

  protected read(name: string): unknown {
    const cells = this.each();
    const same = (f: (v: DoubleValidation | undefined) => unknown) => {
      const first = JSON.stringify(f(cells[0]));
      return cells.every((c) => JSON.stringify(f(c)) === first) ? (JSON.parse(first) as unknown) : null;
    };
    switch (name) {
      case "type": {
        const types = new Set(cells.map(typeOf));
        if (types.size === 1 && types.has("None")) return "None";
        if (types.has("None")) return "MixedCriteria";
        const rule = same((v) => v?.rule);
        return rule === null ? "Inconsistent" : [...types][0];
      }
      case "prompt":
        return same((v) => v?.prompt ?? NO_PROMPT);
      case "errorAlert":
        return same((v) => v?.errorAlert ?? NO_ALERT);
      case "ignoreBlanks":
        return same((v) => v?.ignoreBlanks ?? true);
      case "rule":
        return same((v) => v?.rule ?? {});
      default:
        throw new DoubleExcelError("InvalidArgument", `Unknown property ${name}`);
    }
  }

  /** Every cell of the range gets its validation changed by `fn` (created when missing). */
  private change(args: unknown, check: () => void, fn: (v: DoubleValidation) => void): void {
    this.write(args, () => {
      check();
      const s = this.t.sheet();
      if (s.protected) throw new DoubleExcelError("AccessDenied", `Sheet '${s.name}' is protected.`);
      const map = validationsOf(s);
      for (const a of this.t.areas())
        for (let r = a.top; r <= a.bottom; r++)
          for (let c = a.left; c <= a.right; c++) {
            const k = DoubleSheet.key(r, c);
            const v = map.get(k) ?? {
              rule: null,
              prompt: { ...NO_PROMPT },
              errorAlert: { ...NO_ALERT },
              ignoreBlanks: true,
            };
            fn(v);
            map.set(k, v);
          }
    });
  }

  get type(): Excel.DataValidation["type"] {
    return this.got("type");
  }
  get prompt(): Excel.DataValidationPrompt {
    return this.got("prompt");
  }
  set prompt(p: Excel.DataValidationPrompt) {
    this.change(
      p,
      () => checkText(p.title ?? "", p.message ?? ""),
      (v) => (v.prompt = { ...v.prompt, ...p }),
    );
  }
  get errorAlert(): Excel.DataValidationErrorAlert {
    return this.got("errorAlert");
  }
  set errorAlert(e: Excel.DataValidationErrorAlert) {
    this.change(
      e,
      () => checkText(e.title ?? "", e.message ?? ""),
      (v) => (v.errorAlert = { ...v.errorAlert, ...e }),
    );
  }
  get ignoreBlanks(): boolean {
    return this.got("ignoreBlanks");
  }
  set ignoreBlanks(b: boolean) {
    this.change(
      b,
      () => undefined,
      (v) => (v.ignoreBlanks = b),
    );
  }
  get rule(): Excel.DataValidationRule {
    return this.got("rule");
  }
  set rule(rule: Excel.DataValidationRule) {
    const json = JSON.parse(JSON.stringify(rule)) as Excel.DataValidationRule;
    this.change(
      json,
      () => checkRule(json),
      (v) => {
        if (v.rule && JSON.stringify(v.rule) !== JSON.stringify(json))
          throw new DoubleExcelError("InvalidOperation", "The cell already has another validation rule.");
        v.rule = json;
      },
    );
  }
  clear(): void {
    this.write("clear", () => {
      const s = this.t.sheet();
      if (s.protected) throw new DoubleExcelError("AccessDenied", `Sheet '${s.name}' is protected.`);
      const map = validationsOf(s);
      for (const a of this.t.areas())
        for (let r = a.top; r <= a.bottom; r++)
          for (let c = a.left; c <= a.right; c++) map.delete(DoubleSheet.key(r, c));
    });
  }
}
