import type { FieldCipher } from '../../platform/crypto/index.js';
import { maskIdNumber, maskName } from '../../platform/crypto/index.js';
import type { AnyDb, AnyTrx } from '../../platform/db/index.js';
import type { AppContext } from '../../platform/http/index.js';
import type { Principal } from '../../platform/permissions/index.js';
import { isUploaded, type Material, type MatterGuide, type RegistryHolder } from '../catalogue/index.js';
import { identityRepository, localPopulationRegistry } from '../identity/index.js';
import { type ReusableSource, reusableSources } from '../licenses/index.js';
import { applicantOf } from './applicant.js';
import type { RegistrySubject } from './registry-subjects.js';
import type { Owner } from './repository.js';

export { REGISTRY_SUBJECTS, type RegistrySubject } from './registry-subjects.js';

/** A material taken instead of asked for (零提交): a licence from the holder's wallet, or a registry record. */
export type Reuse =
  | {
      kind: 'license';
      typeCode: string;
      typeName: string;
      license: { id: string; licenseNo: string; issuerName: string; validUntil: string | null };
    }
  | {
      kind: 'shared_data';
      typeCode: string;
      typeName: string;
      source: 'population_registry';
      subject: RegistrySubject;
      /** Masked: what the applicant is shown of the record taken. */
      person: { name: string; idNumber: string };
    };

/**
 * Why the applicant uploads a material whose source the platform knows: no valid licence of
 * theirs, the registry cannot confirm them, or the licence is another party's (开发企业营业执照,
 * 抵押权人营业执照…), which is never taken from the applicant's wallet.
 */
export const UPLOAD_REASONS = [
  'no_license',
  'license_inactive',
  'registry_unconfirmed',
  'other_holder',
] as const;
export type UploadReason = (typeof UPLOAD_REASONS)[number];

/**
 * How one material of a matter is handed in by this applicant: uploaded (the applicant's own
 * document), taken from a licence or the population registry, uploaded because the platform's
 * source cannot serve this applicant, or obtained by the department from a source this platform
 * does not hold (another system's data or licences), as the guide says.
 */
export type Sourcing =
  | { kind: 'applicant' }
  | { kind: 'reused'; reuse: Reuse }
  | {
      kind: 'upload';
      reason: UploadReason;
      /** The holder's newest licence of the type, which is not valid (suspended, revoked, expired). */
      license?: { licenseNo: string; status: string };
    }
  | { kind: 'department' };

/** The registry's answer about the person whose documents an application takes. */
export interface RegistryAnswer {
  subject: RegistrySubject;
  confirmed: boolean;
  person: { name: string; idNumber: string };
}

/** What decides the sourcing of a matter's materials for one applicant. */
export interface SourceFacts {
  sources: readonly ReusableSource[];
  /**
   * The registry's answers, by whose record a material is (its holder): asked only for the
   * holders the matter's required registry documents name.
   */
  registry: Partial<Record<Exclude<RegistryHolder, 'other_party'>, RegistryAnswer | null>>;
}

/** The licence type or data set a material names; null for the applicant's own documents. */
export function sourceName(m: Pick<Material, 'source'>): string | null {
  if (m.source.kind === 'license') return m.source.licenseType;
  if (m.source.kind === 'shared_data') return m.source.dataset;
  return null;
}

/**
 * A registry document of a person is taken for a required material only: a conditional one
 * (监护人, 受托人…) is about someone else under a condition, which the department checks.
 */
const asksRegistry = (m: Material, source: ReusableSource | undefined) =>
  source?.kind === 'shared_data' && m.requirement === 'required';

/**
 * A licence or record the guide says another party holds (or several people): whatever the
 * applicant's wallet or registry record has of its type is not it.
 */
const heldByOtherParty = (m: Material) =>
  (m.source.kind === 'license' || m.source.kind === 'shared_data') && m.source.holder === 'other_party';

/** Whose registry record a registry document is: the applicant's, unless the guide names the agent. */
const registryHolder = (m: Material): 'applicant' | 'agent' =>
  m.source.kind === 'shared_data' && m.source.holder === 'agent' ? 'agent' : 'applicant';

/**
 * Whether a licence the holder has may stand for a material of this application: an
 * application about one thing (a construction project) takes only that thing's licences of
 * the types issued per thing, not the holder's newest of the type.
 */
export type LicenceBelongs = (typeCode: string, licence: { applicationNo: string | null }) => boolean;

/** The sourcing of one material, from the facts; pure, so the rules are testable on their own. */
export function sourcingOf(m: Material, facts: SourceFacts): Sourcing {
  const name = sourceName(m);
  if (name === null) return { kind: 'applicant' };
  const source = facts.sources.find((s) => s.name === name);
  if (!source) return { kind: 'department' };
  if (heldByOtherParty(m)) return { kind: 'upload', reason: 'other_holder' };
  if (source.kind === 'license') {
    const valid = source.licenses.find((l) => l.status === 'valid');
    if (valid)
      return {
        kind: 'reused',
        reuse: {
          kind: 'license',
          typeCode: source.code,
          typeName: source.name,
          license: {
            id: valid.id,
            licenseNo: valid.licenseNo,
            issuerName: valid.issuerName,
            validUntil: valid.validUntil,
          },
        },
      };
    const latest = source.licenses[0];
    return latest
      ? {
          kind: 'upload',
          reason: 'license_inactive',
          license: { licenseNo: latest.licenseNo, status: latest.status },
        }
      : { kind: 'upload', reason: 'no_license' };
  }
  if (!asksRegistry(m, source)) return { kind: 'department' };
  const registry = facts.registry[registryHolder(m)];
  if (!registry?.confirmed) return { kind: 'upload', reason: 'registry_unconfirmed' };
  return {
    kind: 'reused',
    reuse: {
      kind: 'shared_data',
      typeCode: source.code,
      typeName: source.name,
      source: 'population_registry',
      subject: registry.subject,
      person: registry.person,
    },
  };
}

