/// <reference path="./shpjs.d.ts" />
import type { Feature } from 'geojson';
import { parseZip } from 'shpjs';
import { ProblemError } from '../../platform/errors/index.js';
import { type Areal, type Bbox, bboxOf, type GeometryProblem, geometryProblem } from './geometry.js';
import { LAND_USE_CODES } from './vocabulary.js';

export const MAX_LAYER_FEATURES = 200_000;
/**
 * What a zip may unpack to by its own directory: a guard against a zip bomb. The inflated bytes
 * themselves are not counted as they come (shpjs unzips on its own); the route is the system
 * administrator's alone.
 */
const MAX_UNZIPPED_BYTES = 256 * 1024 * 1024;
const MAX_ATTRIBUTE_BYTES = 4096;

const fileProblem = (reason: string) =>
  new ProblemError(422, `blueprint.import.${reason}`, {
    fields: [{ field: 'file', code: `blueprint.import.${reason}` }],
  });

/** The sum of the uncompressed sizes a zip's central directory declares (null: not a zip). */
function declaredZipSize(bytes: Buffer): number | null {
  // The end-of-central-directory record: signature, then entry count at +10, directory offset at +16.
  for (let eocd = bytes.length - 22; eocd >= Math.max(0, bytes.length - 22 - 65_535); eocd--) {
    if (bytes.readUInt32LE(eocd) !== 0x06054b50) continue;
    const entries = bytes.readUInt16LE(eocd + 10);
    let at = bytes.readUInt32LE(eocd + 16);
    let total = 0;
    for (let i = 0; i < entries; i++) {
      if (at + 46 > bytes.length || bytes.readUInt32LE(at) !== 0x02014b50) return null;
      total += bytes.readUInt32LE(at + 24);
      at += 46 + bytes.readUInt16LE(at + 28) + bytes.readUInt16LE(at + 30) + bytes.readUInt16LE(at + 32);
    }
    return total;
  }
  return null;
}

/** The features of an uploaded layer file: a GeoJSON FeatureCollection, or one zipped Shapefile (its .prj honoured). */
export async function featuresOfFile(bytes: Buffer): Promise<unknown[]> {
  let parsed: unknown;
  if (bytes.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04]))) {
    const size = declaredZipSize(bytes);
    if (size === null || size > MAX_UNZIPPED_BYTES) throw fileProblem('unreadable');
    try {
      parsed = await parseZip(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength));
    } catch {
      throw fileProblem('unreadable');
    }
    if (Array.isArray(parsed)) throw fileProblem('several_shapefiles');
  } else {
    try {
      parsed = JSON.parse(bytes.toString('utf8').replace(/^\uFEFF/, ''));
    } catch {
      throw fileProblem('unreadable');
    }
  }
  const collection = parsed as { type?: unknown; features?: unknown };
  if (collection?.type !== 'FeatureCollection' || !Array.isArray(collection.features))
    throw fileProblem('not_feature_collection');
  if (collection.features.length === 0) throw fileProblem('empty');
  if (collection.features.length > MAX_LAYER_FEATURES) throw fileProblem('too_many_features');
  return collection.features;
}

export type FeatureProblem = GeometryProblem | 'bad_land_use_code' | 'bad_attribute' | 'attributes_too_large';

export interface ValidFeature {
  geometry: Areal;
  bbox: Bbox;
  name: string | null;
  attributes: Record<string, unknown>;
}

// Shapefiles name the regulatory attributes after the Chinese plan tables' pinyin initials
// (用地代码 YDDM, 容积率 RJL, 建筑限高 JZXG, 绿地率 LDL); GeoJSON usually in English.
const ALIASES: Record<string, string[]> = {
  name: ['name', 'NAME', 'MC', '名称'],
  landUseCode: ['landUseCode', 'YDDM', 'LAND_USE', '用地代码'],
  maxFloorAreaRatio: ['maxFloorAreaRatio', 'RJL', 'FAR', '容积率'],
  maxHeightM: ['maxHeightM', 'JZXG', 'HEIGHT', '建筑限高'],
  minGreenRatio: ['minGreenRatio', 'LDL', 'GREEN', '绿地率'],
};

function pick(properties: Record<string, unknown>, key: string): unknown {
  for (const alias of ALIASES[key]!) {
    const v = properties[alias];
    if (v !== undefined && v !== null && v !== '') return typeof v === 'string' ? v.trim() : v;
  }
  return undefined;
}

const numberOf = (v: unknown) => (typeof v === 'string' && v !== '' ? Number(v) : v);

/** One feature's geometry and attributes, normalised, or the reason it cannot be imported. */
export function validateFeature(
  value: unknown,
): { ok: true; feature: ValidFeature } | { ok: false; problem: FeatureProblem } {
  const f = value as Partial<Feature> | null;
  const geometryFault = geometryProblem(f && typeof f === 'object' ? f.geometry : null);
  if (geometryFault) return { ok: false, problem: geometryFault };
  const properties = (f!.properties && typeof f!.properties === 'object' ? f!.properties : {}) as Record<
    string,
    unknown
  >;
  const attributes: Record<string, unknown> = { ...properties };
  for (const aliases of Object.values(ALIASES)) for (const a of aliases) delete attributes[a];
  const name = pick(properties, 'name');
  const landUseCode = pick(properties, 'landUseCode');
  if (landUseCode !== undefined) {
    if (!(LAND_USE_CODES as readonly unknown[]).includes(landUseCode))
      return { ok: false, problem: 'bad_land_use_code' };
    attributes.landUseCode = landUseCode;
  }
  for (const key of ['maxFloorAreaRatio', 'maxHeightM', 'minGreenRatio'] as const) {
    const raw = pick(properties, key);
    if (raw === undefined) continue;
    const n = numberOf(raw);
    if (typeof n !== 'number' || !Number.isFinite(n) || n < 0 || (key === 'minGreenRatio' && n > 1))
      return { ok: false, problem: 'bad_attribute' };
    attributes[key] = n;
  }
  if (name !== undefined) attributes.name = String(name);
  if (Buffer.byteLength(JSON.stringify(attributes)) > MAX_ATTRIBUTE_BYTES)
    return { ok: false, problem: 'attributes_too_large' };
  const geometry = f!.geometry as Areal;
  return {
    ok: true,
    feature: {
      geometry: { type: geometry.type, coordinates: geometry.coordinates } as Areal,
      bbox: bboxOf(geometry),
      name: name === undefined ? null : String(name).slice(0, 200),
      attributes,
    },
  };
}

/** Every feature checked; all valid, or the refusal naming each bad one (nothing is kept then). */
export function validateFeatures(values: unknown[]): ValidFeature[] {
  const valid: ValidFeature[] = [];
  const problems: { index: number; problem: FeatureProblem }[] = [];
  values.forEach((v, index) => {
    const r = validateFeature(v);
    if (r.ok) valid.push(r.feature);
    else problems.push({ index, problem: r.problem });
  });
  if (problems.length)
    throw new ProblemError(422, 'blueprint.import_refused', {
      // The first thousand name enough to correct a file; a whole broken layer would not fit a reply.
      fields: problems.slice(0, 1000).map(({ index, problem }) => ({
        field: `features[${index}]`,
        code: `blueprint.feature.${problem}`,
        params: { n: index + 1 },
      })),
    });
  return valid;
}
