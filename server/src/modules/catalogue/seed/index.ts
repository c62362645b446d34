/** The Foshan service-matter catalogue (事项库) and its life events (一件事). */
import type { MatterSeed } from '../model.js';
import { AGRICULTURE_CULTURE_MATTERS } from './matters-agriculture-culture.js';
import { APPOINTMENT_MATTERS } from './matters-appointment.js';
import { CIVIL_AFFAIRS_MATTERS } from './matters-civil-affairs.js';
import { CONSTRUCTION_PERMIT_MATTERS } from './matters-construction-permit.js';
import { CONSTRUCTION_PLANNING_MATTERS } from './matters-construction-planning.js';
import { EDUCATION_MATTERS } from './matters-education.js';
import { EMPLOYMENT_TALENT_MATTERS } from './matters-employment-talent.js';
import { EXIT_ENTRY_MATTERS } from './matters-exit-entry.js';
import { FOOD_DRUG_MATTERS } from './matters-food-drug.js';
import { HEALTH_MATTERS } from './matters-health.js';
import { HOUSEHOLD_MATTERS } from './matters-household.js';
import { HOUSING_MATTERS } from './matters-housing.js';
import { MARKET_MATTERS } from './matters-market.js';
import { MEDICAL_INSURANCE_MATTERS } from './matters-medical-insurance.js';
import { OTHER_MATTERS } from './matters-other.js';
import { REAL_ESTATE_MATTERS } from './matters-real-estate.js';
import { SOCIAL_SECURITY_MATTERS } from './matters-social-security.js';
import { TRANSPORT_ENVIRONMENT_MATTERS } from './matters-transport-environment.js';
import { VEHICLE_MATTERS } from './matters-vehicles.js';

export { FOSHAN_LIFE_EVENTS } from './life-events.js';

export const FOSHAN_MATTERS: MatterSeed[] = [
  ...APPOINTMENT_MATTERS,
  ...SOCIAL_SECURITY_MATTERS,
  ...EMPLOYMENT_TALENT_MATTERS,
  ...HOUSEHOLD_MATTERS,
  ...EXIT_ENTRY_MATTERS,
  ...VEHICLE_MATTERS,
  ...REAL_ESTATE_MATTERS,
  ...HOUSING_MATTERS,
  ...MEDICAL_INSURANCE_MATTERS,
  ...HEALTH_MATTERS,
  ...EDUCATION_MATTERS,
  ...MARKET_MATTERS,
  ...FOOD_DRUG_MATTERS,
  ...CIVIL_AFFAIRS_MATTERS,
  ...CONSTRUCTION_PLANNING_MATTERS,
  ...CONSTRUCTION_PERMIT_MATTERS,
  ...TRANSPORT_ENVIRONMENT_MATTERS,
  ...AGRICULTURE_CULTURE_MATTERS,
  ...OTHER_MATTERS,
];
