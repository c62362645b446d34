import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { LngLat } from './geometry';
import {
  addPoint,
  clickAction,
  closeSketch,
  EMPTY_SKETCH,
  movePoint,
  type Sketch,
  SNAP_PX,
  siteFromGeoJson,
  sketchOf,
  sketchPolygon,
  undoPoint,
} from './sketch';

const lngLat = fc.tuple(
  fc.double({ min: 112, max: 114, noNaN: true }),
  fc.double({ min: 22, max: 24, noNaN: true }),
);
const drawn = (points: LngLat[]) => points.reduce(addPoint, EMPTY_SKETCH);
const TRIANGLE: LngLat[] = [
  [113, 23],
  [113.01, 23],
  [113.01, 23.01],
];

describe('drawing a site', () => {
  it('closes with three vertices or more into a ring that ends where it starts', () => {
    fc.assert(
      fc.property(fc.array(lngLat, { maxLength: 8 }), (points) => {
        const closed = closeSketch(drawn(points));
        const polygon = sketchPolygon(closed);
        if (points.length < 3) {
          expect(closed.closed).toBe(false);
          expect(polygon).toBeNull();
        } else {
          const ring = polygon!.coordinates[0]!;
          expect(ring).toHaveLength(points.length + 1);
          expect(ring[0]).toEqual(ring[ring.length - 1]);
        }
      }),
    );
  });

  it('takes no more vertices once closed, but lets one be dragged', () => {
    const closed = closeSketch(drawn(TRIANGLE));
    expect(addPoint(closed, [113.5, 23.5])).toBe(closed);
    const moved = movePoint(closed, 1, [113.02, 23]);
    expect(moved.points[1]).toEqual([113.02, 23]);
    expect(moved.closed).toBe(true);
    expect(movePoint(closed, 3, [0, 0])).toBe(closed);
  });

  it('undoes a close, then vertices one by one', () => {
    const closed = closeSketch(drawn(TRIANGLE));
    const reopened = undoPoint(closed);
    expect(reopened).toEqual({ points: TRIANGLE, closed: false });
    expect(undoPoint(reopened).points).toEqual(TRIANGLE.slice(0, 2));
    expect(undoPoint(EMPTY_SKETCH)).toEqual(EMPTY_SKETCH);
  });

  it('adds a vertex on a fresh spot, ignores the second click of a double click, closes on the first vertex', () => {
    const open: Sketch = drawn(TRIANGLE);
    const px = [
      { x: 10, y: 10 },
      { x: 100, y: 10 },
      { x: 100, y: 100 },
    ];
    expect(clickAction(open, { x: 50, y: 80 }, px)).toBe('add');
    expect(clickAction(open, { x: 100 + SNAP_PX - 1, y: 100 }, px)).toBe('ignore');
    expect(clickAction(open, { x: 12, y: 11 }, px)).toBe('close');
    // Two vertices cannot make a polygon: a click on the first is one more vertex.
    expect(clickAction(drawn(TRIANGLE.slice(0, 2)), { x: 10, y: 10 }, px.slice(0, 2))).toBe('add');
    expect(clickAction(closeSketch(open), { x: 50, y: 80 }, px)).toBe('ignore');
  });
});

describe('a site from a GeoJSON file', () => {
  const ring = [...TRIANGLE, TRIANGLE[0]!];
  it('reads a bare polygon, one in a feature, and several in a collection as a multipolygon', () => {
    const polygon = { type: 'Polygon', coordinates: [ring] };
    expect(siteFromGeoJson(JSON.stringify(polygon))).toEqual({ site: polygon });
    expect(siteFromGeoJson(JSON.stringify({ type: 'Feature', properties: {}, geometry: polygon }))).toEqual({
      site: polygon,
    });
    const collection = {
      type: 'FeatureCollection',
      features: [
        { type: 'Feature', properties: {}, geometry: polygon },
        { type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: [113, 23] } },
        { type: 'Feature', properties: {}, geometry: { type: 'MultiPolygon', coordinates: [[ring]] } },
      ],
    };
    expect(siteFromGeoJson(JSON.stringify(collection))).toEqual({
      site: { type: 'MultiPolygon', coordinates: [[ring], [ring]] },
    });
  });

  it('drops a third coordinate (height) and says what is wrong with a file it cannot use', () => {
    const withHeight = ring.map(([lng, lat]) => [lng, lat, 12]);
    expect(siteFromGeoJson(JSON.stringify({ type: 'Polygon', coordinates: [withHeight] }))).toEqual({
      site: { type: 'Polygon', coordinates: [ring] },
    });
    expect(siteFromGeoJson('{not json')).toEqual({ error: 'json' });
    expect(siteFromGeoJson(JSON.stringify({ type: 'Point', coordinates: [113, 23] }))).toEqual({
      error: 'noPolygon',
    });
    expect(siteFromGeoJson(JSON.stringify({ type: 'Polygon', coordinates: [ring.slice(0, 3)] }))).toEqual({
      error: 'coordinates',
    });
    expect(siteFromGeoJson(JSON.stringify({ type: 'Polygon', coordinates: [[[200, 23], ...ring]] }))).toEqual(
      {
        error: 'coordinates',
      },
    );
  });

  it('makes a one-ring site an editable sketch, the same polygon again', () => {
    fc.assert(
      fc.property(fc.array(lngLat, { minLength: 3, maxLength: 8 }), (points) => {
        const polygon = sketchPolygon(closeSketch(drawn(points)))!;
        expect(sketchPolygon(sketchOf(polygon)!)).toEqual(polygon);
      }),
    );
    expect(sketchOf({ type: 'MultiPolygon', coordinates: [[ring]] })).toBeNull();
  });
});
