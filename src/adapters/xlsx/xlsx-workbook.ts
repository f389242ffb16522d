import { chooseName, OWNED_KEY, parseOwned } from "../../app/owned-sheets";
import { parseStateRows, stateRows } from "../../app/state-format";
import { type CellWrite, MonitorError, type WorkbookGateway } from "../../app/workbook-gateway";
import type { PaintCell, PaintPlan } from "../../domain/paint-plan";
import { a1, parseA1 } from "../../domain/cell-address";
import type { ModelCell, SheetModel } from "../../domain/sheet-model";
import type { WorkbookSnapshot } from "../../domain/snapshot";
import { blankPackage } from "./blank-package";
import { type Dialect, dialectOf } from "./dialect";
import { documentCreatedOf } from "./document-created";
import { OoxmlPackage } from "./ooxml-package";
import { assertNotEmpty, checkSpreadsheetZip, isEncryptedPackage } from "./open-xlsx";
import { readWorkbook } from "./read-snapshot";
import { type PaintedCell, decodePaintRecord, encodePaintRecord, PAINT_KEY, type PaintRecord } from "./paint-record";
import {
  cellKey,
  maxStyleIndex,
  restoreCells,
  restyleRows,
  type Restyle,
  type RestyleRows,
  type RestoreTarget,
} from "./sheet-cell-styles";
import { StylesEditor } from "./styles-editor";
import { addNotes, nextShapeBlock, removeOurNotes } from "./write-notes";
import { workbookSheets } from "./workbook-sheets";
import { writeSheetPart } from "./write-sheet-part";
import { applyValueWrites } from "./write-values";
import { addValidations, type RangeGuard, withoutValidated } from "./write-validation";
import { setActiveSheet } from "./active-sheet";

/** The very-hidden sheet holding the add-in's settings, laid out as in src/app/state-format.ts. */
export const STATE_SHEET = "_kvantorium_state";

/**
 * A workbook file opened outside Excel (CLI, web page). Nothing is written into the
 * original bytes: paint, new sheets and state are kept as pending edits and applied to a
 * fresh copy of the original zip by toBytes(), so every part the add-in does not touch
 * (charts, pivot tables, images, names, validation, other sheets) is copied unchanged.
 * Paint written by an earlier session is undone from its record in the state sheet
 * (PAINT_KEY) before repainting or clearing, so no stale colour or note survives.
 */
export class XlsxWorkbook implements WorkbookGateway {
  private paint: PaintPlan = [];
  /** applyPaint or clearPaint was called: the earlier session's paint must be undone. */
  private paintReplaced = false;
  private readonly written = new Map<string, SheetModel>();
  /** Values collect writes into the user's sheets, applied by toBytes(). */
  private values: CellWrite[] = [];
  /** Validation «Защитить ввод» adds, per sheet name (lower case). */
  private readonly validations = new Map<string, RangeGuard[]>();
  private readonly state = new Map<string, string>();
  private stateDirty = false;
  /** The sheet a use case asked to show (the report): the saved file opens on it. */
  private activeSheet: string | null = null;
  private fresh: boolean;
  private snapshot: WorkbookSnapshot | null;
  /** Sheets of the opened file, including hidden ones: the user's, unless recorded as ours. */
  private readonly originalSheets: string[];

  /** Use openXlsx() or newXlsxWorkbook(). */
  constructor(
    private readonly original: Uint8Array | null,
    snapshot: WorkbookSnapshot | null,
    state: Map<string, string>,
    private readonly releaseMemory: () => void = () => {},
  ) {
    this.fresh = original === null;
    this.snapshot = snapshot;
    this.originalSheets = snapshot?.sheets.map((sh) => sh.name) ?? [];
    for (const [k, v] of state) this.state.set(k, v);
  }

  async readSnapshot(onProgress?: (fraction: number) => void): Promise<WorkbookSnapshot> {
    if (!this.snapshot || this.dirtySheets()) {
      this.snapshot = await readWorkbook(await OoxmlPackage.load(await this.toBytes()));
    }
    onProgress?.(1);
    return this.snapshot;
  }

