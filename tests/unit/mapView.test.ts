import { describe, expect, it } from 'vitest';
import { de } from '../../src/content/de';
import { en } from '../../src/content/en';
import { EMERGENCY_BY_REGION } from '../../src/content/emergency';
import { CSTO_CAPITALS, PLACES } from '../../src/content/places';
import { CHAPTER_IDS } from '../../src/content/structure';
import type { ChapterId, MapView, RegionIso } from '../../src/content/types';
import { REGION_STATE_CLASSES, countryClass, regionStateClasses } from '../../src/map/classes';
import { TOPOLOGY, mapGeodata } from '../../src/map/geodata';
import { BORDER_ANCHORS, COUNTRY_ANCHORS, labelsFor, legendFor, placeNamesFor } from '../../src/map/labels';
import { greatCircle, routesFor } from '../../src/map/routes';
import { FLY_SECONDS, cameraMove, drawingIsStale, formatCenter, mapStateFor } from '../../src/map/view';
import { MAP_WORDS, mapWord } from '../../src/map/words';

const REGION_ISOS = new Set(mapGeodata().regions.features.map((f) => f.properties.iso));

function labelsOf(id: ChapterId) {
  return labelsFor(mapStateFor(id), de);
}

describe('mapStateFor', () => {
  it.each(CHAPTER_IDS)('gives chapter "%s" a valid view inside the geodata', (id) => {
    const { view } = mapStateFor(id);
    const [west, south, east, north] = TOPOLOGY.bbox as number[];
    if (view.kind === 'bounds') {
      const [[s, w], [n, e]] = view.bounds;
      expect(s).toBeLessThan(n);
      expect(w).toBeLessThan(e);
      expect(s).toBeGreaterThanOrEqual(south!);
      expect(n).toBeLessThanOrEqual(north!);
      expect(w).toBeGreaterThanOrEqual(west!);
      expect(e).toBeLessThanOrEqual(east!);
    } else {
      expect(view.zoom).toBeGreaterThan(0);
    }
  });

  it.each(CHAPTER_IDS)('gives chapter "%s" only known places and regions', (id) => {
    const { layers } = mapStateFor(id);
    for (const place of layers.places ?? []) expect(PLACES[place], place).toBeDefined();
    for (const iso of layers.highlight ?? []) expect(REGION_ISOS.has(iso), iso).toBe(true);
  });

  it('returns the same object for a chapter every time, so components can memoize on it', () => {
    expect(mapStateFor('csto')).toBe(mapStateFor('csto'));
    expect(mapStateFor('csto').layers).toBe(mapStateFor('csto').layers);
  });

  it('draws the Almaty city boundary exactly in the two Almaty chapters', () => {
    const withCity = CHAPTER_IDS.filter((id) => mapStateFor(id).layers.almatyCity);
    expect(withCity).toEqual(['almaty', 'crackdown']);
  });
});

