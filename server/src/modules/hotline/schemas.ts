import { z } from 'zod';
import { isIsoDate } from '../../platform/calendar/index.js';
import { normalizeMobile, pageOf, pageQuery, text } from '../../platform/validation/index.js';
import {
  CHANNELS,
  COMMAND_TYPES,
  DISTRICTS,
  FOLLOW_UP_RESULTS,
  REDIRECT_TARGETS,
  SUBJECTS,
  TICKET_STATUSES,
  TICKET_TYPES,
  URGENCIES,
} from './vocabulary.js';

// One schema per contract of /api/v1/hotline/* (and the citizen's /api/v1/hotline/my/*).
// Open311's own contracts are in open311/ (the GeoReport v2 shapes, not ours).

const isoDate = z
  .string()
  .refine(isIsoDate, { params: { i18n: 'calendar.invalid_date' } })
  .meta({ description: 'Calendar date YYYY-MM-DD (Asia/Shanghai)', example: '2026-11-26' });
const uuid = z.uuid();
const revision = z.number().int().min(1).meta({ description: 'The revision the client saw (409 if stale)' });

export const TICKET_NO = /^FS\d{14}$/;
export const ticketNoSchema = z
  .string()
  .regex(TICKET_NO)
  .meta({ description: '工单编号: FS + date (8) + daily sequence (6)', example: 'FS20261126000042' });
export const ticketNoParams = z.object({ ticketNo: ticketNoSchema });
export const idParams = z.object({ id: uuid });

/** A mainland mobile, or a landline with or without its area code (0757-8xxxxxxx). */
export const callerPhoneSchema = z
  .string()
  .transform((value, ctx) => {
    const mobile = normalizeMobile(value);
    if (mobile) return mobile;
    const landline = value.replace(/[\s()-]/g, '');
    if (/^(0\d{2,3})?[2-9]\d{6,7}$/.test(landline)) return landline;
    ctx.addIssue({ code: 'custom', params: { i18n: 'hotline.phone_invalid' } });
    return z.NEVER;
  })
  .meta({ description: 'Mobile or landline number', example: '13800138000' });

export const type = z.enum(TICKET_TYPES);
export const subject = z.enum(SUBJECTS);
export const channel = z.enum(CHANNELS);
export const urgency = z.enum(URGENCIES);
export const status = z.enum(TICKET_STATUSES);
export const district = z.enum(DISTRICTS);
export const redirectTarget = z.enum(REDIRECT_TARGETS);
export const followUpResult = z.enum(FOLLOW_UP_RESULTS);

export const locationSchema = z
  .object({
    address: text(200).meta({ description: 'From the most specific to the district: 门牌, 路, 镇街' }),
    districtCode: district,
    lng: z.number().min(-180).max(180).optional().meta({ description: 'WGS84 longitude' }),
    lat: z.number().min(-90).max(90).optional().meta({ description: 'WGS84 latitude' }),
  })
  .superRefine((l, ctx) => {
    if ((l.lng === undefined) !== (l.lat === undefined))
      ctx.addIssue({
        code: 'custom',
        path: [l.lng === undefined ? 'lng' : 'lat'],
        params: { i18n: 'hotline.point_incomplete' },
      });
  });
export type Location = z.infer<typeof locationSchema>;

const unitIds = z
  .array(uuid)
  .max(5)
  .default([])
  .meta({ description: 'Assisting units (协办单位), departments' });

export const dispositionSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('dispatch'),
    leadUnitId: uuid.optional().meta({ description: 'Dispatch at once to this unit (else: to the pool)' }),
    assistingUnitIds: unitIds,
  }),
  z.strictObject({
    kind: z.literal('direct_answer'),
    answer: text(2000),
    knowledgeId: uuid.optional().meta({ description: 'The knowledge-base entry the answer came from' }),
  }),
  z.strictObject({ kind: z.literal('redirect'), target: redirectTarget }),
]);
export type DispositionInput = z.infer<typeof dispositionSchema>;

