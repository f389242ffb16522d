/**
 * When the file was created, as the .xlsx adapter reports it from dcterms:created
 * («2024-01-15T09:30:00Z», W3CDTF in UTC, whole seconds as Excel writes it), so a master
 * opened in Excel and the same file opened in the CLI or the web page give its copies the
 * same mark. ExcelApi 1.7 (`workbook.properties`); null when Excel has no date.
 */
export async function documentCreated(context: Excel.RequestContext): Promise<string | null> {
  const props = context.workbook.properties;
  props.load("creationDate");
  await context.sync();
  return w3cdtf(props.creationDate as Date | string | null | undefined);
}

/** Office.js hands a Date; some hosts have been seen to hand its JSON text instead. */
export function w3cdtf(v: Date | string | null | undefined): string | null {
  if (v === null || v === undefined || v === "") return null;
  const d = v instanceof Date ? v : new Date(v);
  // An epoch (or earlier) date is how a missing value comes through, not a real creation time.
  if (Number.isNaN(d.getTime()) || d.getTime() <= 0) return null;
  return d.toISOString().replace(/\.000Z$/, "Z");
}
