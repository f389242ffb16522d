import { attrOf, isTrue, scanXml } from "./xml-scan";

export interface WorkbookSheet {
  name: string;
  sheetId: number;
  relId: string;
  state: "visible" | "hidden" | "veryHidden";
}

export interface WorkbookPart {
  /** Local name of the root element: `workbook` for a spreadsheet (a .docx has `document`). */
  root: string | null;
  sheets: WorkbookSheet[];
  /** `workbookPr date1904`: serials count days from 1904-01-01. */
  date1904: boolean;
  /** The first well-formedness error of the part, if any. */
  error: string | null;
}

/** The workbook part's sheet list, in tab order, and its date system. */
export function readWorkbookPart(xml: string): WorkbookPart {
  const sheets: WorkbookSheet[] = [];
  let date1904 = false;
  let inSheets = false;
  let root: string | null = null;
  const { error } = scanXml(xml, {
    open(local, a) {
      root ??= local;
      if (local === "sheets") inSheets = true;
      else if (local === "sheet" && inSheets) {
        const state = a.state;
        sheets.push({
          name: a.name ?? "",
          sheetId: Number(a.sheetId ?? 0),
          relId: attrOf(a, "id") ?? "",
          state: state === "hidden" || state === "veryHidden" ? state : "visible",
        });
      } else if (local === "workbookPr") date1904 = isTrue(a.date1904);
    },
    close(local) {
      if (local === "sheets") inSheets = false;
    },
  });
  return { root, sheets, date1904, error };
}
