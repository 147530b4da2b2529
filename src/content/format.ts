/**
 * Numbers, dates and figures for the reader's language, with `Intl`. Pure functions: no DOM, safe to run
 * during server rendering.
 */
import type { DateStyle, LanguagePack } from './pack';
import { FIGURES, type Figure, type FigureId } from './figures';
import type { IsoDate } from './types';

/**
 * `Intl` formatters by locale and options. They are immutable and dear to make (the first of a page costs
 * 10–50 ms of main thread while ICU loads its locale data; compact notation is the dearest), so one is made
 * per locale and options and kept.
 */
const numberFormats = new Map<string, Intl.NumberFormat>();
const dateFormats = new Map<string, Intl.DateTimeFormat>();

/**
 * The strings a page formatted, by the pack the page renders with ({@link withPageFormatter}). A page's
 * render formats the same few dozen dates and numbers many times; and the server hands its strings to the
 * browser (the prerendered page's data block, src/page/formattedStrings.ts) for two reasons: hydration would
 * otherwise make the `Intl` formatters only to re-create text that is already on the page, and the browser's
 * ICU may word a date or a compact number differently from Node's, which would make hydration disagree with
 * the prerendered text. A pack that was not made for a page (a test, a build script) formats afresh.
 */
const pageStrings = new WeakMap<object, Map<string, string>>();

/**
 * The edition's pack for one page's render: the same texts, with the page's own formatter. Every component
 * already receives the pack, so this is the formatter's provider, and only the two entries call it: the
 * server with nothing known (it records what the render formats: {@link formattedStrings}), the browser with
 * the server's strings from the page. `known` is taken only where it is a plain object of strings, so a
 * damaged or hostile data block cannot put other values into the text: it can only leave strings to be
 * formatted again.
 */
export function withPageFormatter<P extends object>(pack: P, known: unknown = null): P {
  const page = { ...pack };
  const strings = new Map<string, string>();
  if (typeof known === 'object' && known !== null && !Array.isArray(known)) {
    for (const [key, value] of Object.entries(known)) {
      if (typeof value === 'string') strings.set(key, value);
    }
  }
  pageStrings.set(page, strings);
  return page;
}

/** What a page's pack ({@link withPageFormatter}) has formatted or was given, for the prerendered page. */
export function formattedStrings(pack: object): Record<string, string> {
  return Object.fromEntries(pageStrings.get(pack) ?? []);
}

function remember(pack: object, key: string, make: () => string): string {
  const strings = pageStrings.get(pack);
  if (!strings) return make();
  const known = strings.get(key);
  if (known !== undefined) return known;
  const text = make();
  strings.set(key, text);
  return text;
}

function numberFormat(locale: string, options: Intl.NumberFormatOptions = {}): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, options);
    numberFormats.set(key, format);
  }
  return format;
}

/** "20.000" in German, "20,000" in English, "4000" and "20 000" in Russian. */
export function formatNumber(value: number, pack: Pick<LanguagePack, 'numberLocale' | 'grammar'>): string {
  const grouping = pack.grammar?.grouping;
  return remember(pack, `n|${pack.numberLocale}|${grouping ?? ''}|${value}`, () =>
    numberFormat(pack.numberLocale, grouping ? { useGrouping: grouping } : {}).format(value),
  );
}

/**
 * A date without time zone shifts: ISO dates are calendar dates, formatted in UTC.
 * `style` "long" gives "8. Jänner 2022" / "8 January 2022"; "dayMonth" gives "8. Jänner" / "8 January";
 * "short" gives "8. Jän." / "8 Jan".
 */
export function formatDate(
  iso: IsoDate,
  pack: Pick<LanguagePack, 'dateLocale' | 'grammar'>,
  style: DateStyle = 'long',
): string {
  const options: Intl.DateTimeFormatOptions =
    style === 'long'
      ? { day: 'numeric', month: 'long', year: 'numeric' }
      : style === 'dayMonth'
        ? { day: 'numeric', month: 'long' }
        : style === 'short'
          ? { day: 'numeric', month: 'short' }
          : { year: 'numeric' };
  const key = `${pack.dateLocale}|${style}`;
  return remember(pack, `d|${key}|${iso}`, () => {
    let format = dateFormats.get(key);
    if (!format) {
      format = new Intl.DateTimeFormat(pack.dateLocale, { ...options, timeZone: 'UTC' });
      dateFormats.set(key, format);
    }
    const date = new Date(`${iso}T00:00:00Z`);
    const pattern = pack.grammar?.dates?.[style];
    return pattern ? fromParts(pattern, format.formatToParts(date)) : format.format(date);
  });
}

