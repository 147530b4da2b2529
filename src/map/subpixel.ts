/**
 * Paths at the screen's own resolution. Leaflet projects every vertex of a path with
 * `Map.latLngToLayerPoint`, which rounds to whole CSS pixels: on a 2× screen that is a grid of two device
 * pixels, and dense coastlines and boundaries turn into stair-steps (short horizontal and vertical jogs). Paths
 * are projected here to a quarter of a CSS pixel instead (device pixels up to 4×, short path strings);
 * markers and labels keep Leaflet's whole pixels, so their text stays crisp.
 */
import { LatLng, Point, Polyline, type Bounds, type Map as LeafletMap } from 'leaflet';

/** Steps per CSS pixel a projected vertex keeps. */
export const SUBPIXEL_STEPS = 4;

/** The layer point of a position, to 1/{@link SUBPIXEL_STEPS} CSS pixel. */
export function subpixelLayerPoint(map: LeafletMap, latlng: LatLng): Point {
  const p = map.project(latlng).subtract(map.getPixelOrigin());
  return new Point(
    Math.round(p.x * SUBPIXEL_STEPS) / SUBPIXEL_STEPS,
    Math.round(p.y * SUBPIXEL_STEPS) / SUBPIXEL_STEPS,
  );
}

/** The part of Polyline's internals replaced (Leaflet 1.9: `_projectLatlngs`, used by polylines and polygons). */
interface ProjectingPolyline {
  _map: LeafletMap;
  _projectLatlngs(latlngs: unknown[], result: Point[][], projectedBounds: Bounds): void;
}

let installed = false;

/** Makes every Leaflet polyline and polygon project to sub-pixels. Idempotent. */
export function installSubpixelPaths(): void {
  if (installed) return;
  installed = true;
  const proto = Polyline.prototype as unknown as ProjectingPolyline;
  proto._projectLatlngs = function projectLatlngs(
    this: ProjectingPolyline,
    latlngs: unknown[],
    result: Point[][],
    projectedBounds: Bounds,
  ): void {
    if (latlngs[0] instanceof LatLng) {
      const ring = (latlngs as LatLng[]).map((latlng) => subpixelLayerPoint(this._map, latlng));
      for (const point of ring) projectedBounds.extend(point);
      result.push(ring);
    } else {
      for (const part of latlngs) this._projectLatlngs(part as unknown[], result, projectedBounds);
    }
  };
}
