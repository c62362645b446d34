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

export interface SearchFilters {
  audience?: Audience;
  theme?: Theme;
  departmentId?: string;
}

export interface SearchHit {
  entry: SearchEntry;
  score: number;
}

const ASCII = /^[a-z]+$/;

function bestPhraseScore(term: string, entry: SearchEntry): number {
  let score = 0;
  const up = (s: number) => {
    if (s > score) score = s;
  };
  if (entry.name === term) up(100);
  else if (entry.name.startsWith(term)) up(80);
  else if (entry.name.includes(term)) up(60);
  for (const p of entry.phrases) if (p.includes(term)) up(p === term ? 70 : 50);
  if (ASCII.test(term)) {
    for (const [i, full] of entry.pinyin.entries()) {
      const weight = i === 0 ? 1 : 0.9; // the name first, then keywords
      if (full.startsWith(term)) up(55 * weight);
      else if (full.includes(term)) up(45 * weight);
    }
    for (const [i, initials] of entry.initials.entries()) {
      const weight = i === 0 ? 1 : 0.9;
      if (initials === term) up(58 * weight);
      else if (initials.startsWith(term)) up(50 * weight);
      else if (term.length >= 2 && initials.includes(term)) up(35 * weight);
    }
  }
  if (score === 0 && entry.text.includes(term)) up(15);
  return score;
}

/** One wrong, missing or extra character: 社保卡申岭 still finds 社保卡申领. */
function typoScore(term: string, entry: SearchEntry): number {
  if (term.length < (ASCII.test(term) ? 4 : 3)) return 0;
  const candidates = ASCII.test(term) ? entry.pinyin : [entry.name, ...entry.phrases];
  for (const candidate of candidates) {
    for (let len = term.length - 1; len <= term.length + 1; len++) {
      for (let i = 0; i + len <= candidate.length; i++) {
        if (distance(term, candidate.slice(i, i + len)) <= 1) return 20;
      }
    }
  }
  return 0;
}

/**
 * An in-memory index of the published catalogue. Each process holds its own copy, rebuilt
 * when the catalogue revision in the database moves, so every process answers alike.
 */
export function searchEntries(entries: SearchEntry[], query: string, filters: SearchFilters): SearchHit[] {
  const terms = query.toLowerCase().trim().split(/\s+/).filter(Boolean);
  const hits: SearchHit[] = [];
  for (const entry of entries) {
    if (filters.audience && !entry.audiences.includes(filters.audience)) continue;
    if (filters.theme && !entry.themes.includes(filters.theme)) continue;
    if (filters.departmentId && entry.departmentId !== filters.departmentId) continue;
    let score = terms.length ? 0 : 1;
    for (const term of terms) {
      const s = bestPhraseScore(term, entry) || typoScore(term, entry);
      if (s === 0) {
        score = 0;
        break;
      }
      score += s;
    }
    if (score > 0) hits.push({ entry, score });
  }
  return hits.sort(
    (a, b) =>
      b.score - a.score ||
      a.entry.name.length - b.entry.name.length ||
      a.entry.code.localeCompare(b.entry.code),
  );
}

/** For an empty result: the matters whose names are closest to what was typed. */
export function suggestions(entries: SearchEntry[], query: string, limit = 5): string[] {
  const q = query.toLowerCase().trim();
  if (!q) return [];
  const keyOf = (e: SearchEntry) => (ASCII.test(q) ? (e.pinyin[0] ?? '') : e.name);
  return entries
    .map((e) => ({ name: e.name, d: distance(q, keyOf(e).slice(0, q.length + 2)) }))
    .sort((a, b) => a.d - b.d)
    .slice(0, limit)
    .map((s) => s.name);
}
