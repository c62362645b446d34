import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { embedFonts } from '../../platform/pdf/index.js';
import { FOSHAN_MATTERS, type FormField } from '../catalogue/index.js';
import { titleLayout } from './certificate.js';
import { FOSHAN_LICENSE_TYPES } from './foshan-license-types.js';
import { type IssuableType, licenseTypeDefinition } from './type-definition.js';

const issuable = FOSHAN_LICENSE_TYPES.filter((t): t is IssuableType => t.kind === 'license');
const matters = new Map(FOSHAN_MATTERS.map((m) => [m.code, m]));

/** The form field at a dotted path, and whether every step of it is always asked and required. */
function fieldAt(
  form: readonly FormField[],
  path: string,
): { field: FormField; always: boolean } | undefined {
  let fields = form;
  let always = true;
  let found: FormField | undefined;
  for (const segment of path.split('.')) {
    found = fields.find((f) => f.name === segment);
    if (!found) return undefined;
    always &&= found.required === true && !found.visibleIf;
    fields = found.kind === 'group' ? found.fields : [];
  }
  return found && { field: found, always };
}

const isFact = (source: string) => source.startsWith('$') || source.startsWith('=');

describe('the Foshan 证照目录', () => {
  it('is valid by the type schema, with distinct codes, names and number prefixes', () => {
    for (const def of FOSHAN_LICENSE_TYPES)
      expect(licenseTypeDefinition.safeParse(def).error).toBeUndefined();
    for (const key of ['code', 'name'] as const)
      expect(new Set(FOSHAN_LICENSE_TYPES.map((t) => t[key])).size).toBe(FOSHAN_LICENSE_TYPES.length);
    expect(new Set(issuable.map((t) => t.prefix)).size).toBe(issuable.length);
  });

  it('names only catalogue matters, one type per matter, issued by the matter’s own department', () => {
    const seen = new Set<string>();
    for (const type of issuable)
      for (const code of type.matterCodes) {
        expect(matters.get(code)?.department, `${type.code}: ${code}`).toBe(type.departmentCode);
        expect(seen.has(code), code).toBe(false);
        seen.add(code);
      }
  });

  // An approved application whose answers cannot fill a required field fails its issuance for
  // good: every required field must come from a fact or from an answer the form always asks
  // for; an optional one from something at least one of its matters asks.
  it('fills every field from what its matters’ forms ask', () => {
    for (const type of issuable)
      for (const f of type.fields) {
        const fact = f.from.some(isFact);
        let somewhere = fact;
        for (const code of type.matterCodes) {
          const where = `${type.code}.${f.key} on ${code}`;
          const answered = f.from.filter((s) => !isFact(s)).map((s) => fieldAt(matters.get(code)!.form, s));
          somewhere ||= answered.some(Boolean);
          // Or alternatives the form asks one or the other of (经营场所 or 网店网址).
          const filled = answered.some((a) => a?.always) || answered.filter(Boolean).length > 1;
          if (f.required) expect(fact || filled, where).toBe(true);
          for (const a of answered) if (a && f.type === 'number') expect(a.field.kind, where).toBe('number');
        }
        expect(somewhere, `${type.code}.${f.key}`).toBe(true);
      }
  });

  it('prints every title within the certificate’s margins, the long ones smaller', async () => {
    const { bold } = await embedFonts(await PDFDocument.create());
    const sizes = new Map<number, number>();
    for (const type of issuable) {
      const title = titleLayout(type.layout.title ?? type.name, bold);
      expect(title.width, type.name).toBeLessThanOrEqual(title.maxWidth);
      sizes.set([...type.name].length, title.size);
    }
    expect(sizes.get(4)).toBe(30);
    expect(sizes.get(Math.max(...sizes.keys()))).toBeGreaterThanOrEqual(18);
  });
});
