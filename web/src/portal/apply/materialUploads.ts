import type { Draft } from '../../api/applicationTypes';
import { isUploaded, type Material, type MatterGuide } from '../../api/catalogueTypes';
import type { Problem } from '../../api/types';
import type { MaterialFiles, OpenUpload, UploadedFile } from '../../api/uploads';
import type { FieldError } from './formProblem';
import { type MaterialSource, type MaterialSources, sourcingOf } from './materialSources';

/** The applicant's files per material id, as the upload page shows them. */
export type MaterialUploads = Record<string, UploadedFile[]>;

/** The materials an applicant uploads online; licences and shared data are fetched instead. */
export const uploadedMaterials = (guide: MatterGuide) => guide.materials.filter(isUploaded);

/**
 * What this applicant uploads: their own documents, and the licences and records the platform
 * cannot take for them (none valid in their wallet, the registry could not confirm).
 */
export const materialsToUpload = (guide: MatterGuide, sources: MaterialSources) =>
  guide.materials.filter((m) => {
    const sourcing = sourcingOf(sources, m);
    return sourcing === 'applicant' || sourcing === 'upload';
  });

/** What the platform takes instead of asking (零提交), with the licence or record it takes. */
export const reusedMaterials = (guide: MatterGuide, sources: MaterialSources) =>
  guide.materials.flatMap((m): { material: Material; source: MaterialSource }[] => {
    const source = sources.get(m.id);
    return source?.sourcing === 'reused' ? [{ material: m, source }] : [];
  });

/** Required materials (not conditional ones) still to upload. */
export const missingMaterials = (
  guide: MatterGuide,
  uploads: MaterialUploads,
  sources: MaterialSources,
): Material[] =>
  materialsToUpload(guide, sources).filter((m) => m.requirement === 'required' && !uploads[m.id]?.length);

/**
 * What the server takes: the files of each material to upload that has any, in the guide's
 * order. Without sources (a window, where the clerk scans), the applicant's own documents only.
 */
export const materialFilesOf = (
  guide: MatterGuide,
  uploads: MaterialUploads,
  sources: MaterialSources = new Map(),
): MaterialFiles[] =>
  materialsToUpload(guide, sources)
    .map((m) => ({ materialId: m.id, fileIds: (uploads[m.id] ?? []).map((f) => f.fileId) }))
    .filter((entry) => entry.fileIds.length > 0);

/** A draft's files under their materials. */
export function uploadsOfDraft(draft: Pick<Draft, 'materials' | 'files'>): MaterialUploads {
  const files = new Map(draft.files.map((f) => [f.fileId, f]));
  return Object.fromEntries(
    draft.materials.map((m) => [
      m.materialId,
      m.fileIds.flatMap((id) => {
        const file = files.get(id);
        return file ? [file] : [];
      }),
    ]),
  );
}

/** Files uploaded earlier for this matter and not yet handed in: a new application starts with them. */
export function uploadsOfOpen(open: readonly OpenUpload[]): MaterialUploads {
  const byMaterial: MaterialUploads = {};
  for (const { materialId, createdAt: _, ...file } of open)
    byMaterial[materialId] = [...(byMaterial[materialId] ?? []), file];
  return byMaterial;
}

/** The material a server error is about: `materials.m2` and `materials.m2.fileIds.0` name m2. */
export const materialOfError = (field: string) => field.split('.')[1] ?? '';

/** The server's errors on materials; null when there are none. */
export function materialErrors(problem: Problem): FieldError[] | null {
  const errors = (problem.errors ?? []).filter((e) => e.field.startsWith('materials.'));
  return errors.length ? errors : null;
}
