/**
 * Sharing and copying with what the browser has: the Web Share API (phones, some desktops), else the async
 * Clipboard API. Never throws: the caller learns what happened and tells the reader.
 */

/** What became of a share: handed to the system's share sheet, copied, cancelled by the reader, or neither. */
export type ShareOutcome = 'shared' | 'copied' | 'cancelled' | 'failed';

/** The parts of `navigator` used here; injectable in tests. */
export type ShareNavigator = Partial<Pick<Navigator, 'share' | 'canShare' | 'clipboard'>>;

/** Copies text; `false` where the Clipboard API is missing or refused (no permission, insecure context). */
export async function copyText(text: string, nav: ShareNavigator): Promise<boolean> {
  try {
    if (typeof nav.clipboard?.writeText !== 'function') return false;
    await nav.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/** Opens the share sheet where there is one, else copies the URL. A refused share sheet falls back to copying. */
export async function shareOrCopy(
  data: { url: string; title: string },
  nav: ShareNavigator,
): Promise<ShareOutcome> {
  if (typeof nav.share === 'function' && (typeof nav.canShare !== 'function' || nav.canShare(data))) {
    try {
      await nav.share(data);
      return 'shared';
    } catch (error) {
      if (error instanceof DOMException && error.name === 'AbortError') return 'cancelled';
    }
  }
  return (await copyText(data.url, nav)) ? 'copied' : 'failed';
}
