import { act, render, waitFor } from '@testing-library/react';
import * as L from 'leaflet';
import { StrictMode } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { de } from '../../src/content/de';
import { CHAPTER_IDS } from '../../src/content/structure';
import type { ChapterId } from '../../src/content/types';
import { mapGeodata } from '../../src/map/geodata';
import { StoryMap } from '../../src/map/StoryMap';
import { FLY_SECONDS, mapStateFor } from '../../src/map/view';
import { setClientSize, withDesktopMapSize } from './mapLayout';
import type { ResizeObserverFactory } from '../../src/lib/observers';

withDesktopMapSize();

function renderMap(chapterId: ChapterId, reducedMotion = false) {
  const maps: L.Map[] = [];
  const onMapReady = vi.fn((map: L.Map) => {
    maps.push(map);
  });
  const onMoveEnd = vi.fn();
  const ui = (id: ChapterId, reduced = reducedMotion) => (
    <StrictMode>
      <StoryMap
        chapterId={id}
        pack={de}
        reducedMotion={reduced}
        onMapReady={onMapReady}
        onMoveEnd={onMoveEnd}
      />
    </StrictMode>
  );
  const result = render(ui(chapterId));
  const map = () => {
    const found = maps.at(-1);
    if (!found) throw new Error('map not ready');
    return found;
  };
  return {
    ...result,
    map,
    maps,
    onMoveEnd,
    show: (id: ChapterId, reduced = reducedMotion) => act(() => result.rerender(ui(id, reduced))),
  };
}

