import type { TFunction } from 'i18next';
import type { MatterGuide } from '../../api/catalogueTypes';

/** A new matter starts as a typical online, city-wide service of the maintainer's own department. */
export function newGuide(department: string, t: TFunction): MatterGuide {
  return {
    name: '',
    type: 'public_service',
    department,
    level: 'city',
    audiences: ['person'],
    themes: [],
    keywords: [],
    summary: '',
    conditions: [],
    legalBasis: [],
    materials: [],
    fees: [],
    legalLimitDays: 20,
    promisedLimitDays: 5,
    onlineDepth: 'full_online',
    visits: 0,
    channels: ['online', 'mobile', 'window'],
    places: [],
    openingHours: t('editor.defaultHours'),
    consultPhone: '0757-12345',
    complaintPhone: '0757-12345',
    crossRegion: 'city',
    commitment: false,
    process: [''],
    result: '',
    form: [],
  };
}
