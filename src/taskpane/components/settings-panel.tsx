import { useEffect, useState } from "react";
import { Field, Input, makeStyles, Select, SpinButton, Subtitle2, tokens } from "@fluentui/react-components";
import type { MonitorSettings } from "../../app/monitor-types";
import type { Strings } from "../../i18n";
import { quarterLabel, recentQuarters } from "../quarters";

const useStyles = makeStyles({
  grid: { display: "grid", gridTemplateColumns: "1fr", gap: tokens.spacingVerticalS },
});

export interface SettingsPanelProps {
  t: Strings;
  settings: MonitorSettings;
  today: string;
  disabled: boolean;
  onChange: (next: MonitorSettings) => void;
}

/** As-of date, reporting quarter, warning window and creation year; every input has a visible label. */
export function SettingsPanel({ t, settings, today, disabled, onChange }: SettingsPanelProps) {
  const styles = useStyles();
  const asOf = settings.asOf ?? today;
  const [dateDraft, setDateDraft] = useState(asOf);
  // Settings loaded from the workbook replace whatever was half-typed.
  useEffect(() => setDateDraft(asOf), [asOf]);
  const quarters = recentQuarters(asOf);
  if (settings.quarter && !quarters.includes(settings.quarter)) quarters.unshift(settings.quarter);
  const set = (patch: Partial<MonitorSettings>) => onChange({ ...settings, ...patch });

  return (
    <section aria-labelledby="settings-title" className={styles.grid}>
      <Subtitle2 as="h2" id="settings-title">
        {t.settings.title}
      </Subtitle2>
      <Field label={t.settings.asOf} hint={t.settings.asOfHint}>
        <Input
          type="date"
          value={dateDraft}
          disabled={disabled}
          onChange={(_, d) => {
            // The field shows exactly what was typed, so React never resets it mid-typing
            // (year 2 → 20 → 202 → 2024); only a full date, or clearing it ("today"), is taken.
            setDateDraft(d.value);
            if (d.value === "" || d.value === today) set({ asOf: null });
            else if (/^(19|20|21)\d\d-\d\d-\d\d$/.test(d.value)) set({ asOf: d.value });
          }}
        />
      </Field>
      <Field label={t.settings.quarter}>
        <Select
          value={settings.quarter ?? ""}
          disabled={disabled}
          onChange={(_, d) => set({ quarter: d.value === "" ? null : d.value })}
        >
          <option value="">{t.settings.quarterAuto}</option>
          {quarters.map((q) => (
            <option key={q} value={q}>
              {quarterLabel(q, t)}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t.settings.dueSoonDays}>
        <SpinButton
          min={0}
          max={365}
          value={settings.dueSoonDays}
          disabled={disabled}
          onChange={(_, d) => {
            const value = d.value ?? parseInt(d.displayValue ?? "", 10);
            if (Number.isInteger(value) && value >= 0 && value <= 365) set({ dueSoonDays: value });
          }}
        />
      </Field>
      <Field label={t.settings.creationYear} hint={t.settings.creationYearHint}>
        <Input
          type="number"
          min={2015}
          max={2100}
          value={settings.creationYear == null ? "" : String(settings.creationYear)}
          disabled={disabled}
          onChange={(_, d) => {
            const year = Number(d.value);
            set({ creationYear: d.value === "" || !Number.isInteger(year) ? null : year });
          }}
        />
      </Field>
    </section>
  );
}
