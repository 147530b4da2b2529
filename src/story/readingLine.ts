/**
 * The reading line and the geometry the active chapter is computed from: shared by the scroll engine
 * (useActiveChapter) and the auto-height frame (embed/useHostFrame, embed/viewport), which feeds it a virtual
 * viewport because the host page scrolls, not the frame.
 */
import type { ChapterId } from '../content/types';

/** Where the reading line sits, as a fraction of the viewport from the top: below the sticky map on phones. */
export const READING_LINE = 0.6;

/** The part of the frame's document the reader sees: its top (may be negative) and height, in CSS pixels. */
export interface VirtualViewport {
  top: number;
  height: number;
}

/** A source of virtual viewports: calls back with the current one at once and on every change. */
export interface ViewportSource {
  subscribe(onChange: (viewport: VirtualViewport) => void): () => void;
}

/** A chapter's section in document coordinates. */
export interface SectionBox {
  id: ChapterId;
  top: number;
  height: number;
}

/**
 * The chapter whose section crosses the reading line `lineY` (document coordinates); the later section wins
 * where two touch. `null` when the line is in no section (above the story,
 * below it, in a gap): the caller keeps its chapter, as with the observer.
 */
export function chapterAtLine(sections: readonly SectionBox[], lineY: number): ChapterId | null {
  for (let i = sections.length - 1; i >= 0; i--) {
    const s = sections[i];
    if (!s || s.height <= 0 || lineY < s.top || lineY > s.top + s.height) continue;
    return s.id;
  }
  return null;
}
