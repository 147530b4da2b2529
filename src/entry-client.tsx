/**
 * Client entry. The page's `<html lang>` names its edition; only that edition's language pack is loaded
 * (the prerender script preloads it next to this module, so there is no request waterfall). A prerendered
 * page is hydrated; the development server's empty page is rendered from scratch.
 */
import { startTransition } from 'react';
import { hydrateRoot, createRoot } from 'react-dom/client';
import { editionFor, loadPack } from './page/editions';
import { pagePlace, prerenderedChapter } from './page/pageContext';
import { appRoot } from './appRoot';
import { chartsNear, openChartGate } from './charts/loading/chartGate';
import type { GraphicSource } from './charts/loading/GraphicSlot';
import { lazyGraphic } from './charts/loading/LazyGraphic';
import { afterFirstView } from './lib/firstView';
import { lateComponent } from './lib/lateCode';
import { withPageFormatter } from './content/format';
import { loadProseFace } from './lib/proseFace';
import { readFormattedStrings } from './page/formattedStrings';

function afterNextPaint(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}

async function start(): Promise<void> {
  // The prose face's files (preloaded by the page) swap in together (src/lib/proseFace.ts).
  void loadProseFace();
  const container = document.getElementById('root');
  if (!container) return;
  const edition = editionFor(document.documentElement.lang);
  // The page's own chapter (a chapter page opens at it), as the server rendered it: read before hydration.
  const page = pagePlace(edition, prerenderedChapter(document));
  // The chart code loads when a chart nears the viewport (or the reader moves on), not with the first view;
  // the prerendered charts are on the page meanwhile. A page that opens at a later chapter (a chapter page,
  // a deep link) loads it once its first view is drawn and the browser idles.
  // Each prerendered chart then hydrates once the reader comes near it: a chapter page runs the layouts of
  // the charts around its chapter, not of all nine at once.
  const hydrating = container.firstElementChild !== null;
  const graphics: GraphicSource = {
    ...lazyGraphic(openChartGate({ root: container, pageChapter: page.chapter, later: afterFirstView() })),
    near: hydrating ? chartsNear(container) : undefined,
  };
  // The footer (sources, credits, the embed-code generator) is at the end of the page: its code loads once
  // the first view is drawn and the browser idles; its prerendered HTML is there meanwhile.
  const footer = lateComponent(afterFirstView(), () =>
    import('./chrome/SiteFooter').then((module) => module.SiteFooter),
  );
  // With the server's dates and numbers, word for word: hydration then makes no Intl formatter (tens of ms
  // each on a phone) and cannot word one differently from the prerendered text.
  const pack = withPageFormatter(await loadPack(edition.lang), readFormattedStrings(document));
  // Let the browser paint the prerendered page first: hydration and what follows it (the map) then never
  // hold back the first paint.
  await afterNextPaint();
  // As a transition, hydration yields to the browser every few milliseconds instead of blocking the main
  // thread in one long task (Total Blocking Time); the prerendered page is already readable meanwhile.
  const parts = { graphics, footer: { Footer: footer.Component, ready: footer.ready } };
  startTransition(() => {
    if (hydrating) hydrateRoot(container, appRoot(pack, parts, page));
    else createRoot(container).render(appRoot(pack, parts, page));
  });
}

void start();
