import { CounterBadge, makeStyles, Text, tokens } from "@fluentui/react-components";
import type { Severity } from "../../domain/finding";
import { format, type Strings } from "../../i18n";

const useStyles = makeStyles({
  row: {
    display: "flex",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalM,
    listStyleType: "none",
    margin: 0,
    padding: 0,
  },
  item: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalXS },
});

const COLOUR = { error: "danger", warning: "important", info: "informative" } as const;

/** "Ошибки: 3" etc., with a coloured badge as the visual cue and the text for everyone. */
export function SeverityCounts({ t, counts }: { t: Strings; counts: Record<Severity, number> }) {
  const styles = useStyles();
  const label = { error: t.results.errors, warning: t.results.warnings, info: t.results.info };
  return (
    <ul className={styles.row}>
      {(["error", "warning", "info"] as const).map((s) => (
        <li key={s} className={styles.item} data-severity={s}>
          <CounterBadge count={counts[s]} showZero color={COLOUR[s]} aria-hidden />
          <Text>{format(label[s], { n: counts[s] })}</Text>
        </li>
      ))}
    </ul>
  );
}
