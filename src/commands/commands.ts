import type { Lang } from "../domain/finding";
import { langFromDisplayLanguage } from "../i18n";

/**
 * «Проверить» on the ribbon: runs the check with the settings saved in the workbook,
 * through the same service as the pane, without opening it. The colours and the
 * «Замечания» sheet are the visible outcome: Excel has no notification API for
 * function-file commands, so nothing else is shown (errors are reported by the pane).
 */
export async function runCheck(event: Office.AddinCommands.Event): Promise<void> {
  const lang: Lang = langFromDisplayLanguage(Office.context?.displayLanguage);
  try {
    const { createService } = await import("../taskpane/service-factory");
    const service = await createService();
    const settings = await service.loadSettings();
    await service.check(settings, lang);
  } catch (err) {
    // No pane to show it in; kept for the F12 console. The pane's «Проверить» shows it in words.
    console.error("runCheck failed", err);
  } finally {
    // Without this the ribbon button stays busy forever.
    event.completed();
  }
}

Office.onReady(() => undefined);
Office.actions.associate("runCheck", runCheck);
