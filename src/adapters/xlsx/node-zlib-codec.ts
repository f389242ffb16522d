import * as zlib from "node:zlib";
import { constants, deflateRaw, type ZlibOptions, inflateRawSync } from "node:zlib";
import { setZipCodec } from "./zip-archive";

/**
 * Parts larger than this are deflated in blocks of this size side by side in zlib's thread
 * pool (as pigz does): every block but the last ends on a sync flush, so the blocks joined
 * are one deflate stream, and each block starts with the 32 KiB before it as its
 * dictionary, so it compresses as well as one pass would.
 */
export const DEFLATE_BLOCK = 1 << 20;
const WINDOW = 32 * 1024;

/**
 * Deflate level of the parts the CLI writes. Measured on the parts of the 10,000-school
 * checked copy (36.5 MB of XML, one core): level 1 147 ms → 3,634 KiB, level 2 215 ms →
 * 3,496 KiB, level 3 367 ms → 3,402 KiB, level 4 438 ms → 3,186 KiB, level 6 (zlib's
 * default) 834 ms → 2,843 KiB. Level 1 costs a sixth of the time for a file about a
 * quarter larger — still far below what it holds, and the parts nobody changed keep their
 * original compression anyway.
 */
export const DEFLATE_LEVEL = 1;

function deflateBlock(data: Uint8Array, options: ZlibOptions): Promise<Uint8Array> {
  return new Promise((resolve, reject) => deflateRaw(data, options, (err, out) => (err ? reject(err) : resolve(out))));
}

/** One raw deflate stream of `data`, compressed in blocks at once (see DEFLATE_BLOCK). */
export async function deflateInBlocks(
  data: Uint8Array,
  level: number = DEFLATE_LEVEL,
  block: number = DEFLATE_BLOCK,
): Promise<Uint8Array> {
  if (data.length <= block) return deflateBlock(data, { level });
  const jobs: Promise<Uint8Array>[] = [];
  for (let at = 0; at < data.length; at += block) {
    const last = at + block >= data.length;
    jobs.push(
      deflateBlock(data.subarray(at, at + block), {
        level,
        dictionary: at > 0 ? data.subarray(Math.max(0, at - WINDOW), at) : undefined,
        finishFlush: last ? constants.Z_FINISH : constants.Z_SYNC_FLUSH,
      }),
    );
  }
  return Buffer.concat(await Promise.all(jobs));
}

/** Node only: the CLI compresses with zlib, several times faster than a JavaScript deflate (docs/xlsx-library.md). */
export function useNodeZlib(): void {
  setZipCodec({
    inflateRaw: inflateToSize,
    deflateRaw: (data) => deflateInBlocks(data),
    // zlib.crc32 came in Node 20.15; on an older Node 20 (package.json allows any) the JavaScript one serves.
    crc32: typeof zlib.crc32 === "function" ? (data) => zlib.crc32(data) : undefined,
  });
}

/**
 * Inflates into one buffer of the size the zip's directory gives (when deflate could
 * reach it: at most 1,032 times the compressed size), so zlib neither grows a list of
 * 16 KiB chunks nor joins them: a 16 MB worksheet inflates 2–5× faster. A wrong size only
 * costs a second chunk.
 */
function inflateToSize(data: Uint8Array, size: number): Uint8Array {
  const plausible = size > 0 && size <= data.length * 1032 + 64;
  return inflateRawSync(data, plausible ? { chunkSize: Math.max(64, size + 1) } : {});
}
