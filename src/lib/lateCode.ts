/**
 * Code a page does not need for its first view (the chart code, the page's footer) is loaded later, once a
 * gate opens, while its prerendered HTML stays on the page: the browser gets a `React.lazy` component for it,
 * the server and the tests the real one. What both need to agree on lives here.
 */
import { lazy, startTransition, useEffect, useState, type ComponentType } from 'react';

/** A lazily loaded component, and when it can render without suspending. */
export interface LateComponent<P> {
  Component: ComponentType<P>;
  /** Resolves once `Component` renders without suspending (never, should its code fail to load). */
  ready: Promise<void>;
}

/** Resolves a task later. */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * A component whose code is imported only once `gate` resolves. Should the import fail, it never resolves:
 * the prerendered HTML of every place it renders stays, static.
 */
export function lateComponent<P>(
  gate: Promise<unknown>,
  load: () => Promise<ComponentType<P>>,
): LateComponent<P> {
  const code = gate.then(load).then(
    (component) => component,
    () => new Promise<never>(() => {}),
  );
  const Component = lazy(() => code.then((component) => ({ default: component })));
  // A task later: by then React.lazy has seen the module and renders without suspending.
  const ready = code.then(nextTask);
  return { Component, ready };
}

/**
 * False while `ready` is pending, true once it resolved (at once without `ready`: a component that never
 * suspends). Until then a slot passes its first props unchanged, so React leaves the server's HTML of a not
 * yet hydrated Suspense boundary alone: an update reaching a dehydrated boundary would otherwise throw that
 * HTML away (empty fallback, layout shift) or hold back the update that carried it.
 */
export function useLateReady(ready: Promise<void> | undefined): boolean {
  const [isReady, setReady] = useState(ready === undefined);
  useEffect(
    function waitForLateCode() {
      if (isReady || !ready) return;
      let current = true;
      void ready.then(function lateCodeLoaded() {
        // A transition: should the boundary still suspend, React waits instead of showing the fallback.
        if (current) startTransition(() => setReady(true));
      });
      return function forgetLateCode() {
        current = false;
      };
    },
    [isReady, ready],
  );
  return isReady;
}
