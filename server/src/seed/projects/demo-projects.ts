/**
 * 50 demo construction projects across the categories and stages, with their history played
 * through the workflow engine on past dates: some completed, most in progress, a few late and
 * under supervision, a few waiting for a combined correction. Each project is one transaction
 * (its filings, every matter's case and commands), so the seed stays short.
 */
import type { Applicant } from '../../modules/applications/index.js';
import { workingCalendar } from '../../modules/calendar/index.js';
import { identityKeys, identityRepository } from '../../modules/identity/index.js';
import {
  type CategoryConfig,
  categoryConfig,
  checkSite,
  filingRepository,
  openFilingInTrx,
  projectAnswers,
  projectRepository,
  STAGES,
  type Stage,
  type StagePlan,
  stagePlan,
} from '../../modules/projects/index.js';
import { type Actor, type Command, caseService } from '../../modules/workflow/index.js';
import { businessDateOf, type WorkingCalendar } from '../../platform/calendar/index.js';
import { type AnyTrx, newRowId } from '../../platform/db/index.js';
import type { AppContext } from '../../platform/http/index.js';
import type { Role } from '../../platform/permissions/index.js';
import { momentOf, random, workingDaysBefore } from '../cases/demo-cases.js';
import { answersFor } from '../cases/sample-answers.js';
import { DEMO_ORGANIZATION, DEMO_PERSONS, DEMO_STAFF } from '../demo-accounts.js';

const PROJECTS = 50;

const NAMES = [
  '智能制造产业园一期',
  '城市更新综合体',
  '人才公寓',
  '中学扩建工程',
  '社区卫生服务中心',
  '物流仓储中心',
  '研发办公楼',
  '污水处理厂提标改造',
  '市政道路新建工程',
  '电力管线迁改工程',
  '商业综合楼装修',
  '新材料厂房',
];
const PLACES = ['禅城', '南海', '顺德', '三水', '高明'];
// Sites: a block near each district's centre; 禅城's and 顺德's lie in an area assessment.
const CENTRES: Record<string, [number, number]> = {
  禅城: [113.112, 23.026],
  南海: [113.143, 23.041],
  顺德: [113.25, 22.8],
  三水: [112.897, 23.156],
  高明: [112.892, 22.9],
};
const DIVISIONS: Record<string, string> = {
  禅城: '440604',
  南海: '440605',
  顺德: '440606',
  三水: '440607',
  高明: '440608',
};

/** The story of one project: how far it got, and what its current stage is doing. */
type Current = 'awaiting_intake' | 'in_review' | 'late' | 'correction' | 'decided';
interface Story {
  closedStages: number;
  current: Current | null;
}

function storyOf(i: number, stages: number, next: () => number): Story {
  // Every ten projects hold one of each category; four of them completed, shifting from ten to
  // ten, so that each category has completed projects (20 in all) and 30 in progress.
  if (((i % 10) + Math.floor(i / 10)) % 5 < 2) return { closedStages: stages, current: null };
  const currents: Current[] = ['in_review', 'in_review', 'late', 'awaiting_intake', 'decided', 'correction'];
  return {
    closedStages: Math.floor(next() * stages),
    current: currents[i % currents.length]!,
  };
}

/** How many working days ago the current stage was filed, by what it is doing now. */
function currentAge(current: Current, perStage: number, next: () => number): number {
  switch (current) {
    case 'awaiting_intake':
      return 1 + Math.floor(next() * 2);
    case 'correction':
      return 3;
    case 'late':
      return perStage + 8 + Math.floor(next() * 5);
    default:
      return 2 + Math.floor(next() * Math.max(1, perStage - 2));
  }
}

interface Cast {
  staff: Map<string, Actor>;
  supervisor: Actor;
  applicant: Applicant;
  agent: { name: string; idNumber: string; mobile: string };
}

async function castOf(ctx: AppContext): Promise<Cast | null> {
  const repo = identityRepository(ctx.db);
  const staff = new Map<string, Actor>();
  let supervisor: Actor | null = null;
  for (const s of DEMO_STAFF) {
    const row = await repo.findStaffByUsername(s.username);
    if (!row) continue;
    const actor = { id: row.accountId, roles: s.roles as Role[], departmentCode: s.department };
    for (const role of s.roles) staff.set(`${s.department}/${role}`, actor);
    if (s.roles.includes('supervisor')) supervisor = actor;
  }
  const org = await repo.findOrganizationByCreditCode(DEMO_ORGANIZATION.creditCode);
  const agent = DEMO_PERSONS.find((p) => p.name === DEMO_ORGANIZATION.agent)!;
  const person = await repo.findPersonByIdBidx(identityKeys(ctx.cipher).idNumber(agent.idNumber));
  if (!org || !person || !supervisor) return null;
  return {
    staff,
    supervisor,
    applicant: {
      accountId: person.accountId,
      organizationId: org.accountId,
      kind: 'organization',
      name: org.name,
    },
    agent,
  };
}

