import { describe, expect, it, vi } from 'vitest';
import { copyText, shareOrCopy } from '../../../src/share/clipboard';

const DATA = { url: 'https://x.example/#csto', title: 'Titel' };

function clipboard(writeText: (text: string) => Promise<void>) {
  return { writeText } as unknown as Clipboard;
}

describe('shareOrCopy', () => {
  it('uses the Web Share API where the browser has it', async () => {
    const share = vi.fn(async () => {});
    const writeText = vi.fn(async () => {});
    expect(await shareOrCopy(DATA, { share, clipboard: clipboard(writeText) })).toBe('shared');
    expect(share).toHaveBeenCalledWith(DATA);
    expect(writeText).not.toHaveBeenCalled();
  });

  it('copies the URL where there is no Web Share API', async () => {
    const writeText = vi.fn(async () => {});
    expect(await shareOrCopy(DATA, { clipboard: clipboard(writeText) })).toBe('copied');
    expect(writeText).toHaveBeenCalledWith(DATA.url);
  });

  it('copies when the browser cannot share this data', async () => {
    const share = vi.fn(async () => {});
    const writeText = vi.fn(async () => {});
    expect(await shareOrCopy(DATA, { share, canShare: () => false, clipboard: clipboard(writeText) })).toBe(
      'copied',
    );
    expect(share).not.toHaveBeenCalled();
  });

  it('reports a cancelled share sheet as cancelled, without copying', async () => {
    const share = vi.fn(async () => {
      throw new DOMException('cancelled', 'AbortError');
    });
    const writeText = vi.fn(async () => {});
    expect(await shareOrCopy(DATA, { share, clipboard: clipboard(writeText) })).toBe('cancelled');
    expect(writeText).not.toHaveBeenCalled();
  });

  it('falls back to copying when sharing is refused', async () => {
    const share = vi.fn(async () => {
      throw new DOMException('no', 'NotAllowedError');
    });
    const writeText = vi.fn(async () => {});
    expect(await shareOrCopy(DATA, { share, clipboard: clipboard(writeText) })).toBe('copied');
  });

  it('reports failure when neither works', async () => {
    const writeText = vi.fn(async () => {
      throw new DOMException('denied', 'NotAllowedError');
    });
    expect(await shareOrCopy(DATA, { clipboard: clipboard(writeText) })).toBe('failed');
    expect(await shareOrCopy(DATA, {})).toBe('failed');
  });
});

describe('copyText', () => {
  it('resolves true once the text is written', async () => {
    const writeText = vi.fn(async () => {});
    expect(await copyText('x', { clipboard: clipboard(writeText) })).toBe(true);
  });
});
