import { makeStyles, Subtitle2, Text, tokens } from "@fluentui/react-components";
import type { Lang } from "../../domain/finding";
import { formatRu } from "../../domain/iso-date";
import type { CheckResult } from "../../engine/types";
import { format, type Strings } from "../../i18n";
import { countText } from "../../i18n/plural";
import { colourKinds, countColours } from "../colour-counts";
import { Swatch } from "./legend";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  colours: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexWrap: "wrap",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXXS,
  },
  colour: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalXS },
});

/** "24 ошибки, 14 предупреждений" — each count said once; no «0 сведений» when there are none. */
export function severitySentence(result: CheckResult, lang: Lang): string {
  const s = result.summary;
  const parts = [countText(lang, s.errors, "error"), countText(lang, s.warnings, "warning")];
  if (s.info > 0) parts.push(countText(lang, s.info, "info"));
  return parts.join(", ");
}

/** The compact summary under the buttons: the counts, then the cells per colour in the cells' colours. */
export function ResultSummary({ t, lang, result }: { t: Strings; lang: Lang; result: CheckResult }) {
  const styles = useStyles();
  const s = result.summary;
  const colours = countColours(result.paint, colourKinds(t, lang)).filter((c) => c.count > 0);
  // ДД.ММ.ГГГГ in both languages, whatever the browser locale.
  const date = formatRu(result.asOf);
  return (
    <div className={styles.root} data-testid="summary">
      <Subtitle2 as="h2" id="summary-title">
        {format(t.results.summaryTitle, { date })}
      </Subtitle2>
      <Text data-errors={s.errors} data-warnings={s.warnings} data-info={s.info} data-testid="severity-sentence">
        {s.errors + s.warnings + s.info === 0 ? `${t.results.none} ` : `${severitySentence(result, lang)}. `}
        {format(t.results.cellsChecked, { cells: s.cellsChecked })}
      </Text>
      {colours.length > 0 && (
        <ul className={styles.colours} aria-label={t.results.colours}>
          {colours.map(({ kind, count }) => (
            <li key={kind.id} className={styles.colour} data-kind={kind.id} data-count={count}>
              <Swatch fill={kind.fill} />
              <Text size={200}>{`${kind.label}: ${count}`}</Text>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
