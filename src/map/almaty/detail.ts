/**
 * The Almaty chapters' city detail, decoded from the TopoJSON that `npm run geodata:almaty` builds (see
 * scripts/build-almaty-detail.mjs and data/raw/almaty/README.md for sources and licences). Pure: no
 * Leaflet, no DOM, no import of the data itself (it is loaded lazily, see useAlmatyDetail.ts).
 */
import type { FeatureCollection, LineString, MultiLineString, MultiPolygon, Polygon } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';

type Area = Polygon | MultiPolygon;
type Line = LineString | MultiLineString;

/** A relief band: all land at or above `min` metres (SRTM). */
export interface ReliefProperties {
  min: number;
}

/** A waterway: a river or a canal (OpenStreetMap `waterway`). */
export interface RiverProperties {
  kind: 'river' | 'canal';
}

/** A through road (OpenStreetMap `highway`): motorway, trunk and primary are "major". */
export interface RoadProperties {
  kind: 'major' | 'secondary';
}

type DetailObjects = {
  builtUp: GeometryCollection;
  relief: GeometryCollection<ReliefProperties>;
  centreRelief: GeometryCollection<ReliefProperties>;
  water: GeometryCollection;
  glaciers: GeometryCollection;
  rivers: GeometryCollection<RiverProperties>;
  railways: GeometryCollection;
  airport: GeometryCollection;
  roads: GeometryCollection<RoadProperties>;
  centreStreets: GeometryCollection;
};

/** The built topology, as stored in detail.json. */
export type DetailTopology = Topology<DetailObjects>;

/** Everything the city detail draws, bottom to top. */
export interface AlmatyDetail {
  /** The built-up area, derived from the density of residential and service streets (OSM). */
  builtUp: FeatureCollection<Area>;
  /** Elevation bands, lowest first: the mountains south of the city. */
  relief: FeatureCollection<Area, ReliefProperties>;
  /** Elevation bands every 20 m around Republic Square, for the close-up inset. */
  centreRelief: FeatureCollection<Area, ReliefProperties>;
  /** Lakes, reservoirs, river areas. */
  water: FeatureCollection<Area>;
  glaciers: FeatureCollection<Area>;
  /** Almaty International Airport: aerodrome and aprons. */
  airport: FeatureCollection<Area>;
  /** Motorways, trunk, primary and secondary roads. */
  roads: FeatureCollection<Line, RoadProperties>;
  railways: FeatureCollection<Line>;
  rivers: FeatureCollection<Line, RiverProperties>;
  /** Tertiary and residential streets around Republic Square, for the close-up inset. */
  centreStreets: FeatureCollection<Line>;
}

/** The detail as GeoJSON (WGS84). */
export function decodeAlmatyDetail(topology: DetailTopology): AlmatyDetail {
  const o = topology.objects;
  return {
    builtUp: feature(topology, o.builtUp) as FeatureCollection<Area>,
    relief: feature(topology, o.relief) as FeatureCollection<Area, ReliefProperties>,
    centreRelief: feature(topology, o.centreRelief) as FeatureCollection<Area, ReliefProperties>,
    water: feature(topology, o.water) as FeatureCollection<Area>,
    glaciers: feature(topology, o.glaciers) as FeatureCollection<Area>,
    airport: feature(topology, o.airport) as FeatureCollection<Area>,
    railways: feature(topology, o.railways) as FeatureCollection<Line>,
    roads: feature(topology, o.roads) as FeatureCollection<Line, RoadProperties>,
    rivers: feature(topology, o.rivers) as FeatureCollection<Line, RiverProperties>,
    centreStreets: feature(topology, o.centreStreets) as FeatureCollection<Line>,
  };
}
