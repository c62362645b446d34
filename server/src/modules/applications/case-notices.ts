import { addCalendarDays, businessDateOf } from '../../platform/calendar/index.js';
import type { AnyTrx } from '../../platform/db/index.js';
import type { AppContext } from '../../platform/http/index.js';
import { catalogueRepository, type MatterGuide } from '../catalogue/index.js';
import { type IssueNotice, issueNotice } from '../notices/index.js';
import { type NotificationRequest, requestNotification } from '../notifications/index.js';
import { type CaseChange, onCaseChange } from '../workflow/index.js';
import { applicationRepository } from './repository.js';
import type { ApplicationTable } from './tables.js';

// What the applicant receives when their case moves: the written notice the law requires
// (a PDF with its verification QR) and a message on their channels — in the case's own
// transaction, so a decision is never recorded without them.

/** Days the applicant has to hand in what a correction notice lists (the notice states the date). */
const CORRECTION_DAYS = 30;
/** When a 告知承诺 approval is checked against what was committed to. */
const COMMITMENT_CHECK_DAYS = 60;

const DELIVERY_CHANNEL = { electronic: 'online', window: 'window', post: 'post' } as const;

interface Emitted {
  name: string;
  payload: Record<string, unknown>;
}

type NoticeOf = Omit<IssueNotice, 'applicationId' | 'applicationNo' | 'departmentCode' | 'issuedBy'>;

/**
 * 行政许可 decisions cite the Licensing Law (准予/不予行政许可决定书); other matters (确认,
 * 给付, 公共服务 …) get a result notice or a decision not to grant in their own words.
 */
function noticeFor(
  event: Emitted,
  change: CaseChange,
  row: ApplicationTable,
  matter: { isLicence: boolean; result: string },
): NoticeOf | null {
  const { after, projection } = change;
  const facts = {
    applicant: { name: row.applicantName, kind: row.applicantKind },
    matterName: row.matterName,
    submittedAt: row.submittedAt,
  };
  const today = businessDateOf(new Date(after.updatedAt));
  const acceptedOn = after.clock?.startDate ?? today;
  switch (event.name) {
    case 'application.submitted':
      return change.facts.channel === 'online'
        ? { kind: 'receipt', input: { ...facts, materials: [] } }
        : null;
    case 'application.accepted': {
      const shortfall = after.intake.shortfall;
      if (shortfall)
        return {
          kind: 'shortfall',
          input: {
            ...facts,
            items: shortfall.missing.map((material) => ({ material })),
            dueDate: shortfall.dueOn,
            committedAt: after.updatedAt,
          },
        };
      return {
        kind: 'acceptance',
        input: { ...facts, ...after.limits, dueDate: projection.promisedDueOn ?? today },
      };
    }
    case 'application.refused':
      return { kind: 'refusal', input: { ...facts, reason: String(event.payload.reason) } };
    case 'application.correction_requested':
      return {
        kind: 'correction',
        input: {
          ...facts,
          items: (after.intake.correction?.items ?? []).map((i) => ({
            material: i.material ?? '申请事项',
            requirement: i.problem,
          })),
          dueDate: addCalendarDays(today, CORRECTION_DAYS),
        },
      };
    case 'application.approved':
      if (after.intake.acceptance === 'commitment')
        return {
          kind: 'commitment',
          input: { ...facts, verifyBy: addCalendarDays(today, COMMITMENT_CHECK_DAYS) },
        };
      if (!matter.isLicence)
        return { kind: 'result', input: { ...facts, acceptedOn, result: matter.result } };
      return {
        kind: 'approval',
        input: {
          ...facts,
          acceptedOn,
          ...(event.payload.legalBasis ? { legalBasis: String(event.payload.legalBasis) } : {}),
        },
      };
    case 'application.denied':
      return {
        kind: matter.isLicence ? 'denial' : 'rejection',
        input: {
          ...facts,
          acceptedOn,
          reason: String(event.payload.opinion),
          legalBasis: String(event.payload.legalBasis),
        },
      };
    default:
      return null;
  }
}

function notificationFor(
  event: Emitted,
  change: CaseChange,
  row: ApplicationTable,
): NotificationRequest | null {
  const base = {
    accountId: row.submittedBy,
    link: `/my/applications/${row.applicationNo}`,
  };
  const params = { applicationNo: row.applicationNo, matterName: row.matterName };
  const { after } = change;
  switch (event.name) {
    case 'application.submitted':
      return { ...base, kind: 'application.submitted', params };
    case 'application.accepted':
      return after.intake.shortfall
        ? {
            ...base,
            kind: 'application.shortfall_accepted',
            params: { ...params, dueOn: after.intake.shortfall.dueOn },
          }
        : { ...base, kind: 'application.accepted', params };
    case 'application.refused':
      return {
        ...base,
        kind: 'application.refused',
        params: { ...params, reason: String(event.payload.reason).slice(0, 500) },
      };
    case 'application.correction_requested':
      return {
        ...base,
        kind: 'application.correction_requested',
        params: {
          ...params,
          reason: (after.intake.correction?.items ?? [])
            .map((i) => i.problem)
            .join('；')
            .slice(0, 500),
        },
      };
    case 'application.approved':
    case 'application.denied':
      return {
        ...base,
        kind: 'application.decided',
        params: { ...params, outcome: event.name === 'application.approved' ? 'approved' : 'denied' },
      };
    case 'application.delivered': {
      const channel = DELIVERY_CHANNEL[String(event.payload.channel) as keyof typeof DELIVERY_CHANNEL];
      return { ...base, kind: 'application.delivered', params: { ...params, channel } };
    }
    case 'application.withdrawn':
      return { ...base, kind: 'application.withdrawn', params };
    default:
      return null;
  }
}

async function onChange(trx: AnyTrx, ctx: AppContext, change: CaseChange) {
  const events = change.effects.flatMap((e) => (e.type === 'event.emitted' ? [e.event] : []));
  if (events.length === 0) return;
  const row = (await applicationRepository(trx).findById(change.applicationId))!;
  const actorId = change.effects.findLast((e) => e.type === 'action.recorded');
  const staffId =
    actorId?.type === 'action.recorded' &&
    actorId.action.actorId !== row.submittedBy &&
    actorId.action.actorId !== 'system'
      ? actorId.action.actorId
      : null;
  // Only a decision's notice depends on the kind of matter: read its guide just then.
  const decided = events.some((e) => e.name === 'application.approved' || e.name === 'application.denied');
  const guide = decided
    ? (JSON.parse(
        (await catalogueRepository(trx).findVersionById(row.matterVersionId))!.guide,
      ) as MatterGuide)
    : null;
  const matter = { isLicence: guide?.type === 'license', result: guide?.result ?? '' };
  for (const event of events) {
    const notice = noticeFor(event, change, row, matter);
    if (notice)
      await issueNotice(trx, ctx, {
        ...notice,
        applicationId: row.id,
        applicationNo: row.applicationNo,
        issuedBy: staffId,
        departmentCode: change.facts.departmentCode,
      } as IssueNotice);
    const notification = notificationFor(event, change, row);
    if (notification) await requestNotification(trx, notification, change.after.updatedAt);
  }
}

/** Registers the notices and notifications of case changes (once per process, like every listener). */
export function sendCaseNotices(): void {
  onCaseChange((trx, change, ctx) => onChange(trx, ctx, change));
}
