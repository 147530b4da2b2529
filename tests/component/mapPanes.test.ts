import { Map as LeafletMap } from 'leaflet';
import { afterEach, describe, expect, it } from 'vitest';
import { PANES, paneRenderer, type PaneName } from '../../src/map/panes';

afterEach(() => {
  document.body.innerHTML = '';
});

describe('paneRenderer', () => {
  it("creates every story pane with its map's first layer, in drawing order, and each renderer once", () => {
    const container = document.createElement('div');
    document.body.append(container);
    const map = new LeafletMap(container, { center: [48, 67], zoom: 4 });
    expect(map.getPane('story-routes')).toBeUndefined();
    const land = paneRenderer(map, 'land');
    // A pane added later, to a map already on screen, could stop Chromium from producing frames.
    for (const name of Object.keys(PANES) as PaneName[]) {
      expect(map.getPane(`story-${name}`)?.style.zIndex).toBe(String(PANES[name]));
    }
    expect(paneRenderer(map, 'land')).toBe(land);
    expect(paneRenderer(map, 'routes').options.pane).toBe('story-routes');
    map.remove();
  });
});
