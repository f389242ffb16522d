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
import { FileModePanel } from "./components/file-mode-panel";
import { errorText } from "./error-text";
import type { ThemeName } from "./host";

/** Mounts the pane: the full app on a workbook service, or the file-mode panel when there is none. */
export function renderApp(root: Element, service: MonitorService | null, lang: Lang, theme: ThemeName): Root {
  const reactRoot = createRoot(root);
  reactRoot.render(
    <FluentProvider theme={theme === "dark" ? webDarkTheme : webLightTheme} lang={lang}>
      {service ? <App service={service} lang={lang} /> : <FileModePanel lang={lang} />}
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
