import { ChapterGraphic } from '../../src/charts/ChapterGraphic';
import type { GraphicSource } from '../../src/charts/GraphicSlot';

/** The real chapter graphic, rendered directly, as on the server. */
export const GRAPHICS: GraphicSource = { Graphic: ChapterGraphic };
