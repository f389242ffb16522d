export { OfficeWorkbookGateway } from "./gateway";
export { globalOfficeHost, detectCapabilities, type OfficeHost, type Capabilities } from "./capabilities";
export { toMonitorError } from "./errors";
export { STATE_SHEET } from "./state";
