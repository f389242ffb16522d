const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/**
 * Hands bytes to the browser as a download (Blob + a[download]): nothing is uploaded,
 * the file goes straight from this page to the user's Downloads folder.
 */
export function downloadBytes(
  bytes: Uint8Array,
  fileName: string,
  doc: Document = document,
  type: string = XLSX_TYPE,
): void {
  const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type }));
  const link = doc.createElement("a");
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  doc.body.appendChild(link);
  link.click();
  link.remove();
  // The browser reads the blob after click() returns; revoking at once can cancel the download.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
