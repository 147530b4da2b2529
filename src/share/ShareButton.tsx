import { useState, type ReactElement } from 'react';
import type { LanguagePack } from '../content/pack';
import type { ChapterId } from '../content/types';
import { shareOrCopy } from './clipboard';
import { useAnnouncement } from './useAnnouncement';
import { shareUrl } from './urls';
import { usePage } from '../page/pageContext';
import './ShareButton.css';

/** Props of {@link ShareButton}. */
export interface ShareButtonProps {
  /** The chapter to link to; its heading must have the id `${id}-title` (it names the button). */
  id: ChapterId;
  pack: LanguagePack;
}

/**
 * Shares a link to one chapter: the system share sheet where the browser has the Web Share API, else the
 * clipboard. The link is the chapter's own page in this language (`…/en/almaty/`, with its own preview card),
 * and nothing else, also from inside an embed. A polite live region confirms what happened, visibly and for screen readers.
 */
export function ShareButton({ id, pack }: ShareButtonProps): ReactElement {
  const [message, announce] = useAnnouncement();
  const [failedUrl, setFailedUrl] = useState<string | null>(null);
  const page = usePage();

  async function onShare(): Promise<void> {
    const url = shareUrl(window.location, pack.lang, id, page.dir);
    const title = `${pack.meta.title}: ${pack.chapters[id].title}`;
    const outcome = await shareOrCopy({ url, title }, navigator);
    setFailedUrl(outcome === 'failed' ? url : null);
    if (outcome === 'copied') announce(pack.ui.shareCopied);
    else if (outcome === 'shared') announce(pack.ui.shareShared);
    else if (outcome === 'failed') announce(pack.ui.shareFailed);
  }

  return (
    <div className="share">
      <button
        type="button"
        className="share-button"
        id={`${id}-share`}
        aria-labelledby={`${id}-share ${id}-title`}
        onClick={() => void onShare()}
      >
        {pack.ui.share}
      </button>
      <p className="share-status" role="status">
        {message}
      </p>
      {failedUrl && (
        <input
          className="share-url"
          type="url"
          readOnly
          value={failedUrl}
          aria-label={pack.ui.shareFailed}
          // The reader asked to share and it failed: put the link under their cursor, selected for copying.
          autoFocus
          onFocus={(event) => event.currentTarget.select()}
        />
      )}
    </div>
  );
}
