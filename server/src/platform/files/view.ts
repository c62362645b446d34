import { z } from 'zod';
import type { StoredFile } from './file-store.js';

/** A stored file as the API shows it to whoever may see it. */
export const storedFileSchema = z
  .object({
    fileId: z.string(),
    fileName: z.string(),
    mediaType: z.string(),
    byteSize: z.number().int(),
    sm3: z.string(),
  })
  .meta({ id: 'StoredFile' });

export const storedFileView = (f: StoredFile): z.infer<typeof storedFileSchema> => ({
  fileId: f.id,
  fileName: f.fileName,
  mediaType: f.mediaType,
  byteSize: f.byteSize,
  sm3: f.sm3,
});
