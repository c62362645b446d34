import { pinyin } from 'pinyin-pro';

/** Full pinyin without tones or spaces (社保 → shebao) and initials (社保 → sb) of each phrase. */
export function pinyinKeys(phrases: string[]): { pinyin: string[]; initials: string[] } {
  const unique = [...new Set(phrases.map((p) => p.trim()).filter(Boolean))];
  return {
    pinyin: unique.map((p) =>
      pinyin(p, { toneType: 'none', type: 'array', nonZh: 'consecutive' }).join('').toLowerCase(),
    ),
    initials: unique.map((p) =>
      pinyin(p, { pattern: 'first', toneType: 'none', type: 'array', nonZh: 'consecutive' })
        .join('')
        .toLowerCase(),
    ),
  };
}
