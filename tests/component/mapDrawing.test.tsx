import { act, render } from '@testing-library/react';
import type * as L from 'leaflet';
import { describe, expect, it, vi } from 'vitest';
import { de } from '../../src/content/de';
import { DrawingContext, type DrawingStrategy } from '../../src/map/drawing';
import { mapGeodata } from '../../src/map/geodata';
import { StoryMap } from '../../src/map/StoryMap';
import { withDesktopMapSize } from './mapLayout';

withDesktopMapSize();

/** A strategy the test drives by hand: it records each layer's fill and holds every step until released. */
function steppedDrawing() {
  const fills: { count: number; done: () => void }[] = [];
  const stages: (() => void)[] = [];
  const strategy: DrawingStrategy = {
    fill(items, each, done) {
      fills.push({
        count: items.length,
        done: () => {
          for (const item of items) each(item);
          done();
        },
      });
      return function stop() {};
    },
    next(go) {
      stages.push(go);
      return function cancel() {};
    },
  };
  return { strategy, fills, stages };
}

/** Everything at once, stage after stage in the same task. */
const IMMEDIATE_DRAWING: DrawingStrategy = {
  fill(items, each, done) {
    for (const item of items) each(item);
    done();
    return function stop() {};
  },
  next(go) {
    go();
    return function cancel() {};
  },
};

function renderMap(strategy: DrawingStrategy) {
  const onMapReady = vi.fn((map: L.Map) => map);
  const view = render(
    <DrawingContext value={strategy}>
      <StoryMap chapterId="protests" pack={de} reducedMotion onMapReady={onMapReady} />
    </DrawingContext>,
  );
  const count = (selector: string) => view.container.querySelectorAll(selector).length;
  return { ...view, onMapReady, count };
}

describe('the map’s first draw (src/map/drawing.ts)', () => {
  it('draws one layer per stage, in order, each only once the one before is complete', () => {
    const { strategy, fills, stages } = steppedDrawing();
    const { onMapReady, count } = renderMap(strategy);
    const geo = mapGeodata();
    // The task that creates the map draws nothing.
    expect(fills).toEqual([]);
    expect(stages).toHaveLength(1);
    act(() => stages[0]?.());
    const expected = [
      geo.countries.features.length,
      geo.regions.features.length,
      geo.regionLines.features.length,
      geo.countryLines.features.length,
      geo.borders.features.length,
    ];
    for (const [i, shapes] of expected.entries()) {
      // Exactly one layer is being filled at a time.
      expect(fills.map((f) => f.count)).toEqual(expected.slice(0, i + 1));
      expect(onMapReady).not.toHaveBeenCalled();
      act(() => fills[i]?.done());
      expect(shapes).toBeGreaterThan(0);
    }
    expect(fills).toHaveLength(expected.length);
    expect(count('path.map-country')).toBe(geo.countries.features.length);
    expect(count('path.map-border')).toBe(2);
    // Ready once the last layer is complete, with the chapter's regions marked.
    expect(onMapReady).toHaveBeenCalledTimes(1);
    expect(count('path.map-region.is-phase-4')).toBe(12);
  });

  it('draws everything in the first render’s task with the immediate strategy', () => {
    const timers = vi.spyOn(window, 'setTimeout');
    const { onMapReady, count } = renderMap(IMMEDIATE_DRAWING);
    const geo = mapGeodata();
    expect(count('path.map-country')).toBe(geo.countries.features.length);
    expect(count('path.map-region')).toBe(geo.regions.features.length);
    expect(count('path.map-border')).toBe(2);
    expect(onMapReady).toHaveBeenCalledTimes(1);
    // No task was scheduled to draw.
    expect(timers.mock.calls.filter(([, delay]) => !delay)).toEqual([]);
  });
});
