import { randomUUID } from 'node:crypto';
import type { Insertable } from 'kysely';
import type { AuditLog } from '../../platform/audit/index.js';
import type { WorkingCalendar } from '../../platform/calendar/index.js';
import type { FieldCipher } from '../../platform/crypto/index.js';
import { type AnyDb, type AnyTrx, tablesOf } from '../../platform/db/index.js';
import { workingCalendar } from '../calendar/index.js';
import { applyDeltas, type Deltas, deltaSum, deltasOf } from './counters.js';
import { FOSHAN_TOWNS } from './geography.js';
import { CALLER_PHONE_INDEX } from './intake-service.js';
import {
  type Actor,
  type Clock,
  type Command,
  createTicket,
  type Disposition,
  execute,
  isLate,
  type TicketState,
} from './machine.js';
import type { HotlineSettings } from './model.js';
import { columnsOf, formatTicketNo, unitRowsOf } from './repository.js';
import { matchRule, routingRepository } from './routing.js';
import { readSettings } from './settings.js';
import type { HotlineTables, TicketEventTable, TicketTable, TicketUnitTable } from './tables.js';
import type { Channel, FollowUpResult, RedirectTarget, Subject, TicketType } from './vocabulary.js';

// 10,000 demo orders over the past 90 days, played through the real state machine with
// past clocks so every row, timeline and counter is one the system itself could have
// written. A seeded PRNG makes the same data for the same day.

const DAYS = 90;
const CALLERS = 4000;
const HOUR = 3_600_000;
const MINUTE = 60_000;

/** mulberry32: small, fast, good enough for demo data; the same seed gives the same orders. */
function prng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  const pick = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)]!;
  const tables = new WeakMap<object, { entries: [string, number][]; total: number }>();
  const weighted = <T extends string>(weights: Partial<Record<T, number>>): T => {
    let table = tables.get(weights);
    if (!table) {
      const entries = Object.entries(weights) as [string, number][];
      table = { entries, total: entries.reduce((sum, [, w]) => sum + w, 0) };
      tables.set(weights, table);
    }
    const { entries, total } = table as { entries: [T, number][]; total: number };
    let r = next() * total;
    for (const [k, w] of entries) {
      r -= w;
      if (r < 0) return k;
    }
    return entries.at(-1)![0];
  };
  return {
    next,
    pick,
    weighted,
    chance: (p: number) => next() < p,
    between: (a: number, b: number) => a + next() * (b - a),
  };
}

const TYPE_WEIGHTS: Record<TicketType, number> = {
  consultation: 35,
  complaint: 28,
  help: 17,
  report: 8,
  suggestion: 8,
  praise: 4,
};

// What people call about, by kind of call: complaints are mostly noise, property and traffic.
const SUBJECT_WEIGHTS: Record<TicketType, Partial<Record<Subject, number>>> = {
  complaint: {
    noise: 20,
    property: 18,
    traffic: 12,
    city_appearance: 10,
    market: 10,
    environment: 8,
    labour: 6,
    illegal_building: 5,
    housing: 4,
    water: 3,
    education: 2,
    other: 2,
  },
  consultation: {
    social_security: 20,
    government_service: 15,
    medical_insurance: 12,
    housing: 10,
    education: 10,
    public_order: 8,
    traffic: 6,
    labour: 6,
    civil_affairs: 6,
    water: 3,
    public_trading: 2,
    other: 2,
  },
  help: {
    water: 20,
    city_appearance: 15,
    traffic: 15,
    civil_affairs: 12,
    property: 10,
    health: 8,
    public_order: 8,
    other: 12,
  },
  report: {
    market: 30,
    illegal_building: 25,
    environment: 20,
    public_trading: 10,
    public_order: 10,
    labour: 5,
  },
  suggestion: {
    traffic: 30,
    city_appearance: 20,
    education: 15,
    government_service: 15,
    environment: 10,
    other: 10,
  },
  praise: { government_service: 40, health: 20, city_appearance: 20, other: 20 },
};

