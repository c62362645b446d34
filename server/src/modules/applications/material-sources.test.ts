import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Material } from '../catalogue/index.js';
import type { ReusableSource } from '../licenses/index.js';
import { type RegistryAnswer, type SourceFacts, sourcingOf } from './material-sources.js';

const NAMES = ['营业执照', '食品经营许可证', '居民身份证', '居住证'] as const;
const STATUSES = ['valid', 'suspended', 'revoked', 'expired'] as const;

const licence = fc.record({
  id: fc.uuid(),
  licenseNo: fc.stringMatching(/^[A-Z]{2}\d{16}[0-9A-Z]$/),
  status: fc.constantFrom(...STATUSES),
  issuerName: fc.constant('佛山市市场监督管理局'),
  validUntil: fc.option(fc.constant('2031-11-25'), { nil: null }),
});

/** A 证照目录 entry of one of the names (or none), with some licences of the holder. */
const source = (name: string) =>
  fc.option(
    fc.record({
      code: fc.constant(`CODE_${NAMES.indexOf(name as (typeof NAMES)[number])}`),
      name: fc.constant(name),
      kind: fc.constantFrom('license' as const, 'shared_data' as const),
      holderKinds: fc.constant(['person' as const, 'organization' as const]),
      licenses: fc.array(licence, { maxLength: 3 }),
    }),
    { nil: undefined },
  );

/** The registry's answer on one person, or none (no such person, or not asked). */
const answer = (subjects: RegistryAnswer['subject'][]) =>
  fc.option(
    fc.record({
      subject: fc.constantFrom(...subjects),
      confirmed: fc.boolean(),
      person: fc.constant({ name: '李*', idNumber: '4406**********2048' }),
    }),
    { nil: null },
  );

const facts: fc.Arbitrary<SourceFacts> = fc
  .tuple(
    fc.tuple(...NAMES.map(source)),
    answer(['applicant', 'legal_representative']),
    answer(['applicant', 'agent']),
  )
  .map(([sources, applicant, agent]) => ({
    sources: sources.filter((s) => s !== undefined) as unknown as ReusableSource[],
    registry: { applicant, agent },
  }));

const material: fc.Arbitrary<Material> = fc.record({
  id: fc.constant('m1'),
  name: fc.constant('材料'),
  form: fc.constant('electronic' as const),
  copies: fc.constant(0),
  requirement: fc.constantFrom('required' as const, 'conditional' as const),
  key: fc.boolean(),
  source: fc.oneof(
    fc.constant({ kind: 'applicant' as const }),
    fc
      .tuple(
        fc.constantFrom(...NAMES),
        fc.constantFrom(undefined, 'applicant' as const, 'other_party' as const),
      )
      .map(([licenseType, holder]) => ({
        kind: 'license' as const,
        licenseType,
        ...(holder ? { holder } : {}),
      })),
    fc
      .tuple(
        fc.constantFrom(...NAMES),
        fc.constantFrom(undefined, 'applicant' as const, 'agent' as const, 'other_party' as const),
      )
      .map(([dataset, holder]) => ({ kind: 'shared_data' as const, dataset, ...(holder ? { holder } : {}) })),
  ),
});

/** Another party's licence or record, or several people's. */
const others = (m: Material) => m.source.kind !== 'applicant' && m.source.holder === 'other_party';

const named = (m: Material) =>
  m.source.kind === 'license'
    ? m.source.licenseType
    : m.source.kind === 'shared_data'
      ? m.source.dataset
      : null;

describe('how a material is handed in (零提交)', () => {
  it('takes a licence exactly when the holder has a valid one of the type, and then that one', () => {
    fc.assert(
      fc.property(material, facts, (m, f) => {
        const s = sourcingOf(m, f);
        const type = f.sources.find((x) => x.name === named(m));
        if (type?.kind !== 'license' || others(m)) return;
        const valid = type.licenses.find((l) => l.status === 'valid');
        if (valid)
          expect(s).toMatchObject({ kind: 'reused', reuse: { kind: 'license', license: { id: valid.id } } });
        else
          expect(s).toMatchObject({
            kind: 'upload',
            reason: type.licenses.length ? 'license_inactive' : 'no_license',
          });
      }),
    );
  });

  it('never asks the applicant to upload what it takes, nor takes what the catalogue does not hold', () => {
    fc.assert(
      fc.property(material, facts, (m, f) => {
        const s = sourcingOf(m, f);
        const type = f.sources.find((x) => x.name === named(m));
        if (m.source.kind === 'applicant') expect(s.kind).toBe('applicant');
        else if (!type) expect(s.kind).toBe('department');
        if (s.kind === 'reused') expect(s.reuse.typeCode).toBe(type?.code);
      }),
    );
  });

  it('never takes another party’s licence or record, whatever the applicant holds: it is uploaded, or the department’s', () => {
    fc.assert(
      fc.property(material, facts, (m, f) => {
        if (!others(m)) return;
        const known = f.sources.some((x) => x.name === named(m));
        expect(sourcingOf(m, f)).toEqual(
          known ? { kind: 'upload', reason: 'other_holder' } : { kind: 'department' },
        );
      }),
    );
  });

  it('takes the applicant’s own valid licence, the same with the holder named or left out', () => {
    fc.assert(
      fc.property(material, facts, (m, f) => {
        if (m.source.kind !== 'license' || others(m)) return;
        const { holder: _holder, ...unnamed } = m.source;
        expect(sourcingOf({ ...m, source: { ...unnamed, holder: 'applicant' } }, f)).toEqual(
          sourcingOf({ ...m, source: unnamed }, f),
        );
      }),
    );
  });

  it('takes a registry record only for a required material, and only when the registry confirms the person', () => {
    fc.assert(
      fc.property(material, facts, (m, f) => {
        const type = f.sources.find((x) => x.name === named(m));
        if (m.source.kind === 'applicant' || others(m) || type?.kind !== 'shared_data') return;
        const s = sourcingOf(m, f);
        // The one filing (经办人) when the guide says so; otherwise the applicant's own record.
        const registry = f.registry[m.source.holder === 'agent' ? 'agent' : 'applicant'];
        if (m.requirement === 'conditional') expect(s.kind).toBe('department');
        else if (registry?.confirmed)
          expect(s).toMatchObject({ kind: 'reused', reuse: { subject: registry.subject } });
        else expect(s).toEqual({ kind: 'upload', reason: 'registry_unconfirmed' });
      }),
    );
  });
});
