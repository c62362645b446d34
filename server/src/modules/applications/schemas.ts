import { z } from 'zod';
import {
  boundedPageOf,
  idNumberSchema,
  mobileSchema,
  pageQuery,
  text,
} from '../../platform/validation/index.js';
import { APPLICATION_STATUSES } from './tables.js';

const formData = z.record(z.string(), z.unknown());
const status = z.enum(APPLICATION_STATUSES);
const timeline = z.array(z.object({ at: z.string(), action: z.string(), note: z.string().nullable() }));

/** The applicant's uploads (POST /api/v1/uploads) for each material, by the guide's material ids. */
const materials = z
  .array(z.object({ materialId: z.string().max(32), fileIds: z.array(z.uuid()).max(20) }))
  .max(100)
  .default([]);
const fileView = {
  fileId: z.string(),
  fileName: z.string(),
  mediaType: z.string(),
  byteSize: z.number().int(),
};

export const submitBody = z.object({
  matterCode: z.string().max(32),
  versionId: z.uuid(),
  formData,
  materials,
  declaration: z.boolean(),
  draftId: z.uuid().optional(),
  /** 通办: the service centre (id) where the applicant will collect the result; none: delivered electronically. */
  collectAt: z.uuid().optional(),
  /** An organisation's agent signs the declaration with the organisation's own seal key (以单位电子印章签署). */
  signWithOrganizationSeal: z.boolean().optional(),
});
export type SubmitBody = z.infer<typeof submitBody>;

/** At a window: the walk-in applicant as the clerk read them off the ID card; the applicant signs on paper. */
export const windowSubmitBody = submitBody
  .omit({ declaration: true, draftId: true, signWithOrganizationSeal: true })
  .extend({
    applicant: z.object({ name: text(50), idNumber: idNumberSchema, mobile: mobileSchema.optional() }),
  });
export type WindowSubmitBody = z.infer<typeof windowSubmitBody>;

export const submitted = z
  .object({
    applicationNo: z.string(),
    status,
    matterCode: z.string(),
    matterName: z.string(),
    submittedAt: z.string(),
    promisedLimitDays: z.number().int(),
  })
  .meta({ id: 'SubmittedApplication' });

export const applicationNoParams = z.object({ applicationNo: z.string().regex(/^\d{22}[\dX]$/) });
export const listQuery = pageQuery.extend({ status: status.optional() });
export const applicationItem = z.object({
  applicationNo: z.string(),
  matterCode: z.string(),
  matterName: z.string(),
  status,
  submittedAt: z.string(),
  updatedAt: z.string(),
});
export const applicationPage = boundedPageOf(applicationItem);

export const applicationDetail = z
  .object({
    applicationNo: z.string(),
    matterCode: z.string(),
    matterName: z.string(),
    versionId: z.string(),
    status,
    applicant: z.object({ kind: z.enum(['person', 'organization']), name: z.string() }),
    formData,
    materials: z.array(z.object({ materialId: z.string(), materialName: z.string(), ...fileView })),
    /** 通办: the service centre chosen to collect the result at; null: delivered electronically. */
    collectAt: z.string().nullable(),
    submittedAt: z.string(),
    updatedAt: z.string(),
    timeline,
    /**
     * While the application waits for the applicant's correction (待补正): every item the
     * department's one notice lists (a material by name, or null for the form), to answer at once.
     */
    correction: z
      .object({
        requestedAt: z.string(),
        items: z.array(z.object({ material: z.string().nullable(), problem: z.string() })),
      })
      .nullable(),
  })
  .meta({ id: 'ApplicationDetail' });
export const materialFileParams = applicationNoParams.extend({ fileId: z.uuid() });

export const declarationSealView = z
  .object({
    status: z.enum(['valid', 'invalid']),
    /** The organisation whose seal key signed. */
    signer: z.string(),
    keyId: z.string(),
    algorithm: z.string(),
    signature: z.string(),
    signedAt: z.string(),
    /** The canonical submission as it is now: with the public key, anyone can check it again. */
    content: z.string(),
  })
  .meta({ id: 'DeclarationSealVerification' });

export const withdrawBody = z.object({ reason: z.string().trim().min(1).max(500) });

/** The answer to a correction notice: the files it asks for, with a note, handed in at once. */
export const resubmitBody = z.object({
  materials,
  note: text(500).optional(),
});
export type ResubmitBody = z.infer<typeof resubmitBody>;

export const progressQuery = z.object({
  applicationNo: z.string().trim().max(40),
  name: z.string().trim().min(1).max(100),
});
export const progressResult = z.object({
  applicationNo: z.string(),
  matterName: z.string(),
  status,
  applicantName: z.string(),
  submittedAt: z.string(),
  timeline,
});

export const draftBody = z.object({
  matterCode: z.string().max(32),
  versionId: z.uuid(),
  formData,
  materials,
});
export const draftUpdateBody = z.object({ formData, materials });
export const draftParams = z.object({ id: z.uuid() });
export const draft = z.object({
  id: z.string(),
  matterCode: z.string(),
  matterName: z.string(),
  versionId: z.string(),
  formData,
  materials: z.array(z.object({ materialId: z.string(), fileIds: z.array(z.string()) })),
  /** What the draft's files are, for showing them again. */
  files: z.array(z.object(fileView)),
  updatedAt: z.string(),
});
export const draftList = z.object({
  items: z.array(
    z.object({ id: z.string(), matterCode: z.string(), matterName: z.string(), updatedAt: z.string() }),
  ),
});
