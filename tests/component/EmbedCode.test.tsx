import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { de } from '../../src/content/de';
import { EmbedCode } from '../../src/share/EmbedCode';

let writeText: ReturnType<typeof vi.fn>;

beforeEach(() => {
  writeText = vi.fn(async () => {});
  Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText } });
  window.history.replaceState(null, '', '/?utm_source=x#toll');
});

/** user-event installs its own clipboard stub: put ours back after it. */
function setupUser() {
  const user = userEvent.setup();
  Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText } });
  return user;
}

function openGenerator(chapter: 'toll' | 'csto' = 'toll') {
  const view = render(<EmbedCode pack={de} chapter={chapter} />);
  const details = view.container.querySelector('details') as HTMLDetailsElement;
  details.open = true;
  fireEvent(details, new Event('toggle'));
  return view;
}

function code(): string {
  return (screen.getByRole('textbox', { name: de.ui.embedCode }) as HTMLTextAreaElement).value;
}

const ORIGIN = () => window.location.origin;

describe('EmbedCode', () => {
  it('is a closed disclosure named "Einbetten" that writes no code before it is opened', () => {
    render(<EmbedCode pack={de} chapter="toll" />);
    expect(screen.getByText(de.ui.embedTitle)).toBeInTheDocument();
    expect(document.querySelector('details')).not.toHaveAttribute('open');
  });

  it('writes a fixed-height iframe for the chapter being read, without the page’s own parameters', () => {
    openGenerator();
    expect(code()).toContain(`src="${ORIGIN()}/?embed=1#toll"`);
    expect(code()).toContain('<iframe');
    expect(code()).not.toContain('utm_source');
  });

  it('follows the chapter being read until the editor picks one', async () => {
    const { rerender } = openGenerator('toll');
    rerender(<EmbedCode pack={de} chapter="csto" />);
    expect(code()).toContain('#csto"');
    const user = setupUser();
    await user.selectOptions(screen.getByLabelText(de.ui.embedChapter), de.chapters.borders.title);
    rerender(<EmbedCode pack={de} chapter="sources" />);
    expect(code()).toContain('#borders"');
  });

  it('writes the auto-height form with the host snippet, and the chosen theme', async () => {
    openGenerator();
    const user = setupUser();
    await user.click(screen.getByLabelText(de.ui.embedFormAuto));
    await user.selectOptions(screen.getByLabelText(de.ui.embedTheme), de.ui.embedThemeDark);
    expect(code()).toContain(`data-kz-embed="${ORIGIN()}/?embed=auto&amp;theme=dark#toll"`);
    expect(code()).toContain(`<script src="${ORIGIN()}/embed/host.js" async></script>`);
  });

  it('copies the code and says so in a live region', async () => {
    openGenerator();
    const user = setupUser();
    await user.click(screen.getByRole('button', { name: de.ui.embedCopy }));
    expect(writeText).toHaveBeenCalledWith(code());
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent(de.ui.embedCopied));
  });
});