/** A date pattern (`{year} жылғы {day} {month}`) filled from `Intl`'s parts; a part it lacks is an error. */
function fromParts(pattern: string, parts: Intl.DateTimeFormatPart[]): string {
  return pattern.replace(/\{(day|month|year)\}/g, (_m, type: string) => {
    const part = parts.find((p) => p.type === type);
    if (!part) throw new Error(`Date pattern "${pattern}": Intl gave no ${type}`);
    return part.value;
  });
}

function compactNumber(value: number, display: 'short' | 'long', pack: LanguagePack): string {
  return remember(pack, `c|${pack.numberLocale}|${display}|${value}`, () =>
    numberFormat(pack.numberLocale, {
      notation: 'compact',
      compactDisplay: display,
      maximumFractionDigits: 1,
    }).format(value),
  );
}

/** The figure's number with its unit, no qualifier: "120 Tenge", "2,2 Mio. Euro", "7.644 km". */
export function formatValue(fig: Figure, pack: LanguagePack): string {
  if (fig.value === null) return pack.qualifiers.notPublished;
  const unit = pack.units[fig.unit];
  const word = unit.spellOut && Number.isInteger(fig.value) ? pack.numberWords[fig.value] : undefined;
  const n = word
    ? word
    : unit.compact
      ? compactNumber(fig.value, unit.compact, pack)
      : formatNumber(fig.value, pack);
  return unit.template.replace('{n}', n);
}

/** The figure with its qualifier, for running text: "mindestens 18", "rund 2,2 Mio. Euro". */
export function formatFigure(fig: Figure, pack: LanguagePack, short = false): string {
  if (fig.value === null) return pack.qualifiers.notPublished;
  const words = short ? pack.qualifiersShort : pack.qualifiers;
  const qualifier = words[fig.qualifier];
  const value = formatValue(fig, pack);
  const template = pack.grammar?.qualifierTemplates?.[fig.qualifier];
  if (template) return withCase(template, value, pack);
  return qualifier ? `${qualifier} ${value}` : value;
}

/** A qualifier template with the value (`{v}`) or the value with a case ending (`{v:abl}`) filled in. */
function withCase(template: string, value: string, pack: LanguagePack): string {
  return template.replace(/\{v(?::([a-z]+))?\}/g, (_m, grammaticalCase: string | undefined) => {
    if (!grammaticalCase) return value;
    const ending = pack.grammar?.caseEnding?.(value, grammaticalCase);
    if (!ending) throw new Error(`Pack "${pack.lang}" has no ${grammaticalCase} ending for "${value}"`);
    return `${value}${ending}`;
  });
}

/** Source line: "Quelle: Innenministerium, 8. Jänner 2022 · Stand 8. Jänner 2022". */
export function formatSourceLine(fig: Figure, pack: LanguagePack): string {
  const said = fig.sourceDate ? `, ${formatDate(fig.sourceDate, pack)}` : '';
  return `${pack.ui.source}: ${pack.sources[fig.source]}${said} · ${pack.ui.asOf} ${formatDate(fig.asOf, pack)}`;
}

/** A `{{id}}` or `{{id:num}}` token in paragraph text. */
export const FIGURE_TOKEN = /\{\{([A-Za-z0-9]+)(?::(num))?\}\}/g;

/** The figure ids a text references. */
export function figureRefs(text: string): string[] {
  return [...text.matchAll(FIGURE_TOKEN)].map((m) => m[1] ?? '');
}

function isFigureId(id: string): id is FigureId {
  return Object.hasOwn(FIGURES, id);
}

/**
 * Replace figure tokens in a text with formatted figures. Unknown ids throw: content is checked by a test,
 * so a typo must fail loudly rather than print a wrong or empty number.
 */
export function fillFigures(text: string, pack: LanguagePack): string {
  return text.replace(FIGURE_TOKEN, (_token, id: string, num: string | undefined) => {
    if (!isFigureId(id)) throw new Error(`Unknown figure "${id}" in text`);
    const fig: Figure = FIGURES[id];
    if (num) {
      if (fig.qualifier !== 'exact' || fig.value === null)
        throw new Error(`Figure "${id}" has a qualifier; use {{${id}}}`);
      return formatNumber(fig.value, pack);
    }
    return formatFigure(fig, pack);
  });
}
