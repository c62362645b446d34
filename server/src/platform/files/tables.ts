/** One stored file's metadata; its content lives encrypted on disk under DATA_DIR/files. */
export interface StoredFileTable {
  id: string;
  /** The account that handed the file in; null for files the system made (seeded templates). */
  ownerAccountId: string | null;
  /** What the file is for, e.g. 'application_material', 'catalogue_material'. */
  purpose: string;
  fileName: string;
  mediaType: string;
  byteSize: number;
  /** SM3 digest of the plaintext: checked on every read. */
  sm3: string;
  createdAt: string;
}

export interface FileTables {
  storedFiles: StoredFileTable;
}
