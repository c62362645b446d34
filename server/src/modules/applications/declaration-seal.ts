import type { AuditActor } from '../../platform/audit/index.js';
import { sm3Hex } from '../../platform/crypto/index.js';
import { type AnyTrx, tablesOf } from '../../platform/db/index.js';
import { ProblemError } from '../../platform/errors/index.js';
import { fileMetas } from '../../platform/files/index.js';
import type { AppContext } from '../../platform/http/index.js';
import { identityRepository } from '../identity/index.js';
import { canonicalJson } from '../licenses/index.js';
import { SealUnavailableError, signWithSeal, verifySealSignature } from '../seals/index.js';
import type { CheckedMaterials } from './materials.js';
import { materialsOf } from './materials.js';
import type { ApplicationTable, ApplicationTables } from './tables.js';
import { reusedMaterialsOf } from './zero-submission.js';

const SIGNED_PURPOSE = 'application.declaration';

interface SignedFacts {
  application: Pick<ApplicationTable, 'applicationNo' | 'matterCode' | 'matterVersionId' | 'organizationId'>;
  signedAt: string;
  formData: unknown;
  /** The files handed in, in their order, with their SM3 digests. */
  files: { materialId: string; fileId: string; sm3: string }[];
  /** What was taken instead of asked for, in the guide's order. */
  reused: { materialId: string; kind: string; typeCode: string; licenseNo: string | null }[];
}

/**
 * The canonical submission an organisation signs (RFC 8785 style JSON): which application of
 * which matter version, the SM3 of its answers, every file handed in by digest and every licence
 * or record taken instead. Recomputed from the stored application when verified, so a change to
 * any of them makes the signature fail.
 */
function signedContent(facts: SignedFacts): string {
  return canonicalJson({
    purpose: SIGNED_PURPOSE,
    applicationNo: facts.application.applicationNo,
    matterCode: facts.application.matterCode,
    matterVersionId: facts.application.matterVersionId,
    organizationId: facts.application.organizationId,
    signedAt: facts.signedAt,
    answersSm3: sm3Hex(Buffer.from(canonicalJson(facts.formData))),
    materials: facts.files,
    reused: facts.reused,
  });
}

const seals = (db: AppContext['db'] | AnyTrx) => tablesOf<ApplicationTables>(db);

/**
 * Signs a new application's declaration with its organisation's seal key, in the submission's
 * transaction (the seal's use is audited there too). An organisation without an active seal key
 * gets a field error and nothing is filed.
 */
export async function sealDeclaration(
  trx: AnyTrx,
  ctx: AppContext,
  input: {
    row: ApplicationTable;
    formData: unknown;
    materials: CheckedMaterials;
    actor: AuditActor | null;
  },
): Promise<void> {
  const { row, materials } = input;
  const organizationId = row.organizationId!;
  const digests = new Map(
    (
      await fileMetas(
        trx,
        materials.links.map((l) => l.fileId),
      )
    ).map((f) => [f.id, f.sm3]),
  );
  const content = signedContent({
    application: row,
    signedAt: row.submittedAt,
    formData: input.formData,
    files: materials.links.map((l) => ({
      materialId: l.materialId,
      fileId: l.fileId,
      sm3: digests.get(l.fileId)!,
    })),
    reused: materials.reused.map((r) => ({
      materialId: r.materialId,
      kind: r.reuse.kind,
      typeCode: r.reuse.typeCode,
      licenseNo: r.reuse.kind === 'license' ? r.reuse.license.licenseNo : null,
    })),
  });
  let signed: Awaited<ReturnType<typeof signWithSeal>>;
  try {
    signed = await signWithSeal(ctx, trx, {
      organizationId,
      data: Buffer.from(content),
      purpose: SIGNED_PURPOSE,
      actor: input.actor,
    });
  } catch (err) {
    if (err instanceof SealUnavailableError && err.reason === 'no_active_key') {
      const problem = { field: 'signWithOrganizationSeal', code: 'application.seal_unavailable' };
      throw new ProblemError(422, 'application.seal_unavailable', { fields: [problem] });
    }
    throw err;
  }
  await seals(trx)
    .insertInto('applicationDeclarationSeals')
    .values({
      applicationId: row.id,
      organizationId,
      keyId: signed.keyId,
      algorithm: signed.algorithm,
      signature: signed.signature,
      signedAt: row.submittedAt,
    })
    .execute();
}

/** The stored answers, or null when they no longer decrypt (a changed byte breaks their MAC). */
function answersOf(ctx: AppContext, row: Pick<ApplicationTable, 'formDataEnc'>): unknown {
  try {
    return JSON.parse(ctx.cipher.decrypt(row.formDataEnc));
  } catch {
    return null;
  }
}

/**
 * Whether the application still is what its organisation signed: the signature checked with the
 * key's public part against the content recomputed from what is stored now. Null when the
 * declaration was not sealed. `content` lets anyone check it again with the public key
 * (GET /api/v1/seals/public-keys/{keyId}).
 */
export async function verifyDeclarationSeal(ctx: AppContext, row: ApplicationTable) {
  const seal = await seals(ctx.db)
    .selectFrom('applicationDeclarationSeals')
    .selectAll()
    .where('applicationId', '=', row.id)
    .executeTakeFirst();
  if (!seal) return null;
  const [files, reused, organization] = await Promise.all([
    materialsOf(ctx.db, row.id),
    reusedMaterialsOf(ctx.db, row.id),
    identityRepository(ctx.db).findOrganization(seal.organizationId),
  ]);
  const content = signedContent({
    application: { ...row, organizationId: seal.organizationId },
    signedAt: seal.signedAt,
    formData: answersOf(ctx, row),
    files: files.map((f) => ({ materialId: f.materialId, fileId: f.fileId, sm3: f.sm3 })),
    reused: reused.map((r) => ({
      materialId: r.materialId,
      kind: r.kind,
      typeCode: r.typeCode,
      licenseNo: r.licenseNo,
    })),
  });
  const valid =
    seal.organizationId === row.organizationId &&
    (await verifySealSignature(ctx, {
      keyId: seal.keyId,
      data: Buffer.from(content),
      signature: seal.signature,
    }));
  return {
    status: valid ? ('valid' as const) : ('invalid' as const),
    signer: organization?.name ?? '',
    keyId: seal.keyId,
    algorithm: seal.algorithm,
    signature: seal.signature,
    signedAt: seal.signedAt,
    content,
  };
}
