/**
 * What the filings look like from outside: each matter's case and clock (workflow), the stage's
 * government clock without intermediary time, the project's against its category's cap.
 */
import type { WorkingCalendar } from '../../platform/calendar/index.js';
import type { AnyDb } from '../../platform/db/index.js';
import { type Locale, translate } from '../../platform/i18n/index.js';
import { can, type Principal } from '../../platform/permissions/index.js';
import { directoryRepository } from '../directory/index.js';
import { licensesOfApplication, licenseTypesOfMatters } from '../licenses/index.js';
import { type caseService, type InstanceState, projectClock, warningFor } from '../workflow/index.js';
import type { FilingStanding } from './filing-access.js';
import { filingRepository } from './filing-repository.js';
import { isDecided } from './filing-service.js';
import { governmentWorkingDays, intervalWorkingDays } from './stage-clock.js';
import type { FILING_ACTIONS } from './stage-schemas.js';
import type {
  ProjectFilingMatterTable,
  ProjectFilingTable,
  ProjectIntermediaryTable,
  ProjectTable,
} from './tables.js';
import type { JointReviewVerdict } from './vocabulary.js';

export interface Clock {
  workingDays: number;
  limitDays: number | null;
  deadline: string | null;
  late: boolean;
  warning: 'none' | 'yellow' | 'red';
  startedOn: string | null;
  endedOn: string | null;
}

/** A matter's department clock: its statutory clock from acceptance, suspensions excluded (workflow). */
export function matterClock(state: InstanceState, calendar: WorkingCalendar, today: string): Clock {
  if (!state.clock)
    return {
      workingDays: 0,
      limitDays: state.limits.promisedLimitDays,
      deadline: null,
      late: false,
      warning: 'none',
      startedOn: null,
      endedOn: null,
    };
  const p = projectClock(state.clock, calendar, today);
  return {
    workingDays: p.usedWorkingDays,
    limitDays: p.promised.budgetDays,
    deadline: p.promised.deadline,
    late: p.promised.overdueWorkingDays > 0,
    warning: p.warning,
    startedOn: state.clock.startDate,
    endedOn: p.stoppedOn,
  };
}

/**
 * The stage's government clock: from its submission to its close (or today), the intermediary
 * services' days left out; its limit is the longest promised limit among its matters, which run
 * in parallel, and the days left out push its deadline as far.
 */
export function stageClock(
  filing: Pick<ProjectFilingTable, 'submittedOn' | 'closedOn'>,
  limits: number[],
  intermediaries: readonly Pick<ProjectIntermediaryTable, 'startedOn' | 'endedOn'>[],
  calendar: WorkingCalendar,
  today: string,
): Clock {
  const end = filing.closedOn ?? today;
  const excluded = intermediaries.map((i) => ({ from: i.startedOn, to: i.endedOn }));
  const workingDays = governmentWorkingDays(calendar, filing.submittedOn, end, excluded);
  const limit = limits.length ? Math.max(...limits) : 0;
  const pushed = calendar.countWorkingDays(filing.submittedOn, end) - workingDays;
  return {
    workingDays,
    limitDays: limit,
    deadline: calendar.addWorkingDays(filing.submittedOn, Math.max(limit + pushed, 1)),
    late: workingDays > limit,
    warning: warningFor(limit, workingDays),
    startedOn: filing.submittedOn,
    endedOn: filing.closedOn,
  };
}

export interface MatterFacts {
  row: ProjectFilingMatterTable;
  state: InstanceState;
  department: { id: string; code: string; name: string };
  matterName: string;
  clock: Clock;
}

export interface FilingFacts {
  filing: ProjectFilingTable;
  matters: MatterFacts[];
  intermediaries: ProjectIntermediaryTable[];
  clock: Clock;
}

/** The filings with their matters' cases and clocks, read in a few queries plus one case load per matter. */
export async function filingFacts(
  db: AnyDb,
  cases: ReturnType<typeof caseService>,
  filings: ProjectFilingTable[],
  calendar: WorkingCalendar,
  today: string,
): Promise<FilingFacts[]> {
  const repo = filingRepository(db);
  const ids = filings.map((f) => f.id);
  const [matterRows, intermediaries, departments] = await Promise.all([
    repo.mattersOf(ids),
    repo.intermediariesOf(ids),
    directoryRepository(db).departments(),
  ]);
  const out: FilingFacts[] = [];
  for (const filing of filings) {
    const matters: MatterFacts[] = [];
    for (const row of matterRows.filter((m) => m.filingId === filing.id)) {
      const loaded = (await cases.load(db, row.applicationNo))!;
      const d = departments.find((x) => x.id === row.departmentId)!;
      matters.push({
        row,
        state: loaded.state,
        department: { id: d.id, code: d.code, name: d.name },
        matterName: loaded.row.matterName,
        clock: matterClock(loaded.state, calendar, today),
      });
    }
    const own = intermediaries.filter((i) => i.filingId === filing.id);
    out.push({
      filing,
      matters,
      intermediaries: own,
      clock: stageClock(
        filing,
        matters.map((m) => m.state.limits.promisedLimitDays),
        own,
        calendar,
        today,
      ),
    });
  }
  return out;
}

const ref = (d: { code: string; name: string }) => ({ code: d.code, name: d.name });