describe('cameraMove', () => {
  const bounds: [[number, number], [number, number]] = [
    [41, 49],
    [46, 56],
  ];

  it('flies to a chapter bounds in FLY_SECONDS', () => {
    const move = cameraMove({ kind: 'bounds', bounds }, false);
    expect(move).toEqual({
      method: 'flyToBounds',
      bounds,
      options: {
        paddingTopLeft: [24, 24],
        paddingBottomRight: [24, 24],
        animate: true,
        duration: FLY_SECONDS,
      },
    });
    expect(FLY_SECONDS).toBeCloseTo(1.2);
  });

  it('jumps without animation when asked to (reduced motion, first view)', () => {
    const move = cameraMove({ kind: 'bounds', bounds, maxZoom: 12 }, true);
    expect(move).toEqual({
      method: 'fitBounds',
      bounds,
      options: { paddingTopLeft: [24, 24], paddingBottomRight: [24, 24], maxZoom: 12, animate: false },
    });
  });

  it('passes a view maxZoom on to the flight', () => {
    const move = cameraMove({ kind: 'bounds', bounds, maxZoom: 13 }, false);
    expect(move.method).toBe('flyToBounds');
    expect(move.options).toMatchObject({ maxZoom: 13 });
  });

  it('uses flyTo and setView for views given by a center', () => {
    const view: MapView = { kind: 'center', center: [43.25, 76.95], zoom: 11 };
    expect(cameraMove(view, false)).toMatchObject({ method: 'flyTo', center: [43.25, 76.95], zoom: 11 });
    expect(cameraMove(view, true)).toMatchObject({ method: 'setView', options: { animate: false } });
  });

  it('redraws during a flight once the drawing is a zoom level or a third of the panel away', () => {
    const size = { x: 720, y: 900 };
    const still = { x: 0, y: 0 };
    expect(drawingIsStale(0.75, still, size)).toBe(false);
    expect(drawingIsStale(1, still, size)).toBe(true);
    expect(drawingIsStale(-1.5, still, size)).toBe(true);
    expect(drawingIsStale(0, { x: 239, y: -299 }, size)).toBe(false);
    expect(drawingIsStale(0, { x: -241, y: 0 }, size)).toBe(true);
    expect(drawingIsStale(0, { x: 0, y: 301 }, size)).toBe(true);
  });

  it('formats the center for data-center with three decimals', () => {
    expect(formatCenter(43.23829, 76.9453)).toBe('43.238,76.945');
  });
});

