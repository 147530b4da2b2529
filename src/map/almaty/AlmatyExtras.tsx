/**
 * Everything the Almaty chapters add to the map (city detail, insets), as one lazily loaded module: its code,
 * its styles and its data load when the reader nears those chapters (near.ts), not with the first view.
 */
import { useEffect } from 'react';
import { useMap } from 'react-leaflet';
import type { LanguagePack } from '../../content/pack';
import type { ChapterId, MapLayers } from '../../content/types';
import { AlmatyDetailLayers } from './AlmatyDetailLayers';
import { AlmatyInsets } from './AlmatyInsets';
import { OVERLAYS_CHANGED } from '../LabelLayer';

/** Props of {@link AlmatyExtras}. */
export interface AlmatyExtrasProps {
  chapterId: ChapterId;
  layers: MapLayers;
  pack: LanguagePack;
}

export default function AlmatyExtras({ chapterId, layers, pack }: AlmatyExtrasProps) {
  const map = useMap();
  useEffect(
    function announceOverlays() {
      // The insets measure themselves in the next frame; the labels are placed around them after that.
      let second = 0;
      const first = requestAnimationFrame(() => {
        second = requestAnimationFrame(() => map.fire(OVERLAYS_CHANGED));
      });
      return function announceOverlaysGone() {
        cancelAnimationFrame(first);
        cancelAnimationFrame(second);
        map.fire(OVERLAYS_CHANGED);
      };
    },
    [map, chapterId],
  );
  return (
    <>
      <AlmatyDetailLayers chapterId={chapterId} show={Boolean(layers.almatyCity)} />
      <AlmatyInsets layers={layers} pack={pack} />
    </>
  );
}
