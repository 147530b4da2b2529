/** Every chart by its id. */
import type { ChartId } from '../content/types';
import { borders } from './borders/BordersChart';
import type { ChartModule } from './chartTypes';
import { crackdown } from './crackdown/CrackdownChart';
import { csto } from './csto/CstoChart';
import { nazarbayev } from './nazarbayev/NazarbayevChart';
import { protests } from './protests/ProtestsChart';
import { reactions } from './reactions/ReactionsChart';
import { sources } from './sources/SourcesChart';
import { toll } from './toll/TollChart';
import { trigger } from './trigger/TriggerChart';

export const CHARTS: { [K in ChartId]: ChartModule<K> } = {
  trigger,
  protests,
  nazarbayev,
  crackdown,
  toll,
  borders,
  csto,
  reactions,
  sources,
};