describe('labelsFor', () => {
  it.each(CHAPTER_IDS)('labels every place of chapter "%s" once, with its German name', (id) => {
    // Places of a close-up inset are labelled in the inset's key, not on the map.
    const { layers } = mapStateFor(id);
    const places = (layers.places ?? []).filter((p) => !layers.closeUp?.places.includes(p));
    const labels = labelsOf(id).filter((l) => l.kind === 'place');
    expect(labels.map((l) => l.key)).toEqual(places.map((p) => `place:${p}`));
    expect(labels.map((l) => l.lines[0])).toEqual(places.map((p) => de.places[p]));
  });

  it('labels the two borders with their Factbook lengths only in the borders chapter', () => {
    const borders = labelsOf('borders').filter((l) => l.kind === 'border');
    expect(borders.map((l) => l.lines)).toEqual([
      ['Grenze zu Russland', '7.644 km'],
      ['Grenze zu China', '1.765 km'],
    ]);
    for (const id of CHAPTER_IDS.filter((c) => c !== 'borders')) {
      expect(
        labelsOf(id).some((l) => l.kind === 'border'),
        id,
      ).toBe(false);
    }
  });

  it('leaves out the plain Russia and China names where the border labels name them', () => {
    const keys = labelsOf('borders').map((l) => l.key);
    expect(keys).not.toContain('country:643');
    expect(keys).not.toContain('country:156');
    expect(labelsOf('intro').map((l) => l.key)).toEqual(
      expect.arrayContaining(['country:156', 'country:643']),
    );
  });

  it('shows only country labels whose anchor lies in the chapter view', () => {
    for (const id of CHAPTER_IDS) {
      const { view } = mapStateFor(id);
      if (view.kind !== 'bounds') continue;
      const [[s, w], [n, e]] = view.bounds;
      for (const l of labelsOf(id).filter((x) => x.kind === 'country')) {
        expect(l.lat >= s && l.lat <= n && l.lng >= w && l.lng <= e, `${id} ${l.key}`).toBe(true);
      }
    }
  });

  it('drops a country name where its capital is labelled', () => {
    const csto = labelsOf('csto').map((l) => l.key);
    expect(csto).not.toContain('country:112');
    expect(csto).not.toContain('country:417');
    expect(csto).not.toContain('country:762');
    const reactions = labelsOf('reactions').map((l) => l.key);
    expect(reactions).not.toContain('country:276');
    expect(reactions).not.toContain('country:040');
    expect(reactions).toContain('country:112');
  });

  it('names Almaty city only in the Almaty chapters', () => {
    expect(labelsOf('almaty').find((l) => l.kind === 'city')?.lines).toEqual(['Stadt Almaty']);
    expect(labelsOf('intro').some((l) => l.kind === 'city')).toBe(false);
  });

  it('marks small-country labels as minor; the sea, Kazakhstan and its big neighbours not (phones name them)', () => {
    const byKey = new Map(labelsOf('intro').map((l) => [l.key, l]));
    expect(byKey.get('country:860')?.minor).toBe(true);
    expect(byKey.get('water:caspian')?.minor).toBeUndefined();
    expect(byKey.get('country:398')?.minor).toBeUndefined();
    expect(byKey.get('country:643')?.minor).toBeUndefined();
  });

  it('orders labels by priority: named places first, then borders, region, neighbours, Kazakhstan, sea, others', () => {
    expect(labelsOf('trigger').map((l) => l.key)).toEqual([
      'place:zhanaozen',
      'place:aktau',
      'region:KZ-MAN',
      'water:caspian',
    ]);
    const intro = labelsOf('intro').map((l) => l.key);
    expect(intro.slice(0, 5)).toEqual([
      'place:almaty',
      'place:nurSultan',
      'country:156',
      'country:643',
      'country:398',
    ]);
    expect(intro[5]).toBe('water:caspian');
  });

  it('requires the places, border lengths, Mangystau, Russia and China, and the sea only where Mangystau is the subject', () => {
    const required = (id: ChapterId) =>
      labelsOf(id)
        .filter((l) => l.required)
        .map((l) => l.key);
    expect(required('trigger')).toEqual(['place:zhanaozen', 'place:aktau', 'region:KZ-MAN', 'water:caspian']);
    expect(required('borders')).toEqual(['border:643', 'border:156']);
    expect(required('intro')).toEqual(['place:almaty', 'place:nurSultan', 'country:156', 'country:643']);
  });

  it('puts every border-length anchor on its border line, the text on the neighbour’s side', () => {
    const lines = mapGeodata().borders.features;
    const onLine = (neighbour: string, [lat, lng]: readonly [number, number]) =>
      lines
        .filter((f) => f.properties.neighbour === neighbour)
        .some((f) => {
          const coords = f.geometry.type === 'LineString' ? [f.geometry.coordinates] : f.geometry.coordinates;
          return coords.some((line) => line.some(([x, y]) => Math.hypot(x! - lng, y! - lat) < 0.05));
        });
    for (const point of BORDER_ANCHORS.russia.points) expect(onLine('643', point), String(point)).toBe(true);
    for (const point of BORDER_ANCHORS.china.points) expect(onLine('156', point), String(point)).toBe(true);
    // Russia lies north of the border, China east and south of it.
    expect(BORDER_ANCHORS.russia.sides.every((s) => s.startsWith('above'))).toBe(true);
    expect(BORDER_ANCHORS.china.sides.every((s) => s === 'right' || s.startsWith('below'))).toBe(true);
  });

  it('has an anchor only for countries the language pack names', () => {
    for (const id of Object.keys(COUNTRY_ANCHORS)) expect(de.countries[id], id).toBeTruthy();
  });

  it('gives keys that are unique within each chapter', () => {
    for (const id of CHAPTER_IDS) {
      const keys = labelsOf(id).map((l) => l.key);
      expect(new Set(keys).size, id).toBe(keys.length);
    }
  });
});

describe('placeNamesFor', () => {
  it('lists the places of a chapter by name, for the screen-reader list', () => {
    expect(placeNamesFor(mapStateFor('trigger').layers, de)).toEqual([
      { id: 'zhanaozen', name: 'Schangaösen' },
      { id: 'aktau', name: 'Aktau' },
    ]);
    expect(placeNamesFor(mapStateFor('borders').layers, de)).toEqual([]);
  });
});

