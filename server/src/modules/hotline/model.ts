import type { TicketStatus, TicketType } from './vocabulary.js';
import { TERMINAL_STATUSES } from './vocabulary.js';

export * from './vocabulary.js';

/** The limits and windows the centre may configure (GET/PUT /api/v1/hotline/settings). */
export interface HotlineSettings {
  /** 办理时限: working days from dispatch (or reopening) to the reply, by order type. */
  handlingDays: Record<TicketType, number>;
  /** 派单时限 for an urgent order, and the unit's time to sign for it: hours. */
  urgentDispatchHours: number;
  /** 派单时限 for the others, and the unit's time to sign: working days (to the end of that day). */
  dispatchWorkingDays: number;
  /** A unit may return (退单) a misrouted order within this many working days of its dispatch. */
  returnWorkingDays: number;
  /** Extensions granted to one order, in total working days. */
  maxExtensionDays: number;
  /** How often a dissatisfied follow-up reopens an order; past that the follow-up closes it. */
  maxReopens: number;
  /** Duplicate detection: orders received within this many hours… */
  duplicateWindowHours: number;
  /** …at most this far apart (same subject) count as possibly the same matter. */
  duplicateDistanceMeters: number;
}

// The defaults: consultation 2, help and suggestion 10, complaint and report 15.
export const DEFAULT_SETTINGS: HotlineSettings = {
  handlingDays: { consultation: 2, help: 10, suggestion: 10, complaint: 15, report: 15, praise: 10 },
  urgentDispatchHours: 1,
  dispatchWorkingDays: 1,
  returnWorkingDays: 2,
  maxExtensionDays: 15,
  maxReopens: 1,
  duplicateWindowHours: 72,
  duplicateDistanceMeters: 200,
};

export const isTerminal = (status: TicketStatus) => (TERMINAL_STATUSES as readonly string[]).includes(status);

/** Open311 knows two statuses: everything not finished is open. */
export const open311StatusOf = (status: TicketStatus): 'open' | 'closed' =>
  isTerminal(status) ? 'closed' : 'open';

/** The last instant of a business date in Asia/Shanghai, as a UTC ISO string. */
export const endOfBusinessDay = (date: string) => new Date(`${date}T23:59:59.999+08:00`).toISOString();

const EARTH_RADIUS_M = 6_371_008.8;

/** Great-circle distance in metres between two WGS84 points. */
export function distanceMeters(a: { lng: number; lat: number }, b: { lng: number; lat: number }): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLng = (b.lng - a.lng) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLng / 2) ** 2;
  return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(h)));
}
