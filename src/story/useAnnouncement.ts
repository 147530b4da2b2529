import { useState } from 'react';
import type { LanguagePack } from '../content/pack';
import type { ChapterId } from '../content/types';

/**
 * The text for a polite live region: empty until the active chapter first changes, then that chapter's title.
 * The text changes only with the chapter (not on every scroll tick), so each new chapter is heard once.
 */
export function useAnnouncement(active: ChapterId, pack: LanguagePack): string {
  const [first] = useState(active);
  const [moved, setMoved] = useState(false);
  if (!moved && active !== first) setMoved(true);
  return moved || active !== first ? `${pack.ui.nowReading}: ${pack.chapters[active].title}` : '';
}
