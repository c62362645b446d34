import type { processZh } from './process.zh-CN';
import type { Shape } from './zh-CN';

export const processEn: Shape<typeof processZh> = {
  processAdmin: {
    title: 'Process',
    link: 'Process settings',
    back: 'Back to the matter',
    intro:
      'The process sets the steps an application goes through, which department and role works each step and how much of the time limit it takes; departments in a parallel review work at the same time. Every published version has one process for online applications and one for the window.',
    version: 'Version {{version}} (published)',
    channel: 'Channel',
    notPublished: 'The matter is not published',
    notPublishedHint: 'A matter has a process once it is published.',
    state: { default: 'Generated default, may be changed', stored: 'Fixed' },
    readOnly: {
      title: 'The process is fixed and can no longer be changed',
      reason:
        'This version’s process ({{channel}}) has been stored: set by an administrator, or already run by applications. A case always follows the process it started with, so a process never changes once fixed.',
      howToChange:
        'For a different process, edit the matter and publish a new version, then set the new version’s process.',
      editMatter: 'Edit the matter',
    },
    limits:
      'Promised limit {{promised}} working days (legal limit {{legal}} working days); each step takes the share shown.',
    flowTitle: 'Steps and time limits',
    preview: 'Preview: not saved',
    notDrawable: 'The text is not a process that can be drawn; the current process is shown below.',
    step: {
      assignee: 'Worked by',
      time: 'Time',
      returns: 'May return to',
      id: 'id {{id}}',
    },
    timeShare: {
      days: '{{days}} working days',
      fraction: '{{percent}}% of the promised limit ({{days}} working days)',
    },
    group: {
      hint: 'All branches start together; the next step waits until every one is done',
      branch: 'Branch {{n}}',
    },
    detached: 'Steps outside the process (no transition leads to them)',
    editor: {
      title: 'Edit the process definition',
      help: 'The definition is JSON: steps, parallelGroups (work in parallel) and transitions between them. The server checks it on saving; problems are listed next to the text with their line numbers.',
      label: 'Process definition (JSON)',
      save: 'Save the process',
      format: 'Tidy the format',
      reset: 'Back to the current process',
      confirmTitle: 'Once saved, the process cannot be changed',
      confirmContent:
        'Once saved, this version’s process ({{channel}}) is fixed and can only be replaced by publishing a new version of the matter. Save it?',
      confirmOk: 'Save',
      saved: 'The process is saved',
      problemsTitle: 'Checks',
      noProblems: 'No problems found yet. The server checks everything on saving.',
      problemCount: 'Problems found: {{count}}. Correct them and save again',
      syntax: 'The JSON is not well formed near line {{line}}, column {{column}}',
      line: 'Line {{line}}',
      goToLine: 'Go to line {{line}}: {{message}}',
    },
    showJson: 'Show the process definition (JSON)',
  },
};
