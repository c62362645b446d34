import type { AnyDb, AnyTrx } from '../../platform/db/index.js';
import { tablesOf } from '../../platform/db/index.js';
import { type FieldProblem, ProblemError } from '../../platform/errors/index.js';
import { fileMetas } from '../../platform/files/index.js';
import { type Material, type MatterGuide, materialLimits } from '../catalogue/index.js';
import {
  handedIn,
  type MaterialSourcing,
  type Reuse,
  type Sourcing,
  sourcingIn,
} from './material-sources.js';
import type { ApplicationMaterialTable, ApplicationTables } from './tables.js';

/** The purpose of files applicants upload for their applications' materials. */
export const APPLICATION_FILE_PURPOSE = 'application_material';

/** Which of the applicant's uploads go with which material (the submit body, and drafts). */
export interface MaterialFiles {
  materialId: string;
  fileIds: string[];
}

const MB = 1024 * 1024;

/** A material taken instead of asked for, as an application records it (零提交). */
export interface ReusedMaterial {
  materialId: string;
  materialName: string;
  reuse: Reuse;
}

/** What an application holds for its materials: the files handed in, and what was taken instead. */
export interface CheckedMaterials {
  links: Omit<ApplicationMaterialTable, 'applicationId'>[];
  reused: ReusedMaterial[];
}

/**
 * The links to store for an application's materials, and the materials taken from licences or
 * shared data instead, or a 422 naming every problem. Field names address a material by its id
 * (`materials.m2`, `materials.m2.fileIds.0`), so a client can show each problem at its material.
 * Files are handed in for the applicant's own documents and for those the platform cannot take
 * (see material-sources.ts); a complete (submitted) set has a file for every required one.
 */
export async function checkMaterials(
  db: AnyDb | AnyTrx,
  guide: MatterGuide,
  accountId: string,
  entries: readonly MaterialFiles[],
  options: { complete: boolean; sourcing: MaterialSourcing },
): Promise<CheckedMaterials> {
  const uploadable = (m: Material) => handedIn(sourcingIn(options.sourcing, m));
  const byId = new Map(guide.materials.map((m) => [m.id, m]));
  const files = new Map(
    (
      await fileMetas(
        db,
        entries.flatMap((e) => e.fileIds),
      )
    ).map((f) => [f.id, f]),
  );
  const problems: FieldProblem[] = [];
  const links: Omit<ApplicationMaterialTable, 'applicationId'>[] = [];
  const seenMaterials = new Set<string>();
  const seenFiles = new Set<string>();
  for (const entry of entries) {
    const field = `materials.${entry.materialId}`;
    const material = byId.get(entry.materialId);
    if (!material || !uploadable(material) || seenMaterials.has(entry.materialId)) {
      const repeated = material && uploadable(material);
      problems.push({
        field,
        code: repeated ? 'application.material_repeated' : 'application.unknown_material',
      });
      continue;
    }
    seenMaterials.add(entry.materialId);
    const limits = materialLimits(material);
    if (entry.fileIds.length > limits.maxFiles)
      problems.push({
        field: `${field}.fileIds`,
        code: 'application.too_many_files',
        params: { material: material.name, max: limits.maxFiles },
      });
    for (const [index, fileId] of entry.fileIds.entries()) {
      const file = files.get(fileId);
      const problem =
        // Someone else's file answers exactly like one that does not exist.
        !file || file.ownerAccountId !== accountId || file.purpose !== APPLICATION_FILE_PURPOSE
          ? 'application.file_not_found'
          : seenFiles.has(fileId)
            ? 'application.file_repeated'
            : file.byteSize > limits.maxSizeMb * MB
              ? 'application.file_too_large'
              : null;
      seenFiles.add(fileId);
      if (problem)
        problems.push({
          field: `${field}.fileIds.${index}`,
          code: problem,
          params: { material: material.name, maxSizeMb: limits.maxSizeMb },
        });
      else
        links.push({ materialId: material.id, materialName: material.name, fileId, position: links.length });
    }
  }
  const given = new Set(entries.filter((e) => e.fileIds.length).map((e) => e.materialId));
  const reused: ReusedMaterial[] = [];
  for (const m of guide.materials) {
    const sourcing = sourcingIn(options.sourcing, m);
    if (sourcing.kind === 'reused')
      reused.push({ materialId: m.id, materialName: m.name, reuse: sourcing.reuse });
    else if (options.complete && m.requirement === 'required' && handedIn(sourcing) && !given.has(m.id))
      problems.push(missingProblem(m, sourcing));
  }
  if (problems.length) throw new ProblemError(422, 'application.materials_invalid', { fields: problems });
  return { links, reused };
}

