import { getHeapStatistics, setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";

let collect: (() => void) | null | undefined;
/** Heap in use right after the last collection here. */
let liveAfter = 0;

/**
 * Garbage grown past this since the last collection here is collected: below it a full
 * collection costs more time than the memory it frees is worth.
 */
const SLACK = 48 * 1024 * 1024;

/**
 * A full garbage collection, called where a large model has just become garbage: after the
 * check, the engine's model of every cell read (half the heap at 10,000 schools) is dead,
 * but V8 would only collect it once the heap had grown further, so the writing of the
 * copy would add its own memory on top of it. Measured on the bench's 10,000-school file:
 * peak 487 MiB without these calls, 258 MiB with them (README, Benchmark); the live heap
 * being small then, each collection takes a few milliseconds. When less than SLACK of
 * garbage can have grown since the last one, nothing is done.
 * Node has no public call for it: `--expose-gc` is set at run time and `gc` taken from a
 * new context, which sees the flag. Where that fails nothing happens.
 */
export function releaseMemory(): void {
  if (collect === undefined) {
    try {
      setFlagsFromString("--expose-gc");
      collect = runInNewContext("gc") as () => void;
    } catch {
      collect = null;
    }
  }
  if (!collect || getHeapStatistics().used_heap_size - liveAfter < SLACK) return;
  collect();
  liveAfter = getHeapStatistics().used_heap_size;
}
