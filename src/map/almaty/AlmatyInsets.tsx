/**
 * The insets of the Almaty chapters, drawn over the Leaflet map (a portal into its container): the
 * close-up, where the places that crowd on the map stand apart (numbered, with a key and a scale bar), its
 * frame on the map with a leader line to it, and the locator, where the city lies in Kazakhstan. Decorative
 * for assistive technology: the panel lists the places and describes the map in words.
 */
import type { Map as LeafletMap } from 'leaflet';
import { useEffect, useMemo, useRef, useState, type RefObject } from 'react';
import { createPortal } from 'react-dom';
import { useMap } from 'react-leaflet';
import type { LanguagePack } from '../../content/pack';
import { PLACES } from '../../content/places';
import type { MapLayers } from '../../content/types';
import { mapGeodata } from '../geodata';
import { mapWord } from '../words';
import type { AlmatyDetail } from './detail';
import {
  closeUpLayout,
  insetProjection,
  linePath,
  LOCATOR_BOUNDS,
  polygonPath,
  RELIEF_LEGEND,
  type CloseUpLayout,
} from './insets';
import { useAlmatyDetail } from './useAlmatyDetail';

const KAZAKHSTAN = '398';

/** Width of an inset for a map of `mapWidth` px: a share of the map, within limits. */
export function insetWidth(mapWidth: number, share: number, min: number, max: number): number {
  return Math.round(Math.max(min, Math.min(max, mapWidth * share)));
}

/**
 * Room the close-up leaves below itself for the locator and relief key, the scale bar and the attribution
 * (px), and what its title and key take besides the drawing.
 */
const ROOM_BELOW_CLOSE_UP = 150;
const CLOSE_UP_TEXT_HEIGHT = 85;

/**
 * The close-up's width: a third of a wide map, at least 150 px (its dots stand apart from there), and no more
 * than leaves the locator its room on a short map.
 */
export function closeUpWidthFor(size: { x: number; y: number }, bounds: Bounds): number {
  const aspect = insetProjection(bounds, 1000).height / 1000;
  const byHeight = (size.y - ROOM_BELOW_CLOSE_UP - CLOSE_UP_TEXT_HEIGHT) / aspect;
  return insetWidth(Math.min(size.x * 0.36, byHeight) / 0.36, 0.36, 150, 250);
}

/** The map's size, updated on every resize. */
function useMapSize(map: LeafletMap): { x: number; y: number } {
  const [size, setSize] = useState(() => map.getSize());
  useEffect(
    function trackSize() {
      const update = () => setSize(map.getSize());
      map.on('resize', update);
      return function untrackSize() {
        map.off('resize', update);
      };
    },
    [map],
  );
  return size;
}

type Rect = { left: number; top: number; right: number; bottom: number };
type Bounds = [[number, number], [number, number]];

/** Where `bounds` lies in the map container, px, updated on every camera move (also during flights). */
function useContainerRect(map: LeafletMap, bounds: Bounds | null): Rect | null {
  const [measured, setMeasured] = useState<{ bounds: Bounds; rect: Rect } | null>(null);
  useEffect(
    function followBounds() {
      if (!bounds) return;
      const [[south, west], [north, east]] = bounds;
      let frame = 0;
      const measure = () => {
        frame = 0;
        const a = map.latLngToContainerPoint([north, west]);
        const b = map.latLngToContainerPoint([south, east]);
        setMeasured({ bounds, rect: { left: a.x, top: a.y, right: b.x, bottom: b.y } });
      };
      const schedule = () => {
        if (!frame) frame = requestAnimationFrame(measure);
      };
      schedule();
      map.on('move zoom viewreset resize', schedule);
      return function stopFollowing() {
        map.off('move zoom viewreset resize', schedule);
        cancelAnimationFrame(frame);
      };
    },
    [map, bounds],
  );
  return bounds && measured?.bounds === bounds ? measured.rect : null;
}

