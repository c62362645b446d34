// Online applications (办件) and their drafts, as the server answers them
// (server/src/modules/applications/schemas.ts). Labels live in i18n (application.*).

import type { MaterialFiles, UploadedFile } from './uploads';

export type FormData = Record<string, unknown>;

/** Every status an application can have; the first two exist now, the rest come with the back office. */
export const applicationStatuses = [
  'submitted',
  'pre_review',
  'correction_requested',
  'resubmitted',
  'accepted',
  'refused',
  'in_review',
  'approved',
  'denied',
  'decided',
  'delivered',
  'completed',
  'withdrawn',
  'revoked',
] as const;
export type ApplicationStatus = (typeof applicationStatuses)[number];

/** Timeline actions with a label; an unknown one still shows, under a generic label. */
export const timelineActions = [
  'submitted',
  'withdrawn',
  'pre_reviewed',
  'accepted',
  'accepted_with_shortfall',
  'refused',
  'correction_requested',
  'resubmitted',
  'review_started',
  'reviewed',
  'approved',
  'denied',
  'decided',
  'clock_suspended',
  'clock_resumed',
  'clock_extended',
  'shortfall_supplied',
  'delivered',
  'completed',
  'revoked',
] as const;
export type TimelineAction = (typeof timelineActions)[number];

export interface TimelineEntry {
  at: string;
  action: string;
  note?: string | null;
}

export interface SubmitApplication {
  matterCode: string;
  versionId: string;
  formData: FormData;
  materials: MaterialFiles[];
  declaration: true;
  draftId?: string;
  /** 通办: the service centre (id) to collect the result at; absent: delivered electronically. */
  collectAt?: string;
}

export interface SubmittedApplication {
  applicationNo: string;
  status: ApplicationStatus;
  matterCode: string;
  matterName: string;
  submittedAt: string;
  promisedLimitDays: number;
}

export interface ApplicationItem {
  applicationNo: string;
  matterCode: string;
  matterName: string;
  status: ApplicationStatus;
  submittedAt: string;
  updatedAt: string;
}

/** A file handed in with an application, under the material it was for. */
export interface ApplicationMaterial extends UploadedFile {
  materialId: string;
  materialName: string;
}

export interface ApplicationDetail extends ApplicationItem {
  versionId: string;
  applicant: { kind: 'person' | 'organization'; name: string };
  formData: FormData;
  materials: ApplicationMaterial[];
  /** 通办: the service centre chosen to collect the result at; null: delivered electronically. */
  collectAt: string | null;
  timeline: TimelineEntry[];
  /** 待补正: the department's one notice (a material by name, or null for the form), to answer at once. */
  correction: {
    requestedAt: string;
    items: { material: string | null; problem: string }[];
  } | null;
}

export interface ApplicationListParams {
  page: number;
  pageSize: number;
  status?: ApplicationStatus;
}

export interface Draft {
  id: string;
  matterCode: string;
  matterName: string;
  versionId: string;
  formData: FormData;
  materials: MaterialFiles[];
  /** The draft's files, to show them again. */
  files: UploadedFile[];
  updatedAt: string;
}

export type DraftItem = Pick<Draft, 'id' | 'matterCode' | 'matterName' | 'updatedAt'>;

export interface ProgressQuery {
  applicationNo: string;
  name: string;
}

export interface ProgressResult {
  applicationNo: string;
  matterName: string;
  status: ApplicationStatus;
  /** Masked by the server, e.g. 张*. */
  applicantName: string;
  submittedAt: string;
  timeline: TimelineEntry[];
}
