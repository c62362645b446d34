import { type AnyDb, type AnyTrx, tablesOf } from '../../platform/db/index.js';
import type { BlueprintTables, FeatureTable, LayerTable } from './tables.js';

// SQLite allows 32,766 bound values per statement; a feature row binds 9.
const FEATURE_BATCH = 1_000;

export function blueprintRepository(anyDb: AnyDb | AnyTrx) {
  const db = tablesOf<BlueprintTables>(anyDb);
  return {
    layers: () =>
      db.selectFrom('blueprintLayers').selectAll().orderBy('departmentCode').orderBy('code').execute(),
    findLayer: (id: string) =>
      db.selectFrom('blueprintLayers').selectAll().where('id', '=', id).executeTakeFirst(),
    findLayerByCode: (code: string) =>
      db.selectFrom('blueprintLayers').selectAll().where('code', '=', code).executeTakeFirst(),
    insertLayer: (row: LayerTable) => db.insertInto('blueprintLayers').values(row).execute(),
    updateLayer: (id: string, values: Partial<LayerTable>) =>
      db.updateTable('blueprintLayers').set(values).where('id', '=', id).execute(),

    /**
     * What a process's cached index was built from: the number of layers and the sum of their
     * versions. Layers are never deleted and a re-import raises a version, so any change moves it.
     */
    async revision(): Promise<string> {
      const row = await db
        .selectFrom('blueprintLayers')
        .select((eb) => [eb.fn.countAll<number>().as('n'), eb.fn.sum<number>('version').as('v')])
        .executeTakeFirstOrThrow();
      return `${Number(row.n)}:${Number(row.v ?? 0)}`;
    },

    async replaceFeatures(layerId: string, rows: FeatureTable[]) {
      await db.deleteFrom('blueprintFeatures').where('layerId', '=', layerId).execute();
      for (let i = 0; i < rows.length; i += FEATURE_BATCH)
        await db
          .insertInto('blueprintFeatures')
          .values(rows.slice(i, i + FEATURE_BATCH))
          .execute();
    },
    /** Every feature's bounding box: what the embedded engine indexes. */
    featureBoxes: () =>
      db
        .selectFrom('blueprintFeatures')
        .select(['id', 'layerId', 'minLng', 'minLat', 'maxLng', 'maxLat'])
        .execute(),
    featuresByIds: (ids: string[]) =>
      ids.length
        ? db
            .selectFrom('blueprintFeatures')
            .select(['id', 'layerId', 'name', 'geometry', 'attributes'])
            .where('id', 'in', ids)
            .execute()
        : Promise.resolve([]),
    findFeature: (id: string) =>
      db.selectFrom('blueprintFeatures').selectAll().where('id', '=', id).executeTakeFirst(),
    /** A layer's features whose box meets the window, one more than `limit` to tell truncation. */
    layerFeatures(layerId: string, bbox: [number, number, number, number] | undefined, limit: number) {
      let q = db.selectFrom('blueprintFeatures').selectAll().where('layerId', '=', layerId);
      if (bbox)
        q = q
          .where('minLng', '<=', bbox[2])
          .where('maxLng', '>=', bbox[0])
          .where('minLat', '<=', bbox[3])
          .where('maxLat', '>=', bbox[1]);
      return q
        .orderBy('id')
        .limit(limit + 1)
        .execute();
    },
    /** All features of the given layers (the conflict scan's input). */
    featuresOfLayers: (layerIds: string[]) =>
      layerIds.length
        ? db
            .selectFrom('blueprintFeatures')
            .select(['id', 'layerId', 'name', 'geometry', 'minLng', 'minLat', 'maxLng', 'maxLat'])
            .where('layerId', 'in', layerIds)
            .execute()
        : Promise.resolve([]),
  };
}
