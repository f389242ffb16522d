import { detectHost } from "./host";
import { loadPolyfills } from "./load-polyfills";
import { renderApp, renderStartupError } from "./render";
import { createService } from "./service-factory";

/** The task pane's one composition root: host → language and theme → service → UI. */
async function main(): Promise<void> {
  const root = document.getElementById("container");
  if (!root) return;
  // Old webviews (EdgeHTML 18, Safari 12) first fetch what their runtime lacks.
  await loadPolyfills();
  const host = await detectHost();
  document.documentElement.lang = host.lang;
  try {
    const service = host.hosted ? await createService() : null;
    renderApp(root, service, host.lang, host.theme);
  } catch (err) {
    renderStartupError(root, err, host.lang, host.theme);
  }
}

void main();
