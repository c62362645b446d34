import type { AppContext } from '../../platform/http/index.js';
import { versionContent } from '../catalogue/index.js';
import type { ApplicationTable } from './tables.js';

/** The receipt's content: the number, and the promise the applicant can hold us to. */
export async function submittedView(ctx: AppContext, row: ApplicationTable) {
  // The promise of the version filed on, which a later publication does not change.
  const { guide } = await versionContent(ctx.db, row.matterVersionId);
  return {
    applicationNo: row.applicationNo,
    status: row.status,
    matterCode: row.matterCode,
    matterName: row.matterName,
    submittedAt: row.submittedAt,
    promisedLimitDays: guide.promisedLimitDays,
  };
}
