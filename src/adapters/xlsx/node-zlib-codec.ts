import { deflateRawSync, inflateRawSync } from "node:zlib";
import { setZipCodec } from "./zip-archive";

/** Node only: the CLI compresses with zlib, several times faster than a JavaScript deflate (docs/xlsx-library.md). */
export function useNodeZlib(): void {
  setZipCodec({
    inflateRaw: (data) => inflateRawSync(data),
    deflateRaw: (data) => deflateRawSync(data, { level: 6 }),
  });
}
