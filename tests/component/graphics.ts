import { ChapterGraphic } from '../../src/charts/ChapterGraphic';
import type { GraphicSource } from '../../src/charts/loading/GraphicSlot';
import type { FooterSource } from '../../src/chrome/FooterSlot';
import { SiteFooter } from '../../src/chrome/SiteFooter';

/** The real chapter graphic, rendered directly, as on the server. */
export const GRAPHICS: GraphicSource = { Graphic: ChapterGraphic };

/** The real footer, rendered directly, as on the server. */
export const FOOTER: FooterSource = { Footer: SiteFooter };
