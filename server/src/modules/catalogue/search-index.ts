import { distance } from 'fastest-levenshtein';
import type { Audience, Theme } from './model.js';

export interface SearchEntry {
  code: string;
  name: string;
  departmentId: string;
  audiences: Audience[];
  themes: Theme[];
  /** Names people use besides the official one, and theme labels (社保, 公积金, …). */
  phrases: string[];
  pinyin: string[];
  initials: string[];
  text: string;
}

/** An entry with what every query needs precomputed once, when the index is built. */
export interface PreparedEntry<E extends SearchEntry = SearchEntry> {
  entry: E;
  /** Everything searchable, joined: one `includes` rules an entry out for most queries. */
  words: string;
  pinyin: string;
  initials: string;
  /** Character pairs of names and phrases, and letter triples of the pinyin: the typo pass looks only where enough of them occur. */
  grams: Set<string>;
}

export interface SearchFilters {
  audience?: Audience;
  theme?: Theme;
  departmentId?: string;
}

export interface SearchHit<E extends SearchEntry = SearchEntry> {
  entry: E;
  score: number;
}

const ASCII = /^[a-z]+$/;
const SEP = '\u0001';

/** Pairs of Chinese characters, triples of pinyin letters: both selective enough to rule out most entries. */
function gramsOf(text: string, into: Set<string>): Set<string> {
  const chars = [...text];
  const n = ASCII.test(text) ? 3 : 2;
  for (let i = 0; i + n <= chars.length; i++) into.add(chars.slice(i, i + n).join(''));
  return into;
}

export function prepareEntries<E extends SearchEntry>(entries: E[]): PreparedEntry<E>[] {
  return entries.map((entry) => {
    const grams = new Set<string>();
    for (const s of [entry.name, ...entry.phrases, ...entry.pinyin]) gramsOf(s, grams);
    return {
      entry,
      words: [entry.name, ...entry.phrases, entry.text].join(SEP),
      pinyin: entry.pinyin.join(SEP),
      initials: entry.initials.join(SEP),
      grams,
    };
  });
}

function phraseScore(term: string, ascii: boolean, entry: SearchEntry): number {
  let score = 0;
  if (entry.name === term) score = 100;
  else if (entry.name.startsWith(term)) score = 80;
  else if (entry.name.includes(term)) score = 60;
  for (const p of entry.phrases) if (p.includes(term)) score = Math.max(score, p === term ? 70 : 50);
  if (ascii) {
    // The name's pinyin first, then keywords' (weighted a little lower).
    for (let i = 0; i < entry.pinyin.length; i++) {
      const full = entry.pinyin[i]!;
      const weight = i === 0 ? 1 : 0.9;
      if (full.startsWith(term)) score = Math.max(score, 55 * weight);
      else if (full.includes(term)) score = Math.max(score, 45 * weight);
    }
    for (let i = 0; i < entry.initials.length; i++) {
      const initials = entry.initials[i]!;
      const weight = i === 0 ? 1 : 0.9;
      if (initials === term) score = Math.max(score, 58 * weight);
      else if (initials.startsWith(term)) score = Math.max(score, 50 * weight);
      else if (term.length >= 2 && initials.includes(term)) score = Math.max(score, 35 * weight);
    }
  }
  if (score === 0 && entry.text.includes(term)) score = 15;
  return score;
}

function exactScore(term: string, ascii: boolean, p: PreparedEntry): number {
  const candidate =
    p.words.includes(term) || (ascii && (p.pinyin.includes(term) || p.initials.includes(term)));
  return candidate ? phraseScore(term, ascii, p.entry) : 0;
}

/** One wrong, missing or extra character: 社保卡申岭 still finds 社保卡申领. */
function typoScore(term: string, ascii: boolean, p: PreparedEntry): number {
  const chars = [...term];
  if (chars.length < (ascii ? 4 : 3)) return 0;
  // One edit breaks at most n of the term's n-grams; an entry sharing fewer cannot be one edit away.
  const termGrams = [...gramsOf(term, new Set())];
  const n = ascii ? 3 : 2;
  if (termGrams.filter((g) => p.grams.has(g)).length < termGrams.length - n) return 0;
  const candidates = ascii ? p.entry.pinyin : [p.entry.name, ...p.entry.phrases];
  for (const candidate of candidates) {
    const cand = [...candidate];
    for (let len = chars.length - 1; len <= chars.length + 1; len++) {
      for (let i = 0; i + len <= cand.length; i++) {
        if (distance(term, cand.slice(i, i + len).join('')) <= 1) return 20;
      }
    }
  }
  return 0;
}

function passes(entry: SearchEntry, filters: SearchFilters): boolean {
  if (filters.audience && !entry.audiences.includes(filters.audience)) return false;
  if (filters.theme && !entry.themes.includes(filters.theme)) return false;
  return !filters.departmentId || entry.departmentId === filters.departmentId;
}

function scoreAll<E extends SearchEntry>(
  prepared: PreparedEntry<E>[],
  terms: string[],
  filters: SearchFilters,
  score: (term: string, ascii: boolean, p: PreparedEntry) => number,
): SearchHit<E>[] {
  const ascii = terms.map((t) => ASCII.test(t));
  const hits: SearchHit<E>[] = [];
  for (const p of prepared) {
    if (!passes(p.entry, filters)) continue;
    let total = terms.length ? 0 : 1;
    for (let i = 0; i < terms.length; i++) {
      const s = score(terms[i]!, ascii[i]!, p);
      if (s === 0) {
        total = 0;
        break;
      }
      total += s;
    }
    if (total > 0) hits.push({ entry: p.entry, score: total });
  }
  return hits;
}

/**
 * Ranks the prepared entries for a query: every word must match the name, a popular name, a
 * theme, the full pinyin or the initials; only when nothing matches exactly does a second
 * pass forgive one typo per word.
 */
export function searchEntries<E extends SearchEntry>(
  prepared: PreparedEntry<E>[],
  query: string,
  filters: SearchFilters,
): SearchHit<E>[] {
  const terms = query.toLowerCase().trim().split(/\s+/).filter(Boolean);
  let hits = scoreAll(prepared, terms, filters, exactScore);
  if (hits.length === 0 && terms.length) {
    hits = scoreAll(
      prepared,
      terms,
      filters,
      (term, ascii, p) => exactScore(term, ascii, p) || typoScore(term, ascii, p),
    );
  }
  // Plain comparison, not localeCompare: ties are common and ICU collation is slow.
  return hits.sort(
    (a, b) =>
      b.score - a.score ||
      a.entry.name.length - b.entry.name.length ||
      (a.entry.code < b.entry.code ? -1 : 1),
  );
}

/** For an empty result: the matters whose names are closest to what was typed. */
export function suggestions(prepared: PreparedEntry[], query: string, limit = 5): string[] {
  const q = query.toLowerCase().trim();
  if (!q) return [];
  const keyOf = (e: SearchEntry) => (ASCII.test(q) ? (e.pinyin[0] ?? '') : e.name);
  return prepared
    .map(({ entry }) => ({ name: entry.name, d: distance(q, keyOf(entry).slice(0, q.length + 2)) }))
    .sort((a, b) => a.d - b.d)
    .slice(0, limit)
    .map((s) => s.name);
}
