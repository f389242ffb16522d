/**
 * Whether the pane can hand the user a file download. Excel on the web runs the pane in the
 * browser's own frame, which saves a Blob + a[download] like any page; Excel desktop's
 * webviews (WebView2, EdgeHTML or Internet Explorer on Windows, WKWebView on Mac) drop such
 * downloads without a word, so there the pane says how to get the file instead.
 */
export function paneCanDownload(platform: string | undefined, doc: Document = document): boolean {
  if (platform !== "OfficeOnline") return false;
  return (
    "download" in doc.createElement("a") && typeof URL !== "undefined" && typeof URL.createObjectURL === "function"
  );
}

/** The add-in's web page (served beside the task pane), for sentences that send the user there. */
export function webPageAddress(loc: Location = location): string {
  try {
    return new URL("index.html", loc.href).href;
  } catch {
    return "index.html";
  }
}
