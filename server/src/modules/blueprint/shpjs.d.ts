// shpjs 6 ships no types; only the zip reader is used.
declare module 'shpjs' {
  import type { FeatureCollection } from 'geojson';

  type Parsed = FeatureCollection & { fileName?: string };
  export function parseZip(buffer: Uint8Array): Promise<Parsed | Parsed[]>;
}
