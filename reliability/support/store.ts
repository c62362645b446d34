import type { DbKind } from '../../server/src/test-support/databases.js';
import { createTestApp, type TestApp } from '../../server/src/test-support/test-app.js';
import { TEST_KEYS } from '../../server/src/test-support/test-keys.js';

/** Where an installation's data is: what a server process or the CLI is started on. */
export interface Installation {
  dataDir: string;
  databaseUrl: string | undefined;
  /** What every process on it needs in its environment (the keys, unless in keys.json). */
  env: Record<string, string>;
}

/** A prepared database and data directory that compiled server processes take over. */
export interface Store extends Installation {
  /** Drops the database and removes the data directory. */
  drop(): Promise<void>;
}

/**
 * A fresh database with the demo's people and staff (no catalogue, cases or work orders: they
 * take a minute to seed) plus whatever `setUp` adds through the real routes in process; the
 * in-process app is closed before the compiled servers start. With `keysFile` the keys are
 * generated into DATA_DIR/keys.json, as `npm start` does, instead of coming from the environment.
 */
export async function prepareStore<T>(
  kind: DbKind,
  setUp: (t: TestApp) => Promise<T>,
  options: { keysFile?: boolean } = {},
): Promise<{ store: Store; value: T }> {
  // Unset, not empty: an empty AUDIT_SIGNING_KEY is taken as the key itself.
  const keysFromFile = {
    DATA_KEY: '',
    BLIND_INDEX_KEY: '',
    AUDIT_SIGNING_KEY: undefined as unknown as string,
  };
  const t = await createTestApp(kind, {}, options.keysFile ? keysFromFile : {});
  const value = await setUp(t);
  await t.app.close();
  return {
    store: {
      dataDir: t.ctx.config.dataDir,
      databaseUrl: t.ctx.config.databaseUrl,
      env: options.keysFile ? {} : TEST_KEYS,
      drop: () => t.close(),
    },
    value,
  };
}