const DISTRICT_WEIGHTS = { '440605': 30, '440606': 27, '440604': 22, '440607': 11, '440608': 10 };
const CHANNEL_WEIGHTS: Record<Channel, number> = { phone: 70, portal: 25, open311: 5 };
// Monday is busiest; weekends are quiet.
const WEEKDAY_WEIGHT = [0.5, 1.15, 1.05, 1.0, 0.98, 0.95, 0.6];
const REDIRECT_WEIGHTS: Record<RedirectTarget, number> = {
  police_110: 40,
  petition: 25,
  court: 15,
  ambulance_120: 10,
  fire_119: 10,
};
const FOLLOW_UP_WEIGHTS: Record<FollowUpResult, number> = {
  satisfied: 72,
  basically_satisfied: 15,
  dissatisfied: 9,
  unreachable: 4,
};

const ROADS = [
  '季华路',
  '岭南大道',
  '汾江路',
  '佛山大道',
  '南海大道',
  '桂澜路',
  '德胜路',
  '容奇大道',
  '广海大道',
  '荷城大道',
  '魁奇路',
  '文华路',
  '绿景路',
  '东平路',
  '兴业路',
];
const ESTATES = [
  '碧桂园',
  '保利花园',
  '万科金色家园',
  '美的城',
  '中海万锦',
  '海伦堡',
  '金地九珑璧',
  '时代倾城',
  '君兰江山',
];
const SURNAMES = '陈李黄梁何张吴冯罗林周郑刘谭麦区潘邓杨叶'.split('');
const GIVEN = [
  '伟',
  '芳',
  '志强',
  '丽',
  '建华',
  '婷',
  '俊',
  '嘉欣',
  '明',
  '秀英',
  '国强',
  '晓燕',
  '浩',
  '敏',
  '永康',
  '丽娟',
];

const CONTENT: Record<Subject, string[]> = {
  noise: [
    '{town}附近工地夜间施工，凌晨还在打桩，噪音很大影响休息，请尽快处理。',
    '{town}一楼商铺用大音箱促销，从早到晚噪音扰民，希望有关部门管理。',
    '{town}附近广场舞音响声音太大，晚上九点后仍不停止，影响老人小孩休息。',
    '{town}楼上住户装修，周末早上七点就开始用电钻，请告知装修施工时间规定并处理。',
  ],
  property: [
    '{estate}小区电梯经常故障，物业报修后一直没人维修，老人上下楼很困难。',
    '{estate}小区物业擅自提高停车费，未公示也未征求业主意见，请核查。',
    '{estate}小区公共区域垃圾多日未清运，物业不作为，请督促整改。',
  ],
  traffic: [
    '{road}与{road2}交叉口信号灯配时不合理，早晚高峰拥堵严重，建议优化。',
    '{town}公交站台没有遮雨棚，下雨天候车很不方便。',
    '{town}人行道上共享单车乱停放，行人无法通行。',
  ],
  city_appearance: [
    '{town}路边垃圾堆积多日无人清理，气味很大。',
    '{town}有流动摊贩占道经营，晚上油烟和垃圾很多。',
    '{town}路灯不亮已经一周，晚上出行不安全。',
  ],
  illegal_building: [
    '{town}有人在楼顶加建铁皮房，怀疑是违法建设，请核查。',
    '{town}一处农用地上正在建房，未见任何公示，请查处。',
  ],
  environment: [
    '{town}附近工厂夜间排放刺鼻废气，周边居民反映强烈。',
    '{town}河涌发黑发臭，怀疑有企业偷排污水。',
  ],
  market: [
    '在{town}一家超市购买的食品已过保质期，商家拒绝退换。',
    '{town}一家培训机构收取学费后关门跑路，请相关部门处理。',
    '{town}药店销售商品明码标价与结账价格不一致。',
  ],
  labour: [
    '本人在{town}一家工厂上班，公司拖欠三个月工资未发，请求帮助。',
    '{town}一家公司未依法给员工购买社保，请核查。',
  ],
  social_security: ['咨询社保卡丢失后如何补办，需要带什么材料。', '咨询灵活就业人员养老保险如何缴费。'],
  medical_insurance: ['咨询异地就医备案怎么办理。', '咨询门诊特定病种的报销比例和申请方式。'],
  health: ['{town}社区卫生服务中心预约挂号难，建议增加号源。', '咨询{town}附近哪里可以接种疫苗。'],
  education: [
    '咨询孩子明年上小学的学位申请时间和材料。',
    '{town}学校周边上下学时段交通混乱，建议安排交警疏导。',
  ],
  water: ['{town}今天上午开始停水，没有收到通知，请问什么时候恢复。', '{town}路面井盖破损，存在安全隐患。'],
  public_order: ['咨询居住证如何办理。', '{town}附近经常有人深夜聚集喧哗，存在治安隐患。'],
  civil_affairs: ['咨询{town}的老人如何申请高龄津贴。', '家中老人行动不便，咨询居家养老服务如何申请。'],
  housing: ['咨询住房公积金租房提取的条件。', '{estate}开发商逾期交楼，请相关部门督促。'],
  public_trading: [
    '对{town}某工程项目招标结果有异议，怀疑存在围标串标。',
    '咨询政府采购项目投标保证金退还时间。',
  ],
  government_service: [
    '咨询营业执照变更在网上怎么办理。',
    '表扬{town}行政服务中心窗口工作人员耐心细致。',
    '建议一网通办增加更多事项的全程网办。',
  ],
  other: ['{town}一处公共设施损坏，不知道该找哪个部门，请帮忙转办。', '反映{town}的一个问题，希望得到答复。'],
};

