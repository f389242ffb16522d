import type { Quarter } from "../domain/quarter";
import type { WorkbookSnapshot } from "../domain/snapshot";
import type { Layout } from "../detect/layout-types";
import { EMPTY_INDICATORS, type IndicatorModel } from "./indicator-types";

/**
 * Reads indicator rules and values. (Indicator checking is its own piece of work; until it
 * lands the engine sees no indicator values and reports none.)
 */
export function buildIndicators(
  _snapshot: WorkbookSnapshot,
  _layout: Layout,
  _asOf: string,
  requested: Quarter | null,
): { model: IndicatorModel; quarter: Quarter | null } {
  return { model: EMPTY_INDICATORS, quarter: requested };
}
