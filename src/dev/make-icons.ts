/**
 * Draws the extension's icons (a soft teal disc with a white "M") and writes them as PNGs
 * to public/icons/. The PNGs are committed; run this only to change the design:
 *
 *   npm run icons
 *
 * No image libraries: pixels are computed here (4x4 supersampling for smooth edges) and
 * encoded with node:zlib.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';

export const ICON_SIZES = [16, 32, 48, 128] as const;

type Rgba = [number, number, number, number];
type Point = [number, number];

const TOP: Rgba = [120, 206, 180, 255]; // soft green
const BOTTOM: Rgba = [38, 150, 140, 255]; // teal
const WHITE: Rgba = [255, 255, 255, 255];

/** The "M" as one polyline in a unit square, centred on the disc. */
const M_STROKE: Point[] = [
  [0.3, 0.69],
  [0.3, 0.32],
  [0.5, 0.55],
  [0.7, 0.32],
  [0.7, 0.69],
];

function distanceToSegment(p: Point, a: Point, b: Point): number {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const lengthSquared = dx * dx + dy * dy;
  const t = lengthSquared === 0 ? 0 : Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / lengthSquared));
  return Math.hypot(p[0] - (a[0] + t * dx), p[1] - (a[1] + t * dy));
}

function onStroke(p: Point, halfWidth: number): boolean {
  for (let i = 1; i < M_STROKE.length; i++) {
    const a = M_STROKE[i - 1];
    const b = M_STROKE[i];
    if (a && b && distanceToSegment(p, a, b) <= halfWidth) return true;
  }
  return false;
}

/** Colour of one point of the icon in unit coordinates, or null when outside the disc. */
function sample(p: Point, size: number): Rgba | null {
  const radius = 0.47;
  if (Math.hypot(p[0] - 0.5, p[1] - 0.5) > radius) return null;
  // Small icons need a relatively thicker stroke to stay legible.
  const halfWidth = size <= 16 ? 0.075 : size <= 32 ? 0.06 : 0.05;
  if (onStroke(p, halfWidth)) return WHITE;
  const t = Math.max(0, Math.min(1, (p[1] - 0.03) / 0.94));
  return [0, 1, 2, 3].map((i) => Math.round((TOP[i] ?? 0) * (1 - t) + (BOTTOM[i] ?? 0) * t)) as Rgba;
}

/** RGBA pixels, row by row, premultiplied nowhere (PNG wants straight alpha). */
export function drawIcon(size: number): Uint8Array {
  const pixels = new Uint8Array(size * size * 4);
  const grid = 4;
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      let r = 0;
      let g = 0;
      let b = 0;
      let covered = 0;
      for (let sy = 0; sy < grid; sy++) {
        for (let sx = 0; sx < grid; sx++) {
          const colour = sample([(x + (sx + 0.5) / grid) / size, (y + (sy + 0.5) / grid) / size], size);
          if (!colour) continue;
          r += colour[0];
          g += colour[1];
          b += colour[2];
          covered++;
        }
      }
      const o = (y * size + x) * 4;
      if (covered === 0) continue;
      pixels[o] = Math.round(r / covered);
      pixels[o + 1] = Math.round(g / covered);
      pixels[o + 2] = Math.round(b / covered);
      pixels[o + 3] = Math.round((255 * covered) / (grid * grid));
    }
  }
  return pixels;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const byte of bytes) c = (CRC_TABLE[(c ^ byte) & 0xff] ?? 0) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const typeAndData = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  typeAndData.copy(out, 4);
  out.writeUInt32BE(crc32(typeAndData), 8 + data.length);
  return out;
}

/** Encodes straight-alpha RGBA pixels as a PNG file. */
export function encodePng(width: number, height: number, rgba: Uint8Array): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // colour type: RGBA
  // compression, filter and interlace methods stay 0
  const raw = Buffer.alloc((width * 4 + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (width * 4 + 1)] = 0; // filter: none
    Buffer.from(rgba.buffer, rgba.byteOffset + y * width * 4, width * 4).copy(raw, y * (width * 4 + 1) + 1);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', new Uint8Array(0)),
  ]);
}

function main(): void {
  const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
  const outDir = join(root, 'public/icons');
  mkdirSync(outDir, { recursive: true });
  for (const size of ICON_SIZES) {
    const file = join(outDir, `icon-${size}.png`);
    writeFileSync(file, encodePng(size, size, drawIcon(size)));
    console.log(`wrote ${file}`);
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