const REPLY_TEMPLATES = [
  '经现场核查，情况属实，已责令相关方限期整改，后续将加强巡查。',
  '已联系诉求人了解情况，并协调相关单位处理完毕。',
  '经核实，该问题已纳入整改计划，预计近期完成，已向诉求人解释说明。',
  '已按规定答复诉求人相关政策和办理渠道。',
];

export interface DemoTicketOptions {
  count?: number;
  /** The PRNG seed: the same seed (and day) gives the same orders. */
  seed?: number;
  now?: Date;
}

interface Built {
  row: TicketTable;
  units: TicketUnitTable[];
  events: TicketEventTable[];
}

const iso = (ms: number) => new Date(ms).toISOString();
/** The Asia/Shanghai date of an instant: UTC+8 all year (no summer time since 1991), without Intl's cost. */
const dayOf = (ms: number) => new Date(ms + 8 * HOUR).toISOString().slice(0, 10);
/** A time of day (hours) on a business date, as epoch ms. */
const onDay = (date: string, hours: number) => Date.parse(`${date}T00:00:00+08:00`) + hours * HOUR;

/**
 * Plays the demo orders and writes them in one transaction, in batches. Skipped when there
 * are orders already (the seed is idempotent).
 */
export async function seedDemoTickets(
  ctx: { db: AnyDb; cipher: FieldCipher; audit: AuditLog },
  options: DemoTicketOptions = {},
): Promise<number> {
  const t = tablesOf<HotlineTables>(ctx.db);
  if (await t.selectFrom('hotlineTickets').select('id').limit(1).executeTakeFirst()) return 0;
  const calendar = await workingCalendar(ctx);
  const { settings } = await readSettings(ctx.db);
  const rules = await routingRepository(ctx.db).list();
  const knowledge = await t.selectFrom('hotlineKnowledge').select(['id', 'subject']).execute();
  const { tickets: built, counters } = buildDemoTickets(
    ctx.cipher,
    { calendar, settings, rules, knowledge },
    options,
  );
  const used = new Map<string, number>();
  for (const b of built)
    if (b.row.knowledgeId) used.set(b.row.knowledgeId, (used.get(b.row.knowledgeId) ?? 0) + 1);
  await ctx.db.transaction().execute(async (trx) => {
    const db = tablesOf<HotlineTables>(trx);
    await insertChunks(
      trx,
      'hotlineTickets',
      built.map((b) => b.row),
      400,
    );
    await insertChunks(
      trx,
      'hotlineTicketUnits',
      built.flatMap((b) => b.units),
      1000,
    );
    await insertChunks(
      trx,
      'hotlineTicketEvents',
      built.flatMap((b) => b.events),
      1000,
    );
    await applyDeltas(trx, counters);
    const lastOfDay = new Map<string, number>();
    for (const b of built)
      lastOfDay.set(
        b.row.createdOn,
        Math.max(lastOfDay.get(b.row.createdOn) ?? 0, Number(b.row.ticketNo.slice(-6))),
      );
    await insertChunks(
      trx,
      'hotlineTicketSequences',
      [...lastOfDay].map(([day, last]) => ({ day, last })),
      500,
    );
    for (const [id, n] of used)
      await db
        .updateTable('hotlineKnowledge')
        .set((eb) => ({ usedCount: eb(eb.ref('usedCount'), '+', n) }))
        .where('id', '=', id)
        .execute();
    await ctx.audit.recordInTrx(trx, {
      actor: null,
      action: 'seed.hotline_tickets',
      objectType: 'system',
      detail: { tickets: built.length, days: DAYS },
    });
  });
  return built.length;
}