export const callerSchema = z
  .object({
    phone: callerPhoneSchema.optional(),
    name: text(40).optional(),
    anonymous: z
      .boolean()
      .default(false)
      .meta({ description: '保密: the units never see who called; the centre still can' }),
  })
  .meta({ id: 'HotlineCallerEntry' });

/** The operator console: a call becomes an order. */
export const intakeBody = z
  .object({
    caller: callerSchema,
    location: locationSchema,
    type,
    subject,
    content: text(4000),
    urgency: urgency.default('normal'),
    disposition: dispositionSchema,
  })
  .meta({ id: 'HotlineIntake' });
export type IntakeBody = z.infer<typeof intakeBody>;

/** The citizen portal: the caller is the logged-in person. */
export const portalIntakeBody = z
  .object({
    location: locationSchema,
    type,
    subject,
    content: text(4000),
    anonymous: z.boolean().default(false),
  })
  .meta({ id: 'HotlinePortalIntake' });
export type PortalIntakeBody = z.infer<typeof portalIntakeBody>;

export const duplicateQueryBody = z.object({
  callerPhone: callerPhoneSchema.optional(),
  subject,
  districtCode: district.optional(),
  address: z.string().trim().max(200).optional(),
  lng: z.number().min(-180).max(180).optional(),
  lat: z.number().min(-90).max(90).optional(),
});
export type DuplicateQuery = z.infer<typeof duplicateQueryBody>;

export const DUPLICATE_REASONS = ['same_caller', 'same_place', 'same_address'] as const;
export const duplicateSuggestion = z
  .object({
    ticketNo: z.string(),
    status,
    type,
    subject,
    address: z.string(),
    createdAt: z.string(),
    reasons: z.array(z.enum(DUPLICATE_REASONS)),
    distanceMeters: z.number().int().nullable(),
  })
  .meta({ id: 'HotlineDuplicate' });
export const duplicateList = z.object({ items: z.array(duplicateSuggestion) });

const unitRef = z.object({ id: z.string(), name: z.string() });
export const maskedCaller = z.object({
  name: z.string().nullable().meta({ description: 'Masked (张*); null when not given or confidential' }),
  phone: z.string().nullable().meta({ description: 'Masked (138****8000)' }),
  anonymous: z.boolean(),
  registered: z.boolean().meta({ description: 'Made by a logged-in person on the portal' }),
});

export const ticketItem = z
  .object({
    ticketNo: z.string(),
    channel,
    type,
    subject,
    urgency,
    status,
    districtCode: z.string().nullable(),
    address: z.string(),
    excerpt: z.string().meta({ description: 'The first 60 characters of the content' }),
    caller: maskedCaller,
    leadUnit: unitRef.nullable(),
    createdAt: z.string(),
    dispatchDueAt: z.string().nullable(),
    signDueAt: z.string().nullable(),
    handlingDueOn: z.string().nullable(),
    late: z.boolean().meta({ description: 'Dispatch, sign-for or handling past its limit' }),
    supervisionCount: z.number().int(),
    returnCount: z.number().int(),
    reopenCount: z.number().int(),
    extensionPending: z.boolean(),
    revision: z.number().int(),
  })
  .meta({ id: 'HotlineTicketItem' });
export const ticketPage = pageOf(ticketItem);

const boolQuery = z
  .enum(['true', 'false'])
  .transform((v) => v === 'true')
  .optional();
export const ticketQuery = pageQuery.extend({
  status: z
    .string()
    .optional()
    .transform((v, ctx) => {
      if (!v) return undefined;
      const list = v.split(',');
      if (list.every((s) => (TICKET_STATUSES as readonly string[]).includes(s)))
        return list as (typeof TICKET_STATUSES)[number][];
      ctx.addIssue({ code: 'custom', params: { i18n: 'hotline.status_invalid' } });
      return z.NEVER;
    })
    .meta({ description: 'One or more statuses, comma-separated' }),
  type: type.optional(),
  subject: subject.optional(),
  districtCode: district.optional(),
  channel: channel.optional(),
  unitId: uuid.optional().meta({ description: 'Centre and supervisors: orders this unit leads' }),
  late: boolQuery.meta({ description: 'true: only orders past a limit (dispatch, sign-for or handling)' }),
  extensionPending: boolQuery.meta({ description: 'true: only orders with an extension request to decide' }),
  from: isoDate.optional(),
  to: isoDate.optional(),
  q: z.string().trim().max(20).optional().meta({ description: 'Start of an order number' }),
});
export type TicketQuery = z.infer<typeof ticketQuery>;

