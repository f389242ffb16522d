/** The task pane as a plain web page: open an .xlsx from disk, run the same use cases, download the result. */
export { FileMode, type FileModeProps } from "./file-mode";
export { checkedFileName, templateFileName } from "./file-names";
export { downloadBytes } from "./download";
export {
  openWorkbookFile,
  buildTemplateFile,
  noFileService,
  type FileModeEvents,
  type OpenedFile,
} from "./file-session";