/** The box of an element within its offset parent, measured after each layout change named in `deps`. */
function useElementRect(deps: readonly unknown[]): [RefObject<HTMLDivElement | null>, Rect | null] {
  const ref = useRef<HTMLDivElement>(null);
  const [rect, setRect] = useState<Rect | null>(null);
  useEffect(
    function measureElement() {
      const frame = requestAnimationFrame(() => {
        const el = ref.current;
        setRect(
          el
            ? {
                left: el.offsetLeft,
                top: el.offsetTop,
                right: el.offsetLeft + el.offsetWidth,
                bottom: el.offsetTop + el.offsetHeight,
              }
            : null,
        );
      });
      return function cancelMeasure() {
        cancelAnimationFrame(frame);
      };
    },
    // The caller names what changes the element's box.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    deps,
  );
  return [ref, rect];
}

/** The leader from the frame's corner nearest the inset to the inset's corner nearest the frame. */
export function leaderLine(frame: Rect, inset: Rect): [number, number, number, number] {
  const fx = frame.left > inset.right ? frame.left : frame.right < inset.left ? frame.right : frame.left;
  const fy = frame.top > inset.bottom ? frame.top : frame.bottom < inset.top ? frame.bottom : frame.top;
  const ix = fx >= inset.right ? inset.right : fx <= inset.left ? inset.left : fx;
  const iy = fy >= inset.bottom ? inset.bottom : fy <= inset.top ? inset.top : fy;
  return [fx, fy, ix, iy];
}

/** Props of {@link AlmatyInsets}. */
export interface AlmatyInsetsProps {
  layers: MapLayers;
  pack: LanguagePack;
}

export function AlmatyInsets({ layers, pack }: AlmatyInsetsProps) {
  const map = useMap();
  const size = useMapSize(map);
  const closeUp = layers.closeUp ?? null;
  const frame = useContainerRect(map, closeUp?.bounds ?? null);
  const detail = useAlmatyDetail(closeUp !== null);
  const closeUpWidth = closeUp ? closeUpWidthFor(size, closeUp.bounds) : 0;
  const layout = useMemo(
    () => (closeUp ? closeUpLayout(closeUp.bounds, closeUp.places, closeUpWidth) : null),
    [closeUp, closeUpWidth],
  );
  const [insetRef, insetRect] = useElementRect([layout, pack, size]);

  if (!layers.almatyCity) return null;
  const leader = frame && insetRect ? leaderLine(frame, insetRect) : null;

  return createPortal(
    <div className="almaty-insets" aria-hidden="true">
      {frame ? (
        <svg className="almaty-insets__overlay" width={size.x} height={size.y}>
          {leader ? (
            <line
              className="almaty-insets__leader"
              x1={leader[0]}
              y1={leader[1]}
              x2={leader[2]}
              y2={leader[3]}
            />
          ) : null}
          <rect
            className="almaty-insets__frame"
            x={frame.left}
            y={frame.top}
            width={Math.max(4, frame.right - frame.left)}
            height={Math.max(4, frame.bottom - frame.top)}
          />
        </svg>
      ) : null}
      {layout ? (
        <div ref={insetRef} className="map-closeup" data-inset="closeup" style={{ width: layout.width }}>
          <p className="map-closeup__title">{mapWord(pack, 'closeUpTitle')}</p>
          <svg className="map-closeup__map" width={layout.width} height={layout.height}>
            {detail ? <CloseUpContext detail={detail} layout={layout} /> : null}
            {layout.points.map((p) => (
              <g
                key={p.id}
                className="map-closeup__place"
                transform={`translate(${p.x.toFixed(1)},${p.y.toFixed(1)})`}
              >
                <circle r="8" />
                <text dy="0.35em">{p.n}</text>
              </g>
            ))}
            <g
              className="map-closeup__scale"
              transform={`translate(${(layout.width - layout.scale.px - 8).toFixed(1)},${layout.height - 8})`}
            >
              <path d={`M0,-4V0H${layout.scale.px.toFixed(1)}V-4`} />
              <text x={layout.scale.px / 2} y="-6">
                {layout.scale.text}
              </text>
            </g>
          </svg>
          <ol className="map-closeup__key">
            {layout.points.map((p) => (
              <li key={p.id} data-label={`closeup:${p.id}`}>
                <span className="map-closeup__number">{p.n}</span>
                {pack.places[p.id]}
              </li>
            ))}
          </ol>
        </div>
      ) : null}
      <div className="map-locator" data-inset="locator">
        <Locator width={insetWidth(size.x, 0.2, 72, 110)} />
        <ReliefLegend title={mapWord(pack, 'elevationLegend')} />
        <CityKey builtUp={mapWord(pack, 'builtUpLegend')} roads={mapWord(pack, 'mainRoadsLegend')} />
      </div>
    </div>,
    map.getContainer(),
  );
}

