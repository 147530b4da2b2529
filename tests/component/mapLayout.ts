import { cleanup } from '@testing-library/react';
import { afterEach, beforeEach, vi } from 'vitest';

/** Sets every element's client size, as a layout would; Leaflet measures its container with it. */
export function setClientSize(width: number, height: number): void {
  vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(width);
  vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(height);
}

/**
 * jsdom has no layout: give every element the size of a desktop map column for each test, so Leaflet can fit
 * bounds. Unmounts (which removes the Leaflet map) before the size goes; vitest runs without globals, so
 * Testing Library does not clean up by itself.
 */
export function withDesktopMapSize(): void {
  beforeEach(() => setClientSize(720, 900));
  afterEach(() => {
    cleanup();
    vi.restoreAllMocks();
  });
}
