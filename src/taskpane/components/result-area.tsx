import { forwardRef } from "react";
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  makeStyles,
  Text,
  tokens,
} from "@fluentui/react-components";
import type { Lang } from "../../domain/finding";
import type { CheckResult } from "../../engine/types";
import type { Strings } from "../../i18n";
import { Legend } from "./legend";
import { ResultSummary } from "./result-summary";
import { StatusBar, type Notice } from "./status-bar";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    outlineOffset: "2px",
  },
});

export interface ResultAreaProps {
  t: Strings;
  lang: Lang;
  notice: Notice | null;
  result: CheckResult | null;
  onDismiss: () => void;
}

/**
 * Right under the buttons: what the last button did (a message, the check's summary) and,
 * where the colours are, what they mean. Focusable, so the pane moves focus here after a
 * button; the live region announces it.
 */
export const ResultArea = forwardRef<HTMLElement, ResultAreaProps>(function ResultArea(
  { t, lang, notice, result, onDismiss },
  ref,
) {
  const styles = useStyles();
  return (
    <section ref={ref} tabIndex={-1} aria-label={t.results.title} className={styles.root} data-testid="result">
      <div role="status" aria-live="polite" aria-atomic="false">
        <StatusBar t={t} notice={notice} onDismiss={onDismiss} />
        {result ? <ResultSummary t={t} lang={lang} result={result} /> : !notice && <Text>{t.results.notRun}</Text>}
      </div>
      {result && (
        <Accordion collapsible>
          <AccordionItem value="legend">
            <AccordionHeader size="small">{t.legend.title}</AccordionHeader>
            <AccordionPanel>
              <Legend t={t} lang={lang} />
            </AccordionPanel>
          </AccordionItem>
        </Accordion>
      )}
    </section>
  );
});
