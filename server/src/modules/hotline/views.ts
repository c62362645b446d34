import type { FieldCipher } from '../../platform/crypto/index.js';
import { maskMobile, maskName } from '../../platform/crypto/index.js';
import { type Locale, translate } from '../../platform/i18n/index.js';
import { type Actor, availableCommands, type Clock, isLate } from './machine.js';
import { stateOf } from './repository.js';
import type { TicketEventTable, TicketTable } from './tables.js';
import { type Unit, unitRef } from './units.js';

const EXCERPT = 60;

export const excerptOf = (content: string) =>
  [...content].length > EXCERPT ? `${[...content].slice(0, EXCERPT).join('')}…` : content;

/** A landline keeps its area code and last four: 0757****2345. */
const maskPhone = (phone: string) =>
  /^1\d{10}$/.test(phone) ? maskMobile(phone) : `${phone.slice(0, 4)}****${phone.slice(-4)}`;

/**
 * Who called, masked. A confidential order shows units nothing; `centre` (the 12345 centre
 * and supervisors) still sees the masked caller.
 */
export function maskedCallerOf(row: TicketTable, cipher: FieldCipher, centre: boolean) {
  const anonymous = row.anonymous === 1;
  const hidden = anonymous && !centre;
  return {
    name: !hidden && row.callerNameEnc ? maskName(cipher.decrypt(row.callerNameEnc)) : null,
    phone: !hidden && row.callerPhoneEnc ? maskPhone(cipher.decrypt(row.callerPhoneEnc)) : null,
    anonymous,
    registered: row.callerAccountId !== null,
  };
}

export function ticketItemOf(
  row: TicketTable,
  cipher: FieldCipher,
  units: Map<string, Unit>,
  clock: Pick<Clock, 'at' | 'today'>,
  centre: boolean,
) {
  const state = stateOf(row);
  const dispatchLate =
    (row.status === 'pending_dispatch' || row.status === 'returned') &&
    row.dispatchDueAt !== null &&
    clock.at > row.dispatchDueAt;
  return {
    ticketNo: row.ticketNo,
    channel: row.channel,
    type: row.type,
    subject: row.subject,
    urgency: row.urgency,
    status: row.status,
    districtCode: row.districtCode,
    address: row.address,
    excerpt: excerptOf(cipher.decrypt(row.contentEnc)),
    caller: maskedCallerOf(row, cipher, centre),
    leadUnit: unitRef(units, row.leadUnitId),
    createdAt: row.createdAt,
    dispatchDueAt: row.dispatchDueAt,
    signDueAt: row.signDueAt,
    handlingDueOn: row.handlingDueOn,
    late: dispatchLate || isLate(state, clock.at, clock.today),
    supervisionCount: row.supervisionCount,
    returnCount: row.returnCount,
    reopenCount: row.reopenCount,
    extensionPending: row.extension !== null,
    revision: row.revision,
  };
}

export interface DetailContext {
  cipher: FieldCipher;
  units: Map<string, Unit>;
  clock: Clock;
  actor: Actor;
  locale: Locale;
  mergedInto: string | null;
  mergedFrom: string[];
}

export function ticketDetailOf(row: TicketTable, events: TicketEventTable[], c: DetailContext) {
  const state = stateOf(row);
  const centre = c.actor.centre || c.actor.supervisor;
  return {
    ...ticketItemOf(row, c.cipher, c.units, c.clock, centre),
    content: c.cipher.decrypt(row.contentEnc),
    location: { address: row.address, districtCode: row.districtCode, lng: row.lng, lat: row.lat },
    assistingUnits: state.assistingUnitIds.map((id) => unitRef(c.units, id)!),
    dispatchedAt: row.dispatchedAt,
    signedAt: row.signedAt,
    returnUntil: row.returnUntil,
    returnRefused: state.returnRefused,
    repliedAt: row.repliedAt,
    closedAt: row.closedAt,
    satisfaction: row.satisfaction,
    extension: state.extension,
    extendedDays: row.extendedDays,
    mergedInto: c.mergedInto,
    mergedFrom: c.mergedFrom,
    redirect: row.redirectTarget
      ? {
          target: row.redirectTarget,
          wording: translate(c.locale, `hotline.redirect_wording.${row.redirectTarget}`),
        }
      : null,
    answer: row.answerEnc ? c.cipher.decrypt(row.answerEnc) : null,
    timeline: events.map((e) => ({
      seq: e.seq,
      at: e.at,
      kind: e.kind,
      actor: e.actorLabel,
      unit: unitRef(c.units, e.unitId),
      text: e.textEnc ? c.cipher.decrypt(e.textEnc) : null,
      detail: JSON.parse(e.detail) as Record<string, unknown>,
    })),
    actions: availableCommands(state, c.actor, c.clock),
  };
}