/**
 * Plays one matter's case from acceptance to decision on past dates, in the project's
 * transaction: accepted on `acceptOn`, every open review task agreed, decided `reviewDays`
 * later; or only as far as the story says.
 */
async function playMatter(
  trx: AnyTrx,
  cases: ReturnType<typeof caseService>,
  calendar: WorkingCalendar,
  cast: Cast,
  applicationNo: string,
  plan: { acceptOn: string | null; decideOn: string | null; now: Date },
) {
  let minute = 0;
  const at = (date: string) => {
    const m = momentOf(date, ++minute);
    return m > plan.now ? new Date(plan.now.getTime() - 60_000 + minute) : m;
  };
  // Each step on every open task of its kind (a joint review's departments each agree), by its holder.
  const steps = [
    { kind: 'pre_review', on: plan.acceptOn, command: { type: 'accept', note: '材料齐全，予以受理' } },
    {
      kind: 'review',
      on: plan.acceptOn && plan.decideOn,
      command: { type: 'review', verdict: 'agree', opinion: '经审查，符合规划和技术规范要求' },
    },
    {
      kind: 'decide',
      on: plan.acceptOn && plan.decideOn,
      command: { type: 'decide', outcome: 'approve', opinion: '符合条件，准予许可' },
    },
  ] as const;
  let state = (await cases.load(trx, applicationNo))!.state;
  for (const step of steps) {
    if (!step.on) break;
    for (const task of state.tasks.filter(
      (t) => t.kind === step.kind && (t.status === 'open' || t.status === 'claimed'),
    )) {
      const actor = cast.staff.get(`${task.assignment.department}/${task.assignment.role}`);
      if (!actor) continue;
      const command = { ...step.command, taskId: task.id, expectedRevision: task.revision } as Command;
      state = (await cases.runInTrx(trx, applicationNo, actor, command, calendar, at(step.on))).after;
    }
  }
  return state;
}

