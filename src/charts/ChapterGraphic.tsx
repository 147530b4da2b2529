import {
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
  type Dispatch,
  type ReactElement,
  type RefObject,
  type SetStateAction,
} from 'react';
import type { ChartId } from '../content/types';
import type { LanguagePack } from '../content/pack';
import { ErrorBoundary } from '../lib/ErrorBoundary';
import { CHART_LIVE_ATTRIBUTE, takeTableRequest } from './loading/chartGate';
import { chartLanguage } from './chartTexts';
import type { ChartModule } from './chartTypes';
import { dataHref, defaultDataBase } from './dataLinks';
import { DataTable } from './parts/DataTable';
import type { TableSpec } from './parts/table';
import { fillChartText } from './fillChartText';
import { CHARTS } from './registry';
import { useEntryAnimation } from './parts/useEntryAnimation';
import { useParentSize } from './parts/useParentSize';
import type { ResizeObserverFactory } from '../lib/observers';
import { WIDTH_CLASSES } from './parts/widthClass';
import './charts.css';

/** Props of {@link ChapterGraphic}. */
export interface ChapterGraphicProps {
  /** Which chart (the chapter's `graphic` slot in `structure.ts`). */
  chart: ChartId;
  /** The reader's language: words, number and date formats. */
  pack: LanguagePack;
  /** True while the chapter is the active one; the first time it turns true the chart plays its entry. */
  active: boolean;
  /** No entry animation. */
  reducedMotion: boolean;
  /**
   * Path from the page to the site root, for the data downloads: "" where the page is at the root, "../" for
   * an edition in a subfolder. Defaults to "" for German and "../" for other languages (`en/`).
   */
  dataBase?: string;
  /** ResizeObserver stand-in (tests; jsdom has none). */
  createResizeObserver?: ResizeObserverFactory;
}

/** Narrowest and widest drawing; the column is 280–600 px, this keeps odd containers drawable. */
const MIN_WIDTH = 240;
const MAX_WIDTH = 720;

/**
 * The table button's state. Once the chart's code runs, React handles the button; a press made while the code
 * was still loading is carried out. The press happened in the browser before this code ran, and the hydrating
 * render must match the server's closed table: one extra render after mount is the point.
 */
function useTableButton(
  chart: ChartId,
  figureRef: RefObject<HTMLElement | null>,
): [boolean, Dispatch<SetStateAction<boolean>>] {
  const [open, setOpen] = useState(false);
  useEffect(
    function takeOverTableButton() {
      figureRef.current?.setAttribute(CHART_LIVE_ATTRIBUTE, '');
      // eslint-disable-next-line react-hooks/set-state-in-effect
      if (takeTableRequest(chart)) setOpen(true);
    },
    [chart, figureRef],
  );
  return [open, setOpen];
}

/** Under the drawing: the button that shows the figures as a table, the data downloads, and the table. */
function ChartTools(props: {
  pack: LanguagePack;
  title: string;
  table: TableSpec;
  base: string;
  open: boolean;
  onToggle: () => void;
}): ReactElement {
  const { pack, title, table, base, open, onToggle } = props;
  const ui = chartLanguage(pack).ui;
  const tableId = useId();
  return (
    <>
      <div className="chart-tools">
        <button
          type="button"
          className="chart-table-toggle"
          aria-expanded={open}
          aria-controls={tableId}
          onClick={onToggle}
        >
          {open ? ui.hideTable : ui.showTable}
        </button>
        <p className="chart-downloads">
          {ui.download}: <a href={dataHref(base, pack.lang, 'csv')}>{ui.csv}</a> ·{' '}
          <a href={dataHref(base, pack.lang, 'json')}>{ui.json}</a>
        </p>
      </div>
      <div
        id={tableId}
        className="chart-table-wrap"
        hidden={!open}
        role="region"
        aria-label={`${title}: ${ui.tableRegion}`}
        tabIndex={0}
      >
        <DataTable spec={table} />
      </div>
    </>
  );
}

function Chart<K extends ChartId>({
  chart,
  pack,
  active,
  reducedMotion,
  dataBase,
  createResizeObserver,
}: ChapterGraphicProps & { chart: K }): ReactElement {
  const def: ChartModule<K> = CHARTS[chart];
  const language = chartLanguage(pack);
  const text = language.charts[chart];
  const ui = language.ui;
  const { parentRef, width: measured } = useParentSize<HTMLDivElement>({ createResizeObserver });
  const width = Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, measured));
  const figureRef = useRef<HTMLElement>(null);
  useEntryAnimation(figureRef, active, reducedMotion);
  const [open, setOpen] = useTableButton(chart, figureRef);
  const titleId = useId();
  const words = useMemo(
    () => ({
      title: fillChartText(text.title, pack),
      caption: fillChartText(text.caption, pack),
      summary: def.summary(pack, text),
      sourceLine: def.sourceLine(pack, text),
      table: def.table(pack, text, ui),
    }),
    [def, pack, text, ui],
  );
  // The drawing's height at every width class: charts.css shows the strut of the column's class, which gives
  // the plot its height before any script runs and while the drawing re-lays out at the measured width.
  const struts = useMemo(
    () => WIDTH_CLASSES.map((from) => ({ from, height: def.layout({ width: from, pack, text }).height })),
    [def, pack, text],
  );
  const base = dataBase ?? defaultDataBase(pack.lang);
  const Graphic = def.Graphic;

  return (
    <figure className="chart" data-chart={chart} ref={figureRef} aria-labelledby={titleId}>
      <figcaption className="chart-caption">
        <span className="chart-title" id={titleId}>
          {words.title}
        </span>{' '}
        <span className="chart-dek">{words.caption}</span>
      </figcaption>
      <div className="chart-plot" ref={parentRef}>
        {struts.map(({ from, height }) => (
          <svg
            key={from}
            className="chart-strut"
            data-from={from}
            width="1"
            height={height}
            aria-hidden="true"
          />
        ))}
        <Graphic width={width} pack={pack} text={text} title={words.title} summary={words.summary} />
      </div>
      <p className="chart-source">{words.sourceLine}</p>
      <ChartTools
        pack={pack}
        title={words.title}
        table={words.table}
        base={base}
        open={open}
        onToggle={() => setOpen((o) => !o)}
      />
    </figure>
  );
}

/**
 * A chapter's chart, for the text column right after the chapter's paragraphs: a `<figure>` with title and
 * caption, the drawing (sized to its container), source line, a button that shows the same figures as a
 * table, and links to the data downloads. Safe in server rendering: it draws at `DEFAULT_CHART_WIDTH` and in
 * its final state until the client has measured the column; the plot's height is known from the HTML and CSS
 * alone (`widthClass.ts`), so measuring and re-laying out never changes it. A failure shows a short notice instead of the chart.
 */
export function ChapterGraphic(props: ChapterGraphicProps): ReactElement {
  return (
    <ErrorBoundary notice={props.pack.ui.graphicError}>
      <Chart {...props} />
    </ErrorBoundary>
  );
}
