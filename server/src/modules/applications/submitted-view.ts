import type { AppContext } from '../../platform/http/index.js';
import { publishedMatter } from '../catalogue/index.js';
import type { ApplicationTable } from './tables.js';

/** The receipt's content: the number, and the promise the applicant can hold us to. */
export async function submittedView(ctx: AppContext, row: ApplicationTable) {
  const guide = (await publishedMatter(ctx.db, row.matterCode))?.guide;
  return {
    applicationNo: row.applicationNo,
    status: row.status,
    matterCode: row.matterCode,
    matterName: row.matterName,
    submittedAt: row.submittedAt,
    promisedLimitDays: guide?.promisedLimitDays ?? 0,
  };
}
