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
 * The double's shapes of Excel proxies: each is `Covers<Excel.X, …>` for the members the double
 * implements. Add one line here (and implement it) when the double covers a new kind of object.
 */
export interface Shapes {
  Workbook: WorkbookShape;
  WorkbookProtection: WorkbookProtectionShape;
  WorksheetCollection: WorksheetCollectionShape;
  Worksheet: WorksheetShape;
  WorksheetProtection: WorksheetProtectionShape;
  WorksheetFreezePanes: WorksheetFreezePanesShape;
  PageLayout: PageLayoutShape;
  HeaderFooterGroup: HeaderFooterGroupShape;
  HeaderFooter: HeaderFooterShape;
  PageBreakCollection: PageBreakCollectionShape;
  PageBreak: PageBreakShape;
  NoteCollection: NoteCollectionShape;
  Note: NoteShape;
  TableCollection: TableCollectionShape;
  Table: TableShape;
  Range: RangeShape;
  RangeAreas: RangeAreasShape;
  RangeCollection: RangeCollectionShape;
  RangeFormat: RangeFormatShape;
  RangeFill: RangeFillShape;
  RangeFont: RangeFontShape;
  RangeBorderCollection: RangeBorderCollectionShape;
  RangeBorder: RangeBorderShape;
  RequestContext: RequestContextShape;
}

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

/** Exactly the same type (mutual assignability is too loose for overlapping proxies). */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;

/** The registered shape of one Excel proxy class, or the class itself when none is registered. */
type ShapeOf<T> =
  Same<T, Excel.Workbook> extends true
    ? WorkbookShape
    : Same<T, Excel.WorkbookProtection> extends true
      ? WorkbookProtectionShape
      : Same<T, Excel.WorksheetCollection> extends true
        ? WorksheetCollectionShape
        : Same<T, Excel.Worksheet> extends true
          ? WorksheetShape
          : Same<T, Excel.WorksheetProtection> extends true
            ? WorksheetProtectionShape
            : Same<T, Excel.WorksheetFreezePanes> extends true
              ? WorksheetFreezePanesShape
              : Same<T, Excel.PageLayout> extends true
                ? PageLayoutShape
                : Same<T, Excel.HeaderFooterGroup> extends true
                  ? HeaderFooterGroupShape
                  : Same<T, Excel.HeaderFooter> extends true
                    ? HeaderFooterShape
                    : Same<T, Excel.PageBreakCollection> extends true
                      ? PageBreakCollectionShape
                      : Same<T, Excel.PageBreak> extends true
                        ? PageBreakShape
                        : Same<T, Excel.NoteCollection> extends true
                          ? NoteCollectionShape
                          : Same<T, Excel.Note> extends true
                            ? NoteShape
                            : Same<T, Excel.TableCollection> extends true
                              ? TableCollectionShape
                              : Same<T, Excel.Table> extends true
                                ? TableShape
                                : Same<T, Excel.Range> extends true
                                  ? RangeShape
                                  : Same<T, Excel.RangeAreas> extends true
                                    ? RangeAreasShape
                                    : Same<T, Excel.RangeCollection> extends true
                                      ? RangeCollectionShape
                                      : Same<T, Excel.RangeFormat> extends true
                                        ? RangeFormatShape
                                        : Same<T, Excel.RangeFill> extends true
                                          ? RangeFillShape
                                          : Same<T, Excel.RangeFont> extends true
                                            ? RangeFontShape
                                            : Same<T, Excel.RangeBorderCollection> extends true
                                              ? RangeBorderCollectionShape
                                              : Same<T, Excel.RangeBorder> extends true
                                                ? RangeBorderShape
                                                : T;

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