  async applyPaint(plan: PaintPlan): Promise<void> {
    const names = new Set((await this.sheetNames()).map((n) => n.toLowerCase()));
    const missing = plan.find((c) => !names.has(c.sheet.toLowerCase()));
    if (missing) throw new MonitorError("sheet-missing", { sheet: missing.sheet });
    // Repainting replaces the previous paint; the original fills live on in the original bytes.
    this.paint = [...plan];
    this.paintReplaced = true;
  }

  async clearPaint(): Promise<void> {
    this.paint = [];
    this.paintReplaced = true;
  }

  async writeSheet(model: SheetModel, options?: { activate?: boolean }): Promise<string> {
    if (model.name.toLowerCase() === STATE_SHEET || !isValidSheetName(model.name)) {
      throw new MonitorError("bad-argument", { sheet: model.name });
    }
    // A user's own sheet with this name is never replaced: the model goes to "Name (2)".
    const userSheets = new Set(this.fresh ? [] : this.originalSheets.map((n) => n.toLowerCase()));
    const owned = new Set(parseOwned(this.state.get(OWNED_KEY)).map((n) => n.toLowerCase()));
    const name = chooseName(
      model.name,
      (n) => userSheets.has(n.toLowerCase()),
      (n) => owned.has(n.toLowerCase()),
    );
    if (name !== model.name) {
      const table = model.table ? { ...model.table, name: `${model.table.name}_2` } : undefined;
      model = { ...model, name, table };
    }
    // «Issues» written by an English check gives way to «Замечания» (and back): only our own sheet.
    const replaced = (model.replaces ?? []).find(
      (r) =>
        r.toLowerCase() !== name.toLowerCase() &&
        owned.has(r.toLowerCase()) &&
        (userSheets.has(r.toLowerCase()) || this.written.has(r.toLowerCase())),
    );
    model = { ...model, replaces: replaced ? [replaced] : undefined };
    if (replaced) this.written.delete(replaced.toLowerCase());
    this.written.set(name.toLowerCase(), model);
    // The downloaded book opens where Excel would have switched to (the report).
    if (options?.activate) this.activeSheet = name;
    // A new workbook's sheets (the template) belong to the user from the start.
    if (!this.fresh && (!owned.has(name.toLowerCase()) || replaced)) {
      const gone = replaced?.toLowerCase();
      const list = [...parseOwned(this.state.get(OWNED_KEY)).filter((n) => n.toLowerCase() !== gone), name];
      this.state.set(OWNED_KEY, JSON.stringify([...new Set(list)].sort()));
      this.stateDirty = true;
    }
    this.snapshot = null;
    return name;
  }

  async createWorkbook(models: SheetModel[]): Promise<void> {
    this.fresh = true;
    this.paint = [];
    this.paintReplaced = false;
    this.written.clear();
    for (const m of models) await this.writeSheet(m);
  }

  async selectCell(_sheet: string, _address: string): Promise<void> {
    // A file has no selection to move; the CLI and web page show the address instead.
  }

  async loadState(key: string): Promise<string | null> {
    return this.state.get(key) ?? null;
  }

  async saveState(key: string, value: string): Promise<void> {
    this.state.set(key, value);
    this.stateDirty = true;
    this.snapshot = null;
  }

  async writeValues(cells: readonly CellWrite[]): Promise<void> {
    const names = new Set((await this.sheetNames()).map((n) => n.toLowerCase()));
    const missing = cells.find((c) => !names.has(c.sheet.toLowerCase()));
    if (missing) throw new MonitorError("sheet-missing", { sheet: missing.sheet });
    this.values = [...this.values, ...cells];
    this.snapshot = null;
  }

  async addValidation(sheet: string, guards: readonly RangeGuard[]): Promise<number> {
    if (!this.original || this.fresh) return 0;
    const pkg = await OoxmlPackage.load(this.original);
    const entry = (await workbookSheets(pkg, (await pkg.workbookPath()) ?? "xl/workbook.xml")).find(
      (s) => s.name.toLowerCase() === sheet.toLowerCase(),
    );
    if (!entry?.path || !pkg.has(entry.path)) throw new MonitorError("sheet-missing", { sheet });
    const free = withoutValidated(guards, (await pkg.text(entry.path))!);
    const key = sheet.toLowerCase();
    this.validations.set(key, [...(this.validations.get(key) ?? []), ...free]);
    this.snapshot = null;
    return free.reduce(
      (n, g) => n + g.ranges.reduce((m, r) => m + (r.bottom - r.top + 1) * (r.right - r.left + 1), 0),
      0,
    );
  }

