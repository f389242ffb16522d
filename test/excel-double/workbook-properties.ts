import { ClientObject, type Batch } from "./context";
import type { Covers } from "./typed";

// Shapes are named interfaces (see typed.ts), so they may be empty extensions.
/* eslint-disable @typescript-eslint/no-empty-object-type */
/** The double's shape of Excel.DocumentProperties, registered so `workbook.properties` is typed by Office's. */
export interface DocumentPropertiesShape extends Covers<Excel.DocumentProperties, "load" | "creationDate"> {}
declare module "./typed" {
  interface Shapes {
    DocumentProperties: [Excel.DocumentProperties, DocumentPropertiesShape];
  }
  interface WorkbookShape extends Covers<Excel.Workbook, "properties"> {}
}
/* eslint-enable @typescript-eslint/no-empty-object-type */

/**
 * `workbook.properties` (ExcelApi 1.7): the file's core properties. Only `creationDate` is
 * modelled, from `book.creationDate` — what Excel reads from the file's dcterms:created.
 * Like Office.js, the value arrives as a Date after load + sync.
 */
export class DocumentProperties extends ClientObject implements DocumentPropertiesShape {
  protected readonly loadable = ["creationDate"] as const;
  constructor(batch: Batch) {
    super(batch);
  }
  protected read(): unknown {
    this.batch.requires(7, "DocumentProperties.creationDate");
    const d = this.batch.book.creationDate;
    return d ? new Date(d.getTime()) : null;
  }
  get creationDate(): Date {
    return this.got("creationDate");
  }
}
