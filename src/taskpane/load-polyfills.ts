/**
 * The built-ins newer than ES2017 the bundle calls (ours and Fluent's), each with where it
 * lives. EdgeHTML 18 and Safari 12 parse ES2017 but lack some of these (PRODUCT.md §7);
 * every modern webview has them all, so the polyfills are a chunk of their own that only
 * those old webviews download.
 */
const NEEDED: readonly [owner: string, name: string][] = [
  ["window", "globalThis"],
  ["window", "queueMicrotask"],
  ["window", "TextEncoder"],
  ["window", "TextDecoder"],
  ["window", "WeakRef"],
  ["window", "ResizeObserver"],
  ["Array.prototype", "flat"],
  ["Array.prototype", "flatMap"],
  ["Array.prototype", "at"],
  ["Array.prototype", "findLast"],
  ["Array.prototype", "findLastIndex"],
  ["String.prototype", "matchAll"],
  ["String.prototype", "replaceAll"],
  ["String.prototype", "trimStart"],
  ["String.prototype", "trimEnd"],
  ["String.prototype", "at"],
  ["Object", "fromEntries"],
  ["Object", "hasOwn"],
  ["Promise", "allSettled"],
  ["Promise", "any"],
];

type Scope = Record<string, unknown>;

/** Which of the needed built-ins `scope` (the window) lacks, as "Array.prototype.flatMap". */
export function missingBuiltIns(scope: Scope): string[] {
  const ownerOf = (path: string): Scope | undefined =>
    path === "window"
      ? scope
      : (path.split(".").reduce<unknown>((o, k) => (o as Scope | undefined)?.[k], scope) as Scope | undefined);
  return NEEDED.filter(([owner, name]) => ownerOf(owner)?.[name] === undefined).map(
    ([owner, name]) => `${owner}.${name}`,
  );
}

/** Loads the polyfills chunk first where anything is missing; costs nothing elsewhere. */
export async function loadPolyfills(
  scope: Scope | undefined = typeof window === "undefined" ? undefined : (window as unknown as Scope),
): Promise<void> {
  // Outside a browser (the ribbon command's tests in Node) there is no webview to mend.
  if (scope && missingBuiltIns(scope).length > 0) await import(/* webpackChunkName: "polyfills" */ "./polyfills");
}
