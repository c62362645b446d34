import type { TestProject } from 'vitest/node';
import { postgresReachable } from './databases.js';
import { ensureDebianPackages, SERVER_TEST_PACKAGES } from './debian-packages.js';
import { createMigratedTemplates, type MigratedTemplates } from './migrated-templates.js';

declare module 'vitest' {
  export interface ProvidedContext {
    postgres: boolean;
    migrated: MigratedTemplates;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  ensureDebianPackages(SERVER_TEST_PACKAGES);
  const reachable = await postgresReachable();
  if (!reachable && process.env.CI) {
    throw new Error('PostgreSQL is required in CI but unreachable at 127.0.0.1:5432 (set TEST_POSTGRES_URL)');
  }
  if (!reachable)
    process.stdout.write('PostgreSQL unreachable: integration tests run on SQLite only this time.\n');
  project.provide('postgres', reachable);
  const { templates, remove } = await createMigratedTemplates(reachable);
  project.provide('migrated', templates);
  return remove;
}
