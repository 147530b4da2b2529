import { afterEach, describe, expect, it, vi } from 'vitest';
import { de } from '../../src/content/de';
import { en } from '../../src/content/en';
import { FIGURES } from '../../src/content/figures';
import {
  forgetFormattedStrings,
  formatDate,
  formatFigure,
  formatNumber,
  formattedStrings,
  primeFormattedStrings,
} from '../../src/lib/format';
import { formattedStringsTag, readFormattedStrings } from '../../src/page/formattedStrings';

afterEach(() => {
  forgetFormattedStrings();
  vi.restoreAllMocks();
});

/** A document with the given `<head>` markup. */
function pageWith(head: string): Document {
  const doc = document.implementation.createHTMLDocument('page');
  doc.head.innerHTML = head;
  return doc;
}

describe('formatted strings from the server', () => {
  it('records what a render formatted, dates, numbers and compact numbers, and only since it was forgotten', () => {
    formatDate('2022-01-08', en);
    forgetFormattedStrings();
    formatDate('2022-01-08', de);
    formatNumber(20000, de);
    formatFigure(FIGURES.armsValue, de);
    const strings = formattedStrings();
    expect(Object.values(strings)).toEqual(
      expect.arrayContaining(['8. Jänner 2022', '20.000', '2,2 Millionen']),
    );
    expect(Object.values(strings)).not.toContain('8 January 2022');
  });

  it('hands them to the browser, which formats nothing it was given', () => {
    formatDate('2022-01-08', de);
    formatNumber(4404, de);
    formatFigure(FIGURES.armsValue, de);
    const doc = pageWith(formattedStringsTag(formattedStrings()));
    forgetFormattedStrings();

    const dates = vi.spyOn(Intl, 'DateTimeFormat');
    const numbers = vi.spyOn(Intl, 'NumberFormat');
    primeFormattedStrings(readFormattedStrings(doc));
    expect(formatDate('2022-01-08', de)).toBe('8. Jänner 2022');
    expect(formatNumber(4404, de)).toBe('4.404');
    expect(formatFigure(FIGURES.armsValue, de)).toBe('rund 2,2 Millionen Euro');
    expect(dates).not.toHaveBeenCalled();
    expect(numbers).not.toHaveBeenCalled();
  });

  it("uses the server's wording where the browser would word it differently", () => {
    primeFormattedStrings({ 'd|de-AT|long|2022-01-08': '8. Januar 2022 (server)' });
    expect(formatDate('2022-01-08', de)).toBe('8. Januar 2022 (server)');
  });

  it('falls back to Intl for whatever the page did not carry', () => {
    primeFormattedStrings({});
    expect(formatDate('2022-01-07', de)).toBe('7. Jänner 2022');
  });

  it('keeps markup inside the data block from closing it', () => {
    const tag = formattedStringsTag({ key: '</script><script>alert(1)</script><!--' });
    expect(tag.match(/<\/script>/g)).toHaveLength(1);
    const doc = pageWith(tag);
    expect(doc.querySelectorAll('script')).toHaveLength(1);
    expect(readFormattedStrings(doc)).toEqual({ key: '</script><script>alert(1)</script><!--' });
  });

  it('ignores a missing, broken or hostile data block', () => {
    expect(readFormattedStrings(pageWith(''))).toBeNull();
    expect(
      readFormattedStrings(
        pageWith('<script type="application/json" id="formatted-strings">{broken</script>'),
      ),
    ).toBeNull();
    for (const payload of [null, 42, 'text', ['a'], { 'd|de-AT|long|2022-01-08': 8 }]) {
      primeFormattedStrings(payload);
    }
    primeFormattedStrings(JSON.parse('{"__proto__": "x", "n|de-DE|18": {"toString": "20"}}'));
    expect(formatDate('2022-01-08', de)).toBe('8. Jänner 2022');
    expect(formatNumber(18, de)).toBe('18');
    expect(({} as Record<string, unknown>).toString).toBe(Object.prototype.toString);
  });
});