/**
 * What the close-up shows around its places: the land rising to the south (20 m bands), the streets, rivers
 * and water.
 */
function CloseUpContext({ detail, layout }: { detail: AlmatyDetail; layout: CloseUpLayout }) {
  const paths = useMemo(() => {
    const { projection } = layout;
    return {
      relief: detail.centreRelief.features.map((f) => ({
        key: f.properties.min,
        d: polygonPath(f.geometry, projection),
      })),
      streets: detail.centreStreets.features.map((f) => linePath(f.geometry, projection)).join(''),
      roads: detail.roads.features.map((f) => linePath(f.geometry, projection)).join(''),
      water: detail.water.features.map((f) => polygonPath(f.geometry, projection)).join(''),
      rivers: detail.rivers.features.map((f) => linePath(f.geometry, projection)).join(''),
    };
  }, [detail, layout]);
  return (
    <g>
      {paths.relief.map((band) => (
        <path key={band.key} className="map-closeup__relief" d={band.d} />
      ))}
      <path className="map-closeup__street" d={paths.streets} />
      <path className="map-closeup__road" d={paths.roads} />
      <path className="map-closeup__water" d={paths.water} />
      <path className="map-closeup__river" d={paths.rivers} />
    </g>
  );
}

/** Kazakhstan with a mark where Almaty is. */
function Locator({ width }: { width: number }) {
  const drawing = useMemo(() => {
    const projection = insetProjection(LOCATOR_BOUNDS, width);
    const kz = mapGeodata().countries.features.find((f) => String(f.id) === KAZAKHSTAN);
    const [x, y] = projection.project(PLACES.almaty.lat, PLACES.almaty.lng);
    return { height: projection.height, d: kz ? polygonPath(kz.geometry, projection) : '', x, y };
  }, [width]);
  return (
    <svg className="map-locator__map" width={width} height={drawing.height}>
      <path className="map-locator__country" d={drawing.d} />
      <rect className="map-locator__mark" x={drawing.x - 4} y={drawing.y - 4} width="8" height="8" />
    </svg>
  );
}

/**
 * Key to the city view's built-up area and main roads, drawn as on the map: a row of its own under the
 * locator and the relief key, so the box grows up, not to the left, where the close-up's frame may lie.
 */
function CityKey({ builtUp, roads }: { builtUp: string; roads: string }) {
  return (
    <ul className="map-relief-legend__items map-city-key">
      <li data-key="builtUp">
        <svg className="map-relief-legend__swatch" width="14" height="10" aria-hidden="true">
          <rect className="map-city-key__built-up" width="14" height="10" />
        </svg>
        {builtUp}
      </li>
      <li data-key="roads">
        <svg className="map-city-key__line" width="14" height="10" aria-hidden="true">
          <path className="map-city-key__road" d="M0,5H14" />
        </svg>
        {roads}
      </li>
    </ul>
  );
}

/** Key to the relief: one swatch per level, tinted as on the map (the same number of stacked bands). */
function ReliefLegend({ title }: { title: string }) {
  return (
    <div className="map-relief-legend">
      <p className="map-relief-legend__title">{title}</p>
      <ul className="map-relief-legend__items">
        {RELIEF_LEGEND.map(({ min, bands }) => (
          <li key={min}>
            <svg className="map-relief-legend__swatch" width="14" height="10" aria-hidden="true">
              {Array.from({ length: bands }, (_, i) => (
                <rect key={i} className="map-relief-legend__band" width="14" height="10" />
              ))}
            </svg>
            {min} m
          </li>
        ))}
      </ul>
    </div>
  );
}
