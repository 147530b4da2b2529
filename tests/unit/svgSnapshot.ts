/**
 * The chart SVG as a snapshot file: one element per line for readable diffs, React's generated ids made
 * stable, and numbers rounded to 0.1 px only where they are geometry (coordinates and sizes in attributes,
 * which shift with font metrics and floating point). Text and every other attribute are kept exactly: a
 * German label "4.404", "20.000" or "12.30 Uhr" must not pass as "4.4", "20" or "12.3".
 */

/** Attributes that hold coordinates or sizes. */
const GEOMETRY = new Set([
  'x',
  'y',
  'x1',
  'x2',
  'y1',
  'y2',
  'cx',
  'cy',
  'r',
  'rx',
  'ry',
  'dx',
  'dy',
  'width',
  'height',
  'd',
  'points',
  'viewBox',
  'transform',
  'refX',
  'refY',
  'markerWidth',
  'markerHeight',
]);

function roundNumbers(value: string): string {
  return value.replace(/-?\d+\.\d+/g, (n) => String(Math.round(Number(n) * 10) / 10));
}

/** Round the geometry attributes of one start tag; leave its other attributes as they are. */
function roundTag(tag: string): string {
  return tag.replace(/([A-Za-z][\w:-]*)="([^"]*)"/g, (attribute, name: string, value: string) =>
    GEOMETRY.has(name) ? `${name}="${roundNumbers(value)}"` : attribute,
  );
}

export function serializeSvg(markup: string): string {
  return `${markup
    .replace(/<[^<>]+>/g, roundTag)
    .replace(/_[rR]_[0-9a-zA-Z]+_/g, 'id')
    .replace(/></g, '>\n<')}\n`;
}
