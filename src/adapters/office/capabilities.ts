import { MonitorError } from "../../app/workbook-gateway";

/** The slice of Office.js the adapter needs; injectable so tests and pages can supply a double. */
export interface OfficeHost {
  run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  isSetSupported(name: string, minVersion: string): boolean;
}

/** Reads the globals at call time, so Office.js (or a double) may be installed after import. */
export function globalOfficeHost(): OfficeHost {
  return {
    run: (batch) => {
      if (typeof Excel === "undefined") throw new MonitorError("api-not-supported", { reason: "no-excel" });
      return Excel.run(batch);
    },
    isSetSupported: (name, v) =>
      typeof Office !== "undefined" && Office.context?.requirements?.isSetSupported(name, v) === true,
  };
}

/** Newer APIs used when present; ExcelApi 1.7 is the floor (Excel 2016–2021 with updates). */
export interface Capabilities {
  /** ExcelApi 1.9: worksheet.getRanges (multi-area), getCellProperties/setCellProperties, pageLayout. */
  rangeAreas: boolean;
  cellProperties: boolean;
  pageLayout: boolean;
  /** ExcelApi 1.18: cell notes. Without it the explanation stays in the pane and «Замечания». */
  notes: boolean;
  /** ExcelApi 1.13: Range.getMergedAreasOrNullObject. Without it snapshots carry no merges. */
  mergedAreas: boolean;
  /** ExcelApi 1.8: Range.dataValidation («Защитить ввод»). */
  dataValidation: boolean;
}

export function detectCapabilities(host: OfficeHost): Capabilities {
  if (!host.isSetSupported("ExcelApi", "1.7")) {
    throw new MonitorError("api-not-supported", { required: "ExcelApi 1.7" });
  }
  const v19 = host.isSetSupported("ExcelApi", "1.9");
  return {
    rangeAreas: v19,
    cellProperties: v19,
    pageLayout: v19,
    notes: host.isSetSupported("ExcelApi", "1.18"),
    mergedAreas: host.isSetSupported("ExcelApi", "1.13"),
    dataValidation: host.isSetSupported("ExcelApi", "1.8"),
  };
}