describe('legendFor', () => {
  it('explains the four state-of-emergency phases in the protests chapter', () => {
    const [legend, ...rest] = legendFor(mapStateFor('protests').layers, de);
    expect(rest).toEqual([]);
    expect(legend?.title).toBe(de.ui.emergencyLegendTitle);
    expect(legend?.items.map((i) => i.key)).toEqual([1, 2, 3, 4].map((phase) => ({ kind: 'fill', phase })));
    expect(legend?.items[0]?.text).toBe(de.emergencyPhases[1]);
  });

  it('keys the CSTO routes and the emphasised borders, in the page language', () => {
    expect(legendFor(mapStateFor('csto').layers, de).flatMap((g) => g.items)).toEqual([
      { id: 'route', key: { kind: 'line', style: 'route' }, text: de.ui.legendCstoRoutes },
    ]);
    expect(legendFor(mapStateFor('borders').layers, en).flatMap((g) => g.items.map((i) => i.text))).toEqual([
      en.ui.legendBorders,
    ]);
  });

  it('shows no legend where the map encodes nothing beyond its labels', () => {
    const encoded = CHAPTER_IDS.filter((id) => legendFor(mapStateFor(id).layers, de).length > 0);
    expect(encoded).toEqual(['protests', 'borders', 'csto']);
  });
});

describe('region and country classes', () => {
  it('highlights Mangystau in the trigger chapter and nothing else', () => {
    const layers = mapStateFor('trigger').layers;
    expect(regionStateClasses('KZ-MAN', layers)).toEqual(['is-highlighted']);
    expect(regionStateClasses('KZ-ATY', layers)).toEqual([]);
  });

  it('colours every region by its state-of-emergency phase in the protests chapter', () => {
    const layers = mapStateFor('protests').layers;
    for (const [iso, phase] of Object.entries(EMERGENCY_BY_REGION)) {
      expect(regionStateClasses(iso as RegionIso, layers)).toEqual([`is-phase-${phase}`]);
    }
    expect(regionStateClasses('KZ-ALA', mapStateFor('intro').layers)).toEqual([]);
  });

  it('knows every state class it can hand out, so stale ones are removed', () => {
    expect(REGION_STATE_CLASSES).toEqual([
      'is-highlighted',
      'is-phase-1',
      'is-phase-2',
      'is-phase-3',
      'is-phase-4',
    ]);
  });

  it('draws Natural Earth Kazakhstan apart from its neighbours', () => {
    expect(countryClass('398')).toBe('map-country map-country--kz');
    expect(countryClass('643')).toBe('map-country');
    expect(countryClass(undefined)).toBe('map-country');
  });
});

describe('routes', () => {
  it('runs one route from each CSTO capital to Almaty in the csto chapter', () => {
    const routes = routesFor(mapStateFor('csto').layers);
    expect(routes.map((r) => r.from)).toEqual(CSTO_CAPITALS);
    for (const { from, points } of routes) {
      expect(points[0]![0]).toBeCloseTo(PLACES[from].lat, 6);
      expect(points[0]![1]).toBeCloseTo(PLACES[from].lng, 6);
      expect(points.at(-1)![0]).toBeCloseTo(PLACES.almaty.lat, 6);
      expect(points.at(-1)![1]).toBeCloseTo(PLACES.almaty.lng, 6);
    }
    expect(routesFor(mapStateFor('intro').layers)).toEqual([]);
  });

  it('bends a great circle towards the pole, away from the straight line on the map', () => {
    const points = greatCircle([55.75, 37.62], [43.26, 76.93], 2);
    const middle = points[1]!;
    expect(points).toHaveLength(3);
    expect(middle[0]).toBeGreaterThan((55.75 + 43.26) / 2);
  });

  it('returns the two ends for a route of zero length', () => {
    expect(greatCircle([43, 77], [43, 77])).toEqual([
      [43, 77],
      [43, 77],
    ]);
  });
});

describe('mapWord', () => {
  it('finds every map word in the German pack', () => {
    for (const key of MAP_WORDS) expect(mapWord(de, key), key).toBeTruthy();
  });

  it('fails loudly when a pack lacks a map word', () => {
    const broken = { ...de, ui: { ...de.ui, caspianSea: '' } };
    expect(() => mapWord(broken, 'caspianSea')).toThrow(/lacks ui.caspianSea/);
  });
});
