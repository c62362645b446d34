import { z } from 'zod';

const matterCode = z.string().regex(/^\d{6}-[A-Z]{1,8}-\d{4}$/);
const materialId = z.string().max(32);

export const uploadQuery = z.object({ matterCode, materialId });
export const openUploadsQuery = z.object({ matterCode });
export const uploadParams = z.object({ id: z.uuid() });

export const uploaded = z
  .object({
    fileId: z.string(),
    fileName: z.string(),
    mediaType: z.string(),
    byteSize: z.number().int(),
    sm3: z.string(),
  })
  .meta({ id: 'UploadedFile' });

export const openUploads = z.object({
  items: z.array(uploaded.extend({ materialId: z.string(), createdAt: z.string() })),
});
