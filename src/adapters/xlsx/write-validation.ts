import { a1, parseA1 } from "../../domain/cell-address";
import type { CellRange } from "../../domain/snapshot";
import type { InputGuard } from "../../app/input-guards";
import { attr, elements, escapeXml, insertBefore, recount, startTag } from "./xml-text";
import { worksheetChildrenAfter } from "./worksheet-order";

const AFTER_VALIDATIONS = worksheetChildrenAfter("dataValidations");

export interface RangeGuard {
  ranges: CellRange[];
  guard: InputGuard;
}

export function sqref(ranges: readonly CellRange[]): string {
  return ranges
    .map((r) =>
      r.top === r.bottom && r.left === r.right ? a1(r.top, r.left) : `${a1(r.top, r.left)}:${a1(r.bottom, r.right)}`,
    )
    .join(" ");
}

/** One `<dataValidation>` element for a guard. */
export function validationXml(g: RangeGuard): string {
  const { rule } = g.guard;
  let type = "";
  let op = "";
  let f1: string | null = null;
  let f2: string | null = null;
  switch (rule.kind) {
    case "date":
      [type, op, f1, f2] = ["date", "between", String(rule.min), String(rule.max)];
      break;
    case "whole":
      [type, op, f1] = ["whole", "greaterThanOrEqual", String(rule.min)];
      break;
    case "decimal":
      if (rule.max !== undefined) [type, op, f1, f2] = ["decimal", "between", String(rule.min), String(rule.max)];
      else [type, op, f1] = ["decimal", "greaterThanOrEqual", String(rule.min)];
      break;
    case "list":
      // An inline list: quoted, items separated by commas (so no item may hold a comma).
      [type, f1] = ["list", `"${rule.items.map((i) => i.replace(/[",]/g, " ")).join(",")}"`];
      break;
    case "any":
      break;
  }
  const checks = type !== "";
  const attrs =
    (checks ? ` type="${type}"` : "") +
    (checks ? ` errorStyle="stop"` : "") +
    (op ? ` operator="${op}"` : "") +
    ` allowBlank="1"` +
    (rule.kind === "list" ? "" : "") +
    ` showInputMessage="1"` +
    (checks ? ` showErrorMessage="1"` : "") +
    (checks ? ` errorTitle="${escapeXml(g.guard.errorTitle)}" error="${escapeXml(g.guard.error)}"` : "") +
    ` promptTitle="${escapeXml(g.guard.promptTitle)}" prompt="${escapeXml(g.guard.prompt)}"` +
    ` sqref="${sqref(g.ranges)}"`;
  const formulas =
    (f1 !== null ? `<formula1>${escapeXml(f1)}</formula1>` : "") +
    (f2 !== null ? `<formula2>${escapeXml(f2)}</formula2>` : "");
  return `<dataValidation${attrs}>${formulas}</dataValidation>`;
}

/**
 * Adds validation to a worksheet part next to the validation already there (never
 * replacing it); every other byte of the sheet stays as it was.
 */
export function addValidations(sheetXml: string, guards: readonly RangeGuard[]): string {
  const items = guards
    .filter((g) => g.ranges.length > 0)
    .map(validationXml)
    .join("");
  if (!items) return sheetXml;
  const existing = elements(sheetXml, "dataValidations")[0];
  if (existing) {
    const tag = startTag(existing.text);
    const inner = existing.text.endsWith("/>") ? "" : existing.text.slice(tag.length, -"</dataValidations>".length);
    const open = tag.replace(/\s*\/>$/, ">");
    const merged = recount(`${open}${inner}${items}</dataValidations>`, "dataValidations", "dataValidation");
    return sheetXml.slice(0, existing.start) + merged + sheetXml.slice(existing.end);
  }
  const n = elements(`<x>${items}</x>`, "dataValidation").length;
  return insertBefore(
    sheetXml,
    AFTER_VALIDATIONS,
    "</worksheet>",
    `<dataValidations count="${n}">${items}</dataValidations>`,
  );
}

/** The ranges already validated on a sheet (the user's own), so guards can leave those cells alone. */
export function validatedRefs(sheetXml: string): string[] {
  return elements(sheetXml, "dataValidation")
    .map((e) => attr(startTag(e.text), "sqref") ?? "")
    .filter((s) => s !== "");
}

/** Cells of a sqref ("A1:B3 D5") as ranges (0-based). */
export function parseSqref(sqref: string): CellRange[] {
  const out: CellRange[] = [];
  for (const part of sqref.trim().split(/\s+/)) {
    const [from, to] = part.replace(/\$/g, "").split(":");
    const a = parseA1(from);
    const b = parseA1(to ?? from);
    if (a && b)
      out.push({
        top: Math.min(a.row, b.row),
        bottom: Math.max(a.row, b.row),
        left: Math.min(a.col, b.col),
        right: Math.max(a.col, b.col),
      });
  }
  return out;
}

/**
 * The guards minus every cell a validation already on the sheet covers (the user's own,
 * or ours from an earlier run), so nothing of hers is replaced and a second run adds nothing.
 * Guards are single-column ranges.
 */
export function withoutValidated(guards: readonly RangeGuard[], sheetXml: string): RangeGuard[] {
  const taken = validatedRefs(sheetXml).flatMap(parseSqref);
  return guards
    .map((g) => ({
      guard: g.guard,
      ranges: g.ranges.flatMap((r) => {
        const free: CellRange[] = [];
        for (let row = r.top; row <= r.bottom; row++) {
          const covered = taken.some((t) => row >= t.top && row <= t.bottom && r.left >= t.left && r.left <= t.right);
          if (covered) continue;
          const last = free[free.length - 1];
          if (last && last.bottom === row - 1) last.bottom = row;
          else free.push({ top: row, bottom: row, left: r.left, right: r.right });
        }
        return free;
      }),
    }))
    .filter((g) => g.ranges.length > 0);
}
