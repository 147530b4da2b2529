/**
 * The math of the virtual viewport. In an auto-height frame the browser's viewport is the whole frame, so
 * IntersectionObserver and `position: sticky` see nothing move: the host page scrolls instead. The host tells
 * the frame where the frame sits in the host viewport; from that we compute, in the frame's document
 * coordinates, the part the reader sees. The active chapter and the map panel's position are derived from it
 * and the current layout, never accumulated from earlier messages.
 */
import type { VirtualViewport } from '../story/readingLine';
import type { HostViewport } from './pym';

/** The frame sits `host.top` pixels below the top of the host viewport: the reader sees from `-host.top` down. */
export function virtualViewport(host: HostViewport): VirtualViewport {
  return { top: -host.top, height: host.height };
}

/** Where the map panel sits when not shifted, and the box it must stay in (document coordinates). */
export interface PanelBox {
  /** The panel's top without shift, and its height. */
  top: number;
  height: number;
  /** The bottom of the story layout: the panel never slides past it, as a sticky element would not. */
  limit: number;
}

/**
 * How far to push the panel down so that it behaves like `position: sticky; top: 0` against the host's
 * viewport: at its place until the visible window's top passes it, then with the window, until the layout ends.
 */
export function panelShift(viewport: VirtualViewport, panel: PanelBox): number {
  const max = Math.max(0, panel.limit - panel.top - panel.height);
  return Math.min(max, Math.max(0, viewport.top - panel.top));
}

/** A viewport size the layout is built on. */
export interface ViewportSize {
  width: number;
  height: number;
}

/** Mobile browser bars come and go by about this much; larger height changes are real resizes. */
const BAR_TOLERANCE = 160;

/**
 * The host viewport height the frame's layout uses, like CSS `svh`: while the width stays, height changes
 * smaller than the browser bars only ever lower it. Otherwise each appearance of the address bar would
 * change every section's height, and so the frame's, and the host page would jump under the reader.
 */
export function layoutViewport(previous: ViewportSize | null, next: ViewportSize): ViewportSize {
  if (previous && previous.width === next.width && Math.abs(previous.height - next.height) <= BAR_TOLERANCE) {
    return next.height < previous.height ? next : previous;
  }
  return next;
}
