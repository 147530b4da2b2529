import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ChapterGraphic } from '../../src/charts/ChapterGraphic';
import { CHARTS } from '../../src/charts/registry';
import { de } from '../../src/content/de';
import { charts } from '../../src/content/de/charts';
import { FIGURES, type FigureId } from '../../src/content/figures';
import type { ChartId } from '../../src/content/types';
import { formatFigure } from '../../src/content/format';

afterEach(cleanup);

const CHART_IDS = Object.keys(CHARTS) as ChartId[];

function renderChart(chart: ChartId, props: Partial<Parameters<typeof ChapterGraphic>[0]> = {}) {
  return render(<ChapterGraphic chart={chart} pack={de} active={false} reducedMotion={false} {...props} />);
}

/** Text without no-break spaces (chart labels keep qualifier and number together with them). */
function plain(text: string | null | undefined): string {
  return (text ?? '').replace(/[\u00a0\u202f]/g, ' ');
}

function figureIds(root: ParentNode, selector: string): FigureId[] {
  return [...root.querySelectorAll<HTMLElement | SVGElement>(selector)].map(
    (el) => el.getAttribute('data-figure') as FigureId,
  );
}

describe.each(CHART_IDS)('chart %s', (chart) => {
  it('is a figure with a caption naming it and a drawing described by a text alternative', () => {
    renderChart(chart);
    const figure = screen.getByRole('figure', { name: new RegExp(charts[chart].title) });
    expect(figure.querySelector('figcaption')).toHaveTextContent(charts[chart].title);
    const img = within(figure).getByRole('img', { name: charts[chart].title });
    expect(img.tagName.toLowerCase()).toBe('svg');
    expect(img).toHaveAccessibleDescription(img.querySelector('desc')?.textContent ?? '');
    expect(img.querySelector('desc')?.textContent?.length).toBeGreaterThan(20);
  });

  it('draws every number exactly as figures.ts has it', () => {
    const { container } = renderChart(chart);
    const marks = [...container.querySelectorAll('svg [data-figure]')];
    // The power timeline draws dates, not figures.
    if (chart !== 'nazarbayev') expect(marks.length).toBeGreaterThan(0);
    for (const mark of marks) {
      const id = mark.getAttribute('data-figure') as FigureId;
      expect(mark.getAttribute('data-value'), id).toBe(String(FIGURES[id].value ?? ''));
    }
  });

  it('lists in its table the figures it draws, with qualifier, source and date', () => {
    const { container } = renderChart(chart);
    const tableFigures = figureIds(container, 'table [data-figure]');
    const drawn = new Set(figureIds(container, 'svg [data-figure]'));
    for (const id of tableFigures) expect(drawn, `${id} drawn`).toContain(id);
    const table = container.querySelector('table');
    expect(table?.querySelector('caption')).toHaveTextContent(charts[chart].title);
    expect(table?.querySelectorAll('thead th[scope="col"]').length).toBeGreaterThanOrEqual(2);
    expect(table?.querySelectorAll('tbody th[scope="row"]').length).toBeGreaterThan(0);
    for (const cell of table?.querySelectorAll<HTMLElement>('td[data-figure]') ?? []) {
      const id = cell.dataset.figure as FigureId;
      if (FIGURES[id].value !== null) expect(plain(cell.textContent)).toMatch(/\d/);
    }
  });

  it('states every figure of its table, with its qualifier, in the text alternative', () => {
    const { container } = renderChart(chart);
    const desc = plain(container.querySelector('svg desc')?.textContent);
    for (const id of new Set(figureIds(container, 'table [data-figure]'))) {
      expect(desc, id).toContain(plain(formatFigure(FIGURES[id], de)));
    }
  });

  it('has a source line and relative links to the data downloads', () => {
    const { container } = renderChart(chart);
    expect(container.querySelector('.chart-source')?.textContent).toMatch(/^Quellen?: \S/);
    expect(screen.getByRole('link', { name: 'CSV' })).toHaveAttribute('href', 'data/figures.de.csv');
    expect(screen.getByRole('link', { name: 'JSON' })).toHaveAttribute('href', 'data/figures.de.json');
  });
});

describe('chart table toggle', () => {
  it('opens and closes the table with the keyboard and says so with aria-expanded', async () => {
    const user = userEvent.setup();
    const { container } = renderChart('csto');
    const button = screen.getByRole('button', { name: 'Zahlen als Tabelle' });
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('table')).not.toBeInTheDocument();

    await user.tab();
    expect(button).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(button).toHaveAttribute('aria-expanded', 'true');
    expect(button).toHaveAccessibleName('Tabelle ausblenden');
    const table = screen.getByRole('table', { name: charts.csto.title });
    expect(
      container.querySelector(`#${CSS.escape(button.getAttribute('aria-controls') ?? '')}`),
    ).toContainElement(table);
    const russia = within(table).getByRole('row', { name: /Russland/ });
    expect(russia).toHaveTextContent('nicht veröffentlicht');

    await user.keyboard(' ');
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });
});

