import { makeStyles, Text, tokens } from "@fluentui/react-components";
import type { Lang } from "../../domain/finding";
import type { Strings } from "../../i18n";
import { colourKinds } from "../colour-counts";

const useStyles = makeStyles({
  list: { listStyleType: "none", margin: 0, padding: 0, display: "grid", gap: tokens.spacingVerticalXS },
  item: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS },
});

const swatchStyle = {
  width: "20px",
  height: "14px",
  flexShrink: 0,
  // A fixed dark outline: the tints must read as cell colours in the dark theme too.
  border: "1px solid #7A7A7A",
  display: "inline-block",
} as const;

/** A cell colour as a small filled box, the same fill the cells get (domain/palette.ts). */
export function Swatch({ fill }: { fill: string | null }) {
  return <span style={{ ...swatchStyle, backgroundColor: fill ?? "transparent" }} data-fill={fill ?? ""} aria-hidden />;
}

/** Every colour and what it means, statuses and findings alike. */
export function Legend({ t, lang }: { t: Strings; lang: Lang }) {
  const styles = useStyles();
  return (
    <ul className={styles.list} aria-label={t.legend.title} data-testid="legend">
      {colourKinds(t, lang).map((k) => (
        <li key={k.id} className={styles.item} data-kind={k.id}>
          <Swatch fill={k.fill} />
          <Text>{k.fill ? k.label : `${k.label} (${t.legend.noFill})`}</Text>
        </li>
      ))}
    </ul>
  );
}
