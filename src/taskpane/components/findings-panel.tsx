import { useMemo, useState } from "react";
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
  Subtitle2,
  Text,
  tokens,
} from "@fluentui/react-components";
import { SearchRegular } from "@fluentui/react-icons";
import type { Lang } from "../../domain/finding";
import type { CheckResult } from "../../engine/types";
import { format, type Strings } from "../../i18n";
import { countBySeverity, filterFindings, groupFindings, type SeverityFilter } from "../group-findings";
import { FindingButton, FindingText } from "./finding-button";
import { SeverityCounts } from "./severity-counts";

/** Rendering thousands of buttons at once would freeze Excel's webview; show a page at a time. */
const PAGE = 200;

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  filters: { display: "grid", gridTemplateColumns: "1fr", gap: tokens.spacingVerticalS },
  list: { listStyleType: "none", margin: 0, padding: 0 },
  school: { margin: `${tokens.spacingVerticalS} 0 ${tokens.spacingVerticalXS}`, fontSize: tokens.fontSizeBase300 },
});

export interface FindingsPanelProps {
  t: Strings;
  lang: Lang;
  result: CheckResult | null;
  /** Selects a finding's cell; absent where there is no selection (a file on the web page). */
  onSelect?: (sheet: string, cell: string) => void;
}

/** Counts by severity, filters, and the findings grouped by sheet then school. */
export function FindingsPanel({ t, lang, result, onSelect }: FindingsPanelProps) {
  const styles = useStyles();
  const [severity, setSeverity] = useState<SeverityFilter>("all");
  const [text, setText] = useState("");
  const [limit, setLimit] = useState(PAGE);
  const all = useMemo(() => result?.findings ?? [], [result]);
  const filtered = useMemo(() => filterFindings(all, severity, text), [all, severity, text]);
  const groups = useMemo(() => groupFindings(filtered.slice(0, limit)), [filtered, limit]);

  return (
    <section aria-labelledby="findings-title" className={styles.root}>
      <Subtitle2 as="h2" id="findings-title">
        {t.results.title}
      </Subtitle2>
      {/* The summary is announced when a check finishes. */}
      <div role="status" aria-live="polite">
        {result === null ? (
          <Text>{t.results.notRun}</Text>
        ) : (
          <Text>
            {all.length === 0 ? `${t.results.none} ` : ""}
            {format(t.results.summary, {
              errors: result.summary.errors,
              warnings: result.summary.warnings,
              info: result.summary.info,
              cells: result.summary.cellsChecked,
            })}
          </Text>
        )}
      </div>
      {result !== null && all.length > 0 && (
        <>
          <SeverityCounts t={t} counts={countBySeverity(all)} />
          {!onSelect && <Text>{t.results.noSelection}</Text>}
          <div className={styles.filters}>
            <Field label={t.results.filterSeverity}>
              <Select
                value={severity}
                onChange={(_, d) => {
                  setSeverity(d.value as SeverityFilter);
                  setLimit(PAGE);
                }}
              >
                <option value="all">{t.results.filterAll}</option>
                <option value="error">{t.results.filterErrors}</option>
                <option value="warning">{t.results.filterWarnings}</option>
                <option value="info">{t.results.filterInfo}</option>
              </Select>
            </Field>
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
