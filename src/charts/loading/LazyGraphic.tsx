import type { ComponentType } from 'react';
import { lateComponent } from '../../lib/lateCode';
import type { ChapterGraphicProps } from '../ChapterGraphic';
import type { GraphicSource } from './GraphicSlot';

type GraphicModule = { ChapterGraphic: ComponentType<ChapterGraphicProps> };

/**
 * The chapter graphic for the browser: its code (charts, d3) is imported only once `gate` resolves (see
 * `openChartGate`), not with the first view. Until then every chart keeps its prerendered HTML. Should the
 * import fail, the graphic never resolves and the prerendered, static charts stay.
 */
export function lazyGraphic(
  gate: Promise<unknown>,
  load: () => Promise<GraphicModule> = () => import('../ChapterGraphic'),
): GraphicSource {
  const { Component, ready } = lateComponent(gate, () => load().then((module) => module.ChapterGraphic));
  return { Graphic: Component, ready };
}
