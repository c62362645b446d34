export const editorTabs = ['basic', 'materials', 'form', 'versions'] as const;
export type EditorTab = (typeof editorTabs)[number];

/** Which tab holds a field of the guide: the materials and the form have their own. */
export function tabOf(path: readonly (string | number)[]): Exclude<EditorTab, 'versions'> {
  if (path[0] === 'materials') return 'materials';
  if (path[0] === 'form') return 'form';
  return 'basic';
}
