import type { AnyDb, AnyTrx } from '../../platform/db/index.js';
import type { FieldProblem } from '../../platform/errors/index.js';
import { fileMetas } from '../../platform/files/index.js';
import type { MatterGuide } from './model.js';

/** Stored files a guide may point at: templates and samples the catalogue's maintainers uploaded. */
export const CATALOGUE_FILE_PURPOSE = 'catalogue_material';

export const MATERIAL_FILE_KINDS = ['template', 'sample'] as const;
export type MaterialFileKind = (typeof MATERIAL_FILE_KINDS)[number];
export const fileIdField = (kind: MaterialFileKind) =>
  kind === 'template' ? 'templateFileId' : 'sampleFileId';

/** A guide may name only catalogue files that exist: never an applicant's upload, never a made-up id. */
export async function materialFileProblems(
  db: AnyDb | AnyTrx,
  guide: MatterGuide,
  path = 'guide',
): Promise<FieldProblem[]> {
  const refs = guide.materials.flatMap((m, i) =>
    MATERIAL_FILE_KINDS.flatMap((kind) => {
      const id = m[fileIdField(kind)];
      return id ? [{ id, field: `${path}.materials.${i}.${fileIdField(kind)}` }] : [];
    }),
  );
  const known = new Set(
    (await fileMetas(db, [...new Set(refs.map((r) => r.id))]))
      .filter((f) => f.purpose === CATALOGUE_FILE_PURPOSE)
      .map((f) => f.id),
  );
  return refs
    .filter((r) => !known.has(r.id))
    .map((r) => ({ field: r.field, code: 'catalogue.unknown_file' }));
}
