import { describe, expect, it } from 'vitest';
import { de } from '../../src/content/de';
import { FIGURES } from '../../src/content/figures';
import { fillFigures, formatDate, formatFigure, formatNumber } from '../../src/content/format';

describe('format (German)', () => {
  it('groups thousands with a dot, as the report writes them', () => {
    expect(formatNumber(20000, de)).toBe('20.000');
    expect(formatNumber(4404, de)).toBe('4.404');
  });

  it('writes dates with the Austrian month name', () => {
    expect(formatDate('2022-01-08', de)).toBe('8. Jänner 2022');
    expect(formatDate('2022-01-05', de, 'dayMonth')).toBe('5. Jänner');
  });

  it('keeps every qualifier with its figure', () => {
    expect(formatFigure(FIGURES.securityKilledReport, de)).toBe('mindestens 18');
    expect(formatFigure(FIGURES.detained, de)).toBe('mehr als 4.000');
    expect(formatFigure(FIGURES.attackersClaim, de)).toBe('bis zu 20.000');
    expect(formatFigure(FIGURES.armsValue, de)).toBe('rund 2,2 Millionen Euro');
    expect(formatFigure(FIGURES.cstoRussia, de)).toBe('nicht veröffentlicht');
  });

  it('fills figure tokens in text and refuses unknown ids', () => {
    expect(fillFigures('von {{lpgBefore:num}} auf {{lpgAfter}}', de)).toBe('von 60 auf 120 Tenge');
    expect(() => fillFigures('{{nope}}', de)).toThrow(/Unknown figure/);
    expect(() => fillFigures('{{securityKilledReport:num}}', de)).toThrow(/qualifier/);
  });
});

describe('house style', () => {
  it('writes small counts of places as words', () => {
    expect(formatFigure(FIGURES.shootingSquares, de)).toBe('mindestens zwei');
  });
});
