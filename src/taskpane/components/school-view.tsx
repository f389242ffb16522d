import { Button, makeStyles, Text, tokens } from "@fluentui/react-components";
import type { Lang } from "../../domain/finding";
import { format, type Strings } from "../../i18n";
import { countText } from "../../i18n/plural";
import type { ItemRow, SchoolRow } from "../school-summary";

const useStyles = makeStyles({
  list: { listStyleType: "none", margin: 0, padding: 0, display: "grid", gap: tokens.spacingVerticalXXS },
  button: {
    justifyContent: "flex-start",
    textAlign: "start",
    width: "100%",
    fontWeight: tokens.fontWeightRegular,
    display: "block",
  },
  name: { fontWeight: tokens.fontWeightSemibold, display: "block" },
  counts: { display: "block", color: tokens.colorNeutralForeground2 },
});

/** «3 просроченных пункта · 1 ошибка в данных»: only what the school has. */
function schoolCounts(row: SchoolRow, lang: Lang): string {
  const parts: string[] = [];
  if (row.overdue) parts.push(countText(lang, row.overdue, "overdueItem"));
  if (row.dataErrors) parts.push(countText(lang, row.dataErrors, "dataError"));
  if (row.warnings) parts.push(countText(lang, row.warnings, "warning"));
  return parts.join(" · ");
}

/** «По школам»: each school, worst first; a click narrows the findings to it. */
export function SchoolView(props: { t: Strings; lang: Lang; rows: SchoolRow[]; onPick: (school: string) => void }) {
  const { t, lang, rows, onPick } = props;
  const styles = useStyles();
  if (!rows.length) return <Text>{t.results.schoolsNone}</Text>;
  return (
    <ul className={styles.list} data-testid="school-view">
      {rows.map((r) => (
        <li key={r.school}>
          <Button
            appearance="subtle"
            className={styles.button}
            title={format(t.results.showSchool, { school: r.school })}
            onClick={() => onPick(r.school)}
          >
            <span className={styles.name}>{r.school}</span>
            <span className={styles.counts}>{schoolCounts(r, lang)}</span>
          </Button>
        </li>
      ))}
    </ul>
  );
}

/** «По пунктам»: how many schools are overdue on each item; a click shows those findings. */
export function ItemView(props: { t: Strings; lang: Lang; rows: ItemRow[]; onPick: (item: string) => void }) {
  const { t, lang, rows, onPick } = props;
  const styles = useStyles();
  if (!rows.length) return <Text>{t.results.itemsNone}</Text>;
  return (
    <ul className={styles.list} data-testid="item-view">
      {rows.map((r) => (
        <li key={r.item}>
          <Button
            appearance="subtle"
            className={styles.button}
            title={format(t.results.showItem, { item: r.item })}
            onClick={() => onPick(r.item)}
          >
            <span
              className={styles.name}
            >{`${format(t.results.itemSchools, { item: r.item })}: ${countText(lang, r.schools, "overdueSchool")}`}</span>
            <span className={styles.counts}>{r.title}</span>
          </Button>
        </li>
      ))}
    </ul>
  );
}