  async documentCreated(): Promise<string | null> {
    return this.original && !this.fresh ? documentCreatedOf(this.original) : null;
  }

  /** The workbook with all pending edits, as .xlsx bytes. Unchanged files come back byte-identical. */
  async toBytes(): Promise<Uint8Array> {
    const out = await this.withEdits();
    if (out instanceof Uint8Array) return out;
    // The sheets' earlier versions are garbage now; the zip is built on top of what stays.
    this.releaseMemory();
    return out.toBytes();
  }

  /**
   * The workbook with all pending edits as a package, not yet zipped: for a caller that edits
   * parts further (a school copy), so the parts are compressed once, not zipped, unzipped and
   * zipped again.
   */
  async toPackage(): Promise<OoxmlPackage> {
    const out = await this.withEdits();
    return out instanceof Uint8Array ? OoxmlPackage.load(out) : out;
  }

  /** The package with every pending edit applied, or the original bytes when nothing changes. */
  private async withEdits(): Promise<OoxmlPackage | Uint8Array> {
    const undo = this.paintReplaced && !this.fresh;
    if (this.original && !this.fresh && !this.dirtySheets() && this.paint.length === 0 && !undo) {
      return this.original.slice();
    }
    const pkg = this.original && !this.fresh ? await OoxmlPackage.load(this.original) : blankPackage();
    const wbPath = (await pkg.workbookPath()) ?? "xl/workbook.xml";
    const stylesPath = await stylesPartOf(pkg, wbPath);
    const d = await dialectOf(pkg, wbPath);
    const styles = new StylesEditor(stylesPath ? await pkg.text(stylesPath) : null, d.main);
    await reserveUsedFormats(pkg, wbPath, styles);

    for (const model of this.written.values()) await writeSheetPart(pkg, wbPath, styles, model, "visible", d);
    const undone = undo ? await this.undoEarlierPaint(pkg, wbPath, styles) : 0;
    // After the old paint is undone, so a new number format is based on the cell's own format.
    await applyValueWrites(pkg, this.values, styles);
    for (const sheet of await workbookSheets(pkg, wbPath)) {
      const guards = this.validations.get(sheet.name.toLowerCase());
      if (guards?.length && sheet.path) pkg.setText(sheet.path, addValidations((await pkg.text(sheet.path))!, guards));
    }
    const record = await this.applyPaintTo(pkg, wbPath, styles, d);
    const state = new Map(this.state);
    if (undo) {
      if (record.size > 0) state.set(PAINT_KEY, encodePaintRecord(record));
      else state.delete(PAINT_KEY);
    }
    const recordChanged = state.get(PAINT_KEY) !== this.state.get(PAINT_KEY);
    // Clearing a file that carries none of our paint changes nothing: hand back its bytes.
    if (
      this.original &&
      !this.fresh &&
      !this.dirtySheets() &&
      this.paint.length === 0 &&
      undone === 0 &&
      !recordChanged
    ) {
      return this.original.slice();
    }
    if (this.stateDirty || recordChanged || (this.fresh && state.size > 0)) {
      await writeSheetPart(pkg, wbPath, styles, stateModel(state), "veryHidden", d);
    }
    if ((await workbookSheets(pkg, wbPath)).length === 0)
      await writeSheetPart(pkg, wbPath, styles, { name: "Лист1", cells: [] }, "visible", d);
    // An untouched styles part stays byte for byte; a missing one is added only when needed.
    if (styles.changed) pkg.setText(stylesPath ?? (await addStylesPart(pkg, wbPath, d)), styles.toXml());
    if (this.activeSheet) await setActiveSheet(pkg, wbPath, this.activeSheet);
    return pkg;
  }

