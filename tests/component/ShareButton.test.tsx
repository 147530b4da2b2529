import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { de } from '../../src/content/de';
import { en } from '../../src/content/en';
import { PageContext } from '../../src/page/pageContext';
import { ShareButton } from '../../src/share/ShareButton';

let writeText: ReturnType<typeof vi.fn>;

function setNavigator(props: Record<string, unknown>) {
  for (const [key, value] of Object.entries(props)) {
    Object.defineProperty(navigator, key, { configurable: true, value });
  }
}

/** user-event installs its own clipboard stub: put ours back after it. */
function setupUser() {
  const user = userEvent.setup();
  setNavigator({ clipboard: { writeText } });
  return user;
}

beforeEach(() => {
  writeText = vi.fn(async () => {});
  setNavigator({ clipboard: { writeText }, share: undefined, canShare: undefined });
  // An embed on a tracking link: none of it may reach the shared URL.
  window.history.replaceState(null, '', '/?embed=1&theme=dark&utm_source=newsletter&childId=kz1#intro');
});

afterEach(() => {
  window.history.replaceState(null, '', '/');
});

function renderButton() {
  render(
    <>
      <h2 id="csto-title">{de.chapters.csto.title}</h2>
      <ShareButton id="csto" pack={de} />
    </>,
  );
  return screen.getByRole('button', { name: `${de.ui.share} ${de.chapters.csto.title}` });
}

describe('ShareButton', () => {
  it('copies the chapter link without any query parameter and confirms it in a polite live region', async () => {
    const user = setupUser();
    await user.click(renderButton());
    expect(writeText).toHaveBeenCalledWith(`${window.location.origin}/csto/`);
    const status = screen.getByRole('status');
    await waitFor(() => expect(status).toHaveTextContent(de.ui.shareCopied));
  });

  it('hands the link and title to the Web Share API where the browser has it', async () => {
    const share = vi.fn(async () => {});
    setNavigator({ share });
    const user = setupUser();
    await user.click(renderButton());
    expect(share).toHaveBeenCalledWith({
      url: `${window.location.origin}/csto/`,
      title: `${de.meta.title}: ${de.chapters.csto.title}`,
    });
    expect(writeText).not.toHaveBeenCalled();
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent(de.ui.shareShared));
  });

  it('says nothing when the reader closes the share sheet', async () => {
    setNavigator({
      share: vi.fn(async () => {
        throw new DOMException('cancelled', 'AbortError');
      }),
    });
    const user = setupUser();
    await user.click(renderButton());
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(screen.getByRole('status')).toHaveTextContent('');
  });

  it('shows the link, selected for copying, when the clipboard refuses', async () => {
    writeText.mockRejectedValue(new DOMException('denied', 'NotAllowedError'));
    const user = setupUser();
    await user.click(renderButton());
    const field = await screen.findByRole('textbox', { name: de.ui.shareFailed });
    expect(field).toHaveValue(`${window.location.origin}/csto/`);
    expect(field).toHaveFocus();
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent(de.ui.shareFailed));
  });

  it("shares the chapter's own page from a chapter page in a sub-folder, in the page's language", async () => {
    window.history.replaceState(null, '', '/graphics/2022/kasachstan/en/almaty/?embed=auto#toll');
    const user = setupUser();
    render(
      <PageContext value={{ chapter: 'almaty', dir: 'en/almaty/' }}>
        <h2 id="csto-title">{en.chapters.csto.title}</h2>
        <ShareButton id="csto" pack={en} />
      </PageContext>,
    );
    await user.click(screen.getByRole('button', { name: `${en.ui.share} ${en.chapters.csto.title}` }));
    expect(writeText).toHaveBeenCalledWith(`${window.location.origin}/graphics/2022/kasachstan/en/csto/`);
  });

  it('keeps the live region in the DOM before anything is announced, so the first message is heard', () => {
    renderButton();
    expect(screen.getByRole('status')).toBeEmptyDOMElement();
  });
});
