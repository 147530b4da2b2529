import {
  memo,
  startTransition,
  Suspense,
  useEffect,
  useState,
  type ComponentType,
  type ReactElement,
} from 'react';
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
   * passes its first props unchanged, so React leaves the server's chart HTML of a not yet hydrated boundary
   * alone: an update reaching a dehydrated boundary would otherwise throw that HTML away (empty fallback,
   * layout shift) or hold back the update that carried it.
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

/** True once the source's graphic renders without suspending. */
function useGraphicReady(source: GraphicSource): boolean {
  const { ready } = source;
  const [isReady, setReady] = useState(ready === undefined);
  useEffect(
    function waitForGraphicCode() {
      if (isReady || !ready) return;
      let current = true;
      void ready.then(function graphicCodeLoaded() {
        // A transition: should the boundary still suspend, React waits instead of showing the fallback.
        if (current) startTransition(() => setReady(true));
      });
      return function forgetGraphicCode() {
        current = false;
      };
    },
    [isReady, ready],
  );
  return isReady;
}

/**
 * One chapter's graphic inside its own Suspense boundary. While a lazily loaded graphic is not ready, the
 * props that change while reading (`active`, `reducedMotion`) keep their first values and the memoised inner
 * part does not re-render; once ready, the current values flow and the entry animation plays as usual.
 */
export function GraphicSlot(props: GraphicSlotProps): ReactElement {
  const ready = useGraphicReady(props.source);
  const [first] = useState<FrozenProps>(() => ({ active: props.active, reducedMotion: props.reducedMotion }));
  const shown: FrozenProps = ready ? props : first;
  return <SuspendedGraphic {...props} active={shown.active} reducedMotion={shown.reducedMotion} />;
}
