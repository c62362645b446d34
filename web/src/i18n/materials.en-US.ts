import type { materialsZh } from './materials.zh-CN';
import type { Shape } from './zh-CN';

export const materialsEn: Shape<typeof materialsZh> = {
  materialFiles: {
    accepted: 'Applying online, you upload materials as PDF, JPG, PNG or OFD files (scans or clear photos).',
    limits: 'Up to {{maxFiles}} files of at most {{maxSizeMb}} MB each',
    template: 'Blank form',
    sample: 'Filled-in example',
    templateLabel: 'Download the blank form of “{{name}}”',
    sampleLabel: 'Download a filled-in example of “{{name}}”',
    step: {
      title: 'Upload your documents',
      intro:
        'Upload an electronic copy (a scan or a clear photo) of each document below, as PDF, JPG, PNG or OFD. Required ones need at least one file.',
      required: 'Required',
      conditional: 'Only if: {{condition}}',
      choose: 'Choose a file',
      uploadLabel: 'Choose a file for “{{name}}”',
      missing: 'Upload “{{name}}”',
      wrongType: '“{{file}}” is not a PDF, JPG, PNG or OFD file',
      tooLarge: '“{{file}}” is larger than {{maxSizeMb}} MB',
      tooMany: 'At most {{maxFiles}} files for “{{name}}”',
      stillUploading: 'A file is still uploading; please wait',
      failed: '“{{file}}” could not be uploaded: {{reason}}',
      exemptTitle:
        'The departments fetch these from electronic licences or shared data; you need not upload them:',
    },
    check: {
      title: 'Documents',
      none: 'None uploaded',
    },
    guide: {
      files: 'Electronic files',
      noUpload: 'Not uploaded',
    },
    detail: {
      title: 'Documents',
      empty: 'No documents were handed in with this application.',
      downloadLabel: 'Download {{file}}',
    },
    editor: {
      limitsHelp:
        'How many files, and how large, applicants may upload online; left empty: {{maxFiles}} files of {{maxSizeMb}} MB.',
      maxFiles: 'Maximum files',
      maxSizeMb: 'Maximum size per file (MB)',
      filesTitle: 'Blank form and filled-in example',
      filesHelp:
        'After uploading, save the draft and publish it: applicants can download the files once the new version is out.',
      none: 'None',
      upload: 'Upload {{kind}}',
      replace: 'Replace',
      remove: 'Remove',
      view: 'View',
      uploaded: '{{kind}} uploaded; it takes effect when saved and published',
      saveFirst: 'Save the new matter first, then upload its form files.',
      uploadFailed: 'Upload failed: {{reason}}',
    },
  },
};
