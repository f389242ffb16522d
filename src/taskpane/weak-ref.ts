/**
 * Fluent's focus manager (tabster) holds elements through `WeakRef`, which EdgeHTML 18 and
 * Safari before 14.1 lack. A weak reference cannot be emulated, and no maintained polyfill
 * exists (`@ungap/weakrefs` targets a withdrawn draft); a strong one is the safe stand-in:
 * `deref()` keeps answering, and a task pane's few elements live as long as the pane anyway.
 */
export function installWeakRef(global: Record<string, unknown>): void {
  if (typeof global.WeakRef === "function") return;
  class StrongRef<T extends object> {
    constructor(private readonly target: T) {}
    deref(): T | undefined {
      return this.target;
    }
  }
  Object.defineProperty(global, "WeakRef", { value: StrongRef, writable: true, configurable: true });
}