export const timelineEntry = z.object({
  seq: z.number().int(),
  at: z.string(),
  kind: z.string().meta({ description: 'intake, direct_answer, redirect, or a command type' }),
  actor: z.string().nullable(),
  unit: unitRef.nullable(),
  text: z.string().nullable(),
  detail: z.record(z.string(), z.unknown()),
});

export const ticketDetail = ticketItem
  .extend({
    content: z.string(),
    location: z.object({
      address: z.string(),
      districtCode: z.string().nullable(),
      lng: z.number().nullable(),
      lat: z.number().nullable(),
    }),
    assistingUnits: z.array(unitRef),
    dispatchedAt: z.string().nullable(),
    signedAt: z.string().nullable(),
    returnUntil: z.string().nullable(),
    returnRefused: z.boolean(),
    repliedAt: z.string().nullable(),
    closedAt: z.string().nullable(),
    satisfaction: followUpResult.nullable(),
    extension: z
      .object({ workingDays: z.number().int(), reason: z.string(), requestedAt: z.string() })
      .nullable(),
    extendedDays: z.number().int(),
    mergedInto: z.string().nullable().meta({ description: 'The order this one was merged into' }),
    mergedFrom: z.array(z.string()).meta({ description: 'Orders merged into this one' }),
    redirect: z.object({ target: redirectTarget, wording: z.string() }).nullable(),
    answer: z.string().nullable().meta({ description: '直接答复 given at intake' }),
    timeline: z.array(timelineEntry),
    actions: z.array(z.enum(COMMAND_TYPES)).meta({ description: 'What the caller may send now' }),
  })
  .meta({ id: 'HotlineTicket' });

export const intakeResult = z
  .object({ ticket: ticketDetail, duplicates: z.array(duplicateSuggestion) })
  .meta({ id: 'HotlineIntakeResult' });

export const callerDetail = z
  .object({ name: z.string().nullable(), phone: z.string().nullable(), anonymous: z.boolean() })
  .meta({ id: 'HotlineCaller' });

const exp = { expectedRevision: revision };
const note = text(1000);
export const commandBody = z.discriminatedUnion('type', [
  z.strictObject({
    type: z.literal('dispatch'),
    ...exp,
    leadUnitId: uuid,
    assistingUnitIds: unitIds,
    note: note.optional(),
  }),
  z.strictObject({ type: z.literal('sign'), ...exp }),
  z.strictObject({ type: z.literal('return'), ...exp, reason: note }),
  z.strictObject({
    type: z.literal('reassign'),
    ...exp,
    leadUnitId: uuid,
    assistingUnitIds: unitIds,
    note: note.optional(),
  }),
  z.strictObject({ type: z.literal('insist'), ...exp, note }),
  z.strictObject({
    type: z.literal('requestExtension'),
    ...exp,
    workingDays: z.number().int().min(1).max(30),
    reason: note,
  }),
  z.strictObject({ type: z.literal('decideExtension'), ...exp, approve: z.boolean(), note: note.optional() }),
  z.strictObject({
    type: z.literal('reply'),
    ...exp,
    content: text(4000),
    resolved: z.boolean().meta({ description: 'Whether the request was met (解决)' }),
  }),
  z.strictObject({ type: z.literal('followUp'), ...exp, result: followUpResult, note: note.optional() }),
  z.strictObject({ type: z.literal('supervise'), ...exp, note }),
  z.strictObject({ type: z.literal('merge'), ...exp, intoTicketNo: ticketNoSchema }),
  z.strictObject({ type: z.literal('assistNote'), ...exp, text: note }),
]);
export type CommandBody = z.infer<typeof commandBody>;

