import type { Material, MatterGuide, MatterGuideInput } from './model.js';

const NUMBERED = /^m(\d+)$/;

/**
 * Gives every material without an id the next free `mN`, in order, and leaves the others be:
 * ids stay put from version to version, so drafts and uploads can name a material.
 */
export function withMaterialIds(guide: MatterGuideInput): MatterGuide {
  let next = Math.max(0, ...guide.materials.map((m) => Number(NUMBERED.exec(m.id ?? '')?.[1] ?? 0)));
  const materials: Material[] = guide.materials.map(({ id, ...rest }) => ({
    id: id || `m${++next}`,
    ...rest,
  }));
  return { ...guide, materials };
}
