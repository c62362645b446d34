import type { MultiPolygon, Position } from 'geojson';
import type { Hit } from './engines.js';
import type { Areal } from './geometry.js';
import type { LayerTable } from './tables.js';
import { type CheckResult, landUseCompatible, type Verdict } from './vocabulary.js';

export interface Proposal {
  intendedUse: string;
  floorAreaRatio?: number | undefined;
  heightM?: number | undefined;
  greenRatio?: number | undefined;
}

export interface Finding {
  attribute: 'landUseCode' | 'maxFloorAreaRatio' | 'maxHeightM' | 'minGreenRatio';
  allowed: string | number;
  proposed: string | number | null;
  ok: boolean;
}

/**
 * A regulatory parcel's controls against the proposal: the use must fit the planned one, the
 * floor-area ratio and height stay at or under their caps, the green ratio at or over its
 * floor. A control the proposal does not state cannot be judged: it is listed, not ok.
 */
export function findingsFor(attributes: Record<string, unknown>, p: Proposal): Finding[] {
  const findings: Finding[] = [];
  const planned = attributes.landUseCode;
  if (typeof planned === 'string')
    findings.push({
      attribute: 'landUseCode',
      allowed: planned,
      proposed: p.intendedUse,
      ok: landUseCompatible(planned, p.intendedUse),
    });
  const limit = (
    attribute: Finding['attribute'],
    proposed: number | undefined,
    ok: (allowed: number, proposed: number) => boolean,
  ) => {
    const allowed = attributes[attribute];
    if (typeof allowed !== 'number') return;
    findings.push({
      attribute,
      allowed,
      proposed: proposed ?? null,
      ok: proposed !== undefined && ok(allowed, proposed),
    });
  };
  limit('maxFloorAreaRatio', p.floorAreaRatio, (a, v) => v <= a);
  limit('maxHeightM', p.heightM, (a, v) => v <= a);
  limit('minGreenRatio', p.greenRatio, (a, v) => v >= a);
  return findings;
}

/**
 * A layer's verdict: forbidden → conflict, restricted → conditional (its condition applies),
 * informational → info; an allowed layer passes unless a parcel's control is broken (conflict)
 * or cannot be judged for want of a proposed value (conditional).
 */
export function verdictOf(rule: LayerTable['rule'], findings: Finding[]): Verdict {
  if (rule === 'forbidden') return 'conflict';
  if (rule === 'restricted') return 'conditional';
  if (rule === 'informational') return 'info';
  if (findings.some((f) => !f.ok && f.proposed !== null)) return 'conflict';
  if (findings.some((f) => !f.ok)) return 'conditional';
  return 'pass';
}

export function overallOf(verdicts: Verdict[]): CheckResult {
  if (verdicts.includes('conflict')) return 'conflict';
  if (verdicts.includes('conditional')) return 'conditional';
  return 'pass';
}

function polygonsOf(g: Areal): Position[][][] {
  return g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
}

export interface LayerOutcome {
  layerId: string;
  overlapAreaM2: number;
  overlapShare: number;
  verdict: Verdict;
  features: {
    featureId: string;
    name: string | null;
    attributes: Record<string, unknown>;
    overlapAreaM2: number;
    findings: Finding[];
  }[];
  overlap: MultiPolygon;
}

/**
 * The layers the site meets, in the order of `layers`, with their features. A layer's overlap
 * is the sum of its features' (a layer's features do not overlap each other: the import keeps
 * what the department drew, and the seed draws them apart) and their overlaps side by side.
 */
export function assess(layers: LayerTable[], hits: Hit[], siteAreaM2: number, p: Proposal) {
  const byLayer = new Map<string, Hit[]>();
  for (const h of hits) byLayer.set(h.layerId, [...(byLayer.get(h.layerId) ?? []), h]);
  const outcomes: LayerOutcome[] = [];
  for (const layer of layers) {
    const layerHits = byLayer.get(layer.id);
    if (!layerHits) continue;
    layerHits.sort((a, b) => b.overlapAreaM2 - a.overlapAreaM2 || a.featureId.localeCompare(b.featureId));
    const features = layerHits.map((h) => ({
      featureId: h.featureId,
      name: h.name,
      attributes: h.attributes,
      overlapAreaM2: h.overlapAreaM2,
      findings: layer.rule === 'allowed' ? findingsFor(h.attributes, p) : [],
    }));
    const overlapAreaM2 = layerHits.reduce((s, h) => s + h.overlapAreaM2, 0);
    outcomes.push({
      layerId: layer.id,
      overlapAreaM2,
      overlapShare: siteAreaM2 > 0 ? Math.min(1, overlapAreaM2 / siteAreaM2) : 0,
      verdict: verdictOf(
        layer.rule,
        features.flatMap((f) => f.findings),
      ),
      features,
      overlap: { type: 'MultiPolygon', coordinates: layerHits.flatMap((h) => polygonsOf(h.overlap)) },
    });
  }
  return { result: overallOf(outcomes.map((o) => o.verdict)), layers: outcomes };
}
