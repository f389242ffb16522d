import { OfficeWorkbookGateway } from "../../../src/adapters/office";
import { DoubleWorkbook, installExcelDouble, type DoubleOptions } from "../../excel-double";

let uninstall: (() => void) | undefined;
afterEach(() => {
  uninstall?.();
  uninstall = undefined;
});

/** A fresh double installed as the Office globals (removed after the test), and a gateway on it. */
export function officeOn(options: DoubleOptions = {}): {
  book: DoubleWorkbook;
  gateway: OfficeWorkbookGateway;
  /** Syncs spent by one gateway call. */
  syncsOf: (call: () => Promise<unknown>) => Promise<number>;
} {
  const book = new DoubleWorkbook(options);
  uninstall?.();
  uninstall = installExcelDouble(book);
  const gateway = new OfficeWorkbookGateway();
  const syncsOf = async (call: () => Promise<unknown>) => {
    const before = book.totalSyncs;
    await call();
    return book.totalSyncs - before;
  };
  return { book, gateway, syncsOf };
}

/** Deterministic pseudo-random numbers (tests must not depend on Math.random). */
export function seeded(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}
