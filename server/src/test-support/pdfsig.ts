import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ensureDebianPackages, SERVER_TEST_PACKAGES } from './debian-packages.js';

// poppler's pdfsig checks PDF signatures with NSS; certutil (libnss3-tools) makes the NSS
// database in which a test trusts the platform's root CA. Both come from Debian, installed by
// the test set-up (debian-packages.ts).
const PDFSIG = '/usr/bin/pdfsig';
const CERTUTIL = '/usr/bin/certutil';

export interface PdfsigResult {
  /** pdfsig's report: "Signature Validation: Signature is Valid." and the certificate's status. */
  output: string;
  status: number | null;
}

export interface PdfsigRunner {
  /** Runs pdfsig on the bytes against an NSS database that trusts the given root CA. */
  check(pdf: Uint8Array): PdfsigResult;
  close(): void;
}

/** A pdfsig that trusts `caPem` as a root and nothing else (a fresh database; none: trusts nothing). */
export function pdfsigTrusting(caPem: string | undefined): PdfsigRunner {
  ensureDebianPackages(SERVER_TEST_PACKAGES);
  const dir = mkdtempSync(path.join(tmpdir(), 'ow-pdfsig-'));
  const nssDir = `sql:${path.join(dir, 'nss')}`;
  mkdirSync(path.join(dir, 'nss'));
  execFileSync(CERTUTIL, ['-N', '-d', nssDir, '--empty-password']);
  if (caPem) {
    writeFileSync(path.join(dir, 'ca.pem'), caPem);
    // C: a trusted CA for issuing (SSL, e-mail/S-MIME and object signing), which pdfsig consults.
    execFileSync(CERTUTIL, [
      '-A',
      '-d',
      nssDir,
      '-n',
      'OneWindow seal CA',
      '-t',
      'C,C,C',
      '-i',
      path.join(dir, 'ca.pem'),
    ]);
  }
  let n = 0;
  return {
    check(pdf) {
      const file = path.join(dir, `document-${++n}.pdf`);
      writeFileSync(file, pdf);
      // Without -no-ocsp: poppler 22.12 then reports every certificate as "Unknown issue"; the
      // default soft-fail OCSP check goes nowhere, since the platform CA names no OCSP responder.
      const run = spawnSync(PDFSIG, ['-nssdir', nssDir, file], { encoding: 'utf8' });
      return { output: `${run.stdout}${run.stderr}`, status: run.status };
    },
    close() {
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** poppler's pdftoppm (same Debian package as pdfsig), e.g. to look at what a PDF draws. */
export function pdftoppm(): string {
  ensureDebianPackages(SERVER_TEST_PACKAGES);
  return '/usr/bin/pdftoppm';
}
