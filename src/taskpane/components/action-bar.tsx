import { Button, makeStyles, tokens } from "@fluentui/react-components";
import {
  ArrowResetRegular,
  CheckmarkCircleRegular,
  DocumentAddRegular,
  DocumentTableRegular,
} from "@fluentui/react-icons";
import type { Strings } from "../../i18n";

export type ActionId = "check" | "report" | "clear" | "template";

const useStyles = makeStyles({
  bar: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

export interface ActionBarProps {
  t: Strings;
  busy: boolean;
  onAction: (id: ActionId) => void;
  /** Actions that cannot run yet (the web page before a file is open). */
  unavailable?: readonly ActionId[];
}

/** The four use cases. While one runs the buttons stay focusable but inert, so focus is not lost. */
export function ActionBar({ t, busy, onAction, unavailable = [] }: ActionBarProps) {
  const styles = useStyles();
  const props = (id: ActionId) => ({
    disabledFocusable: busy || unavailable.includes(id),
    onClick: () => onAction(id),
  });
  return (
    <div role="group" aria-label={t.actions.groupLabel} className={styles.bar}>
      <Button appearance="primary" icon={<CheckmarkCircleRegular />} {...props("check")}>
        {t.actions.check}
      </Button>
      <Button icon={<DocumentTableRegular />} {...props("report")}>
        {t.actions.report}
      </Button>
      <Button icon={<ArrowResetRegular />} {...props("clear")}>
        {t.actions.clear}
      </Button>
      <Button icon={<DocumentAddRegular />} {...props("template")}>
        {t.actions.template}
      </Button>
    </div>
  );
}
