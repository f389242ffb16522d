import { makeStyles, Subtitle2, Text, tokens } from "@fluentui/react-components";
import type { Lang } from "../../domain/finding";
import { LEGEND } from "../../domain/palette";
import type { Strings } from "../../i18n";

const useStyles = makeStyles({
  list: { listStyleType: "none", margin: 0, padding: 0, display: "grid", gap: tokens.spacingVerticalXS },
  item: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS },
  swatch: {
    width: "20px",
    height: "14px",
    flexShrink: 0,
    border: `1px solid ${tokens.colorNeutralStroke1}`,
  },
});

/** The palette from domain/palette.ts — the same colours the cells get. */
export function Legend({ t, lang }: { t: Strings; lang: Lang }) {
  const styles = useStyles();
  return (
    <section aria-labelledby="legend-title">
      <Subtitle2 as="h2" id="legend-title">
        {t.legend.title}
      </Subtitle2>
      <ul className={styles.list}>
        {LEGEND.map((entry) => (
          <li key={entry.status} className={styles.item}>
            <span
              className={styles.swatch}
              style={{ backgroundColor: entry.fill ?? "transparent" }}
              data-fill={entry.fill ?? ""}
              aria-hidden
            />
            <Text>{entry.fill ? entry[lang] : `${entry[lang]} (${t.legend.noFill})`}</Text>
          </li>
        ))}
      </ul>
    </section>
  );
}