describe('qualifiers and claims in the drawing', () => {
  function svgText(chart: ChartId): string {
    const { container } = renderChart(chart);
    return plain(container.querySelector('svg.chart-svg')?.textContent);
  }

  it('marks "more than", "up to", "about" and "not published" on the marks, and no qualifier on an exact figure', () => {
    // The Interior Ministry said 18; "mindestens" is only the report's word, and the chart shows the ministry's.
    expect(svgText('toll')).toContain('18 Sicherheitskräfte getötet');
    cleanup();
    expect(svgText('toll')).not.toContain('mind. 18');
    cleanup();
    expect(svgText('toll')).toContain('mehr als 4.000');
    cleanup();
    expect(svgText('crackdown')).toContain('bis zu 20.000');
    cleanup();
    expect(svgText('csto')).toContain('rund 2.500');
    cleanup();
    expect(svgText('csto')).toContain('nicht veröffentlicht');
    cleanup();
    expect(svgText('trigger')).toContain('rund 50 Tenge');
  });

  it('draws Tokayev’s figure as an unproven claim, unfilled and hatched', () => {
    const { container } = renderChart('crackdown');
    expect(container.querySelector('svg.chart-svg')).toHaveTextContent(
      'Behauptung Tokajews, keine Belege veröffentlicht',
    );
    const claim = container.querySelector('rect[data-figure="attackersClaim"]');
    expect(claim).toHaveClass('chart-bar--claim');
    expect(claim?.getAttribute('fill')).toMatch(/^url\(#.+hatch-claim\)$/);
    expect(container.querySelector('rect[data-figure="cstoTotal"]')).toHaveClass('chart-bar--series1');
  });

  it('draws no bar for contingents that were not published', () => {
    const { container } = renderChart('csto');
    expect(container.querySelector('rect[data-figure="cstoRussia"]')).toBeNull();
    expect(container.querySelector('rect[data-figure="cstoBelarus"]')).toBeNull();
    expect(container.querySelector('text[data-figure="cstoRussia"]')).toHaveTextContent(
      'nicht veröffentlicht',
    );
  });

  it('draws the retracted death toll hollow, struck through and labelled', () => {
    const { container } = renderChart('sources');
    const retracted = container.querySelector('rect[data-figure="deaths9Jan"]');
    expect(retracted).toHaveClass('chart-bar--retracted');
    expect(retracted?.parentElement?.querySelector('.chart-strike')).not.toBeNull();
    expect(container.querySelector('svg.chart-svg')).toHaveTextContent('zurückgezogen');
  });

  it('draws one unit per person killed and one square per 50 detained', () => {
    const { container } = renderChart('toll');
    const units = (id: FigureId) => container.querySelectorAll(`g[data-figure="${id}"] > circle.chart-unit`);
    expect(units('killed')).toHaveLength(FIGURES.killed.value);
    expect(units('securityKilled')).toHaveLength(FIGURES.securityKilled.value);
    const squares = [...container.querySelectorAll('g[data-figure="detainedMvd"] > rect')];
    const people = squares.reduce((sum, s) => sum + (Number(s.getAttribute('width')) / 12) * 50, 0);
    expect(people).toBeCloseTo(FIGURES.detainedMvd.value, -1);
  });

  it('draws one square per arms-export licence', () => {
    const { container } = renderChart('reactions');
    expect(container.querySelectorAll('g[data-figure="armsLicences"] > rect')).toHaveLength(
      FIGURES.armsLicences.value,
    );
  });
});

describe('bar lengths', () => {
  it.each(['trigger', 'crackdown', 'borders', 'csto'] as const)(
    'are proportional to the figures in chart %s',
    (chart) => {
      const { container } = renderChart(chart);
      const ratios = [...container.querySelectorAll('svg rect.chart-bar[data-figure]')].map((rect) => {
        const id = rect.getAttribute('data-figure') as FigureId;
        return Number(rect.getAttribute('width')) / (FIGURES[id].value ?? NaN);
      });
      expect(ratios.length).toBeGreaterThan(1);
      for (const ratio of ratios) expect(ratio).toBeCloseTo(ratios[0] ?? 0, 2);
    },
  );
});

describe('data links and languages', () => {
  it('links the downloads from a subfolder edition with the given base', () => {
    renderChart('borders', { dataBase: '../' });
    expect(screen.getByRole('link', { name: 'CSV' })).toHaveAttribute('href', '../data/figures.de.csv');
  });

  it('shows the graphic notice, not a broken chart, when a pack lacks the words of a chart', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const charts: Partial<typeof de.charts> = { ...de.charts };
    delete charts.borders;
    renderChart('borders', { pack: { ...de, charts: charts as typeof de.charts } });
    expect(screen.getByRole('status')).toHaveTextContent(de.ui.graphicError);
    expect(warn).toHaveBeenCalled();
  });
});
