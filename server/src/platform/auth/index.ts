export { createLoginThrottle, type LoginThrottle } from './login-throttle.js';
export { authMigrations } from './migrations.js';
export { checkPassword, type PasswordPolicy } from './password-policy.js';
export { createSessionStore, type SessionStore } from './sessions.js';
export type { SessionTable } from './tables.js';
export { newTotpSecret, totpNow, totpStep, totpUri } from './totp.js';
