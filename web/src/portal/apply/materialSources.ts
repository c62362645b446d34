// 零提交: which materials the platform takes for this applicant from their electronic licences or
// shared data, and which they upload (GET /api/v1/applications/material-sources).
import { useQuery } from '@tanstack/react-query';
import type { Material } from '../../api/catalogueTypes';
import { request } from '../../api/client';

export type SourcingKind = 'reused' | 'upload' | 'department';
export type UploadReason = 'no_license' | 'license_inactive' | 'registry_unconfirmed' | 'other_holder';
export type LicenseState = 'valid' | 'suspended' | 'revoked' | 'expired';

export interface MaterialSource {
  materialId: string;
  materialName: string;
  /** The licence type or data set the guide names for it. */
  typeName: string;
  sourcing: SourcingKind;
  reason: UploadReason | null;
  /** The licence taken, or the holder's latest one that cannot be taken (with its status). */
  license: {
    typeName: string;
    licenseNo: string;
    issuerName: string | null;
    validUntil: string | null;
    status: LicenseState;
  } | null;
  /** The population registry's record taken, masked. */
  sharedData: {
    typeName: string;
    subject: 'applicant' | 'legal_representative' | 'agent';
    name: string;
    idNumber: string;
  } | null;
}

/** Per material id; the applicant's own documents are not in it. */
export type MaterialSources = ReadonlyMap<string, MaterialSource>;

export const materialSourcesKey = (matterCode: string | undefined) =>
  ['applications', 'material-sources', matterCode] as const;

export function useMaterialSources(matterCode: string | undefined) {
  return useQuery({
    queryKey: materialSourcesKey(matterCode),
    queryFn: () =>
      request<{ materials: MaterialSource[] }>(
        'GET',
        `/applications/material-sources?matterCode=${encodeURIComponent(matterCode!)}`,
      ),
    enabled: matterCode !== undefined,
    select: (data): MaterialSources => new Map(data.materials.map((m) => [m.materialId, m])),
  });
}

/** How this material is handed in: by the applicant (their own document, or one that cannot be taken), taken, or the department's. */
export function sourcingOf(
  sources: MaterialSources,
  m: Pick<Material, 'id' | 'source'>,
): SourcingKind | 'applicant' {
  if (m.source.kind === 'applicant') return 'applicant';
  // Not known (yet): as the guide says, the department obtains it.
  return sources.get(m.id)?.sourcing ?? 'department';
}
