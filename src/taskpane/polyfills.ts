/**
 * Built-ins newer than ES2017 that our code and Fluent's call, for the webviews that parse
 * ES2017 but lack them: EdgeHTML 18 (retail Office 2016/2019 without WebView2) and Safari 12
 * (Mac Excel of the ExcelApi 1.7/1.8 era), PRODUCT.md §7. Imported first by every entry, so
 * it runs before any other module; each core-js module installs itself only where missing.
 * test/e2e/old-runtime.test.ts removes these built-ins in Chromium and runs the pane.
 */
import "core-js/modules/es.global-this.js";
import "core-js/modules/web.queue-microtask.js";
import "core-js/modules/es.array.flat.js";
import "core-js/modules/es.array.flat-map.js";
import "core-js/modules/es.array.at.js";
import "core-js/modules/es.array.find-last.js";
import "core-js/modules/es.array.find-last-index.js";
import "core-js/modules/es.string.match-all.js";
import "core-js/modules/es.string.replace-all.js";
import "core-js/modules/es.string.trim-start.js";
import "core-js/modules/es.string.trim-end.js";
import "core-js/modules/es.string.at-alternative.js";
import "core-js/modules/es.object.from-entries.js";
import "core-js/modules/es.object.has-own.js";
import "core-js/modules/es.promise.all-settled.js";
import "core-js/modules/es.promise.any.js";
// UTF-8 TextEncoder/TextDecoder (EdgeHTML has neither): the payload budget and the .xlsx parts.
import "fast-text-encoding";
import { ResizeObserver as ResizeObserverPolyfill } from "@juggle/resize-observer";
import { installWeakRef } from "./weak-ref";

installWeakRef(window as unknown as Record<string, unknown>);
// Fluent measures its popups and the pane's width with ResizeObserver (EdgeHTML 18 lacks it).
if (typeof window.ResizeObserver !== "function") {
  Object.defineProperty(window, "ResizeObserver", {
    value: ResizeObserverPolyfill,
    writable: true,
    configurable: true,
  });
}
