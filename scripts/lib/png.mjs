// @ts-check
/**
 * Makes Chromium's screenshots small enough to share: an 8-bit RGB PNG (several thousand colours, most of
 * them anti-aliasing shades) becomes a PNG with a palette of at most 256 colours, the most frequent ones,
 * each other colour drawn as its nearest palette colour. A card of flat map colours and text loses nothing a
 * reader can see, and about half its bytes. Plain Node (zlib), no image library.
 */
import { deflateSync, inflateSync } from 'node:zlib';

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** CRC-32 of PNG chunks (ISO 3309). */
const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

/** @param {Buffer} bytes */
function crc32(bytes) {
  let c = 0xffffffff;
  for (const byte of bytes) c = (CRC_TABLE[(c ^ byte) & 0xff] ?? 0) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/**
 * @param {string} type
 * @param {Buffer} data
 */
function chunk(type, data) {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

/**
 * The pixels of an 8-bit RGB or RGBA PNG without interlacing, as RGB.
 * @param {Buffer} png
 * @returns {{ width: number, height: number, rgb: Buffer }}
 */
export function decodeRgb(png) {
  if (!png.subarray(0, 8).equals(SIGNATURE)) throw new Error('not a PNG');
  let offset = 8;
  /** @type {Buffer[]} */
  const data = [];
  let header = Buffer.alloc(0);
  while (offset < png.length) {
    const length = png.readUInt32BE(offset);
    const type = png.toString('latin1', offset + 4, offset + 8);
    const body = png.subarray(offset + 8, offset + 8 + length);
    if (type === 'IHDR') header = body;
    if (type === 'IDAT') data.push(body);
    offset += 12 + length;
  }
  const width = header.readUInt32BE(0);
  const height = header.readUInt32BE(4);
  const [depth, colourType, , , interlace] = [header[8], header[9], header[10], header[11], header[12]];
  const channels = colourType === 2 ? 3 : colourType === 6 ? 4 : 0;
  if (depth !== 8 || channels === 0 || interlace !== 0) {
    throw new Error(`unsupported PNG: depth ${depth}, colour type ${colourType}, interlace ${interlace}`);
  }
  const raw = inflateSync(Buffer.concat(data));
  const stride = width * channels;
  const pixels = Buffer.alloc(stride * height);
  let previous = Buffer.alloc(stride);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    const out = pixels.subarray(y * stride, (y + 1) * stride);
    for (let i = 0; i < stride; i++) {
      const a = i >= channels ? (out[i - channels] ?? 0) : 0;
      const b = previous[i] ?? 0;
      const c = i >= channels ? (previous[i - channels] ?? 0) : 0;
      let value = line[i] ?? 0;
      if (filter === 1) value += a;
      else if (filter === 2) value += b;
      else if (filter === 3) value += (a + b) >> 1;
      else if (filter === 4) {
        const p = a + b - c;
        const pa = Math.abs(p - a);
        const pb = Math.abs(p - b);
        const pc = Math.abs(p - c);
        value += pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
      }
      out[i] = value & 0xff;
    }
    previous = out;
  }
  if (channels === 3) return { width, height, rgb: pixels };
  const rgb = Buffer.alloc(width * height * 3);
  for (let p = 0, q = 0; p < pixels.length; p += 4, q += 3) pixels.copy(rgb, q, p, p + 3);
  return { width, height, rgb };
}

/**
 * The same picture as an indexed PNG of at most 256 colours.
 * @param {Buffer} png  an 8-bit RGB(A) PNG, as Chromium's screenshots are
 */
export function toPalettePng(png) {
  const { width, height, rgb } = decodeRgb(png);
  /** @type {Map<number, number>} */
  const counts = new Map();
  for (let i = 0; i < rgb.length; i += 3) {
    const key = ((rgb[i] ?? 0) << 16) | ((rgb[i + 1] ?? 0) << 8) | (rgb[i + 2] ?? 0);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const palette = [...counts.entries()]
    .sort((x, y) => y[1] - x[1] || x[0] - y[0])
    .slice(0, 256)
    .map(([key]) => key);
  /** @type {Map<number, number>} */
  const index = new Map();
  for (const key of counts.keys()) {
    let best = 0;
    let bestDistance = Infinity;
    palette.forEach((entry, i) => {
      const dr = ((key >> 16) & 0xff) - ((entry >> 16) & 0xff);
      const dg = ((key >> 8) & 0xff) - ((entry >> 8) & 0xff);
      const db = (key & 0xff) - (entry & 0xff);
      const distance = 2 * dr * dr + 4 * dg * dg + 3 * db * db;
      if (distance < bestDistance) [best, bestDistance] = [i, distance];
    });
    index.set(key, best);
  }
  const raw = Buffer.alloc((width + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (width + 1)] = 0; // filter "none" suits indexed pixels best
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 3;
      const key = ((rgb[i] ?? 0) << 16) | ((rgb[i + 1] ?? 0) << 8) | (rgb[i + 2] ?? 0);
      raw[y * (width + 1) + 1 + x] = index.get(key) ?? 0;
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 3, 0, 0, 0], 8);
  const plte = Buffer.alloc(palette.length * 3);
  palette.forEach((key, i) => plte.set([(key >> 16) & 0xff, (key >> 8) & 0xff, key & 0xff], i * 3));
  return Buffer.concat([
    SIGNATURE,
    chunk('IHDR', header),
    chunk('PLTE', plte),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}
