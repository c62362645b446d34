import type { zeroSubmissionZh } from './zeroSubmission.zh-CN';
import type { Shape } from './zh-CN';

export const zeroSubmissionEn: Shape<typeof zeroSubmissionZh> = {
  zeroSubmission: {
    apply: {
      reusedTitle: 'Taken automatically, nothing to hand in',
      reusedIntro:
        'These materials were taken from your electronic licences or the government’s shared data and go with your application: you need not upload them.',
      factsSeparator: ', ',
      reused: 'Taken automatically, nothing to hand in',
      license: '{{typeName}}, licence no. {{licenseNo}}',
      issuedBy: 'issued by {{issuer}}',
      validUntil: 'valid until {{date}}',
      permanent: 'valid indefinitely',
      shared: '{{typeName}} ({{subject}} {{name}}, {{idNumber}}), from the population registry',
      subject: {
        applicant: 'the applicant',
        legal_representative: 'legal representative',
        agent: 'the agent filing it',
      },
      uploadBecause: {
        no_license: 'No valid “{{typeName}}” was found among your electronic licences: please upload it.',
        license_inactive:
          'Your “{{typeName}}” ({{licenseNo}}) is {{status}} and cannot be taken: please upload it.',
        registry_unconfirmed: 'The population registry could not provide it: please upload it.',
        other_holder:
          'This “{{typeName}}” is held by another party and is not taken from your licences: please upload it.',
      },
    },
    detail: {
      intro:
        'These materials were taken from your electronic licences or the government’s shared data when you applied: you did not have to hand them in. The licence status is as verified now.',
    },
    seal: {
      label: 'How to sign',
      option: 'Sign with the organisation’s electronic seal',
      hint: 'Signs this application (matter, answers and materials) with the electronic seal of {{org}}; the department can verify the signature.',
    },
    file: {
      reusedTitle: 'Materials taken automatically (zero submission)',
      license: 'Electronic licence',
      licenseNo: 'Licence no.',
      issuer: 'Issued by',
      validity: 'Validity',
      status: 'Verification',
      sharedData: 'Shared data: {{typeName}}, from the population registry ({{subject}})',
      subject: {
        applicant: 'the applicant',
        legal_representative: 'legal representative',
        agent: 'the agent filing it',
      },
      sealTitle: 'Organisation’s electronic seal',
      sealValid: 'Signature valid',
      sealInvalid: 'Signature invalid: the application differs from what was signed',
      signer: 'Signed by',
      signedAt: 'Signed at',
      keyId: 'Seal key',
    },
    supervision: {
      title: 'Zero submission (materials not asked for)',
      intro:
        'Materials applications took from electronic licences and shared data instead of asking the applicant.',
      period: 'Period',
      materialsReused: 'Materials not asked for',
      applications: 'Applications',
      applicationsWithReuse: 'Applications with zero submission',
      reuseRate: 'Share not asked for',
      shareOfReused: 'Share of all',
      department: 'Department',
      empty: 'No applications in this period',
    },
  },
};
