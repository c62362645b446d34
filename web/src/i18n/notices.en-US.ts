import type { noticesZh } from './notices.zh-CN';
import type { Shape } from './zh-CN';

export const noticesEn: Shape<typeof noticesZh> = {
  verify: {
    title: 'Verify a notice',
    checking: 'Checking…',
    validTitle: 'Verified',
    validSubtitle:
      'This document was issued by {{issuer}} through the Foshan OneWindow platform and is genuine.',
    documentName: '{{kind}} ({{title}})',
    document: 'Document',
    documentNo: 'Document number',
    noDocumentNo: 'None (identified by the application number)',
    applicationNo: 'Application number',
    issuer: 'Issued by',
    issuedAt: 'Issued at',
    recipient: 'Addressed to',
    digest: 'SM3 digest of the file',
    copyDigest: 'Copy digest',
    copied: 'Copied',
    compareTitle: 'How to check',
    compare:
      'Check that the document number, application number and issuer on the document you hold match the ones above. To make sure the electronic file was not altered, compute the SM3 digest of the PDF file and compare it with the digest above, character by character.',
    privacy:
      'To protect personal data this page shows masked facts only and never offers the document itself.',
    invalidTitle: 'Not verified: invalid code',
    invalidSubtitle:
      'No document matches this QR code. The document may be forged or its QR code altered. Do not rely on it; check with the issuing authority or the 12345 hotline.',
    toProgress: 'Track an application',
    kinds: {
      receipt: 'Receipt of submission',
      acceptance: 'Notice of acceptance',
      refusal: 'Decision not to accept',
      correction: 'Request for missing materials',
      shortfall: 'Acceptance with materials to follow',
      commitment: 'Approval on commitment',
      approval: 'Licensing decision (granted)',
      denial: 'Licensing decision (refused)',
      result: 'Notice of the result',
      rejection: 'Decision not to grant',
      supervision: 'Supervision order',
    },
  },
};
