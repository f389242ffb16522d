import { detectHost } from "./host";
import { loadPolyfills } from "./load-polyfills";
import { renderApp, renderStartupError } from "./render";
import { paneCanDownload, webPageAddress } from "./download-support";
import { createOfficeSession } from "./service-factory";

/** The task pane's one composition root: host → language and theme → service → UI. */
async function main(): Promise<void> {
  const root = document.getElementById("container");
  if (!root) return;
  // Old webviews (EdgeHTML 18, Safari 12) first fetch what their runtime lacks.
  await loadPolyfills();
  const host = await detectHost();
  document.documentElement.lang = host.lang;
  try {
    const session = host.hosted ? await createOfficeSession() : null;
    const office = session
      ? { loop: session.loop, canDownload: paneCanDownload(host.platform), webPage: webPageAddress() }
      : undefined;
    renderApp(root, session?.service ?? null, host.lang, host.theme, office);
  } catch (err) {
    renderStartupError(root, err, host.lang, host.theme);
  }
}

void main();
