import { lazy, type ComponentType } from 'react';
import type { ChapterGraphicProps } from './ChapterGraphic';
import type { GraphicSource } from './GraphicSlot';

type GraphicModule = { ChapterGraphic: ComponentType<ChapterGraphicProps> };

function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * The chapter graphic for the browser: its code (charts, d3) is imported only once `gate` resolves (see
 * `openChartGate`), not with the first view. Until then every chart keeps its prerendered HTML. Should the
 * import fail, the graphic never resolves and the prerendered, static charts stay.
 */
export function lazyGraphic(
  gate: Promise<unknown>,
  load: () => Promise<GraphicModule> = () => import('./ChapterGraphic'),
): GraphicSource {
  const code = gate.then(load).then(
    (module) => module.ChapterGraphic,
    () => new Promise<never>(() => {}),
  );
  const Graphic = lazy(() => code.then((component) => ({ default: component })));
  // A task later: by then React.lazy has seen the module and renders without suspending.
  const ready = code.then(nextTask);
  return { Graphic, ready };
}
