// Chinese line breaking (after GB/T 15834 and the usual 避头尾 rules): a line may break
// between any two CJK characters, a Latin word or number stays whole, closing punctuation
// never starts a line and opening punctuation never ends one. Spaces hang at the end of
// the line they follow, so the lines joined give the text back exactly.

const CLOSING = new Set([...'，。、；：？！）］｝」』】〕〗》〉”’％‰℃·・～,.;:?!)]}%']);
const OPENING = new Set([...'（［｛「『【〔〖《〈“‘([{']);
// Two-em dashes and ellipses are one mark printed as two characters: never split them.
const DOUBLED = new Set(['—', '…']);
const CJK =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u2010-\u2027\u2030-\u205e\u3001-\u303f\uff00-\uffef]/u;
const SPACE = /\s/u;

type Kind = 'cjk' | 'word' | 'space';
interface Atom {
  text: string;
  kind: Kind;
}

function atomsOf(text: string): Atom[] {
  const atoms: Atom[] = [];
  for (const ch of text) {
    const kind: Kind = SPACE.test(ch) ? 'space' : CJK.test(ch) ? 'cjk' : 'word';
    const last = atoms.at(-1);
    // A Latin word (and a run of spaces) is one atom; every CJK character is its own.
    if (last && last.kind === kind && kind !== 'cjk' && !last.text.endsWith('\n') && ch !== '\n') {
      last.text += ch;
    } else atoms.push({ text: ch, kind });
  }
  return atoms;
}

function canBreakBetween(a: Atom, b: Atom): boolean {
  if (a.kind === 'space') return true;
  if (b.kind === 'space') return false;
  if (CLOSING.has(b.text[0]!) || OPENING.has(a.text.at(-1)!)) return false;
  return !(DOUBLED.has(a.text) && a.text === b.text);
}

/** Runs of atoms that must stay on one line; a trailing '\n' forces the break after it. */
function segmentsOf(text: string): string[] {
  const atoms = atomsOf(text);
  const segments: string[] = [];
  let current = '';
  atoms.forEach((atom, i) => {
    current += atom.text;
    const next = atoms[i + 1];
    if (!next || atom.text.endsWith('\n') || canBreakBetween(atom, next)) {
      segments.push(current);
      current = '';
    }
  });
  return segments;
}

export type Measure = (text: string) => number;

/** Splits what does not fit on a line on its own: by characters, the last resort. */
function splitOverlong(segment: string, width: number, measure: Measure): string[] {
  const pieces: string[] = [];
  let piece = '';
  for (const ch of segment) {
    if (piece && measure((piece + ch).trimEnd()) > width) {
      pieces.push(piece);
      piece = '';
    }
    piece += ch;
  }
  if (piece) pieces.push(piece);
  return pieces;
}

/**
 * Breaks a paragraph into lines no wider than `width` (trailing spaces hang), the first line
 * `firstWidth` wide (an indent). `measure` gives the advance width of a string.
 */
export function breakLines(text: string, width: number, measure: Measure, firstWidth = width): string[] {
  const lines: string[] = [];
  let line = '';
  const widthNow = () => (lines.length === 0 ? firstWidth : width);
  const fits = (candidate: string) => measure(candidate.trimEnd()) <= widthNow();
  const endLine = () => {
    lines.push(line);
    line = '';
  };
  for (const segment of segmentsOf(text)) {
    if (line && !fits(line + segment)) endLine();
    if (fits(line + segment)) line += segment;
    else {
      // Alone on its line and still too wide: a long URL or number, cut where it must be.
      for (const piece of splitOverlong(segment, widthNow(), measure)) {
        if (line) endLine();
        line = piece;
      }
    }
    if (segment.endsWith('\n')) endLine();
  }
  if (line || lines.length === 0) lines.push(line);
  return lines;
}

/** A measure from per-character advance widths, cached: line breaking measures the same characters often. */
export function characterMeasure(advance: (ch: string) => number): Measure {
  const cache = new Map<string, number>();
  return (text) => {
    let total = 0;
    for (const ch of text) {
      let w = cache.get(ch);
      if (w === undefined) {
        w = advance(ch);
        cache.set(ch, w);
      }
      total += w;
    }
    return total;
  };
}
