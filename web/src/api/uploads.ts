// Files handed in for an application's materials (server/src/modules/uploads) and the
// catalogue's blank forms and samples. Uploads are multipart; everything else is JSON.
import { useQuery } from '@tanstack/react-query';
import { UPLOAD_EXTENSIONS, UPLOAD_MEDIA_TYPES } from '../../../server/src/platform/files/media-types.js';
import i18n, { currentLanguage } from '../i18n';
import { ApiError, readProblem, request } from './client';

export interface UploadedFile {
  fileId: string;
  fileName: string;
  mediaType: string;
  byteSize: number;
}

export interface OpenUpload extends UploadedFile {
  materialId: string;
  createdAt: string;
}

/** Which of the applicant's uploads go with which material, as drafts and the submission carry them. */
export interface MaterialFiles {
  materialId: string;
  fileIds: string[];
}

/**
 * Sends one file as multipart/form-data, with the text fields before it (a server that streams
 * the file reads them first); answers the stored file (or what the route answers) or throws the
 * server's problem.
 */
export async function uploadFile<T = UploadedFile>(
  path: string,
  file: File,
  signal?: AbortSignal,
  fields: Record<string, string> = {},
): Promise<T> {
  const body = new FormData();
  for (const [name, value] of Object.entries(fields)) body.append(name, value);
  body.append('file', file, file.name);
  let response: Response;
  try {
    response = await fetch(`/api/v1${path}`, {
      method: 'POST',
      headers: { Accept: 'application/json, application/problem+json', 'Accept-Language': currentLanguage() },
      credentials: 'same-origin',
      body,
      signal,
    });
  } catch {
    throw new ApiError({ title: i18n.t('errors.network'), status: 0, code: 'network' });
  }
  if (!response.ok) throw new ApiError(await readProblem(response));
  return (await response.json()) as T;
}

/** `projectId`: a construction project's stage material, judged by that project's licences. */
export const uploadMaterialFile = (
  matterCode: string,
  materialId: string,
  file: File,
  signal?: AbortSignal,
  projectId?: string,
) =>
  uploadFile(
    `/uploads?matterCode=${encodeURIComponent(matterCode)}&materialId=${encodeURIComponent(materialId)}${
      projectId ? `&projectId=${encodeURIComponent(projectId)}` : ''
    }`,
    file,
    signal,
  );

export const discardUpload = (fileId: string) =>
  request<void>('DELETE', `/uploads/${encodeURIComponent(fileId)}`);

/** The applicant's uploads for a matter that no application holds yet: a new application starts with them. */
export const openUploadsKey = ['uploads', 'open'] as const;

export function useOpenUploads(matterCode: string | undefined, enabled: boolean) {
  return useQuery({
    queryKey: [...openUploadsKey, matterCode],
    queryFn: () =>
      request<{ items: OpenUpload[] }>('GET', `/uploads?matterCode=${encodeURIComponent(matterCode!)}`),
    enabled: enabled && matterCode !== undefined,
    select: (data) => data.items,
    staleTime: Number.POSITIVE_INFINITY,
  });
}

/** Addresses the browser downloads from directly (links, not fetches: the server names the file). */
export const fileUrls = {
  upload: (fileId: string) => `/api/v1/uploads/${encodeURIComponent(fileId)}`,
  applicationMaterial: (applicationNo: string, fileId: string) =>
    `/api/v1/applications/${encodeURIComponent(applicationNo)}/materials/${encodeURIComponent(fileId)}`,
  materialFile: (matterCode: string, materialId: string, kind: 'template' | 'sample') =>
    `/api/v1/matters/${encodeURIComponent(matterCode)}/materials/${encodeURIComponent(materialId)}/${kind}`,
  adminMaterialFile: (matterCode: string, fileId: string) =>
    `/api/v1/admin/matters/${encodeURIComponent(matterCode)}/material-files/${encodeURIComponent(fileId)}`,
};

const extensions = Object.values(UPLOAD_EXTENSIONS).flat();

/** The file picker's filter: by type where the browser knows it, by name ending where not (OFD). */
export const acceptAttribute = [...extensions, ...UPLOAD_MEDIA_TYPES].join(',');

/** A first look in the browser; the server reads the content and decides. */
export function looksAccepted(file: { name: string; type: string }): boolean {
  const name = file.name.toLowerCase();
  return (
    (UPLOAD_MEDIA_TYPES as readonly string[]).includes(file.type) ||
    extensions.some((extension) => name.endsWith(extension))
  );
}
