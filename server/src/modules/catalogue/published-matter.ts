import type { Kysely } from 'kysely';
import { type AnyDb, type AnyTrx, preparedQuery, tablesOf } from '../../platform/db/index.js';
import type { JsonSchema } from './form-schema.js';
import type { MatterGuide } from './model.js';
import type { CatalogueTables } from './tables.js';

/** A matter's published version as the hot paths need it: parsed, with its current department. */
export interface PublishedMatter {
  versionId: string;
  version: number;
  code: string;
  departmentId: string;
  guide: MatterGuide;
  formSchema: JsonSchema;
}

type Content = Pick<PublishedMatter, 'version' | 'guide' | 'formSchema'>;

// A version's content never changes once published (a change is a new version), so it is
// parsed once per process; which version is published, and the matter's department, are
// read every time, so another process's publication is seen at once.
const contents = new Map<string, Content>();
const MAX_CONTENTS = 5000;

// Read twice by every submission (before and inside its transaction): compiled once.
const currentVersion = preparedQuery((db: Kysely<CatalogueTables>, p: { code: string }) =>
  db
    .selectFrom('matterVersions')
    .innerJoin('matters', 'matters.id', 'matterVersions.matterId')
    .select(['matterVersions.id', 'matters.departmentId'])
    .where('matters.code', '=', p.code)
    .where('matterVersions.status', '=', 'published'),
);

/** The published version of a matter, or undefined when it has none. */
export async function publishedMatter(
  anyDb: AnyDb | AnyTrx,
  code: string,
): Promise<PublishedMatter | undefined> {
  const db = tablesOf<CatalogueTables>(anyDb);
  const current = await currentVersion.first(db, { code });
  if (!current) return undefined;
  return {
    versionId: current.id,
    code,
    departmentId: current.departmentId,
    ...(await versionContent(db, current.id)),
  };
}

/** A version's content (guide, form schema), published or since superseded: it never changes. */
export async function versionContent(anyDb: AnyDb | AnyTrx, versionId: string): Promise<Content> {
  let content = contents.get(versionId);
  if (!content) {
    const row = await tablesOf<CatalogueTables>(anyDb)
      .selectFrom('matterVersions')
      .select(['version', 'guide', 'formSchema'])
      .where('id', '=', versionId)
      .executeTakeFirstOrThrow();
    content = { version: row.version, guide: JSON.parse(row.guide), formSchema: JSON.parse(row.formSchema) };
    if (contents.size >= MAX_CONTENTS) contents.clear();
    contents.set(versionId, content);
  }
  return content;
}
