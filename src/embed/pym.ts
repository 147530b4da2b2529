/**
 * The frame's side of the Pym.js message protocol (MIT, NPR; docs/embedding.md says why this one): strings
 * `pym` + `xPYMx` + channel + `xPYMx` + type + `xPYMx` + value. Written out here in a few lines, not imported.
 *
 * From the host we accept exactly two types, each with a strict shape: `width` (one number, Pym's resize
 * signal) and `viewport-iframe-position` (six numbers: host viewport width and height, then the frame's
 * top, left, bottom, right relative to the host viewport; Pym 1.3's `trackscroll` and our host snippet send
 * it). Everything else is dropped without a word: no exception, no log.
 */

const DELIMITER = 'xPYMx';

/** Our longest valid message is under 150 characters; longer data is not even split. */
const MAX_MESSAGE_LENGTH = 256;

/** Larger than any screen or page in CSS pixels by far, small enough to keep the arithmetic exact. */
const MAX_SIZE = 100_000;
const MAX_OFFSET = 10_000_000;

/** A plain decimal number as `Number#toString` and Pym write it: no hex, no `Infinity`, no empty string. */
const NUMBER = /^-?\d{1,9}(\.\d{1,20})?(e-\d{1,3})?$/;

/** Builds a message for the host. */
export function pymMessage(channel: string, type: string, value: string): string {
  return ['pym', channel, type, value].join(DELIMITER);
}

/** Where the host's viewport is, relative to the frame (all in CSS pixels). */
export interface HostViewport {
  /** The host viewport's width and height. */
  width: number;
  height: number;
  /** The frame's top and bottom edges relative to the top of the host viewport (negative: above it). */
  top: number;
  bottom: number;
}

/** A message the host may send. */
export type HostMessage = { type: 'width'; width: number } | { type: 'viewport'; viewport: HostViewport };

function numbers(value: string, count: number): number[] | null {
  const parts = value.split(' ');
  if (parts.length !== count || !parts.every((p) => NUMBER.test(p))) return null;
  const values = parts.map(Number);
  return values.every((v) => Number.isFinite(v) && Math.abs(v) <= MAX_OFFSET) ? values : null;
}

function isSize(v: number): boolean {
  return v > 0 && v <= MAX_SIZE;
}

/** The host's message on our channel, checked for shape, types and bounds; `null` for anything else. */
export function parseHostMessage(data: unknown, channel: string): HostMessage | null {
  if (typeof data !== 'string' || data.length > MAX_MESSAGE_LENGTH) return null;
  const prefix = `pym${DELIMITER}${channel}${DELIMITER}`;
  if (!data.startsWith(prefix)) return null;
  const rest = data.slice(prefix.length);
  const split = rest.indexOf(DELIMITER);
  if (split < 0) return null;
  const type = rest.slice(0, split);
  const value = rest.slice(split + DELIMITER.length);

  if (type === 'width') {
    const [width] = numbers(value, 1) ?? [];
    return width !== undefined && isSize(width) ? { type: 'width', width } : null;
  }
  if (type === 'viewport-iframe-position') {
    const parsed = numbers(value, 6);
    if (!parsed) return null;
    const [width = 0, height = 0, top = 0, , bottom = 0] = parsed;
    if (!isSize(width) || !isSize(height) || bottom < top) return null;
    return { type: 'viewport', viewport: { width, height, top, bottom } };
  }
  return null;
}
