import { Field, ProgressBar } from "@fluentui/react-components";
import type { Progress } from "../../app/monitor-types";
import type { Strings } from "../../i18n";

export interface BusyState {
  step: Parameters<Progress>[0] | null;
  /** 0..1, or null while the service has not reported yet (indeterminate bar). */
  fraction: number | null;
}

/** A progress bar with the current step in words; announced politely to screen readers. */
export function ProgressView({ t, busy }: { t: Strings; busy: BusyState | null }) {
  return (
    <div role="status" aria-live="polite">
      {busy && (
        <Field label={busy.step ? t.progress[busy.step] : t.progress.working} validationState="none">
          <ProgressBar value={busy.fraction ?? undefined} max={1} thickness="large" />
        </Field>
      )}
    </div>
  );
}
