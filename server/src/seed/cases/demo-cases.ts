import { type Applicant, openApplication } from '../../modules/applications/index.js';
import { workingCalendar } from '../../modules/calendar/index.js';
import { catalogueRepository, type MatterGuide } from '../../modules/catalogue/index.js';
import { identityKeys, identityRepository } from '../../modules/identity/index.js';
import {
  type Actor,
  type Command,
  caseService,
  SYSTEM_ACTOR,
  taskCommandSchema,
} from '../../modules/workflow/index.js';
import type { WorkingCalendar } from '../../platform/calendar/index.js';
import { businessDateOf } from '../../platform/calendar/index.js';
import type { AppContext } from '../../platform/http/index.js';
import type { Role } from '../../platform/permissions/index.js';
import { DEMO_ORGANIZATION, DEMO_PERSONS, DEMO_STAFF } from '../demo-accounts.js';
import { answersFor, type SampleApplicant } from './sample-answers.js';
import { SCRIPTS, type Script, type Step } from './scripts.js';

/** Matters the demo cases are made against: departments with demo staff, short and long limits, 并联 ones. */
const DEMO_MATTERS = [
  '440600-ZRZY-0001',
  '440600-ZRZY-0002',
  '440600-ZRZY-0003',
  '440600-RS-0005',
  '440600-RS-0009',
  '440600-RS-0103',
  '440600-RS-0107',
  '440600-RS-0109',
  '440600-GA-0005',
  '440600-GA-0101',
  '440600-GA-0003',
  '440600-GA-0014',
  '440600-SJ-0001',
  '440600-SJ-0002',
];

/** 有限责任公司设立登记: its approval issues a 营业执照. */
const COMPANY_FOUNDING = '440600-SJ-0001';
/** What the demo company's 营业执照 prints beyond the sample answers. */
const COMPANY_ANSWERS = {
  registeredCapital: 500,
  businessScope: '软件开发；信息技术咨询服务；信息系统集成服务；数据处理和存储支持服务',
};

