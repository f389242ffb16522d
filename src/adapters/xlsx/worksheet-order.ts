/**
 * The children of `<worksheet>` in the order ECMA-376 (CT_Worksheet) requires. Excel refuses a
 * sheet whose children are out of order, so every element the writer adds goes in before the
 * first of the elements that must follow it.
 */
const WORKSHEET_CHILDREN = [
  "sheetPr",
  "dimension",
  "sheetViews",
  "sheetFormatPr",
  "cols",
  "sheetData",
  "sheetCalcPr",
  "sheetProtection",
  "protectedRanges",
  "scenarios",
  "autoFilter",
  "sortState",
  "dataConsolidate",
  "customSheetViews",
  "mergeCells",
  "phoneticPr",
  "conditionalFormatting",
  "dataValidations",
  "hyperlinks",
  "printOptions",
  "pageMargins",
  "pageSetup",
  "headerFooter",
  "rowBreaks",
  "colBreaks",
  "customProperties",
  "cellWatches",
  "ignoredErrors",
  "smartTags",
  "drawing",
  "legacyDrawing",
  "legacyDrawingHF",
  "drawingHF",
  "picture",
  "oleObjects",
  "controls",
  "webPublishItems",
  "tableParts",
  "extLst",
] as const;

export type WorksheetChild = (typeof WORKSHEET_CHILDREN)[number];

/** The worksheet children that must come after `name`, with a namespace prefix when the part uses one. */
export function worksheetChildrenAfter(name: WorksheetChild, prefix = ""): string[] {
  return WORKSHEET_CHILDREN.slice(WORKSHEET_CHILDREN.indexOf(name) + 1).map((n) => prefix + n);
}
