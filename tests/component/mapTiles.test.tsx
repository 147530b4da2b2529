import { fireEvent, render, waitFor } from '@testing-library/react';
import type { Map as LeafletMap } from 'leaflet';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ChapterId } from '../../src/content/types';
import { withDesktopMapSize } from './mapLayout';

withDesktopMapSize();

afterEach(() => {
  vi.unstubAllEnvs();
});

/**
 * StoryMap reads the tile settings once, when its module loads: import it afresh after stubbing them, render
 * a chapter and wait for the map.
 */
async function renderFreshMap(chapterId: ChapterId) {
  vi.resetModules();
  const [{ StoryMap }, { de }] = await Promise.all([
    import('../../src/map/StoryMap'),
    import('../../src/content/de'),
  ]);
  const maps: LeafletMap[] = [];
  const { container } = render(
    <StoryMap chapterId={chapterId} pack={de} reducedMotion={true} onMapReady={(m) => maps.push(m)} />,
  );
  await waitFor(() => expect(maps.length).toBeGreaterThan(0));
  return { container, map: maps[0]!, de };
}

describe('StoryMap with optional raster tiles', () => {
  it('adds a tile layer under the vectors only when VITE_TILE_URL is set, credited from the pack', async () => {
    vi.stubEnv('VITE_TILE_URL', 'https://tiles.example.org/{z}/{x}/{y}.png');
    vi.stubEnv('VITE_TILE_ATTRIBUTION', '© Example Tiles');
    const { container, de } = await renderFreshMap('intro');
    expect(container.querySelector('.story-map')).toHaveClass('story-map--tiles');
    expect(container.querySelectorAll('.leaflet-tile-pane img').length).toBeGreaterThan(0);
    expect(container.querySelector('.leaflet-control-attribution')).toHaveTextContent(
      `${de.ui.tilesAttributionNote}: © Example Tiles`,
    );
  });

  it('keeps drawing the story when tiles fail to load', async () => {
    vi.stubEnv('VITE_TILE_URL', 'https://tiles.example.org/{z}/{x}/{y}.png');
    const { container, map } = await renderFreshMap('borders');
    const errors = vi.fn();
    // Tile errors are events of the tile layer, not of the map.
    map.eachLayer((layer) => {
      if ('getTileUrl' in layer) layer.on('tileerror', errors);
    });
    for (const tile of container.querySelectorAll('.leaflet-tile-pane img')) fireEvent.error(tile);
    expect(errors).toHaveBeenCalled();
    expect(container.querySelectorAll('path.map-border')).toHaveLength(2);
    expect(container.querySelectorAll('.map-label--border')).toHaveLength(2);
  });

  it('loads no tiles by default', async () => {
    const { container } = await renderFreshMap('intro');
    expect(container.querySelector('.story-map')).not.toHaveClass('story-map--tiles');
    expect(container.querySelectorAll('.leaflet-tile-pane img')).toHaveLength(0);
  });
});
