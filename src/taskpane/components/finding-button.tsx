import { Button, makeStyles, Text, tokens } from "@fluentui/react-components";
import { SEVERITY_LABEL, type Finding, type Lang, type Severity } from "../../domain/finding";
import { messageWithoutPlace } from "../../engine/messages";
import { format, type Strings } from "../../i18n";

const SEVERITY_COLOUR: Record<Severity, string> = {
  error: tokens.colorPaletteRedForeground1,
  // Marigold is too light for text on white (axe colour-contrast); the warning text colour is not.
  warning: tokens.colorStatusWarningForeground3,
  info: tokens.colorPaletteBlueForeground2,
};

const useStyles = makeStyles({
  button: { justifyContent: "flex-start", textAlign: "start", width: "100%", fontWeight: tokens.fontWeightRegular },
  severity: { fontWeight: tokens.fontWeightSemibold },
  cell: { fontFamily: tokens.fontFamilyMonospace },
  // Lined up with the buttons' text, so both modes read the same.
  text: { display: "block", padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalM}` },
});

/** Severity, cell address and message: the content of a finding in either form. */
function FindingContent({ lang, finding }: { lang: Lang; finding: Finding }) {
  const styles = useStyles();
  return (
    <span>
      <span className={styles.severity} style={{ color: SEVERITY_COLOUR[finding.severity] }}>
        {SEVERITY_LABEL[finding.severity][lang]}
      </span>{" "}
      <span className={styles.cell}>{finding.cell}</span> — {messageWithoutPlace(finding, lang)}
    </span>
  );
}

/** One finding as plain text, where there is no cell to select (a file on the web page). */
export function FindingText({ lang, finding }: { lang: Lang; finding: Finding }) {
  const styles = useStyles();
  return (
    <Text className={styles.text}>
      <FindingContent lang={lang} finding={finding} />
    </Text>
  );
}

/** One finding; activating it selects its cell in the workbook. */
export function FindingButton({
  t,
  lang,
  finding,
  onSelect,
}: {
  t: Strings;
  lang: Lang;
  finding: Finding;
  onSelect: (sheet: string, cell: string) => void;
}) {
  const styles = useStyles();
  return (
    <Button
      appearance="subtle"
      className={styles.button}
      title={format(t.results.goToCell, { cell: finding.cell, sheet: finding.sheet })}
      onClick={() => onSelect(finding.sheet, finding.cell)}
    >
      <FindingContent lang={lang} finding={finding} />
    </Button>
  );
}
