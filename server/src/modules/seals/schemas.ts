import { z } from 'zod';
import { pageOf, pageQuery } from '../../platform/validation/index.js';

const ownerType = z.enum(['department', 'organization']);

export const keyIdParams = z.object({ id: z.uuid() });

export const createKeyBody = z.object({ ownerType, ownerId: z.uuid() }).meta({
  id: 'SealKeyCreate',
  description: 'Whose seal: a department, or an organisation signing its own declarations',
});

export const keyQuery = pageQuery.extend({
  ownerType: ownerType.optional(),
  ownerId: z.uuid().optional(),
  status: z.enum(['active', 'retired']).optional(),
});

/** A seal key as administrators see it: never the private key, not even sealed. */
export const sealKey = z
  .object({
    id: z.uuid(),
    ownerType,
    ownerId: z.uuid(),
    ownerName: z.string(),
    algorithm: z.literal('SM2-SM3'),
    publicKey: z.string(),
    status: z.enum(['active', 'retired']),
    createdAt: z.string(),
    /** The security administrator who made it; null for the seeded demo keys. */
    createdBy: z.uuid().nullable(),
    retiredAt: z.string().nullable(),
  })
  .meta({ id: 'SealKey' });

export const sealKeyPage = pageOf(sealKey).meta({ id: 'SealKeyPage' });

/** What anyone may know of a key to check a signature made with it. */
export const publicSealKey = sealKey
  .pick({ id: true, ownerType: true, ownerName: true, algorithm: true, publicKey: true, status: true })
  .extend({ createdAt: z.string(), retiredAt: z.string().nullable() })
  .meta({ id: 'PublicSealKey' });

export const sealCertificate = z
  .object({
    id: z.uuid(),
    subjectType: z.enum(['ca', 'department', 'organization']),
    subjectId: z.uuid().nullable(),
    /** In use for new signatures; replaced ones still verify the PDFs they signed. */
    active: z.boolean(),
    serialNumber: z.string(),
    notBefore: z.string(),
    notAfter: z.string(),
    createdAt: z.string(),
  })
  .meta({ id: 'SealCertificate' });

export const sealCertificateList = z.array(sealCertificate).meta({ id: 'SealCertificateList' });
