import { openXlsx } from "../../../src/adapters/xlsx";
import { makeCfbHeader, makeEmptyWorkbook, makePlainZip, makeRichWorkbook } from "../../fixtures/make-fixtures";
import JSZip from "jszip";

async function brokenWorkbookXml(): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(await makeRichWorkbook());
  zip.file("xl/workbook.xml", "<workbook><sheets><sheet name=");
  return zip.generateAsync({ type: "uint8array" });
}

async function renamedOds(): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file("mimetype", "application/vnd.oasis.opendocument.spreadsheet");
  zip.file("content.xml", "<office:document-content/>");
  return zip.generateAsync({ type: "uint8array" });
}

describe("openXlsx on files it cannot read", () => {
  it.each<[string, () => Promise<Uint8Array> | Uint8Array, string]>([
    ["random bytes", () => Uint8Array.from({ length: 512 }, (_, i) => (i * 37) % 251), "not-xlsx"],
    ["an empty file", () => new Uint8Array(0), "not-xlsx"],
    ["a zip that is not a workbook", makePlainZip, "not-xlsx"],
    ["a renamed .ods", renamedOds, "not-xlsx"],
    ["an old .xls (OLE file without encryption)", () => makeCfbHeader(false), "not-xlsx"],
    ["a password-protected .xlsx (OLE file with EncryptionInfo)", () => makeCfbHeader(true), "encrypted"],
    ["a truncated download", async () => (await makeRichWorkbook()).slice(0, 3000), "corrupt"],
    ["a workbook whose workbook.xml is broken", brokenWorkbookXml, "corrupt"],
    ["a workbook with no cells", makeEmptyWorkbook, "empty-workbook"],
  ])("rejects %s with %s", async (_name, make, code) => {
    const bytes = await make();
    await expect(openXlsx(bytes)).rejects.toMatchObject({ name: "MonitorError", code });
  });
});
