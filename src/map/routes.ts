/**
 * The CSTO routes: great-circle arcs from each member capital to Almaty. Pure math, no Leaflet.
 */
import { CSTO_CAPITALS, PLACES } from '../content/places';
import type { MapLayers, PlaceId } from '../content/types';

type LatLng = [number, number];

const RAD = Math.PI / 180;

/**
 * `n + 1` points on the great circle from `a` to `b` (spherical linear interpolation). On a Mercator map the
 * arc bends towards the pole, like the flights it stands for.
 */
export function greatCircle(a: LatLng, b: LatLng, n = 32): LatLng[] {
  const toVector = ([lat, lng]: LatLng) => [
    Math.cos(lat * RAD) * Math.cos(lng * RAD),
    Math.cos(lat * RAD) * Math.sin(lng * RAD),
    Math.sin(lat * RAD),
  ];
  const [ax, ay, az] = toVector(a) as [number, number, number];
  const [bx, by, bz] = toVector(b) as [number, number, number];
  // atan2 of cross and dot product: exact for tiny angles, where acos of the dot product is not.
  const cross = Math.hypot(ay * bz - az * by, az * bx - ax * bz, ax * by - ay * bx);
  const omega = Math.atan2(cross, ax * bx + ay * by + az * bz);
  // (Nearly) the same point: the interpolation would divide by sin(0).
  if (omega < 1e-9) return [a, b];
  const points: LatLng[] = [];
  for (let i = 0; i <= n; i++) {
    const t = i / n;
    const wa = Math.sin((1 - t) * omega) / Math.sin(omega);
    const wb = Math.sin(t * omega) / Math.sin(omega);
    const x = wa * ax + wb * bx;
    const y = wa * ay + wb * by;
    const z = wa * az + wb * bz;
    points.push([Math.atan2(z, Math.hypot(x, y)) / RAD, Math.atan2(y, x) / RAD]);
  }
  return points;
}

/** One route per CSTO capital, ending in Almaty; empty when the chapter shows none. */
export function routesFor(layers: MapLayers): { from: PlaceId; points: LatLng[] }[] {
  if (!layers.cstoRoutes) return [];
  const almaty: LatLng = [PLACES.almaty.lat, PLACES.almaty.lng];
  return CSTO_CAPITALS.map((from) => ({
    from,
    points: greatCircle([PLACES[from].lat, PLACES[from].lng], almaty),
  }));
}
