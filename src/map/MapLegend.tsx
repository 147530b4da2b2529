import type { LanguagePack } from '../content/pack';
import type { MapLayers } from '../content/types';
import { legendFor, type LegendKey } from './labels';

/** Props of {@link MapLegend}. */
export interface MapLegendProps {
  layers: MapLayers;
  pack: LanguagePack;
}

function keyClass(key: LegendKey): string {
  return key.kind === 'fill'
    ? `map-legend__swatch map-legend__swatch--${key.phase}`
    : `map-legend__line map-legend__line--${key.style}`;
}

/**
 * The key to what the chapter's map encodes, built from its layers, in the page's language. HTML text in the
 * map region (screen readers reach it; the drawing itself is hidden from them). The camera keeps the legend's
 * strip clear of the view, so it never covers the chapter's subject (MapCamera).
 */
export function MapLegend({ layers, pack }: MapLegendProps) {
  const groups = legendFor(layers, pack);
  if (groups.length === 0) return null;
  return (
    <div className="map-legend">
      {groups.map((group) => (
        <div key={group.id} className="map-legend__group">
          {group.title ? <p className="map-legend__title">{group.title}</p> : null}
          <ul className="map-legend__items">
            {group.items.map((item) => (
              <li key={item.id} className="map-legend__item">
                <span className={keyClass(item.key)} aria-hidden="true" />
                {item.text}
              </li>
            ))}
          </ul>
        </div>
      ))}
    </div>
  );
}
