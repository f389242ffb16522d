export { buildIssuesSheet, ISSUES_SHEET_NAME } from "./issues-sheet";
