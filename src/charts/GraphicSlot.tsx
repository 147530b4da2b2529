import { memo, Suspense, useState, type ComponentType, type ReactElement } from 'react';
import { useLateReady } from '../lib/lateCode';
import type { ChapterGraphicProps } from './ChapterGraphic';
// The charts' styles belong to the first view: the prerendered charts are there before their code.
import './charts.css';

/**
 * Which chapter graphic the app renders, injected by the entries: the server (and tests) pass the real
 * `ChapterGraphic`; the browser passes a lazily loaded one from {@link lazyGraphic}, so the chart code stays
 * off the first view while the prerendered charts stay on the page.
 */
export interface GraphicSource {
  /** Renders one chapter's chart. */
  Graphic: ComponentType<ChapterGraphicProps>;
  /**
   * Resolves once `Graphic` can render without suspending; absent when it always can. Until then the slot
   * passes its first props unchanged (see `useLateReady`).
   */
  ready?: Promise<void>;
}

/** Props of {@link GraphicSlot}. */
export interface GraphicSlotProps extends ChapterGraphicProps {
  source: GraphicSource;
}

interface FrozenProps {
  active: boolean;
  reducedMotion: boolean;
}

const SuspendedGraphic = memo(function SuspendedGraphic({
  source,
  ...props
}: GraphicSlotProps): ReactElement {
  const { Graphic } = source;
  return (
    // Its own boundary per chart: a suspended one keeps its server HTML during hydration.
    <Suspense fallback={null}>
      <Graphic {...props} />
    </Suspense>
  );
});

/**
 * One chapter's graphic inside its own Suspense boundary. While a lazily loaded graphic is not ready, the
 * props that change while reading (`active`, `reducedMotion`) keep their first values and the memoised inner
 * part does not re-render; once ready, the current values flow and the entry animation plays as usual.
 */
export function GraphicSlot(props: GraphicSlotProps): ReactElement {
  const ready = useLateReady(props.source.ready);
  const [first] = useState<FrozenProps>(() => ({ active: props.active, reducedMotion: props.reducedMotion }));
  const shown: FrozenProps = ready ? props : first;
  return <SuspendedGraphic {...props} active={shown.active} reducedMotion={shown.reducedMotion} />;
}
