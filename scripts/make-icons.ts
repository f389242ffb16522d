/**
 * Writes the add-in's PNG icons (assets/icon-16/32/64/80/128.png, logo-filled.png): a blue
 * rounded square with a white check mark over a table grid. Pure Node (zlib), no image
 * library; anti-aliased by 4×4 supersampling. Run: npx tsx scripts/make-icons.ts
 */
import { writeFileSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { deflateSync } from "node:zlib";

type Rgba = [number, number, number, number];

const BLUE: Rgba = [0, 92, 175, 255];
const WHITE: Rgba = [255, 255, 255, 255];
const GRID: Rgba = [120, 170, 220, 255];

/** Colour of the point (x, y) in a unit square (0..1). */
export function shade(x: number, y: number): Rgba | null {
  const r = 0.18;
  const cx = Math.min(Math.max(x, r), 1 - r);
  const cy = Math.min(Math.max(y, r), 1 - r);
  if ((x - cx) ** 2 + (y - cy) ** 2 > r * r) return null; // outside the rounded square
  // Check mark: two thick strokes from (0.25,0.52) to (0.43,0.70) to (0.76,0.32).
  if (nearSegment(x, y, 0.25, 0.52, 0.43, 0.7, 0.075) || nearSegment(x, y, 0.43, 0.7, 0.76, 0.32, 0.075)) return WHITE;
  // A faint table grid behind it hints at a spreadsheet.
  const inGrid = x > 0.14 && x < 0.86 && y > 0.14 && y < 0.86;
  if (inGrid && (Math.abs(((x - 0.14) % 0.24) - 0) < 0.018 || Math.abs(((y - 0.14) % 0.24) - 0) < 0.018)) return GRID;
  return BLUE;
}

function nearSegment(px: number, py: number, ax: number, ay: number, bx: number, by: number, w: number): boolean {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return (px - ax - t * dx) ** 2 + (py - ay - t * dy) ** 2 <= w * w;
}

/** RGBA pixels of a size×size icon. */
export function render(size: number, samples = 4): Uint8Array {
  const out = new Uint8Array(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const acc = [0, 0, 0, 0];
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const c = shade((x + (sx + 0.5) / samples) / size, (y + (sy + 0.5) / samples) / size);
          if (!c) continue;
          for (let i = 0; i < 3; i++) acc[i] += c[i] * c[3];
          acc[3] += c[3];
        }
      }
      const n = samples * samples;
      const o = (y * size + x) * 4;
      const alpha = acc[3] / n;
      for (let i = 0; i < 3; i++) out[o + i] = acc[3] ? Math.round(acc[i] / acc[3]) : 0;
      out[o + 3] = Math.round(alpha);
    }
  }
  return out;
}

/** A minimal PNG (8-bit RGBA, filter 0 on every row). */
export function encodePng(size: number, rgba: Uint8Array): Buffer {
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    Buffer.from(rgba.buffer, rgba.byteOffset + y * size * 4, size * 4).copy(raw, y * (size * 4 + 1) + 1);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(raw, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length, 0);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body), 0);
  return Buffer.concat([len, body, crc]);
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buf: Buffer): number {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

export const ICONS: readonly { file: string; size: number }[] = [
  { file: "icon-16.png", size: 16 },
  { file: "icon-32.png", size: 32 },
  { file: "icon-64.png", size: 64 },
  { file: "icon-80.png", size: 80 },
  { file: "icon-128.png", size: 128 },
  { file: "logo-filled.png", size: 256 },
];

if (require.main === module) {
  const dir = join(__dirname, "..", "assets");
  mkdirSync(dir, { recursive: true });
  for (const { file, size } of ICONS) {
    writeFileSync(join(dir, file), encodePng(size, render(size)));
    console.log(`assets/${file} (${size}×${size})`);
  }
}
