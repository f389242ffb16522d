import { deflateRawSync, inflateRawSync } from "node:zlib";
import { setZipCodec } from "./zip-archive";

/** Node only: the CLI compresses with zlib, several times faster than a JavaScript deflate (docs/xlsx-library.md). */
export function useNodeZlib(): void {
  setZipCodec({
    inflateRaw: inflateToSize,
    deflateRaw: (data) => deflateRawSync(data, { level: 6 }),
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
