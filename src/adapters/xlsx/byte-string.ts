/**
 * A part's UTF-8 bytes as a "byte string" — one character per byte (Latin-1) — and back.
 * Painting a sheet edits only ASCII markup (style indexes, empty cells, a legacyDrawing
 * element), so it can work on the bytes as they are: a 20 MB worksheet is neither decoded
 * into a two-byte string (the school names are Cyrillic) nor encoded back, it takes half
 * the memory, and every byte the edit does not touch stays exactly as it was.
 * In Node (the CLI) Buffer converts at memory speed; elsewhere a plain loop does.
 */
interface NodeBuffer {
  from(buffer: ArrayBufferLike, offset: number, length: number): { toString(encoding: "latin1"): string };
  from(text: string, encoding: "latin1"): Uint8Array;
}

const NODE_BUFFER = (globalThis as { Buffer?: NodeBuffer }).Buffer;

export function byteString(bytes: Uint8Array): string {
  if (NODE_BUFFER) return NODE_BUFFER.from(bytes.buffer, bytes.byteOffset, bytes.length).toString("latin1");
  const chunks: string[] = [];
  for (let i = 0; i < bytes.length; i += 8192) {
    chunks.push(String.fromCharCode(...bytes.subarray(i, i + 8192)));
  }
  return chunks.join("");
}

/** The bytes of a byte string (every character must be below 256, as byteString gives). */
export function bytesOfByteString(text: string): Uint8Array {
  if (NODE_BUFFER) return NODE_BUFFER.from(text, "latin1");
  const out = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) out[i] = text.charCodeAt(i);
  return out;
}
