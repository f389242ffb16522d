import type { Status } from "./status";

/**
 * The one place where colours live (PRODUCT.md §3). Fills are soft Excel-style
 * tints that print well and display the same in Excel 2016, LibreOffice and R7-Office.
 */
export const STATUS_FILL: Readonly<Record<Status, string | null>> = {
  "done-on-time": "#C6EFCE",
  "done-late": "#F8CBAD",
  // Marked done without a date: the date is needed, so it shares the warning yellow.
  "done-undated": "#FFEB9C",
  overdue: "#FFC7CE",
  "due-soon": "#FFEB9C",
  "not-due": null,
  "no-deadline": "#DDEBF7",
};

/** Data errors (not a date, a date in the future, not a number) are red like overdue. */
export const DATA_ERROR_FILL = "#FFC7CE";

/** Legend shown in the pane, on «Замечания» and in the report, in display order. */
export const LEGEND: readonly { status: Status; fill: string | null; ru: string; en: string }[] = [
  { status: "done-on-time", fill: STATUS_FILL["done-on-time"], ru: "Выполнено в срок", en: "Done on time" },
  { status: "done-late", fill: STATUS_FILL["done-late"], ru: "Выполнено с опозданием", en: "Done late" },
  {
    status: "done-undated",
    fill: STATUS_FILL["done-undated"],
    ru: "Выполнено, дата не указана",
    en: "Done, date missing",
  },
  { status: "overdue", fill: STATUS_FILL.overdue, ru: "Просрочено", en: "Overdue" },
  { status: "due-soon", fill: STATUS_FILL["due-soon"], ru: "Срок скоро", en: "Due soon" },
  { status: "not-due", fill: STATUS_FILL["not-due"], ru: "Срок не наступил", en: "Not yet due" },
  { status: "no-deadline", fill: STATUS_FILL["no-deadline"], ru: "Срок не определён", en: "No deadline" },
];

/** Header fill of the sheets the add-in writes («Замечания», report). */
export const HEADER_FILL = "#D9E1F2";
