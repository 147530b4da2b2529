/**
 * Label placement by measured boxes. Pure (no Leaflet, no DOM): the caller measures each label's text box,
 * projects its anchors to panel pixels and lists what labels must keep off (legend, attribution, the bold
 * border lines). Labels are placed in priority order; each takes the first candidate position that stays
 * inside the panel and touches nothing placed before it. A label that finds none is dropped, unless it is
 * required (a place the chapter's text names, a border length): then it takes the candidate that overlaps
 * least, and the browser test that measures every box fails.
 */

/** Where a label's text sits relative to its anchor. Places sit beside their dot, areas on their anchor. */
export type LabelSide =
  | 'center'
  | 'right'
  | 'left'
  | 'above'
  | 'below'
  | 'above-right'
  | 'above-left'
  | 'below-right'
  | 'below-left'
  | 'center-above'
  | 'center-below';

/** A rectangle in panel pixels: left, top, width, height. */
export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** A point in panel pixels. */
export interface Point {
  x: number;
  y: number;
}

/** One label to place. */
export interface PlacementRequest {
  key: string;
  /** Candidate anchor points in panel pixels, best first. */
  anchors: Point[];
  /** Candidate sides, best first; every side is tried at every anchor before the next anchor. */
  sides: readonly LabelSide[];
  /** The measured text box size. */
  size: { w: number; h: number };
  /** Radius of the label's dot in px (places), 0 for area labels. */
  dot: number;
  /** Placed even when every candidate collides (then where it collides least). */
  required: boolean;
}

/** Where a label went: its anchor (index into `anchors`) and the text's top-left offset from that anchor. */
export interface PlacedLabel {
  key: string;
  anchor: number;
  side: LabelSide;
  /** Offset of the text box's top-left corner from the anchor, px. */
  dx: number;
  dy: number;
  box: Box;
  /** True for a required label that found no free position. */
  collides: boolean;
  /** The text stands off its dot: draw a leader line from the dot to the text. */
  leader: boolean;
}

/** Radius in px of each kind of place dot (map.css draws them at this size). */
export const DOT_RADIUS = { capital: 5, foreignCapital: 5, city: 4, site: 4 } as const;

/** Gap in px between a dot and its text, and around every text box. */
export const DOT_GAP = 5;
export const LABEL_GAP = 2;
/** Distances (px, beyond the usual gap) at which a place's text is tried around its dot. */
export const PLACE_RINGS = [0, 7, 24, 40];
/** From this distance on, a leader line joins the text to its dot. */
export const LEADER_FROM = 20;
/** Room kept free at the panel's edges. */
export const EDGE_GAP = 3;

/** Offset of the text's top-left corner from the anchor for one side. */
export function sideOffset(
  side: LabelSide,
  w: number,
  h: number,
  dot: number,
  extra = 0,
): { dx: number; dy: number } {
  const gap = dot + DOT_GAP + extra;
  // Diagonals sit a little closer: the corner of the box is farther from the dot than its edge.
  const diag = Math.max(2, Math.round(gap * 0.6));
  switch (side) {
    case 'center':
      return { dx: -w / 2, dy: -h / 2 };
    case 'center-above':
      return { dx: -w / 2, dy: -h * 1.5 };
    case 'center-below':
      return { dx: -w / 2, dy: h / 2 };
    case 'right':
      return { dx: gap, dy: -h / 2 };
    case 'left':
      return { dx: -gap - w, dy: -h / 2 };
    case 'above':
      return { dx: -w / 2, dy: -gap - h };
    case 'below':
      return { dx: -w / 2, dy: gap };
    case 'above-right':
      return { dx: diag, dy: -diag - h };
    case 'above-left':
      return { dx: -diag - w, dy: -diag - h };
    case 'below-right':
      return { dx: diag, dy: diag };
    case 'below-left':
      return { dx: -diag - w, dy: diag };
  }
}

/** Area of the intersection of two boxes, each grown by `pad`. */
export function overlapArea(a: Box, b: Box, pad = 0): number {
  const w = Math.min(a.x + a.w, b.x + b.w) - Math.max(a.x, b.x) + pad * 2;
  const h = Math.min(a.y + a.h, b.y + b.h) - Math.max(a.y, b.y) + pad * 2;
  return w > 0 && h > 0 ? w * h : 0;
}

function pointsInside(box: Box, points: readonly Point[], pad: number): number {
  let n = 0;
  for (const p of points) {
    if (p.x >= box.x - pad && p.x <= box.x + box.w + pad && p.y >= box.y - pad && p.y <= box.y + box.h + pad)
      n++;
  }
  return n;
}