async function insertChunks<K extends keyof HotlineTables>(
  trx: AnyTrx,
  table: K,
  rows: Insertable<HotlineTables[K]>[],
  size: number,
) {
  const db = tablesOf<HotlineTables>(trx);
  for (let i = 0; i < rows.length; i += size) {
    // biome-ignore lint/suspicious/noExplicitAny: one generic batch insert over the module's tables
    const batch = rows.slice(i, i + size) as any;
    await db.insertInto(table).values(batch).execute();
  }
}

interface Reference {
  calendar: WorkingCalendar;
  settings: HotlineSettings;
  rules: Awaited<ReturnType<ReturnType<typeof routingRepository>['list']>>;
  knowledge: { id: string; subject: Subject | null }[];
}

/** The orders themselves (pure apart from encryption's random IVs): exported for the tests. */
export function buildDemoTickets(
  cipher: FieldCipher,
  ref: Reference,
  options: DemoTicketOptions = {},
): { tickets: Built[]; counters: Deltas } {
  const count = options.count ?? 10_000;
  const now = (options.now ?? new Date()).getTime();
  const rng = prng(options.seed ?? 12345);
  const today = dayOf(now);
  const firstDay = Date.parse(`${today}T00:00:00+08:00`) - (DAYS - 1) * 24 * HOUR;

  // Day weights: the weekly rhythm, a quiet National Day week, a slight rise over the period.
  const days = Array.from({ length: DAYS }, (_, i) => {
    const start = firstDay + i * 24 * HOUR;
    const date = dayOf(start + 12 * HOUR);
    const weekday = new Date(`${date}T12:00:00Z`).getUTCDay();
    const holiday = /-10-0[1-7]$/.test(date) ? 0.55 : 1;
    return { start, date, weekday, weight: WEEKDAY_WEIGHT[weekday]! * holiday * (0.9 + (0.2 * i) / DAYS) };
  });
  const totalWeight = days.reduce((s, d) => s + d.weight, 0);
  // Most calls come in office hours, a second peak after work.
  const hourOf = () => {
    const r = rng.next();
    return r < 0.55
      ? rng.between(8.5, 12)
      : r < 0.85
        ? rng.between(13.5, 18)
        : r < 0.97
          ? rng.between(18, 22)
          : rng.between(0, 8);
  };
  const times: number[] = [];
  for (const d of days) {
    const n = Math.round((count * d.weight) / totalWeight);
    for (let k = 0; k < n; k++) times.push(d.start + hourOf() * HOUR + rng.next() * MINUTE);
  }
  // Today's calls are the ones made by now; rounding is made up on the days before.
  const created = times.filter((ms) => ms < now - 10 * MINUTE);
  while (created.length > count) created.splice(Math.floor(rng.next() * created.length), 1);
  while (created.length < count)
    created.push(days[Math.floor(rng.next() * (DAYS - 1))]!.start + hourOf() * HOUR);
  created.sort((a, b) => a - b);

  const clockAt = (ms: number): Clock => ({
    at: iso(ms),
    today: dayOf(ms),
    calendar: ref.calendar,
    settings: ref.settings,
  });
  // Callers come from a pool, sealed once each: some call again (a few of them often).
  const callers = Array.from({ length: CALLERS }, () => {
    const phone = `1${rng.pick(['3', '5', '8', '9'])}${String(Math.floor(rng.next() * 1e9)).padStart(9, '0')}`;
    return {
      phoneEnc: cipher.encrypt(phone),
      phoneBidx: cipher.blindIndex(CALLER_PHONE_INDEX, phone),
      nameEnc: cipher.encrypt(rng.pick(SURNAMES) + rng.pick(GIVEN)),
    };
  });
  const sealed = new Map<string, string>();
  // Demo texts are templates (with a town at most), nothing personal: one sealed copy each keeps the seed fast.
  const sealTemplate = (text: string) => {
    const s = sealed.get(text) ?? cipher.encrypt(text);
    sealed.set(text, s);
    return s;
  };
  // Neighbours are home at weekends: more noise complaints.
  const weekendSubjects = Object.fromEntries(
    Object.entries(SUBJECT_WEIGHTS).map(([t, w]) => [t, w.noise ? { ...w, noise: w.noise * 1.6 } : w]),
  ) as typeof SUBJECT_WEIGHTS;
  const perDay = new Map<string, number>();
  const recent = new Map<string, { id: string; ticketNo: string; at: number; closedAt: number | null }[]>();
  const out: Built[] = [];
  const counters = deltaSum();

  for (const t0 of created) {
    const type = rng.weighted(TYPE_WEIGHTS);
    const weekend = new Date(t0 + 8 * HOUR).getUTCDay() % 6 === 0;
    const weights = (weekend ? weekendSubjects : SUBJECT_WEIGHTS)[type];
    const subject = rng.weighted(weights);
    const district = rng.weighted(DISTRICT_WEIGHTS);
    const town = rng.pick(FOSHAN_TOWNS.filter((x) => x.district === district));
    const channel = rng.weighted(CHANNEL_WEIGHTS);
    const urgency = rng.chance(type === 'help' ? 0.08 : 0.02) ? 'urgent' : 'normal';
    const road = rng.pick(ROADS);
    const place = `${town.town}${road}${1 + Math.floor(rng.next() * 300)}号`;
    const address = `佛山市${{ '440604': '禅城区', '440605': '南海区', '440606': '顺德区', '440607': '三水区', '440608': '高明区' }[district]}${place}`;
    const content = rng
      .pick(CONTENT[subject])
      .replace('{town}', town.town)
      .replace('{estate}', `${town.town}${rng.pick(ESTATES)}`)
      .replace('{road}', road)
      .replace('{road2}', rng.pick(ROADS));
    const caller = rng.chance(0.1) ? callers[Math.floor(rng.next() * 300)]! : rng.pick(callers);
    const point = { lng: town.lng + rng.between(-0.03, 0.03), lat: town.lat + rng.between(-0.025, 0.025) };

    let disposition: Disposition = { kind: 'dispatch' };
    let answer: string | null = null;
    let knowledgeId: string | null = null;
    if (rng.chance(0.02)) disposition = { kind: 'redirect', target: rng.weighted(REDIRECT_WEIGHTS) };
    else if (type === 'consultation' && rng.chance(0.7)) {
      disposition = { kind: 'direct_answer' };
      const entry = ref.knowledge.find((k) => k.subject === subject);
      knowledgeId = entry && rng.chance(0.6) ? entry.id : null;
      answer = '已根据相关政策向来电人解答，来电人表示清楚。';
    }

    const id = randomUUID();
    const day = dayOf(t0);
    const seq = (perDay.get(day) ?? 0) + 1;
    perDay.set(day, seq);
    const ticketNo = formatTicketNo(day, seq);
    const dims = { type, subject, districtCode: district, channel };
    const events: TicketEventTable[] = [];
    let state: TicketState;
    let last = t0;
    const record = (
      before: TicketState | null,
      transition: {
        state: TicketState;
        event: { kind: string; unitId: string | null; fromStatus: TicketState['status'] | null };
      },
      clock: Clock,
      who: string,
      text: string | null,
      detail: Record<string, unknown>,
    ) => {
      events.push({
        id: randomUUID(),
        ticketId: id,
        seq: transition.state.revision,
        at: clock.at,
        actorId: null,
        actorLabel: who,
        kind: transition.event.kind,
        unitId: transition.event.unitId,
        leadUnitId: transition.state.leadUnitId,
        fromStatus: transition.event.fromStatus,
        toStatus: transition.state.status,
        textEnc: text ? sealTemplate(text) : null,
        detail: JSON.stringify(detail),
      });
      counters.add(deltasOf(dims, before, transition.state, transition.event.kind, clock.today));
      last = Date.parse(clock.at);
      return transition.state;
    };
    const intakeClock = clockAt(t0);
    state = record(
      null,
      createTicket({ type, urgency, disposition }, intakeClock),
      intakeClock,
      'hotline',
      answer,
      {
        channel,
        type,
        subject,
        urgency,
        ...(disposition.kind === 'redirect' ? { redirectTarget: disposition.target } : {}),
        ...(knowledgeId ? { knowledgeId } : {}),
      },
    );
    const centre: Actor = { centre: true, supervisor: false, unitId: null };
    /** One command at a time no earlier than the last step; false when that time is still to come. */
    const act = (
      at: number,
      actor: Actor,
      command: Command,
      text: string | null,
      detail: Record<string, unknown> = {},
    ) => {
      const when = Math.max(at, last + MINUTE);
      if (when >= now) return false;
      const clock = clockAt(when);
      state = record(
        state,
        execute(state, command, actor, clock),
        clock,
        actor.centre ? 'dispatcher' : 'unit',
        text,
        detail,
      );
      return true;
    };

    const simulate = () => {
      const match = matchRule(ref.rules, { subject, type, districtCode: district })!;
      const lead = match.rule.leadUnitId;
      const assisting = JSON.parse(match.rule.assistingUnitIds) as string[];
      const lateDispatch = rng.chance(0.03);
      const dispatchAt =
        t0 +
        (urgency === 'urgent'
          ? rng.between(5, 40) * MINUTE
          : lateDispatch
            ? rng.between(26, 40) * HOUR
            : rng.between(0.3, 5) * HOUR);
      if (
        !act(dispatchAt, centre, { type: 'dispatch', leadUnitId: lead, assistingUnitIds: assisting }, null, {
          leadUnitId: lead,
          assistingUnitIds: assisting,
        })
      )
        return;
      let unit: Actor = { centre: false, supervisor: false, unitId: lead };
      if (rng.chance(0.05)) {
        if (
          !act(
            last + rng.between(1, 20) * HOUR,
            unit,
            { type: 'return', reason: '经核查，该事项不属于本单位职责范围，请重新派单。' },
            '经核查，该事项不属于本单位职责范围，请重新派单。',
          )
        )
          return;
        const owner = matchRule(ref.rules, { subject: 'other', type, districtCode: district })!.rule
          .leadUnitId;
        const reassign = owner !== lead && rng.chance(0.6);
        const ok = reassign
          ? act(
              last + rng.between(1, 6) * HOUR,
              centre,
              { type: 'reassign', leadUnitId: owner, assistingUnitIds: [] },
              '改派属地政府处理。',
              { leadUnitId: owner, assistingUnitIds: [] },
            )
          : act(
              last + rng.between(1, 6) * HOUR,
              centre,
              { type: 'insist', note: '经审核，该事项属于贵单位职责，维持派单。' },
              '经审核，该事项属于贵单位职责，维持派单。',
            );
        if (!ok) return;
        if (reassign) unit = { centre: false, supervisor: false, unitId: owner };
      }
      const lateSign = rng.chance(0.03);
      if (
        !act(
          last + (lateSign ? rng.between(30, 50) : rng.between(0.2, 6)) * HOUR,
          unit,
          { type: 'sign' },
          null,
        )
      )
        return;
      for (let round = 0; ; round++) {
        const limit = ref.settings.handlingDays[type];
        const late = rng.chance(round === 0 ? 0.1 : 0.05);
        const fraction = late ? rng.between(1.1, 1.6) : rng.between(0.15, 0.95);
        const start = dayOf(last);
        if (round === 0 && rng.chance(0.04)) {
          const reason = '需协调多个部门现场核查，申请延期。';
          if (
            !act(
              onDay(ref.calendar.addWorkingDays(start, Math.max(1, Math.floor(limit / 2))), 10),
              unit,
              { type: 'requestExtension', workingDays: 5, reason },
              reason,
              { workingDays: 5 },
            )
          )
            return;
          if (
            !act(last + rng.between(1, 20) * HOUR, centre, { type: 'decideExtension', approve: true }, null, {
              approve: true,
              workingDays: 5,
            })
          )
            return;
        }
        const replyOn = ref.calendar.addWorkingDays(start, Math.max(1, Math.round(limit * fraction)));
        const replyAt = onDay(replyOn, rng.between(9, 17.5));
        // 督办: the day after the deadline, a supervisor or the centre chases a late unit.
        if (state.handlingDueOn && replyOn > state.handlingDueOn && rng.chance(0.6)) {
          const superviseAt = onDay(ref.calendar.addWorkingDays(state.handlingDueOn, 1), 10);
          if (superviseAt < now && superviseAt > last && isLate(state, iso(superviseAt), dayOf(superviseAt)))
            act(
              superviseAt,
              { centre: false, supervisor: true, unitId: null },
              { type: 'supervise', note: '工单已超期，请立即办理并答复。' },
              '工单已超期，请立即办理并答复。',
            );
        }
        const reply = rng.pick(REPLY_TEMPLATES);
        const resolved = rng.chance(0.85);
        if (!act(replyAt, unit, { type: 'reply', content: reply, resolved }, reply, { resolved })) return;
        const result: FollowUpResult =
          round === 0
            ? rng.weighted(FOLLOW_UP_WEIGHTS)
            : rng.weighted({ satisfied: 50, basically_satisfied: 35, dissatisfied: 15 });
        if (
          !act(last + rng.between(18, 60) * HOUR, centre, { type: 'followUp', result }, null, {
            result,
            reopened: state.reopenCount < ref.settings.maxReopens && result === 'dissatisfied',
          })
        )
          return;
        if (state.status !== 'in_progress') return;
      }
    };

    // A duplicate of an order just taken in the same town is merged into it at once.
    const key = `${subject}|${town.town}`;
    const earlier = (recent.get(key) ?? []).filter(
      (e) => t0 - e.at < ref.settings.duplicateWindowHours * HOUR,
    );
    const target = earlier.find((e) => e.closedAt === null || e.closedAt > t0 + 10 * MINUTE);
    if (
      disposition.kind === 'dispatch' &&
      target &&
      (type === 'complaint' || type === 'report') &&
      rng.chance(0.25)
    ) {
      act(t0 + rng.between(3, 15) * MINUTE, centre, { type: 'merge', intoTicketId: target.id }, null, {
        intoTicketNo: target.ticketNo,
      });
    } else if (disposition.kind === 'dispatch') {
      simulate();
    }

    const list = recent.get(key) ?? [];
    list.push({ id, ticketNo, at: t0, closedAt: state.closedAt ? Date.parse(state.closedAt) : null });
    recent.set(key, list.slice(-5));

    const anonymous = rng.chance(0.05);
    const row: TicketTable = {
      id,
      ticketNo,
      channel,
      type,
      subject,
      urgency,
      callerPhoneEnc: caller.phoneEnc,
      callerPhoneBidx: caller.phoneBidx,
      callerNameEnc: anonymous ? null : caller.nameEnc,
      anonymous: anonymous ? 1 : 0,
      callerAccountId: null,
      address,
      districtCode: district,
      lng: Math.round(point.lng * 1e6) / 1e6,
      lat: Math.round(point.lat * 1e6) / 1e6,
      contentEnc: sealTemplate(content),
      answerEnc: answer ? sealTemplate(answer) : null,
      knowledgeId,
      open311Token: channel === 'open311' ? `demo-${ticketNo}` : null,
      createdAt: iso(t0),
      createdOn: day,
      createdBy: null,
      updatedAt: iso(last),
      ...columnsOf(state),
    };
    out.push({ row, units: unitRowsOf(id, state), events });
  }
  return { tickets: out, counters: counters.result() };
}
