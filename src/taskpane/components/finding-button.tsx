import { Button, makeStyles, tokens } from "@fluentui/react-components";
import { SEVERITY_LABEL, type Finding, type Lang, type Severity } from "../../domain/finding";
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
});

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
      <span>
        <span className={styles.severity} style={{ color: SEVERITY_COLOUR[finding.severity] }}>
          {SEVERITY_LABEL[finding.severity][lang]}
        </span>{" "}
        <span className={styles.cell}>{finding.cell}</span> — {finding.message}
      </span>
    </Button>
  );
}
