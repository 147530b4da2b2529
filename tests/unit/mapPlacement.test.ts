import { describe, expect, it } from 'vitest';
import {
  densify,
  overlapArea,
  placeLabels,
  sideOffset,
  type PlacementRequest,
} from '../../src/map/placement';

const FRAME = { w: 300, h: 200 };

function place(key: string, x: number, y: number, extra: Partial<PlacementRequest> = {}): PlacementRequest {
  return {
    key,
    anchors: [{ x, y }],
    sides: ['right', 'left', 'above', 'below'],
    size: { w: 60, h: 16 },
    dot: 4,
    required: true,
    ...extra,
  };
}

describe('placeLabels', () => {
  it('puts a lone place label on its first side, beside its dot', () => {
    const [label] = placeLabels([place('a', 100, 100)], FRAME, [], []);
    expect(label).toMatchObject({ key: 'a', side: 'right', collides: false, leader: false });
    expect(label!.box).toEqual({ x: 109, y: 92, w: 60, h: 16 });
  });

  it('moves a label to another side when the first one collides with a label placed before it', () => {
    const placed = placeLabels([place('a', 100, 100), place('b', 100, 130)], FRAME, [], []);
    expect(placed.map((p) => p.side)).toEqual(['right', 'right']);
    const crowded = placeLabels([place('a', 100, 100), place('b', 100, 112)], FRAME, [], []);
    expect(crowded.map((p) => p.side)).toEqual(['right', 'left']);
    expect(overlapArea(crowded[0]!.box, crowded[1]!.box)).toBe(0);
  });

  it('moves a label off the panel edge and off an obstacle such as the legend', () => {
    const edge = placeLabels([place('a', 280, 100)], FRAME, [], []);
    expect(edge[0]!.side).toBe('left');
    const legend = placeLabels([place('a', 100, 100)], FRAME, [{ x: 105, y: 80, w: 100, h: 40 }], []);
    expect(legend[0]!.side).toBe('left');
  });

  it('keeps text off the bold border lines', () => {
    const border = densify([
      { x: 140, y: 0 },
      { x: 140, y: 200 },
    ]);
    const [label] = placeLabels([place('a', 100, 100)], FRAME, [], border);
    expect(label!.side).toBe('left');
  });

  it('never covers another place’s dot', () => {
    const placed = placeLabels(
      [place('a', 100, 100), place('b', 130, 100, { sides: ['left', 'right'] })],
      FRAME,
      [],
      [],
    );
    // b's left side would cover a's dot and text; right is free.
    expect(placed[1]!.side).toBe('right');
  });

  it('stands a crowded place label off its dot with a leader line before giving up', () => {
    const walls = [
      { x: 0, y: 0, w: 300, h: 85 },
      { x: 0, y: 115, w: 300, h: 85 },
      { x: 0, y: 0, w: 92, h: 200 },
      { x: 108, y: 0, w: 10, h: 200 },
    ];
    const [label] = placeLabels([place('a', 100, 100, { sides: ['right'] })], FRAME, walls, []);
    expect(label).toMatchObject({ collides: false, leader: true });
  });

  it('drops an optional label that finds no room, and keeps a required one where it collides least', () => {
    const wall = [{ x: 0, y: 0, w: 300, h: 200 }];
    expect(placeLabels([place('a', 100, 100, { required: false })], FRAME, wall, [])).toEqual([]);
    const [kept] = placeLabels([place('a', 100, 100)], FRAME, wall, []);
    expect(kept).toMatchObject({ key: 'a', collides: true });
  });

  it('tries the next anchor when no side of the first is free', () => {
    const request: PlacementRequest = {
      key: 'country',
      anchors: [
        { x: 100, y: 100 },
        { x: 200, y: 50 },
      ],
      sides: ['center'],
      size: { w: 60, h: 16 },
      dot: 0,
      required: false,
    };
    const [label] = placeLabels([request], FRAME, [{ x: 60, y: 80, w: 80, h: 40 }], []);
    expect(label).toMatchObject({ anchor: 1, side: 'center', box: { x: 170, y: 42, w: 60, h: 16 } });
  });

  it('centres area names on their anchor and sets place names beside the dot with a gap', () => {
    expect(sideOffset('center', 60, 16, 0)).toEqual({ dx: -30, dy: -8 });
    expect(sideOffset('left', 60, 16, 4)).toEqual({ dx: -69, dy: -8 });
    expect(sideOffset('above', 60, 16, 4)).toEqual({ dx: -30, dy: -25 });
  });
});

describe('densify', () => {
  it('adds a point every few px along a long segment', () => {
    const points = densify([
      { x: 0, y: 0 },
      { x: 20, y: 0 },
    ]);
    expect(points.length).toBe(6);
    expect(points.every((p, i) => i === 0 || p.x - points[i - 1]!.x <= 4)).toBe(true);
  });

  it('keeps only the points in the frame, so a border millions of px long at a city zoom stays cheap', () => {
    // A border line as long as Kazakhstan's at zoom 13: sampled whole, it would be 2.5 million points.
    const points = densify(
      [
        { x: -5_000_000, y: 200 },
        { x: 5_000_000, y: 200 },
      ],
      4,
      { w: 400, h: 400 },
    );
    expect(points.length).toBeGreaterThan(100);
    expect(points.length).toBeLessThan(200);
    expect(points.every((p) => p.x >= -50 && p.x <= 450)).toBe(true);
  });
});
