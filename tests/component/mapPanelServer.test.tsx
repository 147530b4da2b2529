// @vitest-environment node
// A real server: no window, no document. Leaflet reads both when its module loads, so this test fails if
// MapPanel pulls Leaflet in outside the lazy StoryMap chunk.
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { de } from '../../src/content/de';
import { CHAPTER_IDS } from '../../src/content/structure';
import { MapPanel } from '../../src/map/MapPanel';

describe('MapPanel on a server without a DOM', () => {
  it('runs without window and document', () => {
    expect(typeof globalThis.window).toBe('undefined');
    expect(typeof globalThis.document).toBe('undefined');
  });

  it.each(CHAPTER_IDS)('renders chapter "%s" with its description and no map markup', (id) => {
    const html = renderToString(<MapPanel chapterId={id} pack={de} reducedMotion={false} />);
    expect(html).toContain(de.chapters[id].mapDescription);
    expect(html).toContain(`data-chapter="${id}"`);
    expect(html).not.toMatch(/leaflet/i);
  });
});
