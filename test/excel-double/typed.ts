/**
 * Typing the double against `@types/office-js`, so a member whose shape drifts from Office's
 * does not compile. A double class declares the members of the real class it covers:
 *
 *     class Range extends ClientObject implements Covers<Excel.Range, "values" | "format" | …>
 *
 * `Covers<T, K>` is `Pick<T, K>` with one change: an Excel proxy that a covered member takes or
 * returns (`getRange(): Excel.Range`, `format: Excel.RangeFormat`, `freezeAt(Excel.Range | string)`)
 * is the double's shape of that proxy (see `Shape` below), since the double cannot hand out real
 * Office objects. Members that mention no proxy keep Office's exact type, overloads and generics
 * included (`sync<T>(passThroughValue?: T): Promise<T>`); members that do are rebuilt as function
 * types from Office's last overload, so their parameters are checked strictly (contravariantly):
 * a double method that takes only a string where Office also takes a Range does not compile.
 * A proxy with no shape registered in `Shape` stays the real Excel type, which no double object
 * satisfies — so covering a member that returns a new kind of proxy forces registering its shape.
 *
 * Read-only Office properties may be getters; writable ones need a getter (after load) and a
 * setter whose type is Office's (e.g. `Excel.RangeFormat["horizontalAlignment"]`).
 */

/**
 * The registry of shapes: the Office.js class, and the double's shape of it (`Covers<Excel.X, …>`
 * for the members the double implements). When the double covers a new kind of object, add its
 * entry — here, or from the new class's own file by declaration merging, which can also add the
 * member that hands it out to an existing shape:
 *
 *     export interface DataValidationShape extends Covers<Excel.DataValidation, "rule" | "clear"> {}
 *     declare module "./typed" {
 *       interface Shapes { DataValidation: [Excel.DataValidation, DataValidationShape] }
 *       interface RangeShape extends Covers<Excel.Range, "dataValidation"> {}
 *     }
 *
 * (then `Range` must have a `dataValidation` of that shape, or nothing compiles).
 */
export interface Shapes {
  Workbook: [Excel.Workbook, WorkbookShape];
  WorkbookProtection: [Excel.WorkbookProtection, WorkbookProtectionShape];
  WorksheetCollection: [Excel.WorksheetCollection, WorksheetCollectionShape];
  Worksheet: [Excel.Worksheet, WorksheetShape];
  WorksheetProtection: [Excel.WorksheetProtection, WorksheetProtectionShape];
  WorksheetFreezePanes: [Excel.WorksheetFreezePanes, WorksheetFreezePanesShape];
  PageLayout: [Excel.PageLayout, PageLayoutShape];
  HeaderFooterGroup: [Excel.HeaderFooterGroup, HeaderFooterGroupShape];
  HeaderFooter: [Excel.HeaderFooter, HeaderFooterShape];
  PageBreakCollection: [Excel.PageBreakCollection, PageBreakCollectionShape];
  PageBreak: [Excel.PageBreak, PageBreakShape];
  NoteCollection: [Excel.NoteCollection, NoteCollectionShape];
  Note: [Excel.Note, NoteShape];
  TableCollection: [Excel.TableCollection, TableCollectionShape];
  Table: [Excel.Table, TableShape];
  Range: [Excel.Range, RangeShape];
  RangeAreas: [Excel.RangeAreas, RangeAreasShape];
  RangeCollection: [Excel.RangeCollection, RangeCollectionShape];
  RangeFormat: [Excel.RangeFormat, RangeFormatShape];
  RangeFill: [Excel.RangeFill, RangeFillShape];
  RangeFont: [Excel.RangeFont, RangeFontShape];
  RangeBorderCollection: [Excel.RangeBorderCollection, RangeBorderCollectionShape];
  RangeBorder: [Excel.RangeBorder, RangeBorderShape];
  RequestContext: [Excel.RequestContext, RequestContextShape];
}

// Each shape is a named interface, not a type alias: shapes refer to each other (a Range's
// format, a format's Range…), and only named interfaces may do so without a circularity error.
/* eslint-disable @typescript-eslint/no-empty-object-type */
export interface WorkbookShape extends Covers<Excel.Workbook, "worksheets" | "protection" | "tables"> {}
export interface WorkbookProtectionShape extends Covers<Excel.WorkbookProtection, "protected" | "load"> {}
export interface WorksheetCollectionShape extends Covers<
  Excel.WorksheetCollection,
  "items" | "load" | "getItem" | "getItemOrNullObject" | "getActiveWorksheet" | "add"