/** A required material without a file: for one the platform could not take, the reason why. */
function missingProblem(m: Material, sourcing: Sourcing): FieldProblem {
  const field = `materials.${m.id}`;
  if (sourcing.kind !== 'upload')
    return { field, code: 'application.material_missing', params: { material: m.name } };
  return {
    field,
    code: `application.material_missing.${sourcing.reason}`,
    params: { material: m.name, licenseNo: sourcing.license?.licenseNo ?? '' },
  };
}

const links = (db: AnyDb | AnyTrx) => tablesOf<ApplicationTables>(db);

export async function insertMaterialLinks(
  trx: AnyTrx,
  applicationId: string,
  rows: Omit<ApplicationMaterialTable, 'applicationId'>[],
): Promise<void> {
  if (rows.length)
    await links(trx)
      .insertInto('applicationMaterials')
      .values(rows.map((r) => ({ ...r, applicationId })))
      .execute();
}

/**
 * Files handed in later (a correction's answer) added after the application's others; a file it
 * holds already is not added twice.
 */
export async function addMaterialLinks(
  trx: AnyTrx,
  applicationId: string,
  rows: Omit<ApplicationMaterialTable, 'applicationId' | 'position'>[],
): Promise<void> {
  const held = await links(trx)
    .selectFrom('applicationMaterials')
    .select(['fileId', 'position'])
    .where('applicationId', '=', applicationId)
    .execute();
  const seen = new Set(held.map((h) => h.fileId));
  let position = held.reduce((max, h) => Math.max(max, h.position + 1), 0);
  const fresh = rows.filter((r) => !seen.has(r.fileId)).map((r) => ({ ...r, position: position++ }));
  await insertMaterialLinks(trx, applicationId, fresh);
}

/** An application's materials with their files' metadata, in the order they were handed in. */
export async function materialsOf(db: AnyDb | AnyTrx, applicationId: string) {
  const rows = await links(db)
    .selectFrom('applicationMaterials')
    .selectAll()
    .where('applicationId', '=', applicationId)
    .orderBy('position')
    .execute();
  const metas = new Map(
    (
      await fileMetas(
        db,
        rows.map((r) => r.fileId),
      )
    ).map((f) => [f.id, f]),
  );
  return rows.map((r) => {
    const meta = metas.get(r.fileId)!;
    return {
      materialId: r.materialId,
      materialName: r.materialName,
      fileId: r.fileId,
      fileName: meta.fileName,
      mediaType: meta.mediaType,
      byteSize: meta.byteSize,
      sm3: meta.sm3,
    };
  });
}

/** Which of these files some application holds (they can no longer be discarded). */
export async function attachedFileIds(db: AnyDb | AnyTrx, fileIds: readonly string[]): Promise<Set<string>> {
  if (!fileIds.length) return new Set();
  const rows = await links(db)
    .selectFrom('applicationMaterials')
    .select('fileId')
    .where('fileId', 'in', [...fileIds])
    .execute();
  return new Set(rows.map((r) => r.fileId));
}

/** A draft's materials as stored, and its files' metadata (only the applicant's own). */
export async function draftMaterialsView(db: AnyDb, accountId: string, stored: string) {
  const materials = JSON.parse(stored) as MaterialFiles[];
  const files = (
    await fileMetas(
      db,
      materials.flatMap((m) => m.fileIds),
    )
  )
    .filter((f) => f.ownerAccountId === accountId)
    .map((f) => ({ fileId: f.id, fileName: f.fileName, mediaType: f.mediaType, byteSize: f.byteSize }));
  return { materials, files };
}
