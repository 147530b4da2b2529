import { ChapterGraphic } from '../../src/charts/ChapterGraphic';
import type { GraphicSource } from '../../src/charts/GraphicSlot';
import type { FooterSource } from '../../src/story/FooterSlot';
import { SiteFooter } from '../../src/story/SiteFooter';

/** The real chapter graphic, rendered directly, as on the server. */
export const GRAPHICS: GraphicSource = { Graphic: ChapterGraphic };

/** The real footer, rendered directly, as on the server. */
export const FOOTER: FooterSource = { Footer: SiteFooter };
