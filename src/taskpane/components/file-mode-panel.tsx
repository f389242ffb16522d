import {
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  makeStyles,
  Text,
  Title3,
  tokens,
} from "@fluentui/react-components";
import type { Lang } from "../../domain/finding";
import { stringsFor } from "../../i18n";
import { Legend } from "./legend";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, padding: tokens.spacingHorizontalM },
});

/** Shown when the page is opened outside Excel, until file mode (open an .xlsx from disk) exists. */
export function FileModePanel({ lang }: { lang: Lang }) {
  const t = stringsFor(lang);
  const styles = useStyles();
  return (
    <main className={styles.root}>
      <Title3 as="h1">{t.appTitle}</Title3>
      <MessageBar intent="info">
        <MessageBarBody>
          <MessageBarTitle>{t.fileMode.title}</MessageBarTitle>
          {t.fileMode.body}
        </MessageBarBody>
      </MessageBar>
      <Text>{t.fileMode.cli}</Text>
      <Legend t={t} lang={lang} />
    </main>
  );
}
