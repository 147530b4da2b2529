/**
 * How the map's first draw is paced, decided here and nowhere else. `VectorLayers` declares its layers in
 * drawing order and `useGeoJsonLayer` fills one layer; the strategy in {@link DrawingContext} decides when each
 * stage begins and how a layer's shapes are added. The page uses {@link SLICED_DRAWING}; a test provides its
 * own (tests/component/mapDrawing.test.tsx).
 */
import { createContext, useContext, useEffect, useMemo, useState } from 'react';
import { nextTask, runInSlices } from './slices';

/** When the stages of the first draw begin, and how a layer's shapes are added. */
export interface DrawingStrategy {
  /**
   * Calls `each` for every item in order, then `done`. Returns a function that stops it: no further `each`
   * and no `done` after that.
   */
  fill<T>(items: readonly T[], each: (item: T) => void, done: () => void): () => void;
  /** Calls `go` when the next stage may begin. Returns a function that cancels it. */
  next(go: () => void): () => void;
}

/**
 * The page's strategy: a stage begins in a task of its own, and a layer's shapes are added in slices of at
 * most about 8 ms (`runInSlices`). Measured at 4× CPU throttling, the countries layer alone (134 shapes) was a
 * task of 80–130 ms when added at once (docs/performance.md, "Where the long tasks came from").
 */
export const SLICED_DRAWING: DrawingStrategy = {
  fill: (items, each, done) => runInSlices(items, each, done),
  next: nextTask,
};

/** The drawing strategy of the maps below it; the page's by default. */
export const DrawingContext = createContext<DrawingStrategy>(SLICED_DRAWING);

/** The strategy of the map being drawn. */
export function useDrawing(): DrawingStrategy {
  return useContext(DrawingContext);
}

/**
 * The stages of a first draw: stage 1 is the task that creates the map (React finishes its commit
 * synchronously); stage `n + 1` begins once `ended[n]` was called, stage 2 when the strategy lets it after
 * stage 1. Each stage adds one layer, so no two layers' slices share a task and the panes fill in drawing
 * order. The callbacks are stable: one per stage.
 */
export function useDrawingStages(last: number): { stage: number; ended: readonly (() => void)[] } {
  const { next } = useDrawing();
  const [stage, setStage] = useState(1);
  useEffect(
    function leaveMapCreationTask() {
      if (stage === 1) return next(() => setStage(2));
    },
    [stage, next],
  );
  const ended = useMemo(
    () => Array.from({ length: last + 1 }, (_, n) => () => setStage((current) => Math.max(current, n + 1))),
    [last],
  );
  return { stage, ended };
}
