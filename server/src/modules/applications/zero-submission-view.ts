import { z } from 'zod';
import type { AppContext } from '../../platform/http/index.js';
import { VERIFICATION_STATUSES, verifyLicenseById } from '../licenses/index.js';
import { REGISTRY_SUBJECTS, type RegistrySubject } from './registry-subjects.js';
import { reusedMaterialsOf } from './zero-submission.js';

/** A material an application took from a licence or shared data instead of asking for it (零提交). */
export const reusedMaterialView = z
  .object({
    materialId: z.string(),
    materialName: z.string(),
    kind: z.enum(['license', 'shared_data']),
    typeName: z.string(),
    /** The licence taken, verified now: its status today, or tampered. */
    license: z
      .object({
        id: z.string(),
        licenseNo: z.string(),
        typeName: z.string(),
        issuerName: z.string(),
        validFrom: z.string(),
        validUntil: z.string().nullable(),
        // Lazy: the licences module imports this one, and its list may not be loaded yet.
        status: z.lazy(() => z.enum(VERIFICATION_STATUSES)),
        statusReason: z.string().nullable(),
      })
      .nullable(),
    /** The registry that answered, and whose record it is. */
    sharedData: z.object({ source: z.string(), subject: z.enum(REGISTRY_SUBJECTS) }).nullable(),
  })
  .meta({ id: 'ReusedMaterial' });

/**
 * What an application took instead of asking, each licence verified as it stands now: for the
 * staff on the case and for the applicant alike.
 */
export async function reusedMaterialsView(
  ctx: AppContext,
  applicationId: string,
): Promise<z.infer<typeof reusedMaterialView>[]> {
  return Promise.all(
    (await reusedMaterialsOf(ctx.db, applicationId)).map(async (r) => {
      const verified = r.licenseId ? await verifyLicenseById(ctx, r.licenseId) : null;
      return {
        materialId: r.materialId,
        materialName: r.materialName,
        kind: r.kind,
        typeName: r.typeName,
        license: verified && {
          id: r.licenseId!,
          licenseNo: verified.licenseNo,
          typeName: verified.typeName,
          issuerName: verified.issuerName,
          validFrom: verified.validFrom,
          validUntil: verified.validUntil,
          status: verified.status,
          statusReason: verified.statusReason,
        },
        sharedData:
          r.kind === 'shared_data'
            ? {
                source: r.sharedSource ?? '',
                subject: r.sharedSubject as RegistrySubject,
              }
            : null,
      };
    }),
  );
}