/** Sourcing per material id; materials the applicant uploads are left out. */
export type MaterialSourcing = ReadonlyMap<string, Sourcing>;

/** The applicant's own documents only: no licence or registry is asked. */
const NO_SOURCES: MaterialSourcing = new Map();

/**
 * The population registry on the person a registry document is about: for a person, always
 * themselves (they file it too); for an organisation, its legal representative, or the agent
 * filing for it (经办人).
 */
async function askRegistry(
  db: AnyDb | AnyTrx,
  cipher: FieldCipher,
  applicant: Owner,
  holder: 'applicant' | 'agent',
): Promise<RegistryAnswer | null> {
  const repo = identityRepository(db);
  const subject: RegistrySubject = !applicant.organizationId
    ? 'applicant'
    : holder === 'agent'
      ? 'agent'
      : 'legal_representative';
  const personId =
    subject === 'legal_representative'
      ? (await repo.findOrganization(applicant.organizationId!))?.legalRepPersonId
      : applicant.accountId;
  const person = personId ? await repo.findPerson(personId) : undefined;
  if (!person) return null;
  const answer = await localPopulationRegistry(db).verify(person.idNumberBidx, person.name);
  return {
    subject,
    confirmed: answer === 'match',
    person: { name: maskName(person.name), idNumber: maskIdNumber(cipher.decrypt(person.idNumberEnc)) },
  };
}

/**
 * How each material of the guide that is not the applicant's own document is handed in by this
 * applicant. A matter without such materials reads nothing; one with them reads the licence
 * catalogue and the holder's licences in one query, and the population registry only when a
 * required material is a registry document. Inside a submission it reads through its
 * transaction, so what is recorded is what was decided.
 */
export async function materialSourcing(
  db: AnyDb | AnyTrx,
  cipher: FieldCipher,
  applicant: Owner,
  guide: Pick<MatterGuide, 'materials'>,
  belongs?: LicenceBelongs,
): Promise<MaterialSourcing> {
  const named = guide.materials.filter((m) => sourceName(m) !== null);
  if (!named.length) return NO_SOURCES;
  const holder = { accountId: applicant.organizationId ?? applicant.accountId };
  const held = await reusableSources(db, holder, [...new Set(named.map((m) => sourceName(m)!))]);
  const sources = belongs
    ? held.map((s) => ({ ...s, licenses: s.licenses.filter((l) => belongs(s.code, l)) }))
    : held;
  const holders = new Set(
    named
      .filter(
        (m) =>
          !heldByOtherParty(m) &&
          asksRegistry(
            m,
            sources.find((s) => s.name === sourceName(m)),
          ),
      )
      .map(registryHolder),
  );
  const registry: SourceFacts['registry'] = {};
  for (const holder of holders) registry[holder] = await askRegistry(db, cipher, applicant, holder);
  const facts: SourceFacts = { sources, registry };
  return new Map(named.map((m) => [m.id, sourcingOf(m, facts)]));
}

/** The material's sourcing: the applicant's own document when it names no source. */
export const sourcingIn = (sourcing: MaterialSourcing, m: Pick<Material, 'id'>): Sourcing =>
  sourcing.get(m.id) ?? { kind: 'applicant' };

/** Whether files are handed in for this material: the applicant's own documents, and those the platform cannot take. */
export const handedIn = (s: Sourcing) => s.kind === 'applicant' || s.kind === 'upload';

/**
 * Before the applicant is known (a walk-in at a window, until the clerk has identified them):
 * nothing is taken and only the applicant's own documents are scanned, as the upload route allows
 * staff; the submission decides again once it knows whose licences and records to look at.
 */
export const unknownApplicantSourcing = (guide: Pick<MatterGuide, 'materials'>): MaterialSourcing =>
  new Map(
    guide.materials
      .filter((m) => sourceName(m) !== null)
      .map((m): [string, Sourcing] => [m.id, { kind: 'department' }]),
  );

/**
 * Whether the caller may upload a file for this material: everyone for the applicant's own
 * documents; an applicant also for a licence or record the platform cannot take for them (then
 * the apply page asks for it), never for one it takes.
 */
export async function acceptsUploadFor(
  ctx: AppContext,
  principal: Principal,
  material: Material,
  belongs?: LicenceBelongs,
): Promise<boolean> {
  if (isUploaded(material)) return true;
  if (principal.kind === 'staff') return false;
  const applicant = await applicantOf(ctx.db, principal);
  const sourcing = await materialSourcing(ctx.db, ctx.cipher, applicant, { materials: [material] }, belongs);
  return handedIn(sourcingIn(sourcing, material));
}
