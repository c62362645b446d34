/**
 * JSON text as an administrator edits it: read as JSON.parse reads it, but remembering where
 * each value starts, so that the server's field paths (`steps.1.timeShare.fraction`) and a
 * syntax error can be shown at their line.
 */
export type JsonText =
  | { ok: true; value: unknown; lines: ReadonlyMap<string, number> }
  | { ok: false; line: number; column: number };

class SyntaxAt extends Error {
  constructor(readonly at: number) {
    super('JSON syntax');
  }
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const LITERALS: readonly [string, unknown][] = [
  ['true', true],
  ['false', false],
  ['null', null],
];

export function readJsonText(text: string): JsonText {
  const lines = new Map<string, number>();
  let at = 0;
  let line = 1;
  // Outside strings, where raw line breaks cannot be, whitespace is the only place a line ends.
  const skipSpace = () => {
    for (; at < text.length; at++) {
      const c = text[at];
      if (c === '\n') line++;
      else if (c !== ' ' && c !== '\t' && c !== '\r') break;
    }
  };
  const expect = (c: string) => {
    if (text[at] !== c) throw new SyntaxAt(at);
    at++;
  };
  const string = (): string => {
    const start = at;
    expect('"');
    for (; at < text.length && text[at] !== '"'; at++) {
      const c = text.charCodeAt(at);
      if (c < 0x20) throw new SyntaxAt(at);
      if (text[at] === '\\') at += text[at + 1] === 'u' ? 5 : 1;
    }
    expect('"');
    try {
      return JSON.parse(text.slice(start, at)) as string;
    } catch {
      throw new SyntaxAt(start);
    }
  };
  const value = (path: string): unknown => {
    skipSpace();
    lines.set(path, line);
    const c = text[at];
    const child = (key: string | number) => (path ? `${path}.${key}` : String(key));
    if (c === '{') {
      at++;
      const object: Record<string, unknown> = {};
      skipSpace();
      while (text[at] !== '}') {
        if (Object.keys(object).length > 0) expect(',');
        skipSpace();
        const key = string();
        skipSpace();
        expect(':');
        // A key named __proto__ is a plain property, as JSON.parse makes it.
        Object.defineProperty(object, key, {
          value: value(child(key)),
          enumerable: true,
          writable: true,
          configurable: true,
        });
        skipSpace();
      }
      at++;
      return object;
    }
    if (c === '[') {
      at++;
      const array: unknown[] = [];
      skipSpace();
      while (text[at] !== ']') {
        if (array.length > 0) expect(',');
        array.push(value(child(array.length)));
        skipSpace();
      }
      at++;
      return array;
    }
    if (c === '"') return string();
    NUMBER.lastIndex = at;
    const number = NUMBER.exec(text);
    if (number) {
      at += number[0].length;
      return Number(number[0]);
    }
    const literal = LITERALS.find(([word]) => text.startsWith(word, at));
    if (!literal) throw new SyntaxAt(at);
    at += literal[0].length;
    return literal[1];
  };

  try {
    const result = value('');
    skipSpace();
    if (at < text.length) throw new SyntaxAt(at);
    return { ok: true, value: result, lines };
  } catch (error) {
    if (!(error instanceof SyntaxAt)) throw error;
    const before = text.slice(0, error.at);
    return {
      ok: false,
      line: before.split('\n').length,
      column: error.at - before.lastIndexOf('\n'),
    };
  }
}

/** The line a field path points at, or its nearest ancestor's when the field is missing. */
export function lineOf(lines: ReadonlyMap<string, number>, field: string): number {
  const parts = field === '(root)' ? [] : field.split('.');
  for (let n = parts.length; n > 0; n--) {
    const line = lines.get(parts.slice(0, n).join('.'));
    if (line !== undefined) return line;
  }
  return lines.get('') ?? 1;
}

/** Offsets of a line (1-based) in the text: to select it in the text area. */
export function lineRange(text: string, line: number): [start: number, end: number] {
  let start = 0;
  for (let n = 1; n < line; n++) {
    const next = text.indexOf('\n', start);
    if (next < 0) break;
    start = next + 1;
  }
  const end = text.indexOf('\n', start);
  return [start, end < 0 ? text.length : end];
}