export function intermediaryView(i: ProjectIntermediaryTable, calendar: WorkingCalendar, today: string) {
  return {
    id: i.id,
    service: i.service,
    provider: i.provider,
    startedOn: i.startedOn,
    endedOn: i.endedOn,
    workingDays: intervalWorkingDays(calendar, { from: i.startedOn, to: i.endedOn }, today),
  };
}

export function filingSummaryOf(
  facts: FilingFacts,
  project: Pick<ProjectTable, 'projectCode' | 'name'>,
  lead: { code: string; name: string },
  locale: Locale,
) {
  const { filing, matters } = facts;
  return {
    id: filing.id,
    filingNo: filing.filingNo,
    projectId: filing.projectId,
    projectCode: project.projectCode,
    projectName: project.name,
    stage: filing.stage,
    stageName: translate(locale, `project.stage.${filing.stage}`),
    leadDepartment: ref(lead),
    status: filing.status,
    submittedAt: filing.submittedAt,
    closedAt: filing.closedAt,
    clock: facts.clock,
    matterCount: matters.length,
    decidedCount: matters.filter((m) => isDecided(m.state.status, m.state.outcome)).length,
  };
}

type FilingAction = (typeof FILING_ACTIONS)[number];

/** What the caller may do with the filing now: exactly what the service would accept. */
export function filingActions(
  principal: Principal | null,
  standing: FilingStanding,
  facts: FilingFacts,
  hasProposals: boolean,
): FilingAction[] {
  const { filing, matters } = facts;
  if (filing.status === 'closed') return [];
  const staff = can(principal, 'project.stage_coordinate');
  const atIntake = matters.some(
    (m) =>
      m.department.id === principal?.departmentId &&
      m.state.tasks.some(
        (t) =>
          (t.kind === 'pre_review' || t.kind === 'intake') && (t.status === 'open' || t.status === 'claimed'),
      ),
  );
  const actions: FilingAction[] = [];
  if (staff && standing.department && atIntake) actions.push('proposeCorrection');
  if (staff && standing.lead && filing.status === 'in_progress' && hasProposals)
    actions.push('requestCorrection');
  if (standing.owner && filing.status === 'correction_requested') actions.push('resubmit');
  if (staff && standing.lead) actions.push('recordJointReview');
  if ((staff && standing.lead) || standing.owner) actions.push('recordIntermediary');
  if (staff && standing.lead && matters.every((m) => isDecided(m.state.status, m.state.outcome)))
    actions.push('close');
  return actions;
}

/** The whole filing as its detail page shows it. */
export async function filingDetailOf(
  db: AnyDb,
  facts: FilingFacts,
  view: {
    project: Pick<ProjectTable, 'projectCode' | 'name'>;
    lead: { code: string; name: string };
    locale: Locale;
    principal: Principal | null;
    standing: FilingStanding;
    calendar: WorkingCalendar;
    today: string;
  },
) {
  const repo = filingRepository(db);
  const { filing } = facts;
  const [proposals, corrections, reviews, departments] = await Promise.all([
    repo.proposalsOf(filing.id),
    repo.correctionsOf(filing.id),
    repo.jointReviewsOf(filing.id),
    directoryRepository(db).departments(),
  ]);
  const matters = [];
  for (const m of facts.matters) {
    const [types, licences] = await Promise.all([
      licenseTypesOfMatters(db, [m.row.matterCode]),
      licensesOfApplication(db, m.row.applicationId),
    ]);
    const proposal = proposals.find((p) => p.matterCode === m.row.matterCode);
    matters.push({
      matterCode: m.row.matterCode,
      matterName: m.matterName,
      department: ref(m.department),
      applicationNo: m.row.applicationNo,
      status: m.state.status,
      decided: isDecided(m.state.status, m.state.outcome),
      outcome: m.state.outcome,
      clock: m.clock,
      proposedCorrection: proposal ? JSON.parse(proposal.items) : [],
      licenceTypes: types.filter((t) => t.kind === 'license').map((t) => t.name),
      licences: licences.map((l) => ({ licenseNo: l.licenseNo, typeName: l.typeName, status: l.status })),
    });
  }
  const departmentOf = (code: string) => {
    const d = departments.find((x) => x.code === code);
    return d ? ref(d) : { code, name: code };
  };
  return {
    ...filingSummaryOf(facts, view.project, view.lead, view.locale),
    matters,
    corrections: corrections.map((c) => ({
      id: c.id,
      requestedAt: c.requestedAt,
      answeredAt: c.answeredAt,
      items: JSON.parse(c.items),
    })),
    jointReviews: reviews.map((r) => ({
      id: r.id,
      kind: r.kind,
      heldOn: r.heldOn,
      opinions: (
        JSON.parse(r.opinions) as { departmentCode: string; verdict: JointReviewVerdict; opinion: string }[]
      ).map((o) => ({ department: departmentOf(o.departmentCode), verdict: o.verdict, opinion: o.opinion })),
      conclusion: r.conclusion,
      summary: r.summary,
      recordedAt: r.recordedAt,
    })),
    intermediaries: facts.intermediaries.map((i) => intermediaryView(i, view.calendar, view.today)),
    reduction: {
      commitments: JSON.parse(filing.commitments) as string[],
      coveredByArea: JSON.parse(filing.coveredByArea) as string[],
    },
    actions: filingActions(view.principal, view.standing, facts, proposals.length > 0),
    revision: filing.revision,
  };
}
