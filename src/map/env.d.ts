/** Deployment settings the map reads (Vite exposes `VITE_`-prefixed variables to the page). */
interface ImportMetaEnv {
  /** URL template of optional raster tiles, e.g. `https://tiles.example.org/{z}/{x}/{y}.png`. Unset: none. */
  readonly VITE_TILE_URL?: string;
  /** HTML credit line the tile provider requires. */
  readonly VITE_TILE_ATTRIBUTION?: string;
}
