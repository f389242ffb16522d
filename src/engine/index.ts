export { checkWorkbook } from "./check";
export { buildContext, DEFAULT_WINDOW_DAYS } from "./build-context";
export { toJsonContract } from "./json-contract";
export { runRules, RuleContractError } from "./run-rules";
export type { CheckOptions, CheckResult, CheckSummary, MeasureResult } from "./types";
export type { CheckContext, RoadmapEntry, School, StepCell } from "./context";
