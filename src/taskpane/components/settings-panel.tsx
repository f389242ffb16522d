import { useEffect, useState } from "react";
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Field,
  Input,
  makeStyles,
  Select,
  SpinButton,
  Text,
  tokens,
} from "@fluentui/react-components";
import type { MonitorSettings } from "../../app/monitor-types";
import type { Lang } from "../../domain/finding";
import { formatRu } from "../../domain/iso-date";
import { format, type Strings } from "../../i18n";
import { countText } from "../../i18n/plural";
import { quarterLabel, recentQuarters } from "../quarters";
import { DateField } from "./date-field";

const useStyles = makeStyles({
  grid: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fill, minmax(220px, 1fr))",
    gap: tokens.spacingVerticalS,
    columnGap: tokens.spacingHorizontalL,
  },
  current: { display: "block", color: tokens.colorNeutralForeground2 },
});

export interface SettingsPanelProps {
  t: Strings;
  lang: Lang;
  settings: MonitorSettings;
  today: string;
  disabled: boolean;
  onChange: (next: MonitorSettings) => void;
  /** The year «Создать шаблон» uses; shown here so it can be changed. */
  templateYear: number;
  onTemplateYear: (year: number) => void;
}

/** «На 01.10.2024, квартал: авто, предупреждать за 14 дней.» — the settings in one line while folded. */
export function settingsLine(t: Strings, lang: Lang, settings: MonitorSettings, today: string): string {
  return format(t.settings.current, {
    date: formatRu(settings.asOf ?? today),
    quarter: settings.quarter ? quarterLabel(settings.quarter, t) : t.settings.quarterAuto,
    days: countText(lang, settings.dueSoonDays, "day"),
  });
}

/**
 * The check settings, folded away under one line that says what they are: the buttons'
 * results must stay in view at 350×800, and she sets these once.
 */
export function SettingsPanel(props: SettingsPanelProps) {
  const { t, lang, settings, today, disabled, onChange, templateYear, onTemplateYear } = props;
  const styles = useStyles();
  const asOf = settings.asOf ?? today;
  const quarters = recentQuarters(asOf);
  if (settings.quarter && !quarters.includes(settings.quarter)) quarters.unshift(settings.quarter);
  const set = (patch: Partial<MonitorSettings>) => onChange({ ...settings, ...patch });

  return (
    <Accordion collapsible>
      <AccordionItem value="settings">
        <AccordionHeader as="h2" id="settings-title">
          <span>
            {t.settings.title}
            <Text size={200} className={styles.current} data-testid="settings-line">
              {settingsLine(t, lang, settings, today)}
            </Text>
          </span>
        </AccordionHeader>
        <AccordionPanel>
          <div className={styles.grid}>
            <DateField
              label={t.settings.asOf}
              hint={t.settings.asOfHint}
              placeholder={t.settings.asOfPlaceholder}
              invalidText={t.settings.asOfBad}
              value={settings.asOf === today ? null : settings.asOf}
              disabled={disabled}
              onChange={(iso) => set({ asOf: iso === today ? null : iso })}
            />
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
                inputMode="numeric"
                value={settings.creationYear == null ? "" : String(settings.creationYear)}
                disabled={disabled}
                onChange={(_, d) => {
                  const year = Number(d.value);
                  set({ creationYear: d.value === "" || !Number.isInteger(year) ? null : year });
                }}
              />
            </Field>
            <YearField t={t} year={templateYear} disabled={disabled} onChange={onTemplateYear} />
          </div>
        </AccordionPanel>
      </AccordionItem>
    </Accordion>
  );
}

/** The template year: a whole year 2000–2100, taken once it is one. */
function YearField({
  t,
  year,
  disabled,
  onChange,
}: {
  t: Strings;
  year: number;
  disabled: boolean;
  onChange: (y: number) => void;
}) {
  const [draft, setDraft] = useState(String(year));
  useEffect(() => setDraft(String(year)), [year]);
  const n = Number(draft);
  const ok = /^\d{4}$/.test(draft) && n >= 2000 && n <= 2100;
  return (
    <Field
      label={t.settings.templateYear}
      hint={ok ? t.settings.templateYearHint : undefined}
      validationState={ok ? "none" : "error"}
      validationMessage={ok ? undefined : t.settings.templateYearBad}
    >
      <Input
        inputMode="numeric"
        maxLength={4}
        value={draft}
        disabled={disabled}
        onChange={(_, d) => {
          setDraft(d.value);
          const y = Number(d.value);
          if (/^\d{4}$/.test(d.value) && y >= 2000 && y <= 2100) onChange(y);
        }}
      />
    </Field>
  );
}