  /**
   * Puts back the style index of every cell an earlier session painted (unless the user
   * restyled it since) and removes our notes from every sheet. Returns how many cells and
   * notes changed. Sheets being replaced and the state sheet are skipped.
   */
  private async undoEarlierPaint(pkg: OoxmlPackage, wbPath: string, styles: StylesEditor): Promise<number> {
    const record: PaintRecord = decodePaintRecord(this.state.get(PAINT_KEY));
    let changed = 0;
    for (const sheet of await workbookSheets(pkg, wbPath)) {
      const lower = sheet.name.toLowerCase();
      if (!sheet.path || lower === STATE_SHEET || this.written.has(lower) || !pkg.has(sheet.path)) continue;
      const cells = record.get(sheet.name) ?? [];
      if (cells.length > 0) {
        const targets = new Map<string, RestoreTarget>();
        for (const c of cells) {
          const at = parseA1(c.cell);
          // Formats renumbered by another program: writing the old index back could give the
          // cell someone else's format, so the cell is left as it is.
          const trusted =
            c.paintedFill === undefined ||
            ((styles.fillOf(c.painted) ?? "") === c.paintedFill &&
              (styles.fillOf(c.original) ?? "") === c.originalFill);
          if (at && trusted) targets.set(cellKey(at.row, at.col), { painted: c.painted, original: c.original });
        }
        const { xml, restored } = restoreCells((await pkg.byteText(sheet.path))!, targets);
        if (restored > 0) pkg.setByteText(sheet.path, xml);
        changed += restored;
      }
      changed += await removeOurNotes(pkg, sheet.path);
    }
    return changed;
  }

  /** Paints the pending plan and returns what was painted, for the record. */
  private async applyPaintTo(
    pkg: OoxmlPackage,
    wbPath: string,
    styles: StylesEditor,
    d: Dialect,
  ): Promise<PaintRecord> {
    const record: PaintRecord = new Map();
    if (this.paint.length === 0) return record;
    const sheets = await workbookSheets(pkg, wbPath);
    const bySheet = new Map<string, PaintCell[]>();
    for (const c of this.paint) {
      const list = bySheet.get(c.sheet.toLowerCase()) ?? [];
      list.push(c);
      bySheet.set(c.sheet.toLowerCase(), list);
    }
    let shapeId = 20 * 1024 + 1;
    for (const [name, cells] of bySheet) {
      const sheet = sheets.find((s) => s.name.toLowerCase() === name);
      if (!sheet?.path) continue;
      // A cell listed twice takes its last entry: one colour and at most one note per cell.
      // Grouped by row and column as the restyling wants them (no key string per cell); the
      // notes keep the order in which their cells first came.
      const last: PaintCell[] = [];
      const slot = new Map<number, Map<number, number>>();
      for (const c of cells) {
        let row = slot.get(c.row);
        if (!row) slot.set(c.row, (row = new Map()));
        const at = row.get(c.col);
        if (at === undefined) row.set(c.col, last.push(c) - 1);
        else last[at] = c;
      }
      const painted: PaintedCell[] = [];
      const targets: RestyleRows = new Map();
      for (const [r, cols] of slot) {
        const row = new Map<number, Restyle>();
        targets.set(r, row);
        for (const [col, at] of cols) {
          const c = last[at];
          row.set(col, (xf) => {
            const ours = styles.solidFillOver(xf, c.fill);
            painted.push({
              cell: a1(c.row, c.col),
              original: xf,
              painted: ours,
              originalFill: styles.fillOf(xf) ?? "",
              paintedFill: styles.fillOf(ours) ?? "",
            });
            return ours;
          });
        }
      }
      // Style indexes and empty cells are ASCII: the sheet is edited as its bytes (byte-string.ts).
      pkg.setByteText(sheet.path, restyleRows((await pkg.byteText(sheet.path))!, targets));
      record.set(sheet.name, painted);
      const notes = last.filter((c) => c.note).map((c) => ({ row: c.row, col: c.col, text: c.note! }));
      const added = await addNotes(pkg, sheet.path, notes, shapeId, d);
      shapeId = nextShapeBlock(shapeId, added.length);
      // The sheet as read and as restyled (tens of MB each on a large registry) are garbage.
      this.releaseMemory();
    }
    return record;
  }

  private dirtySheets(): boolean {
    return (
      this.fresh || this.written.size > 0 || this.stateDirty || this.values.length > 0 || this.validations.size > 0
    );
  }

  private async sheetNames(): Promise<string[]> {
    const base = this.fresh
      ? []
      : (this.snapshot?.sheets.map((s) => s.name) ?? (await this.readSnapshot()).sheets.map((s) => s.name));
    return [...base, ...[...this.written.values()].map((m) => m.name)];
  }
}

