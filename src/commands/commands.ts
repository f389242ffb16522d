import type { Lang } from "../domain/finding";
import { langFromDisplayLanguage } from "../i18n";
import { ISSUES_SHEET_NAME } from "../report/issues-sheet";

/**
 * «Проверить» on the ribbon: runs the check with the settings saved in the workbook,
 * through the same service as the pane, without opening it. Excel has no notification API
 * for function-file commands, so the visible outcome is the colours and the «Замечания»
 * sheet, which is brought to the front (errors are reported by the pane's «Проверить»).
 */
export async function runCheck(event: Office.AddinCommands.Event): Promise<void> {
  const lang: Lang = langFromDisplayLanguage(Office.context?.displayLanguage);
  try {
    const { createService } = await import("../taskpane/service-factory");
    const service = await createService();
    const settings = await service.loadSettings();
    const result = await service.check(settings, lang);
    // Land on the list of findings so the click visibly did something.
    await service.selectCell(ISSUES_SHEET_NAME[lang], result.findings.length ? "A2" : "A1");
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
