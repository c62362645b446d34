import { randomUUID } from 'node:crypto';
import { type AnyDb, type AnyTrx, tablesOf } from '../../platform/db/index.js';
import type { HotlineTables, RoutingRuleTable } from './tables.js';
import type { Subject, TicketType } from './vocabulary.js';

// Routing rules: subject × type × district → lead unit (+ assisting units), '*' for any.
// The most specific rule wins; a rule naming only a district is that district's default
// owner (the district government), the rule naming nothing the city's.

export const ANY = '*';

export interface RoutingKey {
  subject: Subject;
  type: TicketType;
  districtCode: string | null;
}

export type RoutingBasis = 'rule' | 'district_default' | 'city_default';

/** How specific a rule is: subject outweighs type, type outweighs district. */
const weight = (r: Pick<RoutingRuleTable, 'subject' | 'type' | 'districtCode'>) =>
  (r.subject !== ANY ? 4 : 0) + (r.type !== ANY ? 2 : 0) + (r.districtCode !== ANY ? 1 : 0);

export function matchRule<R extends Pick<RoutingRuleTable, 'subject' | 'type' | 'districtCode'>>(
  rules: readonly R[],
  key: RoutingKey,
): { rule: R; basis: RoutingBasis } | null {
  let best: R | null = null;
  for (const r of rules) {
    if (r.subject !== ANY && r.subject !== key.subject) continue;
    if (r.type !== ANY && r.type !== key.type) continue;
    if (r.districtCode !== ANY && r.districtCode !== key.districtCode) continue;
    if (!best || weight(r) > weight(best)) best = r;
  }
  if (!best) return null;
  const w = weight(best);
  return { rule: best, basis: w >= 2 ? 'rule' : w === 1 ? 'district_default' : 'city_default' };
}

export function routingRepository(anyDb: AnyDb | AnyTrx) {
  const db = tablesOf<HotlineTables>(anyDb);
  return {
    list: () =>
      db
        .selectFrom('hotlineRoutingRules')
        .selectAll()
        .orderBy('subject')
        .orderBy('type')
        .orderBy('districtCode')
        .execute(),
    find: (id: string) =>
      db.selectFrom('hotlineRoutingRules').selectAll().where('id', '=', id).executeTakeFirst(),
    /** One rule per key: saving a key that has one replaces its units. */
    async upsert(rule: Omit<RoutingRuleTable, 'id'>) {
      await db
        .insertInto('hotlineRoutingRules')
        .values({ id: randomUUID(), ...rule })
        .onConflict((oc) =>
          oc.columns(['subject', 'type', 'districtCode']).doUpdateSet({
            leadUnitId: rule.leadUnitId,
            assistingUnitIds: rule.assistingUnitIds,
            updatedAt: rule.updatedAt,
            updatedBy: rule.updatedBy,
          }),
        )
        .execute();
      return (await db
        .selectFrom('hotlineRoutingRules')
        .selectAll()
        .where('subject', '=', rule.subject)
        .where('type', '=', rule.type)
        .where('districtCode', '=', rule.districtCode)
        .executeTakeFirst())!;
    },
    remove: (id: string) => db.deleteFrom('hotlineRoutingRules').where('id', '=', id).execute(),
  };
}
