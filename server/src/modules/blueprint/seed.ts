import type { AppContext } from '../../platform/http/index.js';
import { scanConflicts } from './conflicts.js';
import { importLayer } from './layer-service.js';
import { blueprintRepository } from './repository.js';
import { syntheticBlueprint } from './synthetic.js';

/**
 * The synthetic blueprint into an empty layer table (a table with layers is left alone: the
 * seed never overwrites what an administrator imported). Each layer is imported as an
 * administrator's import would be: its own transaction, audit record and event. Then the
 * conflict scan runs once, so the demo has coordination cases (209 on the full map).
 */
export async function seedSyntheticBlueprint(
  ctx: Pick<AppContext, 'db' | 'audit'>,
  options: { seed?: number; scale?: number } = {},
): Promise<{ layers: number; features: number; conflicts: number }> {
  if ((await blueprintRepository(ctx.db).revision()) !== '0:0')
    return { layers: 0, features: 0, conflicts: 0 };
  let layers = 0;
  let features = 0;
  for (const layer of syntheticBlueprint(options)) {
    await importLayer(ctx, layer.fields, layer.features, { actor: null });
    layers += 1;
    features += layer.features.length;
  }
  const { opened } = await scanConflicts(ctx, { actor: null });
  return { layers, features, conflicts: opened };
}
