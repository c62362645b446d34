import { z } from 'zod';
import { storedFileSchema } from '../../platform/files/index.js';

const matterCode = z.string().regex(/^\d{6}-[A-Z]{1,8}-\d{4}$/);
const materialId = z.string().max(32);

export const uploadQuery = z.object({
  matterCode,
  materialId,
  /** A stage material of this construction project: its licences, not the company's newest, decide. */
  projectId: z.uuid().optional(),
});
export const openUploadsQuery = z.object({ matterCode });
export const uploadParams = z.object({ id: z.uuid() });

export const openUploads = z.object({
  items: z.array(storedFileSchema.extend({ materialId: z.string(), createdAt: z.string() })),
});
