export {
  createFileStore,
  type FileStore,
  fileMeta,
  fileMetas,
  fileStoreOf,
  type NewFile,
  type StoredFile,
  systemFileNamed,
} from './file-store.js';
export { UPLOAD_EXTENSIONS, UPLOAD_MEDIA_TYPES, type UploadMediaType } from './media-types.js';
export { fileMessages } from './messages.js';
export { fileMigrations } from './migrations.js';
export { refuseActivePdf } from './pdf-inspection.js';
export { sniffMediaType } from './sniff.js';
export { storeUpload } from './store-upload.js';
export type { FileTables, StoredFileTable } from './tables.js';
export {
  contentDisposition,
  type ReceivedFile,
  receiveFile,
  registerUploads,
  sendFile,
} from './upload-reader.js';
export { storedFileSchema, storedFileView } from './view.js';
