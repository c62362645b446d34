import type { Locale } from '../../../platform/i18n/index.js';
import { translate } from '../../../platform/i18n/index.js';
import { open311StatusOf } from '../model.js';
import type { TicketTable } from '../tables.js';
import type { Unit } from '../units.js';
import { DISTRICTS, SUBJECTS, type Subject, TICKET_TYPES } from '../vocabulary.js';

/** Subjects by the group a GeoReport client clusters services under. */
const GROUPS: Record<Subject, string> = {
  noise: 'city',
  city_appearance: 'city',
  illegal_building: 'city',
  environment: 'city',
  water: 'city',
  traffic: 'city',
  property: 'community',
  housing: 'community',
  public_order: 'community',
  civil_affairs: 'community',
  labour: 'livelihood',
  social_security: 'livelihood',
  medical_insurance: 'livelihood',
  health: 'livelihood',
  education: 'livelihood',
  market: 'market',
  public_trading: 'market',
  government_service: 'government',
  other: 'government',
};

/** The type an Open311 request gets when its `type` attribute is not given. */
export const DEFAULT_OPEN311_TYPE = 'complaint';

/** Instants as GeoReport shows them: ISO 8601 with Foshan's offset. */
export function shanghaiTime(instant: string): string {
  return new Date(Date.parse(instant) + 8 * 3_600_000).toISOString().replace('Z', '+08:00');
}

export function serviceOf(subject: Subject, locale: Locale) {
  const t = (key: string) => translate(locale, key);
  return {
    service_code: subject,
    service_name: t(`hotline.subject.${subject}`),
    description: t('open311.service_description'),
    metadata: true,
    type: 'realtime' as const,
    keywords: t(`hotline.subject.${subject}`),
    group: t(`open311.group.${GROUPS[subject]}`),
  };
}

export const services = (locale: Locale) => SUBJECTS.map((s) => serviceOf(s, locale));

/** The attributes every service takes: what kind of request, and in which district. */
export function serviceDefinitionOf(subject: Subject, locale: Locale) {
  const t = (key: string) => translate(locale, key);
  return {
    service_code: subject,
    attributes: [
      {
        variable: true,
        code: 'type',
        datatype: 'singlevaluelist' as const,
        required: false,
        datatype_description: null,
        order: 1,
        description: t('open311.attribute.type'),
        values: TICKET_TYPES.map((key) => ({ key, name: t(`hotline.type.${key}`) })),
      },
      {
        variable: true,
        code: 'district',
        datatype: 'singlevaluelist' as const,
        required: false,
        datatype_description: null,
        order: 2,
        description: t('open311.attribute.district'),
        values: DISTRICTS.map((key) => ({ key, name: t(`hotline.district.${key}`) })),
      },
    ],
  };
}

const round3 = (n: number | null) => (n === null ? null : Math.round(n * 1000) / 1000);

/**
 * A work order as a GeoReport request. The list is public, so nothing personal is in it:
 * no description, and for orders that did not come through Open311 only the district and
 * a point rounded to about 100 m (a caller's own address is often the place).
 */
export function requestOf(row: TicketTable, units: Map<string, Unit>, locale: Locale) {
  const t = (key: string) => translate(locale, key);
  const own = row.channel === 'open311';
  return {
    service_request_id: row.ticketNo,
    status: open311StatusOf(row.status),
    status_notes: t(`hotline.status.${row.status}`),
    service_name: t(`hotline.subject.${row.subject}`),
    service_code: row.subject,
    description: null,
    agency_responsible: row.leadUnitId ? (units.get(row.leadUnitId)?.name ?? null) : null,
    service_notice: null,
    requested_datetime: shanghaiTime(row.createdAt),
    updated_datetime: shanghaiTime(row.updatedAt),
    expected_datetime: row.handlingDueOn ? `${row.handlingDueOn}T23:59:59+08:00` : null,
    address: own ? row.address : row.districtCode ? t(`hotline.district.${row.districtCode}`) : null,
    address_id: null,
    zipcode: null,
    lat: own ? row.lat : round3(row.lat),
    long: own ? row.lng : round3(row.lng),
    media_url: null,
  };
}
