import type { Division } from '../api/types';

export interface DivisionOption {
  value: string;
  label: string;
  children?: DivisionOption[];
}

/**
 * The division tree for a cascader. Levels with a single choice (广东省 → 佛山市 in a
 * Foshan deployment) are not worth a click: they become a fixed prefix, and the cascader
 * starts at the first real choice, which also keeps it narrow enough for a phone.
 */
export function divisionTree(divisions: readonly Division[]) {
  const byParent = new Map<string | null, Division[]>();
  for (const d of divisions) byParent.set(d.parentCode, [...(byParent.get(d.parentCode) ?? []), d]);
  const build = (parent: string): DivisionOption[] | undefined => {
    const children = byParent.get(parent);
    return children?.map((d) => ({ value: d.code, label: d.name, children: build(d.code) }));
  };
  const prefix: Division[] = [];
  let level = byParent.get(null) ?? [];
  while (level.length === 1 && byParent.has(level[0]!.code)) {
    prefix.push(level[0]!);
    level = byParent.get(level[0]!.code) ?? [];
  }
  return {
    prefix,
    options: level.map((d) => ({ value: d.code, label: d.name, children: build(d.code) })),
  };
}
