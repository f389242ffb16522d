import { trustedDone } from "../engine/rollup";
import type { Rule } from "./rule-types";
import { shortTitle } from "./where";

export const documentMissing: Rule = {
  meta: {
    id: "document-missing",
    category: "document",
    defaultSeverity: "warning",
    paint: "warning",
    description: {
      ru: "Региональный пункт выполнен без реквизитов документа",
      en: "A regional item done without a document reference",
    },
    messages: {
      missing: {
        ru: "{place}: пункт {item} «{title}» выполнен, но не указаны реквизиты подтверждающего документа.",
        en: "{place}: item {item} “{title}” is done but the supporting document is not given.",
      },
    },
  },
  check(ctx, report) {
    for (const e of ctx.roadmap) {
      if (e.perSchool || !e.done || !e.documentCell || e.sheet === undefined) continue;
      // A date after the as-of date is not "done" (date-in-future reports it).
      const kind = trustedDone(e.done.cell, ctx.asOf).kind;
      if (kind !== "dates" && kind !== "mark") continue;
      if (e.documentText.trim()) continue;
      report({
        messageId: "missing",
        sheet: e.sheet,
        ...e.documentCell,
        measure: e.number,
        data: { title: shortTitle(e.title) },
      });
    }
  },
};
