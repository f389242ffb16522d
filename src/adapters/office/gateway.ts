import { MonitorError, type WorkbookGateway } from "../../app/workbook-gateway";
import { parseA1 } from "../../domain/cell-address";
import type { PaintPlan } from "../../domain/paint-plan";
import type { SheetModel } from "../../domain/sheet-model";
import type { WorkbookSnapshot } from "../../domain/snapshot";
import { PayloadBatcher } from "./payload-budget";
import { detectCapabilities, globalOfficeHost, type Capabilities, type OfficeHost } from "./capabilities";
import { officeCode, toMonitorError } from "./errors";
import { repaint } from "./paint";
import { readSnapshot } from "./read-snapshot";
import { assertStateWritable, loadBookProtection, queueStateWrite, readState } from "./state";
import { writeSheets } from "./write-sheet";

/**
 * The workbook open in Excel, through Office.js. Every method is one `Excel.run` with
 * a constant number of syncs; Office errors become MonitorError codes.
 */
export class OfficeWorkbookGateway implements WorkbookGateway {
  constructor(private readonly host: OfficeHost = globalOfficeHost()) {}

  private async run<T>(
    details: Record<string, string>,
    body: (c: Excel.RequestContext, caps: Capabilities) => Promise<T>,
  ): Promise<T> {
    try {
      const caps = detectCapabilities(this.host);
      return await this.host.run((context) => body(context, caps));
    } catch (e) {
      if (officeCode(e) === "AccessDenied") throw await this.explainAccessDenied(e, details);
      throw toMonitorError(e, details);
    }
  }

  /**
   * Excel says AccessDenied for a protected sheet or structure, but also for a workbook that
   * cannot be edited at all (Viewing mode, rights): look which it is now, in one more sync.
   */
  private async explainAccessDenied(e: unknown, details: Record<string, string>): Promise<MonitorError> {
    try {
      return await this.host.run(async (c) => {
        const list = c.workbook.worksheets;
        list.load("items/name");
        const book = loadBookProtection(c);
        await c.sync();
        const sheets = list.items.map((ws) => {
          ws.protection.load("protected");
          return ws;
        });
        await c.sync();
        const locked = sheets.find((ws) => ws.protection.protected);
        const officeCode = "AccessDenied";
        if (locked) return new MonitorError("sheet-protected", { ...details, sheet: locked.name, officeCode }, e);
        if (book.protected)
          return new MonitorError("sheet-protected", { ...details, sheet: "", workbook: "true", officeCode }, e);
        return toMonitorError(e, details);
      });
    } catch {
      return toMonitorError(e, details);
    }
  }

  readSnapshot(onProgress?: (fraction: number) => void): Promise<WorkbookSnapshot> {
    return this.run({}, (c, caps) => readSnapshot(c, caps, onProgress));
  }

  applyPaint(plan: PaintPlan): Promise<void> {
    return this.run({}, (c, caps) => repaint(c, caps, plan));
  }

  /** Same path as painting nothing: every stored fill comes back, our notes go. */
  clearPaint(): Promise<void> {
    return this.run({}, (c, caps) => repaint(c, caps, []));
  }

  async writeSheet(model: SheetModel, options?: { activate?: boolean }): Promise<string> {
    const names = await this.run({ sheet: model.name }, (c, caps) =>
      writeSheets(c, caps, [model], { activate: options?.activate ?? false, owned: true }),
    );
    return names[0] ?? model.name;
  }

  /**
   * Adds the template sheets to the open workbook: Office.js cannot create and open a
   * new workbook portably, and the user's existing sheets stay untouched (a name clash
   * with any sheet gives "Name (2)"). The template's sheets are the user's from the start:
   * never recorded as the add-in's, so nothing later replaces what the coordinator filled in.
   */
  async createWorkbook(models: SheetModel[]): Promise<void> {
    await this.run({}, (c, caps) => writeSheets(c, caps, models, { activate: true, owned: false }));
  }

  selectCell(sheet: string, address: string): Promise<void> {
    if (!parseA1(address)) return Promise.reject(new MonitorError("bad-argument", { address }));
    return this.run({ sheet }, async (c) => {
      const ws = c.workbook.worksheets.getItemOrNullObject(sheet);
      ws.load("name,visibility");
      await c.sync();
      if (ws.isNullObject) throw new MonitorError("sheet-missing", { sheet });
      ws.activate();
      ws.getRange(address).select();
      await c.sync();
    });
  }

  loadState(key: string): Promise<string | null> {
    return this.run({}, async (c) => (await readState(c)).map.get(key) ?? null);
  }

  saveState(key: string, value: string): Promise<void> {
    return this.run({}, async (c) => {
      const book = loadBookProtection(c);
      const state = await readState(c);
      assertStateWritable(state, book.protected);
      const map = new Map(state.map);
      map.set(key, value);
      const batcher = new PayloadBatcher(c);
      await queueStateWrite(c, state, map, batcher);
      await batcher.flush();
    });
  }
}
