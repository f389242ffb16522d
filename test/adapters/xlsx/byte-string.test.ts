import { byteString, bytesOfByteString } from "../../../src/adapters/xlsx/byte-string";

type Module = typeof import("../../../src/adapters/xlsx/byte-string");

/** The module as the web page loads it: no Buffer. */
function withoutBuffer(): Module {
  const saved = globalThis.Buffer;
  let mod!: Module;
  try {
    (globalThis as { Buffer?: unknown }).Buffer = undefined;
    jest.isolateModules(() => {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      mod = require("../../../src/adapters/xlsx/byte-string") as Module;
    });
  } finally {
    globalThis.Buffer = saved;
  }
  return mod;
}

describe("byte strings", () => {
  // Every byte value, and more than one 8 KiB chunk of them.
  const bytes = new Uint8Array(20_000).map((_, i) => (i * 7) % 256);

  it("map each byte to one character below 256 and back, with Buffer and without", () => {
    const web = withoutBuffer();
    const s = byteString(bytes);
    expect(s.length).toBe(bytes.length);
    expect(web.byteString(bytes)).toBe(s);
    for (let i = 0; i < 600; i++) expect(s.charCodeAt(i)).toBe(bytes[i]);
    expect(Buffer.from(bytesOfByteString(s)).equals(Buffer.from(bytes))).toBe(true);
    expect(Buffer.from(web.bytesOfByteString(s)).equals(Buffer.from(bytes))).toBe(true);
  });

  it("read a view into a larger buffer from its own offset", () => {
    const view = bytes.subarray(300, 310);
    expect(byteString(view)).toBe(String.fromCharCode(...view));
    expect(withoutBuffer().byteString(view)).toBe(String.fromCharCode(...view));
  });
});
