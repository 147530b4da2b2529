// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { de } from '../../src/content/de';
import { en } from '../../src/content/en';
import { FIGURES } from '../../src/content/figures';
import {
  formatDate,
  formatFigure,
  formatNumber,
  formattedStrings,
  withPageFormatter,
} from '../../src/content/format';
import { formattedStringsTag, readFormattedStrings } from '../../src/page/formattedStrings';

afterEach(() => {
  vi.restoreAllMocks();
});

/** A document with the given `<head>` markup. */
function pageWith(head: string): Document {
  const doc = document.implementation.createHTMLDocument('page');
  doc.head.innerHTML = head;
  return doc;
}

describe('formatted strings from the server', () => {
  it("records what one page's render formatted, dates, numbers and compact numbers, and nothing of another page", () => {
    const english = withPageFormatter(en);
    const german = withPageFormatter(de);
    formatDate('2022-01-08', english);
    formatDate('2022-01-08', german);
    formatNumber(20000, german);
    formatFigure(FIGURES.armsValue, german);
    const strings = formattedStrings(german);
    expect(Object.values(strings)).toEqual(
      expect.arrayContaining(['8. Jänner 2022', '20.000', '2,2 Millionen']),
    );
    expect(Object.values(strings)).not.toContain('8 January 2022');
    expect(Object.values(formattedStrings(english))).toEqual(['8 January 2022']);
    // Another page of the same edition starts with nothing: no state outlives a page's pack.
    expect(formattedStrings(withPageFormatter(de))).toEqual({});
  });

  it('is the same edition: texts and grammar, not a different pack', () => {
    const page = withPageFormatter(de);
    expect(page).not.toBe(de);
    expect(page.ui).toBe(de.ui);
    expect(page.chapters).toBe(de.chapters);
    expect(formatFigure(FIGURES.armsValue, page)).toBe(formatFigure(FIGURES.armsValue, de));
  });

  it('formats afresh with a pack that was not made for a page, and records nothing', () => {
    formatNumber(1, de);
    const numbers = vi.spyOn(Intl, 'NumberFormat');
    expect(formatNumber(4404, de)).toBe('4.404');
    expect(formattedStrings(de)).toEqual({});
    expect(numbers).not.toHaveBeenCalled(); // the Intl formatter itself is made once per locale and kept
  });

  it('hands them to the browser, which formats nothing it was given', () => {
    const server = withPageFormatter(de);
    formatDate('2022-01-08', server);
    formatNumber(4404, server);
    formatFigure(FIGURES.armsValue, server);
    const doc = pageWith(formattedStringsTag(formattedStrings(server)));

    const dates = vi.spyOn(Intl, 'DateTimeFormat');
    const numbers = vi.spyOn(Intl, 'NumberFormat');
    const browser = withPageFormatter(de, readFormattedStrings(doc));
    expect(formatDate('2022-01-08', browser)).toBe('8. Jänner 2022');
    expect(formatNumber(4404, browser)).toBe('4.404');
    expect(formatFigure(FIGURES.armsValue, browser)).toBe('rund 2,2 Millionen Euro');
    expect(dates).not.toHaveBeenCalled();
    expect(numbers).not.toHaveBeenCalled();
  });

  it("uses the server's wording where the browser would word it differently", () => {
    const browser = withPageFormatter(de, { 'd|de-AT|long|2022-01-08': '8. Januar 2022 (server)' });
    expect(formatDate('2022-01-08', browser)).toBe('8. Januar 2022 (server)');
    expect(formatDate('2022-01-08', de)).toBe('8. Jänner 2022');
  });

  it('falls back to Intl for whatever the page did not carry', () => {
    expect(formatDate('2022-01-07', withPageFormatter(de, {}))).toBe('7. Jänner 2022');
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
      expect(formatDate('2022-01-08', withPageFormatter(de, payload))).toBe('8. Jänner 2022');
    }
    const hostile = withPageFormatter(de, JSON.parse('{"__proto__": "x", "n|de-DE|18": {"toString": "20"}}'));
    expect(formatNumber(18, hostile)).toBe('18');
    expect(({} as Record<string, unknown>).toString).toBe(Object.prototype.toString);
  });
});
