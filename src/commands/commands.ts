import type { Lang } from "../domain/finding";
import { langFromDisplayLanguage, stringsFor } from "../i18n";
import { errorText } from "../taskpane/error-text";
import { loadPolyfills } from "../taskpane/load-polyfills";
import { ISSUES_SHEET_NAME } from "../report/issues-sheet";

/**
 * «Проверить» on the ribbon: runs the check with the settings saved in the workbook,
 * through the same service as the pane, without opening it. Excel has no notification API
 * for function-file commands, so the visible outcome is the colours and the «Замечания»
 * sheet, which is brought to the front; a failure is explained in a small dialog.
 */
export async function runCheck(event: Office.AddinCommands.Event): Promise<void> {
  const lang: Lang = langFromDisplayLanguage(Office.context?.displayLanguage);
  try {
    await loadPolyfills();
    const { createService } = await import("../taskpane/service-factory");
    const service = await createService();
    const settings = await service.loadSettings();
    const result = await service.check(settings, lang);
    // Land on the list of findings so the click visibly did something.
    const sheet = result.issuesSheet ?? ISSUES_SHEET_NAME[lang];
    await service.selectCell(sheet, result.findings.length ? "A2" : "A1");
  } catch (err) {
    // Kept for the F12 console; the user gets the same plain sentence as in the pane.
    console.error("runCheck failed", err);
    await showMessage(errorText(err, stringsFor(lang)), lang);
  } finally {
    // Without this the ribbon button stays busy forever.
    event.completed();
  }
}

/**
 * Opens message.html in an Office dialog and resolves when it is closed (its button or the
 * dialog's own ×), so the command's page stays alive to close it; at once if it cannot open.
 */
function showMessage(text: string, lang: Lang): Promise<void> {
  const ui = Office.context?.ui;
  if (!ui?.displayDialogAsync) return Promise.resolve();
  const base = typeof location !== "undefined" ? location.href : "https://localhost:3000/commands.html";
  const url = new URL("message.html", base);
  url.searchParams.set("text", text);
  url.searchParams.set("lang", lang);
  return new Promise((resolve) => {
    ui.displayDialogAsync(url.toString(), { height: 30, width: 35, displayInIframe: true }, (result) => {
      if (result.status !== Office.AsyncResultStatus.Succeeded) return resolve();
      const dialog = result.value;
      dialog.addEventHandler(Office.EventType.DialogMessageReceived, () => {
        dialog.close();
        resolve();
      });
      // The user closed it with × (or it failed to load).
      dialog.addEventHandler(Office.EventType.DialogEventReceived, () => resolve());
    });
  });
}

Office.onReady(() => undefined);
Office.actions.associate("runCheck", runCheck);