> {}
export interface WorksheetShape extends Covers<
  Excel.Worksheet,
  | "isNullObject"
  | "load"
  | "name"
  | "position"
  | "visibility"
  | "tabColor"
  | "protection"
  | "getRange"
  | "getRanges"
  | "getUsedRange"
  | "getUsedRangeOrNullObject"
  | "delete"
  | "activate"
  | "freezePanes"
  | "tables"
  | "pageLayout"
  | "verticalPageBreaks"
  | "notes"
> {}
export interface WorksheetProtectionShape extends Covers<Excel.WorksheetProtection, "protected" | "load"> {}
export interface WorksheetFreezePanesShape extends Covers<
  Excel.WorksheetFreezePanes,
  "freezeAt" | "freezeRows" | "freezeColumns"
> {}
export interface PageLayoutShape extends Covers<
  Excel.PageLayout,
  "orientation" | "zoom" | "setPrintTitleRows" | "setPrintTitleColumns" | "headersFooters"
> {}
export interface HeaderFooterGroupShape extends Covers<Excel.HeaderFooterGroup, "defaultForAllPages"> {}
export interface HeaderFooterShape extends Covers<Excel.HeaderFooter, "leftFooter" | "rightFooter"> {}
export interface PageBreakCollectionShape extends Covers<Excel.PageBreakCollection, "add"> {}
export interface PageBreakShape extends Covers<Excel.PageBreak, "columnIndex" | "rowIndex"> {}
export interface NoteCollectionShape extends Covers<Excel.NoteCollection, "add" | "getItemOrNullObject"> {}
export interface NoteShape extends Covers<Excel.Note, "isNullObject" | "load" | "content" | "delete"> {}
export interface TableCollectionShape extends Covers<Excel.TableCollection, "load" | "items" | "count" | "add"> {}
export interface TableShape extends Covers<Excel.Table, "load" | "name" | "style"> {}
export interface RangeShape extends Covers<
  Excel.Range,
  | "isNullObject"
  | "load"
  | "address"
  | "rowIndex"
  | "columnIndex"
  | "rowCount"
  | "columnCount"
  | "values"
  | "numberFormat"
  | "hyperlink"
  | "format"
  | "getUsedRangeOrNullObject"
  | "select"
  | "merge"
  | "getMergedAreasOrNullObject"
  | "getCellProperties"
  | "setCellProperties"
> {}
export interface RangeAreasShape extends Covers<
  Excel.RangeAreas,
  "isNullObject" | "load" | "address" | "areaCount" | "areas" | "format"
> {}
export interface RangeCollectionShape extends Covers<Excel.RangeCollection, "items"> {}
export interface RangeFormatShape extends Covers<
  Excel.RangeFormat,
  | "load"
  | "fill"
  | "font"
  | "borders"
  | "columnWidth"
  | "rowHeight"
  | "wrapText"
  | "horizontalAlignment"
  | "verticalAlignment"
> {}
export interface RangeFillShape extends Covers<Excel.RangeFill, "load" | "color" | "clear"> {}
export interface RangeFontShape extends Covers<Excel.RangeFont, "bold" | "italic" | "color" | "size"> {}
export interface RangeBorderCollectionShape extends Covers<Excel.RangeBorderCollection, "getItem"> {}
export interface RangeBorderShape extends Covers<Excel.RangeBorder, "style"> {}
export interface RequestContextShape extends Covers<Excel.RequestContext, "workbook" | "sync"> {}

/* eslint-enable @typescript-eslint/no-empty-object-type */

/** Exactly the same type (mutual assignability is too loose for overlapping proxies). */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;

/** The registered shape of one Excel proxy class, or the class itself when none is registered. */
type ShapeOf<T> = {
  [K in keyof Shapes]: Same<T, Shapes[K][0]> extends true ? Shapes[K][1] : never;
}[keyof Shapes] extends infer S
  ? [S] extends [never]
    ? T
    : S
  : never;

/** Swaps proxies (also inside unions and arrays) for their shapes; everything else is kept. */
export type Shape<T> = T extends OfficeExtension.ClientObject
  ? ShapeOf<T>
  : T extends readonly (infer U)[]
    ? Shape<U>[]
    : T;

type ShapeArgs<A extends unknown[]> = { [I in keyof A]: Shape<A[I]> };

/** true when T is, or holds (in a union or an array), an Excel proxy; decided without building shapes. */
type HasProxy<T> = T extends OfficeExtension.ClientObject ? true : T extends readonly (infer U)[] ? HasProxy<U> : false;

type Member<F> = F extends (...args: infer A) => infer R
  ? true extends HasProxy<R> | HasProxy<A[number]>
    ? (...args: ShapeArgs<A>) => Shape<R>
    : F
  : true extends HasProxy<F>
    ? Shape<F>
    : F;

/** The members `K` of the Office.js class `T`, as the double must implement them. */
export type Covers<T, K extends keyof T> = { [P in K]: Member<T[P]> };
