import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { DismissRegular } from "@fluentui/react-icons";
import type { Strings } from "../../i18n";

export interface Notice {
  intent: "error" | "success" | "info";
  text: string;
}

/** Errors and confirmations in a message bar, in plain words. */
export function StatusBar({ t, notice, onDismiss }: { t: Strings; notice: Notice | null; onDismiss: () => void }) {
  if (!notice) return null;
  return (
    <MessageBar intent={notice.intent} politeness={notice.intent === "error" ? "assertive" : "polite"}>
      <MessageBarBody>
        {notice.intent === "error" && <MessageBarTitle>{t.errorTitle}</MessageBarTitle>}
        {notice.text}
      </MessageBarBody>
      <MessageBarActions
        containerAction={
          <Button appearance="transparent" aria-label={t.close} icon={<DismissRegular />} onClick={onDismiss} />
        }
      />
    </MessageBar>
  );
}
