/**
 * Draws the app icon (a sprout on a rounded green square) as a 512×512 PNG without image libraries:
 * shapes as distance tests, 4×4 supersampling for smooth edges, zlib for the PNG's IDAT.
 * Run: npx tsx scripts/make-icon.ts  (writes resources/icons/icon.png and resources/icons/512x512.png)
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

const SIZE = 512;
const SAMPLES = 4;
type Rgba = [number, number, number, number];

function roundedSquare(x: number, y: number): boolean {
  const margin = 24;
  const radius = 104;
  const cx = Math.min(Math.max(x, margin + radius), SIZE - margin - radius);
  const cy = Math.min(Math.max(y, margin + radius), SIZE - margin - radius);
  return (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2 && x >= margin && x <= SIZE - margin && y >= margin && y <= SIZE - margin;
}

/** A leaf: the lens where two circles overlap, rotated about its centre. */
function leaf(x: number, y: number, cx: number, cy: number, length: number, width: number, angle: number): boolean {
  const cos = Math.cos(-angle);
  const sin = Math.sin(-angle);
  const dx = x - cx;
  const dy = y - cy;
  const u = dx * cos - dy * sin;
  const v = dx * sin + dy * cos;
  const half = length / 2;
  const r = (half * half + width * width) / (2 * width);
  const offset = r - width;
  return u * u + (v - offset) ** 2 <= r * r && u * u + (v + offset) ** 2 <= r * r;
}

function stem(x: number, y: number): boolean {
  // A gentle curve: x drifts with y so the stem is not a ruler line.
  const top = 246;
  const bottom = 420;
  if (y < top || y > bottom) return Math.hypot(x - 256, y - top) <= 13;
  const centre = 256 + 10 * Math.sin(((y - top) / (bottom - top)) * Math.PI);
  return Math.abs(x - centre) <= 13;
}

function ground(x: number, y: number): boolean {
  return ((x - 256) / 150) ** 2 + ((y - 428) / 22) ** 2 <= 1;
}

function shade(x: number, y: number): Rgba {
  if (!roundedSquare(x, y)) return [0, 0, 0, 0];
  if (leaf(x, y, 179, 212, 170, 44, 0.44)) return [170, 222, 120, 255];
  if (leaf(x, y, 345, 196, 210, 54, -0.52)) return [196, 236, 140, 255];
  if (stem(x, y)) return [244, 250, 232, 255];
  if (ground(x, y)) return [28, 84, 44, 255];
  const t = y / SIZE;
  return [Math.round(46 - 14 * t), Math.round(125 - 30 * t), Math.round(70 - 16 * t), 255];
}

function render(): Buffer {
  const rowBytes = SIZE * 4 + 1;
  const raw = Buffer.alloc(rowBytes * SIZE);
  for (let y = 0; y < SIZE; y++) {
    raw[y * rowBytes] = 0;
    for (let x = 0; x < SIZE; x++) {
      const sum = [0, 0, 0, 0];
      for (let sy = 0; sy < SAMPLES; sy++) {
        for (let sx = 0; sx < SAMPLES; sx++) {
          const [r, g, b, a] = shade(x + (sx + 0.5) / SAMPLES, y + (sy + 0.5) / SAMPLES);
          sum[0]! += r * a;
          sum[1]! += g * a;
          sum[2]! += b * a;
          sum[3]! += a;
        }
      }
      const alpha = sum[3]!;
      const offset = y * rowBytes + 1 + x * 4;
      raw[offset] = alpha ? Math.round(sum[0]! / alpha) : 0;
      raw[offset + 1] = alpha ? Math.round(sum[1]! / alpha) : 0;
      raw[offset + 2] = alpha ? Math.round(sum[2]! / alpha) : 0;
      raw[offset + 3] = Math.round(alpha / (SAMPLES * SAMPLES));
    }
  }
  return raw;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(data: Buffer): number {
  let c = 0xffffffff;
  for (const byte of data) c = CRC_TABLE[(c ^ byte) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

export function iconPng(): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(SIZE, 0);
  header.writeUInt32BE(SIZE, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', zlib.deflateSync(render(), { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const outDir = path.join(import.meta.dirname, '..', 'resources', 'icons');
fs.mkdirSync(outDir, { recursive: true });
const png = iconPng();
fs.writeFileSync(path.join(outDir, 'icon.png'), png);
fs.writeFileSync(path.join(outDir, '512x512.png'), png);
console.log(`wrote ${png.length} bytes to ${outDir}`);
