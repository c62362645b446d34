import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { generateSm2KeyPair } from '../crypto/index.js';

export interface Keys {
  /** 32 bytes: SM4 field encryption and its MAC key are derived from it. */
  dataKey: Buffer;
  blindIndexKey: Buffer;
  /** SM2 private key (hex) that signs audit checkpoints. */
  auditSigningKey: string;
}

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  redisUrl: string | undefined;
  webDist: string | undefined;
  cookieSecure: boolean;
  /** Addresses of trusted reverse proxies whose X-Forwarded-For is believed (comma-separated). */
  trustProxy: string | false;
  sessionIdleMinutes: number;
  sessionAbsoluteHours: number;
  passwordMinLength: number;
  passwordMinClasses: number;
  loginMaxFailures: number;
  loginLockMinutes: number;
  authRateLimitPerMinute: number;
  logLevel: string;
  /** Where the public reaches the web app (no trailing slash); printed in QR codes on notices. */
  publicBaseUrl: string;
  /** smtp:// or smtps:// URL of the mail relay; unset, mail goes to the development mailbox. */
  smtpUrl: string | undefined;
  mailFrom: string;
  /** `dev` writes text messages to the development mailbox; `none` sends none. */
  smsProvider: SmsProvider;
  seedDemo: boolean;
  /** Work list pages each process keeps under their lists' revisions; 0 reads every page afresh. */
  workListPagesKept: number;
  /**
   * An optional raster XYZ tile URL template (https://…/{z}/{x}/{y}.png) drawn under the maps'
   * own layers; unset, the maps stay offline.
   */
  basemapUrl: string | undefined;
  /** The basemap's attribution (its licence usually asks for one). */
  basemapAttribution: string | undefined;
  version: string;
  keys: Keys;
}

type Env = Record<string, string | undefined>;

export const SMS_PROVIDERS = ['dev', 'none'] as const;
export type SmsProvider = (typeof SMS_PROVIDERS)[number];

function smsProvider(env: Env): SmsProvider {
  const raw = env.SMS_PROVIDER || 'dev';
  const known = SMS_PROVIDERS.find((p) => p === raw);
  if (!known) throw new Error(`SMS_PROVIDER must be one of ${SMS_PROVIDERS.join(', ')}, got "${raw}"`);
  return known;
}

function basemapUrl(env: Env): string | undefined {
  const raw = env.BASEMAP_URL;
  if (!raw) return undefined;
  if (!/^https?:\/\/[^/]+\//.test(raw) || !['{z}', '{x}', '{y}'].every((p) => raw.includes(p)))
    throw new Error(`BASEMAP_URL must be an http(s) tile URL template with {z}, {x} and {y}, got "${raw}"`);
  return raw;
}

function int(env: Env, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0)
    throw new Error(`${name} must be a non-negative integer, got "${raw}"`);
  return value;
}

function bool(env: Env, name: string, fallback: boolean): boolean {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  return raw === 'true' || raw === '1';
}

function hexKey(env: Env, name: string, bytes: number): Buffer | undefined {
  const raw = env[name];
  if (!raw) return undefined;
  if (!new RegExp(`^[0-9a-fA-F]{${bytes * 2}}$`).test(raw))
    throw new Error(`${name} must be ${bytes * 2} hex characters`);
  return Buffer.from(raw, 'hex');
}

// Keys come from the environment in a scaled deployment; the embedded mode creates them
// once in DATA_DIR so that `npm start` needs no set-up and restarts keep data readable.
function loadKeys(env: Env, dataDir: string): Keys {
  const fromEnv = {
    dataKey: hexKey(env, 'DATA_KEY', 32),
    blindIndexKey: hexKey(env, 'BLIND_INDEX_KEY', 32),
    auditSigningKey: env.AUDIT_SIGNING_KEY,
  };
  if (fromEnv.dataKey && fromEnv.blindIndexKey && fromEnv.auditSigningKey) return fromEnv as Keys;
  const file = path.join(dataDir, 'keys.json');
  if (!existsSync(file)) {
    mkdirSync(dataDir, { recursive: true });
    const created = {
      dataKey: randomBytes(32).toString('hex'),
      blindIndexKey: randomBytes(32).toString('hex'),
      auditSigningKey: generateSm2KeyPair().privateKey,
    };
    writeFileSync(file, JSON.stringify(created, null, 2), { mode: 0o600, flag: 'wx' });
  }
  const stored = JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>;
  return {
    dataKey: fromEnv.dataKey ?? Buffer.from(stored.dataKey!, 'hex'),
    blindIndexKey: fromEnv.blindIndexKey ?? Buffer.from(stored.blindIndexKey!, 'hex'),
    auditSigningKey: fromEnv.auditSigningKey ?? stored.auditSigningKey!,
  };
}

function packageVersion(): string {
  const file = new URL('../../../package.json', import.meta.url);
  return (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version;
}

function defaultWebDist(): string | undefined {
  const dir = new URL('../../../../web/dist', import.meta.url).pathname;
  return existsSync(path.join(dir, 'index.html')) ? dir : undefined;
}

export function loadConfig(env: Env = process.env, overrides: Partial<Config> = {}): Config {
  // Relative to the repository, so every npm script and workspace finds the same data.
  const repoRoot = new URL('../../../../', import.meta.url).pathname;
  const dataDir = path.resolve(repoRoot, overrides.dataDir ?? env.DATA_DIR ?? 'data');
  return {
    port: int(env, 'PORT', 3000),
    host: env.HOST ?? '0.0.0.0',
    dataDir,
    databaseUrl: env.DATABASE_URL || undefined,
    redisUrl: env.REDIS_URL || undefined,
    webDist: env.WEB_DIST ?? defaultWebDist(),
    cookieSecure: bool(env, 'COOKIE_SECURE', false),
    trustProxy: env.TRUST_PROXY || false,
    sessionIdleMinutes: int(env, 'SESSION_IDLE_MINUTES', 30),
    sessionAbsoluteHours: int(env, 'SESSION_ABSOLUTE_HOURS', 12),
    passwordMinLength: int(env, 'PASSWORD_MIN_LENGTH', 8),
    passwordMinClasses: int(env, 'PASSWORD_MIN_CLASSES', 3),
    loginMaxFailures: int(env, 'LOGIN_MAX_FAILURES', 5),
    loginLockMinutes: int(env, 'LOGIN_LOCK_MINUTES', 15),
    authRateLimitPerMinute: int(env, 'AUTH_RATE_LIMIT_PER_MINUTE', 20),
    logLevel: env.LOG_LEVEL ?? 'info',
    publicBaseUrl: (env.PUBLIC_BASE_URL || `http://localhost:${int(env, 'PORT', 3000)}`).replace(/\/+$/, ''),
    smtpUrl: env.SMTP_URL || undefined,
    mailFrom: env.MAIL_FROM || '佛山一网通办 <noreply@onewindow.localhost>',
    smsProvider: smsProvider(env),
    seedDemo: bool(env, 'SEED_DEMO', true),
    workListPagesKept: int(env, 'WORK_LIST_PAGES_KEPT', 1000),
    basemapUrl: basemapUrl(env),
    basemapAttribution: env.BASEMAP_ATTRIBUTION || undefined,
    version: packageVersion(),
    keys: loadKeys(env, dataDir),
    ...overrides,
  };
}
