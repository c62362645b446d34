import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pinyinKeys } from './pinyin-keys.js';
import { prepareEntries, type SearchEntry, searchEntries, suggestions } from './search-index.js';

function entry(
  code: string,
  name: string,
  keywords: string[],
  themes: SearchEntry['themes'] = [],
): SearchEntry {
  const themeLabels = themes.map(
    (t) => ({ social_security: '社保', housing_fund: '公积金', exit_entry: '出入境' })[t as string] ?? '',
  );
  const keys = pinyinKeys([name, ...keywords, ...themeLabels]);
  return {
    code,
    name,
    departmentId: 'd',
    audiences: ['person'],
    themes,
    phrases: [...keywords, ...themeLabels],
    pinyin: keys.pinyin,
    initials: keys.initials,
    text: `${name}的办事指南`,
  };
}

const ENTRIES = prepareEntries([
  entry('A', '社会保障卡申领', ['社保卡'], ['social_security']),
  entry('B', '灵活就业人员参加企业职工基本养老保险登记', ['灵活就业参保'], ['social_security']),
  entry('C', '住房公积金提取', ['公积金提取'], ['housing_fund']),
  entry('D', '普通护照签发', ['护照', '办护照'], ['exit_entry']),
  entry('E', '重庆市户籍迁入佛山', ['迁户口']),
  entry('F', '食品经营许可证核发', ['食品许可']),
]);
const codes = (q: string) => searchEntries(ENTRIES, q, {}).map((h) => h.entry.code);

describe('matter search', () => {
  it('finds 社保 matters by Chinese, full pinyin and initials', () => {
    for (const q of ['社保', 'shebao', 'sb']) expect(codes(q).slice(0, 2).sort(), q).toEqual(['A', 'B']);
  });

  it('ranks the closest name first', () => {
    expect(codes('社会保障卡')[0]).toBe('A');
    expect(codes('护照')[0]).toBe('D');
    expect(codes('gjj')[0]).toBe('C');
  });

  it('reads polyphones in context', () => {
    expect(codes('chongqing')).toContain('E');
  });

  it('forgives one wrong character', () => {
    expect(codes('社会保障卡申岭')).toEqual(['A']);
    expect(codes('gongjijing')).toContain('C');
  });

  it('needs every word of a multi-word query', () => {
    expect(codes('公积金 提取')).toEqual(['C']);
    expect(codes('公积金 护照')).toEqual([]);
  });

  it('suggests the nearest names when nothing matches', () => {
    expect(codes('xyzzy')).toEqual([]);
    expect(suggestions(ENTRIES, 'huzhau')).toContain('普通护照签发');
  });

  it('never returns a matter outside the filters', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('社保', 'sb', '证', ''),
        fc.constantFrom('social_security', 'housing_fund', 'exit_entry'),
        (q, theme) =>
          searchEntries(ENTRIES, q, { theme: theme as SearchEntry['themes'][number] }).every((h) =>
            h.entry.themes.includes(theme as never),
          ),
      ),
    );
  });
});
