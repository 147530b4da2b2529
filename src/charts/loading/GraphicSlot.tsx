import {
  memo,
  Suspense,
  use,
  useMemo,
  useState,
  type ComponentType,
  type ReactElement,
  type ReactNode,
} from 'react';
import type { ChartId } from '../../content/types';
import { nextTask, useLateReady } from '../../lib/lateCode';
import type { ChapterGraphicProps } from '../ChapterGraphic';
// The charts' styles belong to the first view: the prerendered charts are there before their code.
import '../charts.css';

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
  /**
   * Per chart, resolves once the chart may run its code (the browser's hydrated page: once it is near the
   * viewport, `chartsNear`); absent where every chart renders at once (the server, tests, a page rendered
   * from scratch). The same promise for the same chart on every call.
   */
  near?: (chart: ChartId) => Promise<void>;
}

/** Props of {@link GraphicSlot}. */
export interface GraphicSlotProps extends ChapterGraphicProps {
  source: GraphicSource;
}

interface FrozenProps {
  active: boolean;
  reducedMotion: boolean;
}

/** Renders its children once `when` has resolved; suspends until then. */
function AfterNear({ when, children }: { when: Promise<void>; children: ReactNode }): ReactNode {
  use(when);
  return children;
}

const SuspendedGraphic = memo(function SuspendedGraphic({
  source,
  ...props
}: GraphicSlotProps): ReactElement {
  const { Graphic, near } = source;
  const graphic = <Graphic {...props} />;
  return (
    // Its own boundary per chart: a suspended one keeps its server HTML during hydration, until its code has
    // loaded and (with `near`) the reader comes near it.
    <Suspense fallback={null}>
      {near ? <AfterNear when={near(props.chart)}>{graphic}</AfterNear> : graphic}
    </Suspense>
  );
});

/**
 * One chapter's graphic inside its own Suspense boundary. While a lazily loaded graphic is not ready (its code
 * loaded and, with `near`, the reader near it), the props that change while reading (`active`,
 * `reducedMotion`) keep their first values and the memoised inner part does not re-render; once ready, the
 * current values flow and the entry animation plays as usual.
 */
export function GraphicSlot(props: GraphicSlotProps): ReactElement {
  const { ready: codeReady, near } = props.source;
  const { chart } = props;
  const slotReady = useMemo(
    // A task after both, as for the code alone: by then the boundary renders without suspending.
    () => (near ? Promise.all([codeReady, near(chart)]).then(nextTask) : codeReady),
    [codeReady, near, chart],
  );
  const ready = useLateReady(slotReady);
  const [first] = useState<FrozenProps>(() => ({ active: props.active, reducedMotion: props.reducedMotion }));
  const shown: FrozenProps = ready ? props : first;
  return <SuspendedGraphic {...props} active={shown.active} reducedMotion={shown.reducedMotion} />;
}
