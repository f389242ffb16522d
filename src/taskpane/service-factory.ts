import type { MonitorService } from "../app/monitor-types";
import { schoolLoopService, type SchoolLoopService } from "./school-loop-session";

/** What the pane inside Excel runs on: the use cases and the school loop over the open workbook. */
export interface OfficeSession {
  service: MonitorService;
  loop: SchoolLoopService;
}

/**
 * Builds the Office-backed service. Both modules are imported lazily so the task pane's
 * first bundle stays small and the ribbon command shares the same code path.
 */
export async function createService(): Promise<MonitorService> {
  return (await createOfficeSession()).service;
}

/** The service and the school loop on one Office gateway (the loop renders copies with the lazily loaded .xlsx adapter). */
export async function createOfficeSession(): Promise<OfficeSession> {
  const [{ createMonitor }, { OfficeWorkbookGateway }] = await Promise.all([
    import("../app/monitor"),
    import("../adapters/office"),
  ]);
  const gateway = new OfficeWorkbookGateway();
  const service = createMonitor(gateway);
  const loop = schoolLoopService(
    gateway,
    () => service.loadSettings(),
    () => new Date(),
    () => undefined,
  );
  return { service, loop };
}
