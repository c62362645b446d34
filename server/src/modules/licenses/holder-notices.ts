import type { AnyTrx } from '../../platform/db/index.js';
import { type LicenseNotificationKind, requestNotification } from '../notifications/index.js';
import type { LicenseTable } from './tables.js';

/**
 * Tells a licence's holder what happened to it (issued, suspended, revoked, reinstated, about
 * to expire), on their channels and in their language, in the change's own transaction: the
 * holder hears of exactly the changes that were committed.
 */
export function notifyHolder(
  trx: AnyTrx,
  licence: Pick<LicenseTable, 'holderAccountId' | 'licenseNo' | 'typeName' | 'issuerName'>,
  kind: LicenseNotificationKind,
  more: { reason?: string; dueOn?: string; occurredAt?: string } = {},
): Promise<string> {
  const { occurredAt, ...params } = more;
  return requestNotification(
    trx,
    {
      accountId: licence.holderAccountId,
      kind,
      params: {
        licenseNo: licence.licenseNo,
        licenseType: licence.typeName,
        department: licence.issuerName,
        ...params,
      },
      link: '/my/licenses',
    },
    occurredAt,
  );
}
