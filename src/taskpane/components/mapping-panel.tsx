import { useEffect, useState } from "react";
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Button,
  Field,
  Input,
  makeStyles,
  Text,
  tokens,
} from "@fluentui/react-components";
import { ROLES, type Layout, type LayoutOverrides, type Role } from "../../detect/layout-types";
import { columnLetters } from "../../domain/cell-address";
import type { Lang } from "../../domain/finding";
import { COLUMN_SPECS } from "../../detect/synonyms";
import { format, type Strings } from "../../i18n";

/** The coordinator reads column names, not the engine's keys ("doneDate"). */
function columnLabel(role: Role, key: string, lang: Lang): string {
  return COLUMN_SPECS[role].find((s) => s.key === key)?.label[lang] ?? key;
}

export interface MappingPanelProps {
  t: Strings;
  lang: Lang;
  /** Detected layout with the saved mapping applied; null until detected. */
  layout: Layout | null;
  mapping: LayoutOverrides | undefined;
  disabled: boolean;
  onDetect: () => void;
  onSave: (mapping: LayoutOverrides) => void;
}

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  row: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
});

/**
 * The detected sheet for each role, with a text box to name it by hand where detection
 * failed. The service does not list the workbook's sheets, so the suggestions are the
 * sheets detection found; any name can be typed.
 */
export function MappingPanel({ t, lang, layout, mapping, disabled, onDetect, onSave }: MappingPanelProps) {
  const styles = useStyles();
  const [draft, setDraft] = useState<Partial<Record<Role, string>>>(mapping?.sheets ?? {});
  const [open, setOpen] = useState(false);
  useEffect(() => setDraft(mapping?.sheets ?? {}), [mapping]);

  const known = [
    ...new Set(
      [...ROLES.map((r) => layout?.[r]?.sheet), ...Object.values(mapping?.sheets ?? {})].filter(
        (s): s is string => !!s,
      ),
    ),
  ];

  const save = () => {
    const sheets: Partial<Record<Role, string>> = {};
    for (const role of ROLES) {
      const name = draft[role]?.trim();
      if (name) sheets[role] = name;
    }
    onSave({ ...mapping, sheets });
  };

  return (
    <Accordion
      collapsible
      openItems={open ? ["mapping"] : []}
      onToggle={(_, d) => {
        const opening = d.openItems.includes("mapping");
        setOpen(opening);
        if (opening && !layout) onDetect();
      }}
    >
      <AccordionItem value="mapping">
        <AccordionHeader as="h2">{t.mapping.title}</AccordionHeader>
        <AccordionPanel>
          <div className={styles.panel}>
            <Text>{t.mapping.hint}</Text>
            <datalist id="kvm-sheet-names">
              {known.map((s) => (
                <option key={s} value={s} />
              ))}
            </datalist>
            {ROLES.map((role) => {
              const found = layout?.[role];
              const manual = mapping?.sheets?.[role];
              const state = manual ? t.mapping.manual : found ? t.mapping.auto : t.mapping.notFound;
              const columns = found
                ? Object.entries(found.columns)
                    .sort((a, b) => a[1] - b[1])
                    .map(([key, col]) => `«${columnLabel(role, key, lang)}» — ${columnLetters(col)}`)
                    .join(", ")
                : "";
              return (
                <Field
                  key={role}
                  label={format(t.mapping.sheetFor, { role: t.mapping.roles[role] })}
                  hint={columns ? `${state}. ${format(t.mapping.columns, { list: columns })}` : state}
                >
                  <Input
                    list="kvm-sheet-names"
                    value={draft[role] ?? found?.sheet ?? ""}
                    disabled={disabled}
                    onChange={(_, d) => setDraft({ ...draft, [role]: d.value })}
                  />
                </Field>
              );
            })}
            <div className={styles.row}>
              <Button disabledFocusable={disabled} onClick={onDetect}>
                {t.mapping.load}
              </Button>
              <Button appearance="primary" disabledFocusable={disabled} onClick={save}>
                {t.mapping.save}
              </Button>
            </div>
          </div>
        </AccordionPanel>
      </AccordionItem>
    </Accordion>
  );
}