describe('StoryMap', () => {
  it('creates the Leaflet map once across chapter changes', async () => {
    // `initialize` is Leaflet's constructor body; its typings leave it out.
    const initialize = vi.spyOn(L.Map.prototype as L.Map & { initialize: () => void }, 'initialize');
    const view = renderMap('intro');
    await waitFor(() => expect(view.maps.length).toBeGreaterThan(0));
    for (const id of ['trigger', 'almaty', 'csto', 'sources'] as const) view.show(id);
    expect(initialize).toHaveBeenCalledTimes(1);
    expect(new Set(view.maps).size).toBe(1);
    expect(view.container.querySelectorAll('.leaflet-container')).toHaveLength(1);
  });

  it('flies to the next chapter with flyToBounds', async () => {
    const view = renderMap('intro');
    await waitFor(() => expect(view.maps.length).toBeGreaterThan(0));
    const fly = vi.spyOn(view.map(), 'flyToBounds');
    const fit = vi.spyOn(view.map(), 'fitBounds');
    view.show('trigger');
    const trigger = mapStateFor('trigger').view;
    expect(fly).toHaveBeenCalledTimes(1);
    // Leaflet adds its own keys to the options object it is given: compare what we passed.
    expect(fly.mock.calls[0]?.[0]).toEqual(trigger.kind === 'bounds' ? trigger.bounds : null);
    expect(fly.mock.calls[0]?.[1]).toMatchObject({
      paddingTopLeft: [24, 24],
      paddingBottomRight: [24, 24],
      animate: true,
      duration: FLY_SECONDS,
    });
    expect(fit).not.toHaveBeenCalled();
  });

  it('jumps with fitBounds and no animation when the reader asked for reduced motion', async () => {
    const view = renderMap('intro', true);
    await waitFor(() => expect(view.maps.length).toBeGreaterThan(0));
    const fly = vi.spyOn(view.map(), 'flyToBounds');
    const fit = vi.spyOn(view.map(), 'fitBounds');
    view.show('almaty');
    expect(fly).not.toHaveBeenCalled();
    expect(fit).toHaveBeenCalledTimes(1);
    expect(fit.mock.calls[0]?.[1]).toMatchObject({
      paddingTopLeft: [24, 24],
      paddingBottomRight: [24, 24],
      maxZoom: 13,
      animate: false,
    });
    await waitFor(() => expect(view.map().getZoom()).toBeGreaterThan(10));
  });

  it('does not move the camera again when only the motion preference changes', async () => {
    const view = renderMap('trigger');
    await waitFor(() => expect(view.maps.length).toBeGreaterThan(0));
    const fly = vi.spyOn(view.map(), 'flyToBounds');
    const fit = vi.spyOn(view.map(), 'fitBounds');
    view.show('trigger', true);
    expect(fly).not.toHaveBeenCalled();
    expect(fit).not.toHaveBeenCalled();
  });

  it('opens a reloaded chapter straight at its view', async () => {
    const view = renderMap('almaty');
    await waitFor(() => expect(view.maps.length).toBeGreaterThan(0));
    const center = view.map().getCenter();
    expect(center.lat).toBeCloseTo(43.285, 1);
    expect(center.lng).toBeCloseTo(76.965, 1);
    expect(view.onMoveEnd).toHaveBeenCalled();
    const [reported, zoom] = view.onMoveEnd.mock.calls.at(-1)!;
    expect(reported.lat).toBeCloseTo(center.lat, 6);
    expect(zoom).toBe(view.map().getZoom());
  });

  it('draws every shape before it reports the map ready, also when the drawing is spread over many tasks', async () => {
    // A slow device: every clock reading is 5 ms later, so each slice of shapes ends after one or two.
    let time = 0;
    const now = vi.spyOn(performance, 'now').mockImplementation(() => (time += 5));
    const timers = vi.spyOn(window, 'setTimeout');
    try {
      const view = renderMap('protests');
      await waitFor(() => expect(view.maps.length).toBeGreaterThan(0), { timeout: 10_000 });
      const geo = mapGeodata();
      const count = (selector: string) => view.container.querySelectorAll(selector).length;
      expect(count('path.map-country')).toBe(geo.countries.features.length);
      expect(count('path.map-region')).toBe(geo.regions.features.length);
      expect(count('path.map-border')).toBe(2);
      // The regions were marked with the chapter's state only once all of them existed.
      expect(count('path.map-region.is-phase-4')).toBe(12);
      expect(timers.mock.calls.filter(([, delay]) => !delay).length).toBeGreaterThan(
        geo.countries.features.length / 2,
      );
    } finally {
      now.mockRestore();
      timers.mockRestore();
    }
  });

  it('marks the regions of the layer that is drawn, not of one StrictMode removed after it finished', async () => {
    // StrictMode mounts each layer twice. Here the first regions layer finishes at once (a fast clock) and its
    // successor is drawn in slices (a slow one): the chapter's marks must reach every path of the successor.
    let time = 0;
    let slow = false;
    const now = vi.spyOn(performance, 'now').mockImplementation(() => {
      slow ||=
        document.querySelectorAll('path.map-region').length >= mapGeodata().regions.features.length - 1;
      return slow ? (time += 5) : time;
    });
    try {
      const view = renderMap('protests');
      await waitFor(() => expect(view.maps.length).toBeGreaterThan(0), { timeout: 10_000 });
      expect(slow).toBe(true);
      const count = (selector: string) => view.container.querySelectorAll(selector).length;
      expect(count('path.map-region')).toBe(16);
      expect(count('path.map-region.is-phase-1')).toBe(2);
      expect(count('path.map-region.is-phase-4')).toBe(12);
    } finally {
      now.mockRestore();
    }
  });

  it('draws the Russia and China borders in every chapter', async () => {
    const view = renderMap('intro');
    await waitFor(() => expect(view.maps.length).toBeGreaterThan(0));
    for (const id of CHAPTER_IDS) {
      view.show(id);
      expect(view.container.querySelectorAll('path.map-border'), id).toHaveLength(2);
      expect(view.container.querySelector('path.map-border--643')?.getAttribute('d'), id).toMatch(/^M/);
    }
  });

  it('labels exactly the places of each chapter, those of a close-up in its key', async () => {
    const view = renderMap('intro');
    await waitFor(() => expect(view.maps.length).toBeGreaterThan(0));
    for (const id of CHAPTER_IDS) {
      view.show(id);
      const { layers } = mapStateFor(id);
      const inset = layers.closeUp?.places ?? [];
      const places = (layers.places ?? []).filter((p) => !inset.includes(p));
      const labels = [...view.container.querySelectorAll('.map-label--place')];
      expect(
        labels.map((l) => l.textContent),
        id,
      ).toEqual(places.map((p) => de.places[p]));
      // The close-up is part of the Almaty extras, a lazily loaded module.
      await waitFor(() =>
        expect(
          [...view.container.querySelectorAll('.map-closeup__key li')].map((l) => l.textContent),
          id,
        ).toEqual(inset.map((p, i) => `${i + 1}${de.places[p]}`)),
      );
    }
  });

  it('highlights and colours regions per chapter, and clears them again', async () => {
    const view = renderMap('trigger');
    await waitFor(() => expect(view.maps.length).toBeGreaterThan(0));
    expect(view.container.querySelectorAll('path.map-region')).toHaveLength(16);
    expect(view.container.querySelectorAll('path.map-region.is-highlighted')).toHaveLength(1);
    view.show('protests');
    expect(view.container.querySelectorAll('path.map-region.is-highlighted')).toHaveLength(0);
    expect(view.container.querySelectorAll('path.map-region.is-phase-1')).toHaveLength(2);
    expect(view.container.querySelectorAll('path.map-region.is-phase-4')).toHaveLength(12);
    expect(view.container.querySelector('.map-legend')).toHaveTextContent(de.ui.emergencyLegendTitle);
    view.show('toll');
    expect(view.container.querySelectorAll('path.map-region[class*="is-phase"]')).toHaveLength(0);
    expect(view.container.querySelector('.map-legend')).toBeNull();
  });

  it('adds the city boundary, routes and border lengths only in their chapters', async () => {
    const view = renderMap('intro');
    await waitFor(() => expect(view.maps.length).toBeGreaterThan(0));
    const count = (selector: string) => view.container.querySelectorAll(selector).length;
    expect([count('path.map-city'), count('path.map-route'), count('.map-label--border')]).toEqual([0, 0, 0]);
    view.show('almaty');
    expect(count('path.map-city')).toBe(1);
    view.show('csto');
    expect([count('path.map-city'), count('path.map-route')]).toEqual([0, 5]);
    view.show('borders');
    expect(count('path.map-route')).toBe(0);
    expect([...view.container.querySelectorAll('.map-label--border')].map((l) => l.textContent)).toEqual([
      'Grenze zu Russland7.644 km',
      'Grenze zu China1.765 km',
    ]);
  });

  it('leaves scrolling, touch and the keyboard to the page', async () => {
    const view = renderMap('intro');
    await waitFor(() => expect(view.maps.length).toBeGreaterThan(0));
    const map = view.map();
    for (const handler of [
      'scrollWheelZoom',
      'dragging',
      'touchZoom',
      'doubleClickZoom',
      'boxZoom',
      'keyboard',
    ]) {
      expect((map as unknown as Record<string, L.Handler>)[handler]?.enabled(), handler).toBe(false);
    }
    const container = map.getContainer();
    expect(container.hasAttribute('tabindex')).toBe(false);
    expect(container.classList.contains('leaflet-touch-drag')).toBe(false);
    expect(container.classList.contains('leaflet-touch-zoom')).toBe(false);
    expect(view.container.querySelector('.leaflet-control-zoom')).toBeNull();
  });

  it('requests no image: labels are HTML, not Leaflet marker icons', async () => {
    const view = renderMap('csto');
    await waitFor(() => expect(view.maps.length).toBeGreaterThan(0));
    expect(view.container.querySelectorAll('.map-label').length).toBeGreaterThan(0);
    expect(view.container.querySelectorAll('img')).toHaveLength(0);
    expect(view.container.querySelectorAll('.leaflet-tile')).toHaveLength(0);
  });

  it('credits Natural Earth and OpenStreetMap, with a Leaflet credit without flag', async () => {
    const view = renderMap('intro');
    await waitFor(() => expect(view.maps.length).toBeGreaterThan(0));
    const attribution = view.container.querySelector('.leaflet-control-attribution');
    expect(attribution).toHaveTextContent('Natural Earth');
    expect(attribution).toHaveTextContent('© OpenStreetMap-Mitwirkende');
    expect(attribution).toHaveTextContent('Leaflet');
    expect(attribution?.querySelector('svg, .leaflet-attribution-flag')).toBeNull();
  });

  it('hides the drawing from assistive technology but not the attribution', async () => {
    const view = renderMap('intro');
    await waitFor(() => expect(view.maps.length).toBeGreaterThan(0));
    expect(view.container.querySelector('.leaflet-map-pane')).toHaveAttribute('aria-hidden', 'true');
    expect(view.container.querySelector('.leaflet-control-attribution')?.closest('[aria-hidden]')).toBeNull();
  });

  it('fits the view again when the panel changes size', async () => {
    let resize: () => void = () => {};
    const fakeResizeObserver: ResizeObserverFactory = (callback) => {
      resize = () => callback([], {} as ResizeObserver);
      return { observe() {}, disconnect() {} };
    };
    const maps: L.Map[] = [];
    render(
      <StoryMap
        chapterId="trigger"
        pack={de}
        reducedMotion={false}
        onMapReady={(m) => maps.push(m)}
        createResizeObserver={fakeResizeObserver}
      />,
    );
    await waitFor(() => expect(maps.length).toBeGreaterThan(0));
    const fit = vi.spyOn(maps[0]!, 'fitBounds');
    setClientSize(390, 420);
    act(() => resize());
    expect(fit).toHaveBeenCalledTimes(1);
    expect(fit.mock.calls[0]?.[1]).toMatchObject({ animate: false });
  });
});
