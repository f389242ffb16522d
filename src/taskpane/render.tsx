import { createRoot, type Root } from "react-dom/client";
import {
  FluentProvider,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  webDarkTheme,
  webLightTheme,
} from "@fluentui/react-components";
import type { MonitorService } from "../app/monitor-types";
import type { Lang } from "../domain/finding";
import { stringsFor } from "../i18n";
import { App } from "./components/app";
import { errorText } from "./error-text";
import { FileMode } from "./file-mode";
import type { ThemeName } from "./host";
import { OfficePane } from "./office-pane";
import type { SchoolLoopService } from "./school-loop-session";

/** The school loop inside Excel, and whether the pane may offer its .zip as a download. */
export interface OfficeLoop {
  loop: SchoolLoopService;
  canDownload: boolean;
  webPage: string;
}

/** Mounts the pane: the app on the Excel workbook service, or on a file opened from disk when there is none. */
export function renderApp(
  root: Element,
  service: MonitorService | null,
  lang: Lang,
  theme: ThemeName,
  office?: OfficeLoop,
): Root {
  const reactRoot = createRoot(root);
  const pane = !service ? (
    <FileMode lang={lang} />
  ) : office ? (
    <OfficePane service={service} lang={lang} {...office} />
  ) : (
    <App service={service} lang={lang} />
  );
  reactRoot.render(
    <FluentProvider theme={theme === "dark" ? webDarkTheme : webLightTheme} lang={lang}>
      {pane}
    </FluentProvider>,
  );
  return reactRoot;
}

/** When the service itself cannot be created (e.g. a chunk failed to load), say so in plain words. */
export function renderStartupError(root: Element, err: unknown, lang: Lang, theme: ThemeName): Root {
  const t = stringsFor(lang);
  const reactRoot = createRoot(root);
  reactRoot.render(
    <FluentProvider theme={theme === "dark" ? webDarkTheme : webLightTheme} lang={lang}>
      <MessageBar intent="error">
        <MessageBarBody>
          <MessageBarTitle>{t.errorTitle}</MessageBarTitle>
          {errorText(err, t)}
        </MessageBarBody>
      </MessageBar>
    </FluentProvider>,
  );
  return reactRoot;
}
