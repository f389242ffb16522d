import type { MonitorService } from "../app/monitor-types";
import type { Lang } from "../domain/finding";
import { stringsFor } from "../i18n";
import { App } from "./components/app";
import { SchoolLoopPanel } from "./components/school-loop-panel";
import { downloadBytes } from "./file-mode/download";
import type { SchoolLoopService } from "./school-loop-session";

const ZIP_TYPE = "application/zip";

export interface OfficePaneProps {
  service: MonitorService;
  loop: SchoolLoopService;
  lang: Lang;
  /** False in Excel desktop's webviews, which cannot save a download. */
  canDownload: boolean;
  /** The add-in's web page, where the copies can be made when the pane cannot download them. */
  webPage: string;
}

/** The task pane inside Excel: the App on the open workbook, with the school loop (PRODUCT.md §6a). */
export function OfficePane({ service, loop, lang, canDownload, webPage }: OfficePaneProps) {
  const t = stringsFor(lang);
  return (
    <App
      service={service}
      lang={lang}
      schoolLoop={
        <SchoolLoopPanel
          t={t}
          lang={lang}
          loop={loop}
          fileName={null}
          inExcel
          canDownload={canDownload}
          webPage={webPage}
          onZip={(bytes, name) => downloadBytes(bytes, name, document, ZIP_TYPE)}
        />
      }
    />
  );
}
