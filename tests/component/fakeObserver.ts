import type { IntersectionObserverFactory } from '../../src/lib/observers';

/** A stand-in for IntersectionObserver that a test drives by hand. */
export class FakeObservers {
  readonly observers: {
    callback: IntersectionObserverCallback;
    options: IntersectionObserverInit;
    targets: Element[];
    disconnected: boolean;
  }[] = [];

  readonly factory: IntersectionObserverFactory = (callback, options) => {
    const record = { callback, options, targets: [] as Element[], disconnected: false };
    this.observers.push(record);
    return {
      observe: (target: Element) => record.targets.push(target),
      disconnect: () => {
        record.disconnected = true;
      },
    };
  };

  /** The observers that watch the reading line (threshold 0). */
  private lineObservers() {
    return this.observers.filter((o) => !o.disconnected && o.options.threshold === 0);
  }

  /** Report that the given sections now cross (or no longer cross) the reading line. */
  cross(changes: Record<string, boolean>): void {
    for (const observer of this.lineObservers()) {
      const entries = observer.targets
        .filter((t) => t.id in changes)
        .map(
          (target) =>
            ({
              target,
              isIntersecting: changes[target.id],
              boundingClientRect: target.getBoundingClientRect(),
              rootBounds: null,
              intersectionRatio: changes[target.id] ? 1 : 0,
              intersectionRect: target.getBoundingClientRect(),
              time: 0,
            }) as IntersectionObserverEntry,
        );
      observer.callback(entries, {} as IntersectionObserver);
    }
  }
}
