/** Which material of which matter an applicant uploaded a file for; the file is in the file store. */
export interface MaterialUploadTable {
  fileId: string;
  accountId: string;
  matterCode: string;
  materialId: string;
  createdAt: string;
}

export interface UploadTables {
  materialUploads: MaterialUploadTable;
}