export const routingSuggestion = z
  .object({
    leadUnit: unitRef,
    assistingUnits: z.array(unitRef),
    ruleId: z.string().nullable(),
    basis: z.enum(['rule', 'district_default', 'city_default']),
  })
  .meta({ id: 'HotlineRouting' });

export const routingRuleBody = z
  .object({
    subject: subject.nullable().meta({ description: 'null: any subject' }),
    type: type.nullable().meta({ description: 'null: any type' }),
    districtCode: district.nullable().meta({ description: 'null: any district' }),
    leadUnitId: uuid,
    assistingUnitIds: unitIds,
  })
  .meta({ id: 'HotlineRoutingRuleBody' });
export type RoutingRuleBody = z.infer<typeof routingRuleBody>;
export const routingRule = z
  .object({
    id: z.string(),
    subject: subject.nullable(),
    type: type.nullable(),
    districtCode: z.string().nullable(),
    leadUnit: unitRef,
    assistingUnits: z.array(unitRef),
    updatedAt: z.string(),
  })
  .meta({ id: 'HotlineRoutingRule' });
export const routingRuleList = z.object({ items: z.array(routingRule) });

const days = z.number().int().min(1).max(60);
export const settingsSchema = z
  .object({
    handlingDays: z.object({
      consultation: days,
      help: days,
      complaint: days,
      report: days,
      suggestion: days,
      praise: days,
    }),
    urgentDispatchHours: z.number().int().min(1).max(24),
    dispatchWorkingDays: z.number().int().min(1).max(5),
    returnWorkingDays: z.number().int().min(1).max(10),
    maxExtensionDays: z.number().int().min(0).max(60),
    maxReopens: z.number().int().min(0).max(5),
    duplicateWindowHours: z
      .number()
      .int()
      .min(1)
      .max(24 * 30),
    duplicateDistanceMeters: z.number().int().min(10).max(5000),
  })
  .meta({ id: 'HotlineSettings' });
export const settingsView = settingsSchema.extend({
  revision: z.number().int(),
  updatedAt: z.string().nullable(),
});
// The revision is a PostgreSQL integer (32 bits): a larger one could neither be compared nor saved.
export const settingsBody = settingsSchema.extend({
  expectedRevision: z
    .number()
    .int()
    .min(0)
    .max(2 ** 31 - 2),
});

export const knowledgeQuery = pageQuery.extend({
  q: z.string().trim().max(40).optional(),
  subject: subject.optional(),
});
export const knowledgeBody = z
  .object({
    title: text(100),
    subject: subject.nullable(),
    keywords: z.array(text(20)).max(20).default([]),
    answer: text(4000),
  })
  .meta({ id: 'HotlineKnowledgeBody' });
export type KnowledgeBody = z.infer<typeof knowledgeBody>;
export const knowledgeEntry = z
  .object({
    id: z.string(),
    title: z.string(),
    subject: subject.nullable(),
    keywords: z.array(z.string()),
    answer: z.string(),
    usedCount: z.number().int().meta({ description: 'Direct answers given from it' }),
    updatedAt: z.string(),
  })
  .meta({ id: 'HotlineKnowledge' });
export const knowledgePage = pageOf(knowledgeEntry);

const named = z.object({ code: z.string(), name: z.string() });
export const taxonomy = z
  .object({
    types: z.array(named.extend({ handlingDays: z.number().int() })),
    subjects: z.array(named),
    channels: z.array(named),
    urgencies: z.array(named),
    statuses: z.array(named),
    followUpResults: z.array(named),
    redirectTargets: z.array(named.extend({ wording: z.string() })),
    districts: z.array(named),
  })
  .meta({ id: 'HotlineTaxonomy' });

export const unitList = z.object({
  items: z.array(z.object({ id: z.string(), code: z.string(), name: z.string(), districtCode: z.string() })),
});

