/**
 * The one way observers are injected: a factory that takes the callback (and the options) and returns the
 * observer, or `null` where the browser has none (jsdom, an old browser). The code asks the factory it was
 * given, the browser's by default; tests pass stand-ins they trigger by hand.
 */

/** The part of an observer the code uses. */
export interface ObserverLike {
  observe(target: Element): void;
  disconnect(): void;
}

/** Creates a ResizeObserver, or returns `null` where there is none. */
export type ResizeObserverFactory = (callback: ResizeObserverCallback) => ObserverLike | null;

/** Creates an IntersectionObserver, or returns `null` where there is none. */
export type IntersectionObserverFactory = (
  callback: IntersectionObserverCallback,
  options: IntersectionObserverInit,
) => ObserverLike | null;

/** The browser's ResizeObserver. */
export const browserResizeObserver: ResizeObserverFactory = (callback) =>
  typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(callback);

/** The browser's IntersectionObserver. */
export const browserIntersectionObserver: IntersectionObserverFactory = (callback, options) =>
  typeof IntersectionObserver === 'undefined' ? null : new IntersectionObserver(callback, options);
