import { useEffect, useMemo, useState } from "react";
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Button,
  Field,
  Input,
  makeStyles,
  Select,
  Text,
  ToggleButton,
  tokens,
} from "@fluentui/react-components";
import { DismissRegular, SearchRegular } from "@fluentui/react-icons";
import type { Lang, Severity } from "../../domain/finding";
import type { CheckResult } from "../../engine/types";
import { format, type Strings } from "../../i18n";
import { countBySeverity, filterFindings, groupFindings, type SeverityFilter } from "../group-findings";
import { focusFindings, itemRows, schoolRows, type FocusFilter } from "../school-summary";
import { FindingButton, FindingText } from "./finding-button";
import { ItemView, SchoolView } from "./school-view";

/** Rendering thousands of buttons at once would freeze Excel's webview; show a page at a time. */
const PAGE = 200;

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  filters: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fit, minmax(150px, 1fr))",
    gap: tokens.spacingVerticalS,
  },
  list: { listStyleType: "none", margin: 0, padding: 0 },
  school: { margin: `${tokens.spacingVerticalS} 0 ${tokens.spacingVerticalXS}`, fontSize: tokens.fontSizeBase300 },
  hidden: {
    position: "absolute",
    width: "1px",
    height: "1px",
    overflow: "hidden",
    clip: "rect(0 0 0 0)",
    whiteSpace: "nowrap",
  },
  views: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalXS },
  focus: { display: "flex", alignItems: "center", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

export type FindingsView = "schools" | "items" | "all";

export interface FindingsPanelProps {
  t: Strings;
  lang: Lang;
  result: CheckResult;
  /** Selects a finding's cell; absent where there is no selection (a file on the web page). */
  onSelect?: (sheet: string, cell: string) => void;
}

const VIEW_LABEL: Record<FindingsView, keyof Strings["results"]> = {
  schools: "viewSchools",
  items: "viewItems",
  all: "viewAll",
};

const FILTER_LABEL: Record<Severity, keyof Strings["results"]> = {
  error: "filterErrors",
  warning: "filterWarnings",
  info: "filterInfo",
};

/**
 * The findings three ways: «По школам» (worst first), «По пунктам» (schools overdue on each
 * item), and the full list grouped by sheet then school, which a click in the first two narrows.
 */
export function FindingsPanel({ t, lang, result, onSelect }: FindingsPanelProps) {
  const styles = useStyles();
  const all = result.findings;
  const schools = useMemo(() => schoolRows(all), [all]);
  const items = useMemo(() => itemRows(all, result.measures), [all, result.measures]);
  const [view, setView] = useState<FindingsView>(schools.length ? "schools" : "all");
  const [focus, setFocus] = useState<FocusFilter>({});
  const [severity, setSeverity] = useState<SeverityFilter>("all");
  const [text, setText] = useState("");
  const [limit, setLimit] = useState(PAGE);
  // A new check starts from its summary, not from the last filter.
  useEffect(() => {
    setView(schools.length ? "schools" : "all");
    setFocus({});
    setSeverity("all");
    setText("");
    setLimit(PAGE);
  }, [result, schools.length]);

  const present = countBySeverity(all);
  const focused = useMemo(() => focusFindings(all, focus), [all, focus]);
  const filtered = useMemo(() => filterFindings(focused, severity, text), [focused, severity, text]);
  const groups = useMemo(() => groupFindings(filtered.slice(0, limit)), [filtered, limit]);
  if (all.length === 0) return null;

  const pick = (next: FocusFilter) => {
    setFocus(next);
    setSeverity("all");
    setText("");
    setLimit(PAGE);
    setView("all");
  };

  return (
    <section aria-labelledby="findings-title" className={styles.root}>
      {/* The tabs say what this is; the heading is for screen readers' heading navigation. */}
      <h2 id="findings-title" className={styles.hidden}>
        {t.results.title}
      </h2>
      {/*
        Three toggle buttons rather than Fluent's TabList: its focus guards are aria-hidden yet
        focusable, which axe reports as serious.
      */}
      <div role="group" aria-label={t.results.views} className={styles.views}>
        {(["schools", "items", "all"] as const).map((v) => (
          <ToggleButton
            key={v}
            size="small"
            appearance={view === v ? "primary" : "secondary"}
            checked={view === v}
            onClick={() => setView(v)}
          >
            {t.results[VIEW_LABEL[v]]}
          </ToggleButton>
        ))}
      </div>
      {view === "schools" && <SchoolView t={t} lang={lang} rows={schools} onPick={(school) => pick({ school })} />}
      {view === "items" && <ItemView t={t} lang={lang} rows={items} onPick={(item) => pick({ item })} />}
      {view === "all" && (
        <>
          {(focus.school !== undefined || focus.item !== undefined) && (
            <div className={styles.focus} data-testid="focus">
              <Text weight="semibold">
                {focus.school !== undefined
                  ? format(t.results.filterSchool, { school: focus.school })
                  : format(t.results.filterItem, { item: focus.item ?? "" })}
              </Text>
              <Button size="small" icon={<DismissRegular />} onClick={() => setFocus({})}>
                {t.results.clearFilter}
              </Button>
            </div>
          )}
          {!onSelect && <Text size={200}>{t.results.noSelection}</Text>}
          <div className={styles.filters}>
            {/* Only the severities there are: no «Только сведения» when nothing is informational. */}
            {(["error", "warning", "info"] as const).filter((s) => present[s] > 0).length > 1 && (
              <Field label={t.results.filterSeverity}>
                <Select
                  value={severity}
                  onChange={(_, d) => {
                    setSeverity(d.value as SeverityFilter);
                    setLimit(PAGE);
                  }}
                >
                  <option value="all">{t.results.filterAll}</option>
                  {(["error", "warning", "info"] as const)
                    .filter((s) => present[s] > 0)
                    .map((s) => (
                      <option key={s} value={s}>
                        {t.results[FILTER_LABEL[s]]}
                      </option>
                    ))}
                </Select>
              </Field>
            )}
            <Field label={t.results.search}>
              <Input
                type="search"
                contentBefore={<SearchRegular />}
                value={text}
                onChange={(_, d) => {
                  setText(d.value);
                  setLimit(PAGE);
                }}
              />
            </Field>
          </div>
          {filtered.length === 0 ? (
            <Text>{t.results.nothingMatches}</Text>
          ) : (
            <Accordion multiple collapsible defaultOpenItems={groups.map((g) => g.sheet)}>
              {groups.map((g) => (
                <AccordionItem key={g.sheet} value={g.sheet}>
                  <AccordionHeader as="h3">{`${g.sheet} (${g.count})`}</AccordionHeader>
                  <AccordionPanel>
                    {g.schools.map((s) => (
                      <div key={s.school ?? ""}>
                        <h4 className={styles.school}>{s.school ?? t.results.noSchool}</h4>
                        <ul className={styles.list}>
                          {s.findings.map((f) => (
                            <li key={`${f.rule}|${f.cell}|${f.messageId}|${f.measure ?? ""}`}>
                              {onSelect ? (
                                <FindingButton t={t} lang={lang} finding={f} onSelect={onSelect} />
                              ) : (
                                <FindingText lang={lang} finding={f} />
                              )}
                            </li>
                          ))}
                        </ul>
                      </div>
                    ))}
                  </AccordionPanel>
                </AccordionItem>
              ))}
            </Accordion>
          )}
          {filtered.length > limit && (
            <div>
              <Text>{format(t.results.shown, { shown: limit, total: filtered.length })}</Text>{" "}
              <Button onClick={() => setLimit(limit + PAGE)}>{t.results.showMore}</Button>
            </div>
          )}
        </>
      )}
    </section>
  );
}
