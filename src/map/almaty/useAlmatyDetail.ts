/**
 * Loads the Almaty detail (its own `geodata-almaty` chunk, see vite.config.ts) the first time it is wanted,
 * once per page; returns it once decoded, else null. A failed load is not fatal: the chapters keep the city
 * boundary and labels, and the next wish tries again.
 */
import { useEffect, useState } from 'react';
import { decodeAlmatyDetail, type AlmatyDetail, type DetailTopology } from './detail';

let loading: Promise<AlmatyDetail> | null = null;
let loaded: AlmatyDetail | null = null;

/** Starts (or joins) the one load of the detail. */
export function loadAlmatyDetail(): Promise<AlmatyDetail> {
  loading ??= import('./detail.json').then(
    (module) => {
      loaded = decodeAlmatyDetail(module.default as unknown as DetailTopology);
      return loaded;
    },
    (error: unknown) => {
      loading = null;
      throw error;
    },
  );
  return loading;
}

/** The detail once `wanted` has been true and it has loaded; null before. */
export function useAlmatyDetail(wanted: boolean): AlmatyDetail | null {
  const [detail, setDetail] = useState<AlmatyDetail | null>(loaded);
  useEffect(
    function loadWhenWanted() {
      if (!wanted || detail) return;
      let current = true;
      loadAlmatyDetail().then(
        (d) => {
          if (current) setDetail(d);
        },
        () => {
          // Left without detail; the next chapter change that wants it tries again.
        },
      );
      return function ignoreLateLoad() {
        current = false;
      };
    },
    [wanted, detail],
  );
  return detail;
}
