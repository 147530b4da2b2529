/// <reference types="node" />
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { de } from '../../src/content/de';
import { en } from '../../src/content/en';
import type { LanguagePack } from '../../src/content/pack';
import { layoutBorders } from '../../src/charts/borders/layout';
import { layoutCrackdown } from '../../src/charts/crackdown/layout';
import { layoutCsto } from '../../src/charts/csto/layout';
import { layoutNazarbayev } from '../../src/charts/nazarbayev/layout';
import { layoutProtests } from '../../src/charts/protests/layout';
import { layoutReactions } from '../../src/charts/reactions/layout';
import { layoutSources } from '../../src/charts/sources/layout';
import { layoutToll } from '../../src/charts/toll/layout';
import { layoutTrigger } from '../../src/charts/trigger/layout';
import type { LayoutBase } from '../../src/charts/chartTypes';
import { FONT_PX, overlaps, textBox } from '../../src/charts/parts/text';

function layoutsFor(pack: LanguagePack): Record<string, (width: number) => LayoutBase> {
  const { charts } = pack;
  return {
    trigger: (width) => layoutTrigger({ width, pack, text: charts.trigger }),
    protests: (width) => layoutProtests({ width, pack, text: charts.protests }),
    nazarbayev: (width) => layoutNazarbayev({ width, pack, text: charts.nazarbayev }),
    crackdown: (width) => layoutCrackdown({ width, pack, text: charts.crackdown }),
    toll: (width) => layoutToll({ width, pack, text: charts.toll }),
    borders: (width) => layoutBorders({ width, pack, text: charts.borders }),
    csto: (width) => layoutCsto({ width, pack, text: charts.csto }),
    reactions: (width) => layoutReactions({ width, pack, text: charts.reactions }),
    sources: (width) => layoutSources({ width, pack, text: charts.sources }),
  };
}

const CASES = [de, en].flatMap((pack) =>
  Object.entries(layoutsFor(pack)).map(([name, layout]) => ({ name: `${name} (${pack.lang})`, layout })),
);

const WIDTHS = [280, 320, 360, 600];

describe.each(CASES)('chart $name', ({ layout }) => {
  it.each(WIDTHS)('keeps every label inside the drawing at %i px', (width) => {
    const l = layout(width);
    expect(l.width).toBe(width);
    for (const mark of l.texts) {
      const box = textBox(mark);
      expect(box.x0, `${mark.key} left`).toBeGreaterThanOrEqual(0);
      expect(box.x1, `${mark.key} right`).toBeLessThanOrEqual(width);
      expect(box.y0, `${mark.key} top`).toBeGreaterThanOrEqual(0);
      expect(box.y1, `${mark.key} bottom`).toBeLessThanOrEqual(l.height);
    }
  });

  it.each(WIDTHS)('lets no two labels overlap at %i px', (width) => {
    const { texts } = layout(width);
    const boxes = texts.map((t) => ({ key: t.key, box: textBox(t) }));
    const collisions: string[] = [];
    boxes.forEach((a, i) => {
      for (const b of boxes.slice(i + 1)) if (overlaps(a.box, b.box)) collisions.push(`${a.key} × ${b.key}`);
    });
    expect(collisions).toEqual([]);
  });

  it('sets no label below 12 px', () => {
    for (const mark of layout(320).texts) expect(FONT_PX[mark.size]).toBeGreaterThanOrEqual(12);
  });

  it('writes no empty label', () => {
    for (const mark of layout(320).texts) expect(mark.lines.join('').trim(), mark.key).not.toBe('');
  });
});

describe('chart text sizes', () => {
  // Read as a file (the test runs from the project root): Vitest does not process CSS imports.
  const chartsCss = readFileSync(`${process.cwd()}/src/charts/charts.css`, 'utf8');

  it('are the same in charts.css as in the layouts', () => {
    for (const [size, px] of Object.entries(FONT_PX)) {
      const rule = new RegExp(`\\.chart-text--${size}\\s*\\{\\s*font-size:\\s*(\\d+)px`).exec(chartsCss);
      expect(rule?.[1], size).toBe(String(px));
    }
  });

  it('are never below 12 px', () => {
    const sizes = [...chartsCss.matchAll(/font-size:\s*([\d.]+)(px|rem)/g)].map(([, n, unit]) =>
      unit === 'rem' ? Number(n) * 16 : Number(n),
    );
    expect(sizes.length).toBeGreaterThan(4);
    for (const px of sizes) expect(px).toBeGreaterThanOrEqual(12);
  });
});
