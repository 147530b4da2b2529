/**
 * The map's geometry, decoded from the TopoJSON that `npm run geodata` builds (see scripts/build-geodata.mjs
 * and data/raw/README.md for sources and licences). Pure: no Leaflet, no DOM. Decoded once, on first use.
 */
import type { FeatureCollection, LineString, MultiLineString, MultiPolygon, Polygon } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { RegionIso } from '../content/types';
import raw from './geodata.json';

type Area = Polygon | MultiPolygon;
type Line = LineString | MultiLineString;

/** Properties of a region: its ISO 3166-2 code. */
export interface RegionProperties {
  iso: RegionIso;
}

/** Properties of a border line: the neighbour's world-atlas id ("643" Russia, "156" China). */
export interface BorderProperties {
  neighbour: string;
}

type GeoObjects = {
  countries: GeometryCollection;
  regions: GeometryCollection<RegionProperties>;
  borders: GeometryCollection<BorderProperties>;
  countryLines: GeometryCollection;
  regionLines: GeometryCollection;
};

/** The built topology, as stored. */
export const TOPOLOGY = raw as unknown as Topology<GeoObjects>;

/** Everything the map draws from geodata. */
export interface MapGeodata {
  /** Natural Earth countries; `id` is the world-atlas id ("398" Kazakhstan). */
  countries: FeatureCollection<Area>;
  /** Kazakhstan's 16 regions of January 2022 (OpenStreetMap). */
  regions: FeatureCollection<Area, RegionProperties>;
  /** Kazakhstan–Russia and Kazakhstan–China. */
  borders: FeatureCollection<Line, BorderProperties>;
  /** Every land border between two countries. */
  countryLines: FeatureCollection<Line>;
  /** Borders between Kazakhstan's regions. */
  regionLines: FeatureCollection<Line>;
  /** The administrative boundary of Almaty city (the region `KZ-ALA`), kept in more detail. */
  almatyCity: FeatureCollection<Area, RegionProperties>;
}

let decoded: MapGeodata | null = null;

/** The decoded geometry (GeoJSON, WGS84), shared by every caller. */
export function mapGeodata(): MapGeodata {
  if (decoded) return decoded;
  const t = TOPOLOGY;
  const regions = feature(t, t.objects.regions) as FeatureCollection<Area, RegionProperties>;
  decoded = {
    countries: feature(t, t.objects.countries) as FeatureCollection<Area>,
    regions,
    borders: feature(t, t.objects.borders) as FeatureCollection<Line, BorderProperties>,
    countryLines: feature(t, t.objects.countryLines) as FeatureCollection<Line>,
    regionLines: feature(t, t.objects.regionLines) as FeatureCollection<Line>,
    almatyCity: {
      type: 'FeatureCollection',
      features: regions.features.filter((f) => f.properties.iso === 'KZ-ALA'),
    },
  };
  return decoded;
}
