import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  makeStyles,
  Text,
  tokens,
} from "@fluentui/react-components";
import { describeReading } from "../../domain/deadline-describe";
import type { Lang } from "../../domain/finding";
import type { CheckResult } from "../../engine/types";
import { format, type Strings } from "../../i18n";

const useStyles = makeStyles({
  list: { listStyleType: "none", margin: 0, padding: 0, display: "grid", gap: tokens.spacingVerticalS },
  number: { fontWeight: tokens.fontWeightSemibold },
  title: { display: "block", color: tokens.colorNeutralForeground2 },
  reading: { display: "block" },
  unresolved: { display: "block", color: tokens.colorPaletteDarkOrangeForeground1 },
});

export interface DeadlineReadingsProps {
  t: Strings;
  lang: Lang;
  result: CheckResult | null;
}

/**
 * For each roadmap item, how its «Срок» was read — the kind in plain words and the due
 * date(s) — so the coordinator can confirm it or fill «Срок (дата)» (PRODUCT.md §1). Folded
 * by default, so the findings stay in view after a check.
 */
export function DeadlineReadings({ t, lang, result }: DeadlineReadingsProps) {
  const styles = useStyles();
  const items = (result?.measures ?? []).filter((m) => m.reading);
  if (items.length === 0) return null;
  const unresolved = items.filter((m) => m.reading?.unresolved).length;
  const header = unresolved
    ? `${t.readings.title} (${format(t.readings.unresolved, { count: unresolved })})`
    : t.readings.title;
  return (
    <section aria-label={t.readings.title}>
      <Accordion collapsible>
        <AccordionItem value="readings">
          <AccordionHeader as="h2">{header}</AccordionHeader>
          <AccordionPanel>
            <Text as="p">{t.readings.intro}</Text>
            <ul className={styles.list}>
              {items.map((m) => (
                <li key={`${m.sheet}|${m.row}|${m.number}`} data-item={m.number}>
                  <Text className={styles.number}>{format(t.readings.item, { number: m.number })}</Text>{" "}
                  <Text className={styles.title}>{m.title}</Text>
                  <Text className={styles.title}>
                    «{m.deadline.text}»{m.sheet ? "" : ` — ${t.readings.builtIn}`}
                  </Text>
                  <Text className={m.reading?.unresolved ? styles.unresolved : styles.reading}>
                    {m.reading ? describeReading(m.reading, lang) : ""}
                  </Text>
                </li>
              ))}
            </ul>
          </AccordionPanel>
        </AccordionItem>
      </Accordion>
    </section>
  );
}