/** How far a box reaches outside the frame (0 when inside). */
function outside(box: Box, frame: { w: number; h: number }): number {
  return (
    Math.max(0, EDGE_GAP - box.x) +
    Math.max(0, EDGE_GAP - box.y) +
    Math.max(0, box.x + box.w - (frame.w - EDGE_GAP)) +
    Math.max(0, box.y + box.h - (frame.h - EDGE_GAP))
  );
}

/**
 * Places `requests` (in priority order) in a frame of `frame` px, keeping off `obstacles` (boxes) and `lines`
 * (points sampled densely along lines no text may cover). Returns one entry per placed label; dropped labels
 * are absent.
 */
export function placeLabels(
  requests: readonly PlacementRequest[],
  frame: { w: number; h: number },
  obstacles: readonly Box[],
  lines: readonly Point[],
): PlacedLabel[] {
  const taken: Box[] = [...obstacles];
  // Every dot is there before any text: no text may cover another place's dot.
  const dots = new Map<string, Box>();
  for (const r of requests) {
    const a = r.anchors[0];
    if (r.dot > 0 && a) dots.set(r.key, { x: a.x - r.dot, y: a.y - r.dot, w: r.dot * 2, h: r.dot * 2 });
  }
  const placed: PlacedLabel[] = [];
  for (const request of requests) {
    const { w, h } = request.size;
    if (w <= 0 || h <= 0) continue;
    let best: (PlacedLabel & { cost: number }) | null = null;
    // A place's text may also stand a little off its dot, when every side next to it is taken.
    const rings = request.dot > 0 ? PLACE_RINGS : [0];
    search: for (const [index, anchor] of request.anchors.entries()) {
      for (const extra of rings) {
        const leader = extra >= LEADER_FROM;
        for (const side of request.sides) {
          const { dx, dy } = sideOffset(side, w, h, request.dot, extra);
          const box = { x: anchor.x + dx, y: anchor.y + dy, w, h };
          let cost = outside(box, frame) * 1000 + pointsInside(box, lines, 1.5) * 50;
          for (const other of taken) cost += overlapArea(box, other, LABEL_GAP);
          for (const [key, dot] of dots) if (key !== request.key) cost += overlapArea(box, dot, LABEL_GAP);
          const found = { key: request.key, anchor: index, side, dx, dy, box, leader, cost };
          if (cost === 0) {
            best = { ...found, collides: false };
            break search;
          }
          if (request.required && (!best || cost < best.cost)) best = { ...found, collides: true };
        }
      }
    }
    if (!best) continue;
    const label: PlacedLabel = {
      key: best.key,
      anchor: best.anchor,
      side: best.side,
      dx: best.dx,
      dy: best.dy,
      box: best.box,
      collides: best.collides,
      leader: best.leader,
    };
    placed.push(label);
    taken.push(label.box);
  }
  return placed;
}

/**
 * Points every `step` px along a line, for testing which texts would cover it. With `frame`, only the points
 * inside it (grown by `margin`) are kept and segments wholly outside it are skipped: at a city's zoom a
 * country's border is millions of px long, and sampling all of it overflowed the stack and the memory.
 */
export function densify(
  line: readonly Point[],
  step = 4,
  frame?: { w: number; h: number },
  margin = 50,
): Point[] {
  const out: Point[] = [];
  const inside = (p: Point) =>
    !frame || (p.x >= -margin && p.y >= -margin && p.x <= frame.w + margin && p.y <= frame.h + margin);
  for (let i = 0; i < line.length; i++) {
    const p = line[i]!;
    if (inside(p)) out.push(p);
    const q = line[i + 1];
    if (!q) continue;
    const n = Math.floor(Math.hypot(q.x - p.x, q.y - p.y) / step);
    // The part of the segment inside the grown frame, as a range of t in [0, 1] (Liang–Barsky clipping).
    let [t0, t1] = [0, 1];
    if (frame) {
      const dx = q.x - p.x;
      const dy = q.y - p.y;
      const edges: [number, number][] = [
        [-dx, p.x + margin],
        [dx, frame.w + margin - p.x],
        [-dy, p.y + margin],
        [dy, frame.h + margin - p.y],
      ];
      for (const [d, r] of edges) {
        if (d === 0) {
          if (r < 0) t0 = 2;
        } else if (d < 0) t0 = Math.max(t0, r / d);
        else t1 = Math.min(t1, r / d);
      }
      if (t0 > t1) continue;
    }
    for (let k = Math.max(1, Math.ceil(t0 * n)); k < n && k <= t1 * n; k++) {
      const point = { x: p.x + ((q.x - p.x) * k) / n, y: p.y + ((q.y - p.y) * k) / n };
      if (inside(point)) out.push(point);
    }
  }
  return out;
}
