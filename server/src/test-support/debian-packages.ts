import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** A Debian package the tests need, known by a file it installs. */
export interface DebianPackage {
  file: string;
  pkg: string;
}

/**
 * The tools the server and reliability tests run (poppler's pdfsig and pdftoppm, NSS's certutil)
 * and PostGIS for the blueprint's PostgreSQL engine: installed by the projects' set-up, before
 * any test, so an install never runs inside a test's time limit (one did: a fresh machine's
 * first pdfsig check spent its 30 s in apt-get).
 */
export const SERVER_TEST_PACKAGES: DebianPackage[] = [
  { file: '/usr/bin/pdfsig', pkg: 'poppler-utils' },
  { file: '/usr/bin/certutil', pkg: 'libnss3-tools' },
  { file: '/usr/share/postgresql/15/extension/postgis.control', pkg: 'postgresql-15-postgis-3' },
];

/** Debian's Chromium for the browser tests, and a CJK font for it to draw Chinese with. */
export const BROWSER_TEST_PACKAGES: DebianPackage[] = [
  { file: '/usr/bin/chromium', pkg: 'chromium' },
  { file: '/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc', pkg: 'fonts-wqy-zenhei' },
];

// Project set-ups run side by side, and two apt-gets at once fail on dpkg's lock: one at a time.
const LOCK = path.join(tmpdir(), 'onewindow-apt.lock');

/** Installs, with one apt-get, whichever of the packages are missing. */
export function ensureDebianPackages(packages: DebianPackage[]): void {
  const missing = packages.filter((p) => !existsSync(p.file)).map((p) => p.pkg);
  if (missing.length === 0) return;
  process.stdout.write(`missing for the tests: installing Debian ${missing.join(', ')} with apt-get\n`);
  execSync(
    `flock ${LOCK} sh -c 'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${missing.join(' ')}'`,
    { stdio: 'inherit' },
  );
  const still = packages.filter((p) => !existsSync(p.file));
  if (still.length) throw new Error(`installed, but still missing: ${still.map((p) => p.file).join(', ')}`);
}
