// The red line on the map: what SiteMap draws (the site, or the corners placed so far). Drawing
// state, areas and reading a GeoJSON file are the shared map pieces' (shared/map/sketch.ts,
// geometry.ts); the server (server/src/modules/projects/site.ts) has the real rules.
import type { Feature, FeatureCollection } from 'geojson';
import type { SiteGeometry } from '../../api/projects';
import { bboxOf, type LngLat } from '../../shared/map/geometry';

export interface SiteMapProps {
  /** The red line to show (whole: drawn to three corners or more, uploaded, or a project's). */
  site: SiteGeometry | null;
  /** Corners placed so far while drawing, shown as dots. */
  corners?: LngLat[] | undefined;
  /** A click adds a corner; without it the map only shows the red line. */
  onPick?: ((corner: LngLat) => void) | undefined;
  /** The map's accessible name. */
  label: string;
}

export function siteFeatures(site: SiteGeometry | null, corners: LngLat[] = []): FeatureCollection {
  const features: Feature[] = [];
  if (site) features.push({ type: 'Feature', properties: {}, geometry: site });
  // Two corners are a line so far: drawn, so the second click shows something.
  else if (corners.length === 2)
    features.push({
      type: 'Feature',
      properties: {},
      geometry: { type: 'LineString', coordinates: corners },
    });
  for (const corner of corners)
    features.push({ type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: corner } });
  return { type: 'FeatureCollection', features };
}

export function boundsOfSite(site: SiteGeometry): [LngLat, LngLat] {
  const rings = site.type === 'Polygon' ? site.coordinates : site.coordinates.flat();
  const [west, south, east, north] = bboxOf(rings.flat());
  return [
    [west, south],
    [east, north],
  ];
}
