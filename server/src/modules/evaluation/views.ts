import type { FieldCipher } from '../../platform/crypto/index.js';
import type { AnyDb } from '../../platform/db/index.js';
import { directoryRepository } from '../directory/index.js';
import { identityRepository } from '../identity/index.js';
import type { Indicator } from './model.js';
import { evaluationRepository } from './repository.js';
import type { EvaluationTable, RectificationTable } from './tables.js';

/** How an evaluation reads back, to its applicant and to the department rectifying it. */
export async function evaluationViewOf(db: AnyDb, cipher: FieldCipher, row: EvaluationTable) {
  const repo = evaluationRepository(db);
  const scores = Object.fromEntries(
    (await repo.scoresOf(row.id)).map((s) => [s.indicator, s.score]),
  ) as Record<Indicator, number>;
  const rectification = await repo.findRectificationOf(row.id);
  return {
    applicationNo: row.applicationNo,
    level: row.level,
    rating: row.rating,
    scores,
    reasons: await repo.reasonsOf(row.id),
    comment: row.commentEnc ? cipher.decrypt(row.commentEnc) : null,
    channel: row.channel,
    realName: row.realName === 1,
    evaluatedAt: row.evaluatedAt,
    followUp:
      row.followUpEnc && row.followUpAt
        ? { comment: cipher.decrypt(row.followUpEnc), at: row.followUpAt }
        : null,
    rectification: rectification ? { status: rectification.status, deadline: rectification.deadline } : null,
  };
}

/** Department names for list rows: a handful of departments, read once per request. */
export async function departmentNames(db: AnyDb): Promise<Map<string, string>> {
  return new Map((await directoryRepository(db).departments()).map((d) => [d.id, d.name]));
}

export function rectificationItemOf(
  row: RectificationTable,
  today: string,
  departments: Map<string, string>,
) {
  return {
    id: row.id,
    applicationNo: row.applicationNo,
    matterName: row.matterName,
    department: { id: row.departmentId, name: departments.get(row.departmentId) ?? '' },
    level: row.level,
    status: row.status,
    openedAt: row.openedAt,
    deadline: row.deadline,
    overdue: row.status === 'open' && row.deadline < today,
    rectified: row.measures !== null,
    calledBack: row.calledBackOn !== null,
    closedAt: row.closedAt,
  };
}

/** The full file a department works from, with the applicant's name and phone for the call-back. */
export async function rectificationDetailOf(
  db: AnyDb,
  cipher: FieldCipher,
  row: RectificationTable,
  today: string,
) {
  const evaluation = (await evaluationRepository(db).findById(row.evaluationId))!;
  const {
    applicationNo: _,
    rectification: __,
    ...evaluationView
  } = await evaluationViewOf(db, cipher, evaluation);
  const identity = identityRepository(db);
  const person = await identity.findPerson(row.applicantAccountId);
  const staffName = async (id: string | null) => (id ? ((await identity.findStaff(id))?.name ?? '') : '');
  return {
    ...rectificationItemOf(row, today, await departmentNames(db)),
    evaluation: evaluationView,
    applicant: {
      name: person?.name ?? '',
      mobile: person?.mobileEnc ? cipher.decrypt(person.mobileEnc) : null,
    },
    rectification:
      row.measures && row.rectifiedAt
        ? { measures: row.measures, at: row.rectifiedAt, by: await staffName(row.rectifiedBy) }
        : null,
    callBack:
      row.calledBackOn && row.callBackMethod && row.calledBackAt
        ? {
            calledBackOn: row.calledBackOn,
            method: row.callBackMethod,
            satisfied: row.applicantSatisfied === 1,
            note: row.callBackNoteEnc ? cipher.decrypt(row.callBackNoteEnc) : null,
            at: row.calledBackAt,
            by: await staffName(row.calledBackBy),
          }
        : null,
    closedOn: row.closedOn,
    onTime: row.closedOn ? row.closedOn <= row.deadline : null,
  };
}