/** Seeds the demo projects into a demo without any; the number made. */
export async function seedDemoProjects(ctx: AppContext, now = new Date()): Promise<number> {
  const projects = projectRepository(ctx.db);
  if ((await projects.allBrief()).length > 0) return 0;
  const cast = await castOf(ctx);
  if (!cast) return 0;
  const calendar = await workingCalendar(ctx);
  const configs: CategoryConfig[] = await categoryConfig(ctx.db);
  const cases = caseService(ctx);
  const today = businessDateOf(now);
  const next = random(20261127);
  let made = 0;
  for (let i = 0; i < PROJECTS; i++) {
    const config = configs[i % configs.length]!;
    const place = PLACES[i % PLACES.length]!;
    const story = storyOf(i, config.stages.length, next);
    // Each stage takes a share of the cap; a few run over it (their departments late).
    const perStage = Math.max(3, Math.floor(config.capWorkingDays / config.stages.length) - 2);
    const stagesPlayed = story.closedStages + (story.current ? 1 : 0);
    const span = stagesPlayed * (perStage + 22) + 5;
    let day = workingDaysBefore(calendar, today, Math.min(span, 230));
    const [lng, lat] = CENTRES[place]!;
    const offset = (i % 7) * 0.004;
    const site = {
      type: 'Polygon' as const,
      coordinates: [
        [
          [lng + offset, lat + offset],
          [lng + offset + 0.002, lat + offset],
          [lng + offset + 0.002, lat + offset + 0.0012],
          [lng + offset, lat + offset + 0.0012],
          [lng + offset, lat + offset],
        ],
      ],
    };
    const checked = checkSite(site);
    const createdAt = momentOf(day, 0).toISOString();
    const project = {
      id: newRowId(),
      projectCode: `${day.slice(0, 4)}-${DIVISIONS[place]}-${config.code === 'fit_out' ? '70' : '47'}-03-${String(900000 + i).padStart(6, '0')}`,
      name: `佛山市${place}区${NAMES[i % NAMES.length]}`,
      ownerOrganizationId: cast.applicant.organizationId!,
      categoryCode: config.code,
      site: JSON.stringify(site),
      siteAreaM2: checked.areaM2,
      ...checked.bbox,
      investmentFen: (5_000 + Math.floor(next() * 200_000)) * 1_000_000,
      landAreaM2: 5_000 + Math.floor(next() * 50_000),
      floorAreaM2: 10_000 + Math.floor(next() * 120_000),
      intendedUse: config.code.includes('industr')
        ? 'industrial'
        : config.code === 'gov_road'
          ? 'transport'
          : 'mixed',
      contactNameEnc: ctx.cipher.encrypt(cast.agent.name),
      contactMobileEnc: ctx.cipher.encrypt(cast.agent.mobile),
      registeredBy: cast.applicant.accountId,
      planningId: null,
      createdAt,
      updatedAt: createdAt,
    };
    // Plans are read before the transaction: on SQLite its one connection is taken inside.
    const plans: { stage: Stage; index: number; plan: StagePlan }[] = [];
    for (const [index, { stage }] of config.stages.slice(0, stagesPlayed).entries())
      plans.push({ stage, index, plan: (await stagePlan(ctx.db, config, stage, project))! });

    await ctx.db.transaction().execute(async (trx) => {
      await projectRepository(trx).insert(project);
      day = calendar.addWorkingDays(day, 1);
      for (const { stage, index, plan } of plans) {
        const closing = index < story.closedStages;
        const current = closing ? null : story.current;
        // The stage in progress was filed recently (the applicant took its time after the last one).
        if (current) {
          const recent = workingDaysBefore(calendar, today, currentAge(current, perStage, next));
          if (recent > day) day = recent;
        }
        const leadCode = config.stages.find((s) => s.stage === stage)!.leadDepartment!.code;
        const lead = cast.staff.get(`${leadCode}/reviewer`) ?? cast.supervisor;
        const submittedOn = day;
        const filing = {
          id: newRowId(),
          filingNo: `${project.projectCode}-${STAGES.indexOf(stage as Stage) + 1}`,
          projectId: project.id,
          stage,
          leadDepartmentId: config.stages.find((s) => s.stage === stage)!.leadDepartment!.id,
          status: 'in_progress' as const,
          revision: 1,
          submittedBy: cast.applicant.accountId,
          submittedAt: momentOf(submittedOn, 0).toISOString(),
          submittedOn,
          closedAt: null,
          closedOn: null,
          closedBy: null,
          commitments: '[]',
          coveredByArea: JSON.stringify(plan.reductions.filter((r) => r.coveredBy).map((r) => r.identity)),
        };
        const sample = { ...cast.agent, organization: DEMO_ORGANIZATION };
        const merged: Record<string, unknown> = {
          ...answersFor(plan.merged.fields, sample, submittedOn),
          ...projectAnswers(project),
        };
        const answers = new Map<string, Record<string, unknown>>();
        for (const [name, sources] of Object.entries(plan.merged.fieldSources))
          for (const s of sources)
            answers.set(s.matterCode, { ...answers.get(s.matterCode), [s.name]: merged[name] });
        const rows = await openFilingInTrx(trx, ctx, {
          filing,
          matters: plan.resolved.matters.map(({ matter }) => ({
            matter,
            guide: matter.guide,
            links: [],
            reused: [],
          })),
          applicant: cast.applicant,
          roles: ['org_agent'],
          answers,
          receivedAt: momentOf(submittedOn, 0),
          calendar,
          facts: { actor: null },
        });
        // 施工图审查 or 测绘 before the departments can decide: off the government clock.
        let acceptOn = calendar.addWorkingDays(submittedOn, 1);
        if (stage === 'construction_permit' || stage === 'completion_acceptance') {
          const days = 2 + Math.floor(next() * 6);
          const endedOn = calendar.addWorkingDays(acceptOn, days - 1);
          await filingRepository(trx).insertIntermediary({
            id: newRowId(),
            filingId: filing.id,
            service: stage === 'construction_permit' ? 'drawing_review' : 'surveying',
            provider:
              stage === 'construction_permit' ? '佛山市建设工程施工图审查中心' : '佛山市测绘地理信息研究院',
            startedOn: acceptOn,
            endedOn: endedOn <= today ? endedOn : null,
            recordedBy: cast.applicant.accountId,
            recordedAt: momentOf(acceptOn, 0).toISOString(),
          });
          acceptOn = calendar.addWorkingDays(endedOn, 1);
        }
        if (acceptOn > today) acceptOn = today;
        let lastDecision = acceptOn;
        for (const row of rows) {
          const { state } = (await cases.load(trx, row.applicationNo))!;
          const promised = state.limits.promisedLimitDays;
          // Late departments: past their promised limit (still open, or decided late).
          const lateBy = current === 'late' || (closing && next() < 0.08) ? 2 + Math.floor(next() * 4) : 0;
          const days = lateBy
            ? promised + lateBy
            : Math.min(promised, Math.floor(next() * Math.max(1, perStage - 1)));
          const planned = calendar.addWorkingDays(acceptOn, days);
          // A closed stage's matters are all decided, by today at the latest.
          const decideOn = closing && planned > today ? today : planned;
          const decides = closing || current === 'decided' || (current === 'in_review' && next() < 0.4);
          const accepts = current !== 'awaiting_intake' && current !== 'correction';
          const after = await playMatter(trx, cases, calendar, cast, row.applicationNo, {
            acceptOn: accepts ? acceptOn : null,
            decideOn: decides && decideOn <= today ? decideOn : null,
            now,
          });
          if (decides && decideOn > lastDecision) lastDecision = decideOn;
          if (current === 'late' && after.status !== 'decided') {
            await cases.runInTrx(
              trx,
              row.applicationNo,
              cast.supervisor,
              {
                type: 'issueSupervisionOrder',
                expectedRevision: after.revision,
                department: after.tasks.find((t) => t.status === 'open')?.assignment.department ?? 'FS-ZSJ',
                text: '该办件已超承诺时限，请于督办期限内办结并说明原因',
                dueOn: calendar.addWorkingDays(today, 3),
              },
              calendar,
              new Date(now.getTime() - 120_000),
            );
          }
        }
        if (current === 'correction')
          await seedCorrection(trx, cases, calendar, cast, lead, filing.id, rows, now);
        if (closing) {
          // The day after the last decision, today at the latest.
          const closeOn = [calendar.addWorkingDays(lastDecision, 1), today].sort()[0]!;
          await filingRepository(trx).update(filing.id, 1, {
            status: 'closed',
            closedAt: momentOf(closeOn, 30).toISOString(),
            closedOn: closeOn,
            closedBy: lead.id,
          });
          // The next stage is filed a few working days later (the applicant's time).
          day = calendar.addWorkingDays(closeOn, 2 + Math.floor(next() * 6));
          if (day > today) day = today;
        }
      }
      await ctx.audit.recordInTrx(trx, {
        actor: null,
        action: 'project.register',
        objectType: 'project',
        objectId: project.id,
        detail: { projectCode: project.projectCode, seed: true, stages: plans.length },
      });
    });
    made++;
  }
  return made;
}

