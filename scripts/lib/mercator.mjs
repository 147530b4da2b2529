// @ts-check
/**
 * Web Mercator helpers for the geodata builds (Leaflet's EPSG:3857): x, y in radians of the unit sphere,
 * areas in those units² and their size in px² at a zoom level, for Visvalingam weights and small-ring tests.
 */

const TILE = 256;

/**
 * @param {number[]} point  [lon, lat]
 * @returns {[number, number]}
 */
export function mercator([lon = 0, lat = 0]) {
  const phi = (Math.max(-85, Math.min(85, lat)) * Math.PI) / 180;
  return [(lon * Math.PI) / 180, Math.log(Math.tan(Math.PI / 4 + phi / 2))];
}

/**
 * px² per unit² of Mercator area at a zoom level.
 * @param {number} zoom
 */
export function pxScale2(zoom) {
  const s = (TILE * 2 ** zoom) / (2 * Math.PI);
  return s * s;
}

/**
 * Area of a triangle of [lon, lat] points, in Mercator units².
 * @param {number[][]} triangle
 */
export function mercatorTriangleArea([a = [], b = [], c = []]) {
  const [ax, ay] = mercator(a);
  const [bx, by] = mercator(b);
  const [cx, cy] = mercator(c);
  return Math.abs((ax - cx) * (by - ay) - (ax - bx) * (cy - ay)) / 2;
}

/**
 * Area of a ring of [lon, lat] points, in Mercator units².
 * @param {number[][]} ring
 */
export function mercatorRingArea(ring) {
  let area = 0;
  for (let i = 0, n = ring.length; i < n; i++) {
    const [ax, ay] = mercator(ring[i] ?? []);
    const [bx, by] = mercator(ring[(i + 1) % n] ?? []);
    area += ax * by - bx * ay;
  }
  return Math.abs(area) / 2;
}
