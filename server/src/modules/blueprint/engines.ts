import Flatbush from 'flatbush';
import { sql } from 'kysely';
import type { AnyDb, Dialect } from '../../platform/db/index.js';
import { type Areal, areaM2, type Bbox, overlapOf } from './geometry.js';
import { postgisInstalled } from './migrations.js';
import { blueprintRepository } from './repository.js';
import type { LayerTable } from './tables.js';
import type { Engine } from './vocabulary.js';

/** A feature the site shares area with (sharing only a boundary is not an overlap). */
export interface Hit {
  featureId: string;
  layerId: string;
  name: string | null;
  attributes: Record<string, unknown>;
  overlapAreaM2: number;
  overlap: Areal;
}

export interface SpatialEngine {
  name: Engine;
  hits(site: Areal, bbox: Bbox): Promise<Hit[]>;
  /** The site's area as this engine measures overlaps, so that a layer covering the site covers all of it. */
  areaM2(site: Areal): Promise<number>;
}

/**
 * The layers and, once asked for, the flatbush index over every feature's bounding box, as of a
 * revision of the layer table. Each process keeps its own and compares the revision in the
 * database (one aggregate over ~165 rows) before using it, so a re-import by any process is seen
 * by all at their next request.
 */
export interface SpatialIndex {
  tree: Flatbush | null;
  ids: string[];
  layerIds: string[];
}

interface Snapshot {
  revision: string;
  layers: LayerTable[];
  index?: Promise<SpatialIndex>;
}
const snapshots = new WeakMap<AnyDb, Promise<Snapshot>>();

export async function blueprintSnapshot(db: AnyDb): Promise<Snapshot> {
  const repo = blueprintRepository(db);
  const revision = await repo.revision();
  const known = snapshots.get(db);
  if (known) {
    const snapshot = await known.catch(() => null);
    if (snapshot?.revision === revision) return snapshot;
  }
  const fresh = repo.layers().then((layers) => ({ revision, layers }));
  snapshots.set(db, fresh);
  return fresh;
}

async function buildIndex(db: AnyDb): Promise<SpatialIndex> {
  const boxes = await blueprintRepository(db).featureBoxes();
  if (!boxes.length) return { tree: null, ids: [], layerIds: [] };
  const tree = new Flatbush(boxes.length);
  for (const b of boxes) tree.add(b.minLng, b.minLat, b.maxLng, b.maxLat);
  tree.finish();
  return { tree, ids: boxes.map((b) => b.id), layerIds: boxes.map((b) => b.layerId) };
}

/** The current layers and the index over their features' boxes (built on first use per revision). */
export async function spatialIndex(db: AnyDb) {
  const snapshot = await blueprintSnapshot(db);
  snapshot.index ??= buildIndex(db);
  return { layers: snapshot.layers, index: await snapshot.index };
}

/** The embedded engine: flatbush narrows to features whose box meets the site's, turf cuts the overlaps. */
export function flatbushEngine(db: AnyDb): SpatialEngine {
  return {
    name: 'flatbush',
    areaM2: async (site) => areaM2(site),
    async hits(site, [minLng, minLat, maxLng, maxLat]) {
      const { tree, ids } = (await spatialIndex(db)).index;
      if (!tree) return [];
      const candidates = await blueprintRepository(db).featuresByIds(
        tree.search(minLng, minLat, maxLng, maxLat).map((i) => ids[i]!),
      );
      const hits: Hit[] = [];
      for (const c of candidates) {
        const overlap = overlapOf(site, JSON.parse(c.geometry) as Areal);
        if (!overlap) continue;
        hits.push({
          featureId: c.id,
          layerId: c.layerId,
          name: c.name,
          attributes: JSON.parse(c.attributes) as Record<string, unknown>,
          overlapAreaM2: overlap.areaM2,
          overlap: overlap.geometry,
        });
      }
      return hits;
    },
  };
}

/**
 * PostGIS: ST_Intersects narrows (with the GiST index over the stored GeoJSON when the
 * migration could make it), ST_Intersection cuts, and the area is geodesic on the WGS84
 * spheroid (geography), where turf's is spherical: the two agree to a few tenths of a percent.
 */
export function postgisEngine(db: AnyDb): SpatialEngine {
  return {
    name: 'postgis',
    async areaM2(site) {
      const { rows } = await sql<{ area: number }>`
        select st_area(geography(st_setsrid(st_geomfromgeojson(${JSON.stringify(site)}), 4326))) as area`.execute(
        db,
      );
      return Number(rows[0]!.area);
    },
    async hits(site, [minLng, minLat, maxLng, maxLat]) {
      const { rows } = await sql<{
        id: string;
        layer: string;
        name: string | null;
        attributes: string;
        area: number;
        overlap: string;
      }>`
        with site as (select st_setsrid(st_geomfromgeojson(${JSON.stringify(site)}), 4326) as g),
        hit as (
          select f.id, f.layer_id as layer, f.name, f.attributes,
                 st_collectionextract(st_intersection(st_geomfromgeojson(f.geometry), site.g), 3) as common
          from blueprint_features f, site
          where f.min_lng <= ${maxLng} and f.max_lng >= ${minLng}
            and f.min_lat <= ${maxLat} and f.max_lat >= ${minLat}
            and st_intersects(st_geomfromgeojson(f.geometry), site.g)
        )
        select id, layer, name, attributes, st_area(geography(common)) as area, st_asgeojson(common, 9) as overlap
        from hit where not st_isempty(common)`.execute(db);
      return rows
        .filter((r) => Number(r.area) > 0)
        .map((r) => ({
          featureId: r.id,
          layerId: r.layer,
          name: r.name,
          attributes: JSON.parse(r.attributes) as Record<string, unknown>,
          overlapAreaM2: Number(r.area),
          overlap: JSON.parse(r.overlap) as Areal,
        }));
    },
  };
}

const postgisByDb = new WeakMap<AnyDb, Promise<boolean>>();

/** PostGIS when the database has it (asked once per process), else the embedded engine. */
export async function engineFor(db: AnyDb, dialect: Dialect, wanted?: Engine): Promise<SpatialEngine> {
  if (wanted === 'flatbush' || dialect !== 'postgres') return flatbushEngine(db);
  let has = postgisByDb.get(db);
  if (!has) {
    has = postgisInstalled(db);
    postgisByDb.set(db, has);
  }
  return (await has) ? postgisEngine(db) : flatbushEngine(db);
}
