import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MAP_CREDITS } from '../../src/content/credits';
import { en } from '../../src/content/en';
import { loadAllPacks } from '../../src/page/editions';
import { creditHolderName } from '../../src/chrome/SiteFooter';

const packs = await loadAllPacks();

/**
 * The attribution each data file asks for: the first quoted text of the last column of the READMEs' tables
 * ("attribution shown on the map").
 */
function attributionsAskedFor(file: string): string[] {
  const rows = readFileSync(`${process.cwd()}/${file}`, 'utf8')
    .split('\n')
    .filter((line) => line.startsWith('| ') && !line.startsWith('| file') && !line.startsWith('| files'));
  return rows.map((row) => {
    const cells = row.split('|').filter((cell) => cell.trim() !== '');
    const asked = /"([^"]+)"/.exec(cells[cells.length - 1] ?? '');
    if (!asked?.[1]) throw new Error(`${file}: no attribution in row ${row}`);
    return asked[1];
  });
}

const ASKED = [
  ...attributionsAskedFor('data/raw/README.md'),
  ...attributionsAskedFor('data/raw/almaty/README.md'),
];

describe('credits for the map data in the footer', () => {
  it('reads an attribution from every data file the READMEs list', () => {
    expect(ASKED.length).toBeGreaterThanOrEqual(4);
    expect(ASKED).toContain('© OpenStreetMap contributors');
  });

  it.each([...new Set(ASKED)])('credits "%s" as the data file asks', (attribution) => {
    const given = MAP_CREDITS.map((credit) => creditHolderName(credit, en));
    expect(given).toContain(attribution);
  });

  it('credits nobody the data files do not name', () => {
    for (const credit of MAP_CREDITS) expect(ASKED).toContain(creditHolderName(credit, en));
  });

  it.each(packs.map((p) => [p.lang, p] as const))(
    '%s: says what every credited data set is, and what a public-domain one is',
    (_lang, pack) => {
      for (const credit of MAP_CREDITS) expect(pack.footer.credits[credit.id].length).toBeGreaterThan(10);
      expect(pack.footer.publicDomain).not.toBe('');
    },
  );

  it.each(packs.map((p) => [p.lang, p] as const))(
    '%s: writes each footer date into its template exactly once',
    (_lang, pack) => {
      for (const template of [pack.footer.published, pack.footer.asOf])
        expect(template.split('{date}')).toHaveLength(2);
    },
  );
});
