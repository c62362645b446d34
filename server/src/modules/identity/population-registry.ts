import type { AnyDb } from '../../platform/db/index.js';
import { identityRepository } from './repository.js';

export type RegistryAnswer = 'match' | 'mismatch' | 'unavailable';

/** The population registry (人口库) as OneWindow needs it: does this name hold this ID number? */
export interface PopulationRegistry {
  verify(idNumberBidx: string, name: string): Promise<RegistryAnswer>;
}

/**
 * The built-in registry: a local table of the people it knows. A deployment that reaches
 * the provincial registry supplies another implementation of the same interface.
 */
export function localPopulationRegistry(db: AnyDb): PopulationRegistry {
  const repo = identityRepository(db);
  return {
    async verify(idNumberBidx, name) {
      const record = await repo.findPopulationRecord(idNumberBidx);
      return record && record.status === 'normal' && record.name === name ? 'match' : 'mismatch';
    },
  };
}