/** Excel's rules: 1–31 characters, none of : \\ / ? * [ ], not starting or ending with an apostrophe. */
export function isValidSheetName(name: string): boolean {
  return name.length >= 1 && name.length <= 31 && !/[:\\/?*[\]]/.test(name) && !/^'|'$/.test(name);
}

async function stylesPartOf(pkg: OoxmlPackage, wbPath: string): Promise<string | null> {
  const rel = (await pkg.rels(wbPath)).find((r) => r.type.endsWith("/styles") && !r.external);
  return rel && pkg.has(rel.path) ? rel.path : null;
}

async function addStylesPart(pkg: OoxmlPackage, wbPath: string, d: Dialect): Promise<string> {
  const path = pkg.freePath("xl/styles", ".xml");
  await pkg.addRel(wbPath, d.rel("styles"), path);
  await pkg.setOverride(path, "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml");
  return path;
}

/** New formats go past every style index a worksheet already uses, even a dangling one. */
async function reserveUsedFormats(pkg: OoxmlPackage, wbPath: string, styles: StylesEditor): Promise<void> {
  for (const sheet of await workbookSheets(pkg, wbPath)) {
    if (!sheet.path || !pkg.has(sheet.path)) continue;
    styles.reserveCellXf(maxStyleIndex((await pkg.byteText(sheet.path)) ?? ""));
  }
}

/** The state sheet in the Office adapter's layout: key in A, pieces in B on as many rows as needed, all text. */
function stateModel(state: Map<string, string>): SheetModel {
  const text = { numberFormat: "@" };
  const cells: ModelCell[] = [];
  stateRows(state).forEach(([key, piece], row) => {
    cells.push({ row, col: 0, value: key, style: text }, { row, col: 1, value: piece, style: text });
  });
  return { name: STATE_SHEET, cells };
}

/** Reads key/value pairs back from the state sheet of a snapshot (either layout ever written). */
export function stateFromSnapshot(snapshot: WorkbookSnapshot): Map<string, string> {
  const sheet = snapshot.sheets.find((s) => s.name.toLowerCase() === STATE_SHEET);
  return parseStateRows(sheet?.rows ?? []);
}

export interface OpenOptions {
  /**
   * Decrypts an encrypted package with Excel's default password, or gives null (the file
   * then stays `encrypted`): node-decrypt.ts in the CLI (Node's crypto), web-decrypt.ts on
   * the web page (loaded only for an encrypted file).
   */
  decrypt?: (bytes: Uint8Array) => Promise<Uint8Array | null>;
  /**
   * Called where large intermediates of the writing (a worksheet's earlier versions) have
   * just become garbage. The CLI collects them at once (src/cli/release-memory.ts), so the
   * peak is what the writing holds, not what it held; a browser has no such call.
   */
  releaseMemory?: () => void;
}

/**
 * Opens .xlsx bytes. Throws MonitorError: `not-xlsx` (not a zip, a zip that is not a
 * workbook, a renamed .xls/.ods), `encrypted` (password-protected), `corrupt` (damaged
 * zip or workbook parts), `empty-workbook` (no sheet has a value).
 */
export async function openXlsx(bytes: Uint8Array, options: OpenOptions = {}): Promise<XlsxWorkbook> {
  if (options.decrypt && isEncryptedPackage(bytes)) {
    // The checked copy is written unencrypted: its reader needs no password either way.
    bytes = (await options.decrypt(bytes)) ?? bytes;
  }
  const pkg = await checkSpreadsheetZip(bytes);
  let snapshot: WorkbookSnapshot;
  try {
    snapshot = await readWorkbook(pkg);
  } catch (e) {
    throw new MonitorError("corrupt", { reason: "workbook" }, e);
  }
  assertNotEmpty({ sheets: snapshot.sheets.filter((s) => s.name.toLowerCase() !== STATE_SHEET) });
  return new XlsxWorkbook(bytes.slice(), snapshot, stateFromSnapshot(snapshot), options.releaseMemory);
}

/** A new, empty workbook (for «Создать шаблон» in the CLI): call createWorkbook() then toBytes(). */
export function newXlsxWorkbook(): XlsxWorkbook {
  return new XlsxWorkbook(null, { sheets: [] }, new Map());
}
