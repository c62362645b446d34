/** The sections of a guide, in reading order; the contents list and the page both follow it. */
export const guideSections = [
  'basic',
  'conditions',
  'materials',
  'process',
  'limits',
  'fees',
  'legalBasis',
  'places',
  'contact',
  'result',
  'form',
] as const;
export type GuideSectionId = (typeof guideSections)[number];
