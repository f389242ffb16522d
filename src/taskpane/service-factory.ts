import type { MonitorService } from "../app/monitor-types";

/**
 * Builds the Office-backed service. Both modules are imported lazily so the task pane's
 * first bundle stays small and the ribbon command shares the same code path.
 */
export async function createService(): Promise<MonitorService> {
  const [{ createMonitor }, { OfficeWorkbookGateway }] = await Promise.all([
    import("../app/monitor"),
    import("../adapters/office"),
  ]);
  return createMonitor(new OfficeWorkbookGateway());
}
