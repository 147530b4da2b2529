/**
 * Everything the Almaty chapters add to the map (city detail, insets), as one lazily loaded module: its code,
 * its styles and its data load when the reader nears those chapters (near.ts), not with the first view.
 */
import type { LanguagePack } from '../../content/pack';
import type { ChapterId, MapLayers } from '../../content/types';
import { AlmatyDetailLayers } from './AlmatyDetailLayers';
import { AlmatyInsets } from './AlmatyInsets';

/** Props of {@link AlmatyExtras}. */
export interface AlmatyExtrasProps {
  chapterId: ChapterId;
  layers: MapLayers;
  pack: LanguagePack;
}

export default function AlmatyExtras({ chapterId, layers, pack }: AlmatyExtrasProps) {
  return (
    <>
      <AlmatyDetailLayers chapterId={chapterId} show={Boolean(layers.almatyCity)} />
      <AlmatyInsets layers={layers} pack={pack} />
    </>
  );
}