/** One stream of pseudo-random numbers for the whole seed: the same demo on every machine. */
export function random(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Cast {
  staff: Map<string, Actor & { label: string }>;
  persons: { applicant: Applicant; sample: SampleApplicant }[];
  organization: { applicant: Applicant; sample: SampleApplicant };
}

async function castOf(ctx: AppContext): Promise<Cast> {
  const repo = identityRepository(ctx.db);
  const keys = identityKeys(ctx.cipher);
  const staff = new Map<string, Actor & { label: string }>();
  for (const s of DEMO_STAFF) {
    const row = (await repo.findStaffByUsername(s.username))!;
    const actor = {
      id: row.accountId,
      roles: s.roles as Role[],
      departmentCode: s.department,
      label: s.username,
    };
    for (const role of s.roles) staff.set(`${s.department}/${role}`, actor);
    if (s.username === 'clerk.city') staff.set('*/window_clerk', actor);
  }
  const persons = [];
  for (const p of DEMO_PERSONS) {
    const row = (await repo.findPersonByIdBidx(keys.idNumber(p.idNumber)))!;
    persons.push({
      applicant: { accountId: row.accountId, organizationId: null, kind: 'person' as const, name: p.name },
      sample: p,
    });
  }
  const org = (await repo.findOrganizationByCreditCode(DEMO_ORGANIZATION.creditCode))!;
  const representative = persons.find((p) => p.sample.name === DEMO_ORGANIZATION.legalRepresentative)!;
  return {
    staff,
    persons,
    organization: {
      applicant: {
        accountId: representative.applicant.accountId,
        organizationId: org.accountId,
        kind: 'organization',
        name: DEMO_ORGANIZATION.name,
      },
      sample: { ...representative.sample, organization: DEMO_ORGANIZATION },
    },
  };
}

/** 09:30 in Foshan on the given business date, plus minutes to keep one day's steps in order. */
export function momentOf(date: string, minutes: number): Date {
  return new Date(Date.parse(`${date}T09:30:00+08:00`) + minutes * 60_000);
}

export function workingDaysBefore(calendar: WorkingCalendar, today: string, n: number): string {
  let date = today;
  // Walk back one calendar day at a time until n working days lie between (date, today].
  while (calendar.countWorkingDays(date, today) < n) {
    date = new Date(Date.parse(`${date}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
  }
  return date;
}

/**
 * 200 applications with their history, in every status (waiting for pre-review, under
 * correction, refused, in review — many of them overdue —, suspended, accepted with a
 * shortfall, deemed accepted, approved, denied, delivered, completed, withdrawn), so the
 * workbench and the supervision views show real work. Only into an empty demo.
 */
export async function seedDemoCases(ctx: AppContext, now = new Date()): Promise<number> {
  const existing = await ctx.db
    .selectFrom('applications')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  if (Number(existing.n) > 0) return 0;
  const calendar = await workingCalendar(ctx);
  const cast = await castOf(ctx);
  const cases = caseService(ctx);
  const catalogue = catalogueRepository(ctx.db);
  const matters = [];
  for (const code of DEMO_MATTERS) {
    const version = (await catalogue.publishedByCode(code))!;
    matters.push({ code, version, guide: JSON.parse(version.guide) as MatterGuide });
  }
  const today = businessDateOf(now);
  // The demo company's own 设立登记, completed long ago: its approval issues the company's
  // 营业执照 like any other, so its business matters take the licence instead of asking (零提交).
  const founding = matters.find((m) => m.code === COMPANY_FOUNDING)!;
  await playCase(ctx, cases, calendar, cast, {
    matter: founding,
    who: cast.organization,
    script: SCRIPTS.find((s) => s.script.name === 'completed')!.script,
    received: workingDaysBefore(calendar, today, 60),
    now,
    answers: COMPANY_ANSWERS,
  });
  const next = random(20261126);
  let made = 1;
  for (const { script, count } of SCRIPTS) {
    for (let i = 0; i < count; i++) {
      const matter = matters[Math.floor(next() * matters.length)]!;
      const [min, max] = script.receivedDaysAgo;
      const daysAgo = min + Math.floor(next() * (max - min + 1));
      const forPerson = matter.guide.audiences.includes('person');
      const who = forPerson ? cast.persons[Math.floor(next() * cast.persons.length)]! : cast.organization;
      await playCase(ctx, cases, calendar, cast, {
        matter,
        who,
        script,
        received: workingDaysBefore(calendar, today, daysAgo),
        now,
      });
      made++;
    }
  }
  return made;
}

async function playCase(
  ctx: AppContext,
  cases: ReturnType<typeof caseService>,
  calendar: WorkingCalendar,
  cast: Cast,
  input: {
    matter: { code: string; version: { id: string; departmentId: string }; guide: MatterGuide };
    who: Cast['persons'][number];
    script: Script;
    received: string;
    now: Date;
    /** Answers that replace the sample ones. */
    answers?: Record<string, unknown>;
  },
): Promise<void> {
  const { matter, who, script, received, now } = input;
  // Never in the future: a step planned for later today happens a minute ago instead.
  const at = (day: number, minutes: number) => {
    const date = day === 0 ? received : calendar.addWorkingDays(received, day);
    const planned = momentOf(date, minutes);
    return planned > now ? new Date(now.getTime() - (60 - minutes) * 60_000) : planned;
  };
  const clerk = cast.staff.get('*/window_clerk')!;
  const row = await ctx.db.transaction().execute(async (trx) => {
    const opened = await openApplication(
      trx,
      ctx,
      {
        applicant: who.applicant,
        channel: script.channel,
        roles: [who.applicant.kind === 'person' ? 'person' : 'org_agent'],
        version: matter.version,
        guide: matter.guide,
        matterCode: matter.code,
        formData: { ...answersFor(matter.guide.form, who.sample, received), ...input.answers },
        materials: [],
        receivedAt: at(0, 0),
      },
      calendar,
    );
    await ctx.audit.recordInTrx(trx, {
      actor: script.channel === 'window' ? { id: clerk.id, role: 'window_clerk', label: clerk.label } : null,
      action: 'application.submit',
      objectType: 'application',
      objectId: opened.applicationNo,
      detail: { matterCode: matter.code, channel: script.channel, seed: true },
    });
    return opened;
  });
  for (const [index, step] of script.steps.entries()) {
    for (const { actor, command } of await commandsOf(
      ctx,
      cases,
      cast,
      row.applicationNo,
      matter.guide,
      who,
      step,
    )) {
      await runStep(
        cases,
        script,
        row.applicationNo,
        actor,
        command,
        async (trx) => {
          await ctx.audit.recordInTrx(trx, {
            actor:
              actor.id === SYSTEM_ACTOR.id
                ? null
                : { id: actor.id, role: actor.roles[0]!, label: labelOf(actor) },
            action: `workflow.${command.type}`,
            objectType: 'application',
            objectId: row.applicationNo,
            detail: { seed: true },
          });
        },
        at(step.day, index + 1),
      );
    }
  }
}

/** A demo script that no longer fits the engine's rules fails the seed loudly, naming the step. */
async function runStep(
  cases: ReturnType<typeof caseService>,
  script: Script,
  ...args: Parameters<ReturnType<typeof caseService>['run']>
) {
  try {
    return await cases.run(...args);
  } catch (err) {
    throw new Error(
      `demo case "${script.name}": ${args[2].type} by ${labelOf(args[1])} refused: ${String(err)}`,
      {
        cause: err,
      },
    );
  }
}

const labelOf = (actor: Actor) => ('label' in actor ? String(actor.label) : '申请人');

/** The commands one step sends, each with its actor and the revision it expects right now. */
async function commandsOf(
  ctx: AppContext,
  cases: ReturnType<typeof caseService>,
  cast: Cast,
  applicationNo: string,
  guide: MatterGuide,
  who: Cast['persons'][number],
  step: Step,
): Promise<{ actor: Actor; command: Command }[]> {
  const { state } = (await cases.load(ctx.db, applicationNo))!;
  const instance = (actor: Actor) => [
    { actor, command: { ...step.command, expectedRevision: state.revision } as Command },
  ];
  switch (step.by) {
    case 'applicant':
      return instance({ id: who.applicant.accountId, roles: ['person'], departmentCode: null });
    case 'system':
      return instance(SYSTEM_ACTOR);
    case 'lead':
      return instance(cast.staff.get(`${guide.department}/reviewer`)!);
    case 'task': {
      const open = state.tasks
        .filter((t) => t.kind === step.kind && (t.status === 'open' || t.status === 'claimed'))
        .sort(
          (a, b) =>
            Number(b.assignment.department === guide.department) -
            Number(a.assignment.department === guide.department),
        );
      const holder = (t: (typeof open)[number]) =>
        cast.staff.get(`${t.assignment.department}/${t.assignment.role}`)!;
      if (!isTaskCommand(step.command)) return instance(holder(open[0]!));
      // Each open task of the kind, one after another: the revisions move with every action.
      return open.map((t) => ({
        actor: holder(t),
        command: { ...step.command, taskId: t.id, expectedRevision: t.revision } as Command,
      }));
    }
  }
}

const TASK_COMMANDS: ReadonlySet<string> = new Set(taskCommandSchema.options.map((o) => o.shape.type.value));
const isTaskCommand = (command: Step['command']) => TASK_COMMANDS.has(command.type);
