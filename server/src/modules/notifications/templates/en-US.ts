import type { Frame, Templates } from './template.js';

const application = (p: { matterName: string; applicationNo: string }) =>
  `application for “${p.matterName}” (no. ${p.applicationNo})`;
const app = (p: { matterName: string; applicationNo: string }) => `Your ${application(p)}`;
const item = (p: { matterName: string; applicationNo: string }) =>
  `Application ${p.applicationNo} (${p.matterName})`;
const by = (dueOn: string | undefined, otherwise: string) => (dueOn ? `by ${dueOn}` : otherwise);
const licence = (p: { licenseType: string; licenseNo: string }) =>
  `Your electronic licence “${p.licenseType}” (no. ${p.licenseNo})`;
const byIssuer = (p: { department?: string }) => (p.department ? ` by ${p.department}` : '');

export const enTemplates: Templates = {
  'application.submitted': (p) => ({
    title: 'Application sent',
    text: `${app(p)} has been sent. We will tell you when it is accepted.`,
  }),
  'application.accepted': (p) => ({
    title: 'Application accepted',
    text: `${app(p)} has been accepted${p.dueOn ? ` and will be decided by ${p.dueOn}` : ''}.`,
  }),
  'application.refused': (p) => ({
    title: 'Application not accepted',
    text: `${app(p)} was not accepted. Reason: ${p.reason}.`,
  }),
  'application.correction_requested': (p) => ({
    title: 'Documents need correcting',
    text: `${app(p)} needs corrected documents: ${p.reason}. Please log in and correct them ${by(p.dueOn, 'soon')}.`,
  }),
  'application.shortfall_accepted': (p) => ({
    title: 'Accepted with documents to follow',
    text: `${app(p)} has been accepted with documents missing. Please provide ${p.reason ? `these documents: ${p.reason},` : 'them'} by ${p.dueOn}.`,
  }),
  'application.commitment_approved': (p) => ({
    title: 'Approved on your commitment',
    text: `${app(p)} has been approved on your signed commitment. Please keep your commitment; it will be verified.`,
  }),
  'application.decided': (p) => ({
    title: p.outcome === 'approved' ? 'Application approved' : 'Application denied',
    text:
      p.outcome === 'approved'
        ? `${app(p)} has been approved.`
        : `${app(p)} has been denied${p.reason ? `. Reason: ${p.reason}` : ''}.`,
  }),
  'application.delivered': (p) => ({
    title: 'Result delivered',
    text: `The result of your ${application(p)} ${
      p.channel === 'post'
        ? `has been posted${p.trackingNo ? `, tracking number ${p.trackingNo}` : ''}`
        : p.channel === 'window'
          ? 'is ready: collect it at the service window with your identity document'
          : 'has been delivered electronically; log in to see it'
    }.`,
  }),
  'application.withdrawn': (p) => ({
    title: 'Application withdrawn',
    text: `${app(p)} has been withdrawn. Apply again if you still need the service.`,
  }),
  'application.materials_due': (p) => ({
    title: 'Missing documents due soon',
    text: `The missing documents for your ${application(p)} are due by ${p.dueOn}. Please send them in time.`,
  }),
  'supervision.issued': (p) => ({
    title: 'Supervision order',
    text: `${item(p)} is under supervision${p.department ? ` by ${p.department}` : ''}. Please act on it ${by(p.dueOn, 'at once')} and report back.`,
  }),
  'evaluation.rectification': (p) => ({
    title: 'Poor rating to follow up',
    text: `${item(p)} received a poor rating${p.reason ? ` (${p.reason})` : ''}. Please check and remedy it ${by(p.dueOn, 'soon')}.`,
  }),
  'evaluation.callback': (p) => ({
    title: 'Follow-up of your rating',
    text: `Thank you for rating “${p.matterName}” (no. ${p.applicationNo}). The problem you reported has been dealt with; we will contact you to follow up.`,
  }),
  'license.issued': (p) => ({
    title: 'Electronic licence issued',
    text: `${licence(p)} has been issued${byIssuer(p)}. See, download and show it under “My licences”.`,
  }),
  'license.suspended': (p) => ({
    title: 'Electronic licence suspended',
    text: `${licence(p)} has been suspended${byIssuer(p)}. Reason: ${p.reason}. It cannot be used or shown while suspended.`,
  }),
  'license.revoked': (p) => ({
    title: 'Electronic licence revoked',
    text: `${licence(p)} has been revoked${byIssuer(p)}. Reason: ${p.reason}. It is no longer valid.`,
  }),
  'license.reinstated': (p) => ({
    title: 'Electronic licence reinstated',
    text: `${licence(p)} is valid again${p.reason ? ` (${p.reason})` : ''}.`,
  }),
  'license.expiring': (p) => ({
    title: 'Electronic licence expiring',
    text: `${licence(p)} expires on ${p.dueOn}. Apply for a renewal in time if you still need it.`,
  }),
};

export const enFrame: Frame = {
  smsSignature: '[Foshan OneWindow] ',
  emailSubject: (title) => `[Foshan OneWindow] ${title}`,
  emailBody: (text, url) =>
    [
      'Hello,',
      '',
      text,
      ...(url ? ['', `Log in to Foshan OneWindow for details: ${url}`] : []),
      '',
      'This message was sent automatically; please do not reply to it.',
      'Foshan Government Services and Data Administration',
    ].join('\n'),
};
