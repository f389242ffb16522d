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
import { buildMapping, parseColumnLetters, type MappingDraft } from "../column-mapping";

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
  columns: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fill, minmax(8.5rem, 1fr))",
    gap: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    margin: 0,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  legend: { fontSize: tokens.fontSizeBase200, padding: `0 ${tokens.spacingHorizontalXS}` },
  letter: { width: "4.5rem" },
});

/** Stable ids so a failed save can move focus to the first wrong column box. */
const columnInputId = (role: Role, key: string) => `kvm-col-${role}-${key}`;

/**
 * The detected sheet for each role, with a text box to name it by hand where detection
 * failed, and under it a box per column for its letter. The service does not list the
 * workbook's sheets, so the suggestions are the sheets detection found; any name can be typed.
 */
export function MappingPanel({ t, lang, layout, mapping, disabled, onDetect, onSave }: MappingPanelProps) {
  const styles = useStyles();
  const fresh = (): MappingDraft => ({ sheets: { ...mapping?.sheets }, columns: {} });
  const [draft, setDraft] = useState<MappingDraft>(fresh);
  const [open, setOpen] = useState(false);
  const [refused, setRefused] = useState(false);
  // A saved (or re-loaded) mapping replaces the half-edited one; the boxes show what is in force.
  useEffect(() => {
    setDraft(fresh());
    setRefused(false);
  }, [mapping, layout]);

  const known = [
    ...new Set(
      [...ROLES.map((r) => layout?.[r]?.sheet), ...Object.values(mapping?.sheets ?? {})].filter(
        (s): s is string => !!s,
      ),
    ),
  ];
  const sheetBefore = (role: Role) => layout?.[role]?.sheet ?? mapping?.sheets?.[role];
  const sheetNow = (role: Role) => (draft.sheets[role] ?? layout?.[role]?.sheet ?? "").trim();

  const setColumn = (role: Role, key: string, text: string) =>
    setDraft({ ...draft, columns: { ...draft.columns, [role]: { ...draft.columns[role], [key]: text } } });

  const save = () => {
    const built = buildMapping(mapping, draft, sheetBefore);
    if (!built.ok) {
      setRefused(true);
      const first = built.invalid[0];
      document.getElementById(columnInputId(first.role, first.key))?.focus();
      return;
    }
    setRefused(false);
    onSave(built.mapping);
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
            <Text size={200}>{t.mapping.columnsHint}</Text>
            <datalist id="kvm-sheet-names">
              {known.map((s) => (
                <option key={s} value={s} />
              ))}
            </datalist>
            {ROLES.map((role) => {
              const found = layout?.[role];
              const manual = mapping?.sheets?.[role];
              const state = manual ? t.mapping.manual : found ? t.mapping.auto : t.mapping.notFound;
              const sheet = sheetNow(role);
              // Detected letters are only worth showing for the sheet they were detected on.
              const detected = found && found.sheet === sheet ? found.columns : {};
              return (
                <div key={role} className={styles.panel}>
                  <Field label={format(t.mapping.sheetFor, { role: t.mapping.roles[role] })} hint={state}>
                    <Input
                      list="kvm-sheet-names"
                      value={draft.sheets[role] ?? found?.sheet ?? ""}
                      disabled={disabled}
                      onChange={(_, d) => setDraft({ ...draft, sheets: { ...draft.sheets, [role]: d.value } })}
                    />
                  </Field>
                  {sheet && (
                    <fieldset className={styles.columns}>
                      <legend className={styles.legend}>{format(t.mapping.columnsFor, { sheet })}</legend>
                      {COLUMN_SPECS[role].map((spec) => {
                        const typed = draft.columns[role]?.[spec.key];
                        const col = detected[spec.key];
                        const bad = typed !== undefined && !parseColumnLetters(typed).ok;
                        return (
                          <Field
                            key={spec.key}
                            size="small"
                            label={spec.required ? `${spec.label[lang]} *` : spec.label[lang]}
                            validationState={bad ? "error" : "none"}
                            validationMessage={bad ? t.mapping.badColumn : undefined}
                          >
                            <Input
                              id={columnInputId(role, spec.key)}
                              className={styles.letter}
                              size="small"
                              maxLength={3}
                              placeholder="—"
                              autoComplete="off"
                              spellCheck={false}
                              value={typed ?? (col === undefined ? "" : columnLetters(col))}
                              disabled={disabled}
                              onChange={(_, d) => setColumn(role, spec.key, d.value)}
                            />
                          </Field>
                        );
                      })}
                    </fieldset>
                  )}
                </div>
              );
            })}
            {refused && (
              <Text role="alert" style={{ color: tokens.colorPaletteRedForeground1 }}>
                {t.mapping.fixColumns}
              </Text>
            )}
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
