import type { AppModule } from '../../platform/module.js';
import { sealMessages } from './messages.js';
import { sealMigrations } from './migrations.js';
import './permissions.js';
import { registerSealRoutes } from './routes.js';

/** 电子签章: seal keys (SM2) of departments and organisations, the seal image, the platform CA and PAdES. */
export const sealsModule: AppModule = {
  name: 'seals',
  migrations: sealMigrations,
  messages: sealMessages,
  register: registerSealRoutes,
};
export { caCertificatePem } from './ca.js';
export { SealUnavailableError, type SealUnavailableReason } from './errors.js';
export { checkSeals, sealsHealth } from './health.js';
export {
  ensureSealKeys,
  SEAL_ALGORITHM,
  type SealSignature,
  sealKeyInfo,
  signWithSeal,
  verifySealSignature,
} from './keys.js';
export type { SealOwner } from './owners.js';
export { type PadesSignParams, padesSign } from './pades.js';
export { DEFAULT_SEAL_LABEL, drawSeal, SEAL_RED, type SealImageOptions } from './seal-image.js';
export type { SealStatus } from './status.js';