export const dashboardQuery = z
  .object({
    from: isoDate.optional().meta({ description: 'Default: 29 days before `to`' }),
    to: isoDate.optional().meta({ description: 'Default: today' }),
    districtCode: district.optional(),
  })
  .superRefine((q, ctx) => {
    if (q.from && q.to && q.from > q.to)
      ctx.addIssue({ code: 'custom', path: ['from'], params: { i18n: 'hotline.range_reversed' } });
  });

const keyed = z.array(z.object({ key: z.string(), count: z.number().int() }));
export const dashboard = z
  .object({
    from: z.string(),
    to: z.string(),
    districtCode: z.string().nullable(),
    totals: z.object({
      received: z.number().int(),
      directAnswered: z.number().int(),
      redirected: z.number().int(),
      merged: z.number().int(),
      dispatched: z.number().int(),
      returned: z.number().int(),
      replied: z.number().int(),
      closed: z.number().int(),
      closedOnTime: z.number().int(),
      reopened: z.number().int(),
      supervised: z.number().int(),
    }),
    byType: keyed,
    byDistrict: keyed,
    byChannel: keyed,
    byDay: z.array(z.object({ day: z.string(), count: z.number().int() })),
    hotSubjects: z.array(
      z.object({
        subject,
        count: z.number().int(),
        previous: z.number().int().meta({ description: 'The same number of days just before `from`' }),
      }),
    ),
    satisfaction: z.object({
      satisfied: z.number().int(),
      basicallySatisfied: z.number().int(),
      dissatisfied: z.number().int(),
      unreachable: z.number().int(),
      rate: z
        .number()
        .nullable()
        .meta({ description: '(satisfied + basically satisfied) ÷ rated follow-ups; null when none' }),
    }),
    overdueByUnit: z.array(
      z.object({
        unit: unitRef,
        open: z.number().int().meta({ description: 'Orders the unit holds now (dispatched or in handling)' }),
        overdue: z.number().int().meta({ description: 'Of those, past their handling deadline today' }),
      }),
    ),
  })
  .meta({ id: 'HotlineDashboard' });
export type Dashboard = z.infer<typeof dashboard>;

/** `tx.id` (dashboard.ts, changesSince): opaque to clients, which send back what they were given. */
const changesCursor = z
  .string()
  .regex(/^\d{1,18}\.[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
export const changesQuery = z.object({
  after: changesCursor
    .optional()
    .meta({ description: 'The cursor of the previous answer; none: the last few minutes' }),
});
export const changeList = z
  .object({
    items: z.array(
      z.object({
        id: z.string(),
        at: z.string(),
        ticketNo: z.string(),
        kind: z.string(),
        status,
        type,
        subject,
        channel,
        districtCode: z.string().nullable(),
        leadUnitId: z.string().nullable().meta({ description: 'The lead unit as of this step' }),
      }),
    ),
    cursor: changesCursor,
    more: z.boolean().meta({ description: 'The answer was cut at its limit: ask again at once' }),
  })
  .meta({ id: 'HotlineChanges' });

export const myTicketItem = z
  .object({
    ticketNo: z.string(),
    type,
    subject,
    status,
    address: z.string(),
    excerpt: z.string(),
    createdAt: z.string(),
    leadUnit: z.string().nullable(),
    closedAt: z.string().nullable(),
  })
  .meta({ id: 'MyHotlineTicketItem' });
export const myTicketPage = pageOf(myTicketItem);
export const myTicketDetail = myTicketItem
  .extend({
    content: z.string(),
    districtCode: z.string().nullable(),
    anonymous: z.boolean(),
    replies: z.array(z.object({ at: z.string(), unit: z.string().nullable(), content: z.string() })),
    satisfaction: followUpResult.nullable(),
  })
  .meta({ id: 'MyHotlineTicket' });

export const open311KeyBody = z.object({ name: text(60) });
export const open311Key = z.object({
  id: z.string(),
  name: z.string(),
  prefix: z.string().meta({ description: 'The first characters, to tell keys apart' }),
  active: z.boolean(),
  createdAt: z.string(),
});
export const open311KeyList = z.object({ items: z.array(open311Key) });
export const open311KeyCreated = open311Key.extend({
  key: z.string().meta({ description: 'Shown once: only its hash is kept' }),
});
