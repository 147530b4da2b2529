import type { LanguagePack } from '../content/pack';
import type { MapLayers } from '../content/types';
import { legendFor } from './labels';

/** Props of {@link EmergencyLegend}. */
export interface EmergencyLegendProps {
  layers: MapLayers;
  pack: LanguagePack;
}

/** The key to the state-of-emergency colours; renders nothing in chapters without them. */
export function EmergencyLegend({ layers, pack }: EmergencyLegendProps) {
  const legend = legendFor(layers, pack);
  if (!legend) return null;
  return (
    <div className="map-legend">
      <p className="map-legend__title">{legend.title}</p>
      <ul className="map-legend__items">
        {legend.items.map((item) => (
          <li key={item.phase} className="map-legend__item">
            <span className={`map-legend__swatch map-legend__swatch--${item.phase}`} aria-hidden="true" />
            {item.text}
          </li>
        ))}
      </ul>
    </div>
  );
}
