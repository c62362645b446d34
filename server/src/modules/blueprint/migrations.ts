import { sql } from 'kysely';
import { type AnyDb, columnTypes, type ModuleMigration } from '../../platform/db/index.js';

export const blueprintMigrations: ModuleMigration[] = [
  {
    name: '1300_blueprint',
    async up(db, dialect) {
      const t = columnTypes(dialect);
      await db.schema
        .createTable('blueprint_layers')
        .addColumn('id', t.uuid, (c) => c.primaryKey())
        .addColumn('code', 'text', (c) => c.notNull().unique())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('name_en', 'text', (c) => c.notNull())
        .addColumn('department_code', 'text', (c) => c.notNull())
        .addColumn('element_class', 'text', (c) => c.notNull())
        .addColumn('rule', 'text', (c) =>
          c.notNull().check(sql`rule in ('forbidden', 'restricted', 'allowed', 'informational')`),
        )
        .addColumn('condition', 'text')
        .addColumn('color', 'text', (c) => c.notNull())
        .addColumn('version', 'integer', (c) => c.notNull().check(sql`version > 0`))
        .addColumn('feature_count', 'integer', (c) => c.notNull())
        .addColumn('min_lng', t.double)
        .addColumn('min_lat', t.double)
        .addColumn('max_lng', t.double)
        .addColumn('max_lat', t.double)
        .addColumn('created_at', t.instant, (c) => c.notNull())
        .addColumn('updated_at', t.instant, (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('blueprint_features')
        .addColumn('id', t.uuid, (c) => c.primaryKey())
        .addColumn('layer_id', t.uuid, (c) => c.notNull().references('blueprint_layers.id'))
        .addColumn('name', 'text')
        .addColumn('geometry', 'text', (c) => c.notNull())
        .addColumn('attributes', 'text', (c) => c.notNull())
        .addColumn('min_lng', t.double, (c) => c.notNull())
        .addColumn('min_lat', t.double, (c) => c.notNull())
        .addColumn('max_lng', t.double, (c) => c.notNull())
        .addColumn('max_lat', t.double, (c) => c.notNull())
        .execute();
      // A layer's features in a map window: the layer, then its west edge; the rest is filtered.
      await db.schema
        .createIndex('blueprint_features_layer')
        .on('blueprint_features')
        .columns(['layer_id', 'min_lng'])
        .execute();
      await db.schema
        .createTable('blueprint_checks')
        .addColumn('id', t.uuid, (c) => c.primaryKey())
        .addColumn('result', 'text', (c) => c.notNull())
        .addColumn('engine', 'text', (c) => c.notNull())
        .addColumn('site_area_m2', t.double, (c) => c.notNull())
        .addColumn('input', 'text', (c) => c.notNull())
        .addColumn('outcome', 'text', (c) => c.notNull())
        .addColumn('project_id', t.uuid)
        .addColumn('checked_by', t.uuid, (c) => c.notNull())
        .addColumn('organization_id', t.uuid)
        .addColumn('checked_at', t.instant, (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('blueprint_conflicts')
        .addColumn('id', t.uuid, (c) => c.primaryKey())
        .addColumn('pair_key', 'text', (c) => c.notNull().unique())
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('open', 'resolved')`))
        .addColumn('protected_layer_id', t.uuid, (c) => c.notNull())
        .addColumn('protected_feature_id', t.uuid, (c) => c.notNull())
        .addColumn('protected_feature_name', 'text')
        .addColumn('other_layer_id', t.uuid, (c) => c.notNull())
        .addColumn('other_feature_id', t.uuid, (c) => c.notNull())
        .addColumn('other_feature_name', 'text')
        .addColumn('overlap', 'text', (c) => c.notNull())
        .addColumn('overlap_area_m2', t.double, (c) => c.notNull())
        .addColumn('min_lng', t.double, (c) => c.notNull())
        .addColumn('min_lat', t.double, (c) => c.notNull())
        .addColumn('max_lng', t.double, (c) => c.notNull())
        .addColumn('max_lat', t.double, (c) => c.notNull())
        .addColumn('decision', 'text')
        .addColumn('resolution', 'text')
        .addColumn('resolved_by', 'text')
        .addColumn('resolved_at', t.instant)
        .addColumn('opened_at', t.instant, (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('blueprint_conflicts_status')
        .on('blueprint_conflicts')
        .columns(['status', 'opened_at'])
        .execute();
      await db.schema
        .createTable('blueprint_conflict_departments')
        .addColumn('conflict_id', t.uuid, (c) => c.notNull().references('blueprint_conflicts.id'))
        .addColumn('department_code', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('blueprint_conflict_departments_pk', ['department_code', 'conflict_id'])
        .execute();
      await db.schema
        .createTable('blueprint_conflict_opinions')
        .addColumn('id', t.uuid, (c) => c.primaryKey())
        .addColumn('conflict_id', t.uuid, (c) => c.notNull().references('blueprint_conflicts.id'))
        .addColumn('department_code', 'text', (c) => c.notNull())
        .addColumn('author_id', t.uuid, (c) => c.notNull())
        .addColumn('author_label', 'text', (c) => c.notNull())
        .addColumn('opinion', 'text', (c) => c.notNull())
        .addColumn('created_at', t.instant, (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('blueprint_conflict_opinions_conflict')
        .on('blueprint_conflict_opinions')
        .columns(['conflict_id', 'created_at'])
        .execute();
      await db.schema
        .createTable('blueprint_plannings')
        .addColumn('id', t.uuid, (c) => c.primaryKey())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('category_code', 'text', (c) => c.notNull())
        .addColumn('intended_use', 'text', (c) => c.notNull())
        .addColumn('site', 'text', (c) => c.notNull())
        .addColumn('check_id', t.uuid, (c) => c.notNull().references('blueprint_checks.id'))
        .addColumn('result', 'text', (c) => c.notNull())
        .addColumn('stages', 'text', (c) => c.notNull())
        .addColumn('created_by', t.uuid, (c) => c.notNull())
        .addColumn('organization_id', t.uuid)
        .addColumn('created_at', t.instant, (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('blueprint_pre_opinions')
        .addColumn('id', t.uuid, (c) => c.primaryKey())
        .addColumn('planning_id', t.uuid, (c) => c.notNull().references('blueprint_plannings.id'))
        .addColumn('department_code', 'text', (c) => c.notNull())
        .addColumn('reason', 'text', (c) => c.notNull())
        .addColumn('due_on', 'text', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('pending', 'answered')`))
        .addColumn('opinion', 'text')
        .addColumn('answered_by', t.uuid)
        .addColumn('answered_at', t.instant)
        .execute();
      await db.schema
        .createIndex('blueprint_pre_opinions_planning')
        .on('blueprint_pre_opinions')
        .columns(['planning_id', 'department_code'])
        .execute();
      // With PostGIS installed when migrating, the PostGIS engine's spatial filter has a GiST
      // index over the stored GeoJSON (ST_GeomFromGeoJSON is immutable). Without it the engine
      // still works, narrowing by the bounding-box columns only.
      if (dialect === 'postgres' && (await postgisInstalled(db))) await createSpatialIndex(db);
    },
  },
];

export async function postgisInstalled(db: AnyDb): Promise<boolean> {
  const { rows } = await sql<{
    n: number;
  }>`select count(*)::int as n from pg_extension where extname = 'postgis'`.execute(db);
  return rows[0]!.n > 0;
}

export async function createSpatialIndex(db: AnyDb): Promise<void> {
  await sql`create index if not exists blueprint_features_geom on blueprint_features using gist (st_geomfromgeojson(geometry))`.execute(
    db,
  );
}
