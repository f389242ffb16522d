import { missingBuiltIns } from "../../src/taskpane/load-polyfills";

/** A scope with everything a modern webview has, then with parts taken away. */
function modern(): Record<string, unknown> {
  const fn = () => undefined;
  return {
    globalThis: {},
    queueMicrotask: fn,
    TextEncoder: fn,
    TextDecoder: fn,
    WeakRef: fn,
    ResizeObserver: fn,
    Array: { prototype: { flat: fn, flatMap: fn, at: fn, findLast: fn, findLastIndex: fn } },
    String: { prototype: { matchAll: fn, replaceAll: fn, trimStart: fn, trimEnd: fn, at: fn } },
    Object: { fromEntries: fn, hasOwn: fn },
    Promise: { allSettled: fn, any: fn },
  };
}

describe("which built-ins an old webview lacks (the polyfills chunk loads only then)", () => {
  it("finds nothing missing in a modern runtime, so modern webviews download no polyfill", () => {
    expect(missingBuiltIns(modern())).toEqual([]);
    // This test's own runtime (Node 20) is modern too, but for the DOM-only ones.
    const node = missingBuiltIns(globalThis as unknown as Record<string, unknown>);
    expect(node.filter((n) => n !== "window.ResizeObserver")).toEqual([]);
  });

  it("names EdgeHTML 18's gaps", () => {
    const edge = modern();
    delete edge.globalThis;
    delete edge.WeakRef;
    delete edge.ResizeObserver;
    delete (edge.Array as { prototype: Record<string, unknown> }).prototype.flatMap;
    delete (edge.Object as Record<string, unknown>).fromEntries;
    expect(missingBuiltIns(edge)).toEqual([
      "window.globalThis",
      "window.WeakRef",
      "window.ResizeObserver",
      "Array.prototype.flatMap",
      "Object.fromEntries",
    ]);
  });

  it("treats a missing owner as missing members, not as an error", () => {
    const odd = modern();
    delete odd.Promise;
    expect(missingBuiltIns(odd)).toEqual(["Promise.allSettled", "Promise.any"]);
  });
});
