/**
 * The kinds of file applicants may hand in: what government services accept as scans and
 * electronic documents (OFD is the national standard for electronic documents, GB/T 33190).
 * Pure data, shared with the web app.
 */
export const UPLOAD_MEDIA_TYPES = ['application/pdf', 'image/jpeg', 'image/png', 'application/ofd'] as const;
export type UploadMediaType = (typeof UPLOAD_MEDIA_TYPES)[number];

/** File name endings a browser's picker offers for each kind. */
export const UPLOAD_EXTENSIONS: Record<UploadMediaType, readonly string[]> = {
  'application/pdf': ['.pdf'],
  'image/jpeg': ['.jpg', '.jpeg'],
  'image/png': ['.png'],
  'application/ofd': ['.ofd'],
};