/** A stage waiting for the applicant: the departments' items sent as one combined correction. */
async function seedCorrection(
  trx: AnyTrx,
  cases: ReturnType<typeof caseService>,
  calendar: WorkingCalendar,
  cast: Cast,
  lead: Actor,
  filingId: string,
  rows: { matterCode: string; applicationNo: string }[],
  now: Date,
) {
  const items = [];
  for (const row of rows.slice(0, 2)) {
    const { state } = (await cases.load(trx, row.applicationNo))!;
    const task = state.tasks.find((t) => t.kind === 'pre_review' && t.status === 'open');
    const actor = task && cast.staff.get(`${task.assignment.department}/${task.assignment.role}`);
    if (!task || !actor) continue;
    const problem = { material: null, problem: '建设规模及内容与项目备案信息不一致，请核对后重新填写' };
    await cases.runInTrx(
      trx,
      row.applicationNo,
      actor,
      { type: 'requestCorrection', taskId: task.id, expectedRevision: task.revision, items: [problem] },
      calendar,
      new Date(now.getTime() - 600_000),
    );
    items.push({ matterCode: row.matterCode, ...problem });
  }
  if (!items.length) return;
  const repo = filingRepository(trx);
  await repo.insertCorrection({
    id: newRowId(),
    filingId,
    items: JSON.stringify(items),
    requestedBy: lead.id,
    requestedAt: new Date(now.getTime() - 600_000).toISOString(),
    answeredAt: null,
  });
  await repo.update(filingId, 1, { status: 'correction_requested' });
}
