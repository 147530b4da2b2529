import { render, screen, waitFor } from '@testing-library/react';
import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { de } from '../../src/content/de';
import { MapPanel } from '../../src/map/MapPanel';
import { withDesktopMapSize } from './mapLayout';

withDesktopMapSize();

describe('MapPanel on the server', () => {
  it('renders the region, its description and the place list without Leaflet', () => {
    const html = renderToString(<MapPanel chapterId="almaty" pack={de} reducedMotion={false} />);
    expect(html).toContain('role="region"');
    expect(html).toContain(`aria-label="${de.ui.mapLabel}"`);
    expect(html).toContain(de.chapters.almaty.mapDescription);
    expect(html).toContain(de.places.republicSquare);
    expect(html).toContain('data-chapter="almaty"');
    expect(html).toContain('data-map-ready="false"');
    expect(html).not.toMatch(/leaflet/i);
  });
});

describe('MapPanel in the browser', () => {
  it('describes the region with the chapter map description', () => {
    render(<MapPanel chapterId="trigger" pack={de} reducedMotion={false} />);
    const region = screen.getByRole('region', { name: de.ui.mapLabel });
    expect(region).toHaveAccessibleDescription(de.chapters.trigger.mapDescription);
    expect(region).toHaveAttribute('data-chapter', 'trigger');
  });

  it('names the places shown in a list for screen readers', () => {
    render(<MapPanel chapterId="csto" pack={de} reducedMotion={false} />);
    const names = screen.getAllByRole('listitem').map((li) => li.textContent);
    expect(names).toEqual(['Moskau', 'Minsk', 'Jerewan', 'Bischkek', 'Duschanbe', 'Almaty']);
  });

  it('loads the map lazily and then reports it ready, with its center and zoom', async () => {
    render(
      <StrictMode>
        <MapPanel chapterId="almaty" pack={de} reducedMotion={true} />
      </StrictMode>,
    );
    const region = screen.getByRole('region');
    await waitFor(() => expect(region).toHaveAttribute('data-map-ready', 'true'), { timeout: 5000 });
    expect(region.querySelectorAll('.leaflet-container')).toHaveLength(1);
    expect(region.dataset.center).toMatch(/^43\.\d{3},76\.\d{3}$/);
    expect(Number(region.dataset.zoom)).toBeGreaterThan(10);
  });

  it('follows the chapter in data-chapter', async () => {
    const { rerender } = render(<MapPanel chapterId="intro" pack={de} reducedMotion={true} />);
    rerender(<MapPanel chapterId="borders" pack={de} reducedMotion={true} />);
    expect(screen.getByRole('region')).toHaveAttribute('data-chapter', 'borders');
    expect(screen.getByRole('region')).toHaveAccessibleDescription(de.chapters.borders.mapDescription);
  });
});
