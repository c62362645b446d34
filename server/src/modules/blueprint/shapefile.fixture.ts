/**
 * A zipped Polygon Shapefile (.shp, .dbf, .cpg, .prj) written byte by byte for the import
 * tests, as a GIS desktop would export it: rings clockwise, attributes in a dBASE table.
 */
import type { Polygon } from 'geojson';
import { zip } from '../../test-support/sample-files.js';

const WGS84_PRJ =
  'GEOGCS["GCS_WGS_1984",DATUM["D_WGS_1984",SPHEROID["WGS_1984",6378137,298.257223563]],PRIMEM["Greenwich",0],UNIT["Degree",0.017453292519943295]]';

function shp(polygons: Polygon[]): Buffer {
  const records = polygons.map((p, i) => {
    // Shapefile outer rings run clockwise; GeoJSON's counter-clockwise.
    const rings = p.coordinates.map((r, k) => (k === 0 ? [...r].reverse() : r));
    const points = rings.flat();
    const xs = points.map((q) => q[0]!);
    const ys = points.map((q) => q[1]!);
    const content = Buffer.alloc(44 + 4 * rings.length + 16 * points.length);
    content.writeInt32LE(5, 0);
    for (const [k, v] of [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)].entries())
      content.writeDoubleLE(v, 4 + 8 * k);
    content.writeInt32LE(rings.length, 36);
    content.writeInt32LE(points.length, 40);
    let at = 44;
    let start = 0;
    for (const r of rings) {
      content.writeInt32LE(start, at);
      at += 4;
      start += r.length;
    }
    for (const [x, y] of points) {
      content.writeDoubleLE(x!, at);
      content.writeDoubleLE(y!, at + 8);
      at += 16;
    }
    const header = Buffer.alloc(8);
    header.writeInt32BE(i + 1, 0);
    header.writeInt32BE(content.length / 2, 4);
    return Buffer.concat([header, content]);
  });
  const all = polygons.flatMap((p) => p.coordinates.flat());
  const header = Buffer.alloc(100);
  const length = 100 + records.reduce((n, r) => n + r.length, 0);
  header.writeInt32BE(9994, 0);
  header.writeInt32BE(length / 2, 24);
  header.writeInt32LE(1000, 28);
  header.writeInt32LE(5, 32);
  [
    Math.min(...all.map((q) => q[0]!)),
    Math.min(...all.map((q) => q[1]!)),
    Math.max(...all.map((q) => q[0]!)),
    Math.max(...all.map((q) => q[1]!)),
  ].forEach((v, k) => {
    header.writeDoubleLE(v, 36 + 8 * k);
  });
  return Buffer.concat([header, ...records]);
}

type Column = { name: string; type: 'C' | 'N'; length: number; decimals?: number };

function dbf(columns: Column[], rows: Record<string, string | number>[]): Buffer {
  const headerLength = 32 + 32 * columns.length + 1;
  const recordLength = 1 + columns.reduce((n, c) => n + c.length, 0);
  const header = Buffer.alloc(headerLength);
  header.writeUInt8(0x03, 0);
  header.writeUInt8(126, 1);
  header.writeUInt8(11, 2);
  header.writeUInt8(26, 3);
  header.writeUInt32LE(rows.length, 4);
  header.writeUInt16LE(headerLength, 8);
  header.writeUInt16LE(recordLength, 10);
  columns.forEach((c, i) => {
    header.write(c.name, 32 + 32 * i, 'ascii');
    header.write(c.type, 32 + 32 * i + 11, 'ascii');
    header.writeUInt8(c.length, 32 + 32 * i + 16);
    header.writeUInt8(c.decimals ?? 0, 32 + 32 * i + 17);
  });
  header.writeUInt8(0x0d, headerLength - 1);
  const records = rows.map((row) => {
    const record = Buffer.alloc(recordLength, 0x20);
    let at = 1;
    for (const c of columns) {
      const value = Buffer.from(String(row[c.name] ?? ''), 'utf8').subarray(0, c.length);
      if (c.type === 'N') value.copy(record, at + c.length - value.length);
      else value.copy(record, at);
      at += c.length;
    }
    return record;
  });
  return Buffer.concat([header, ...records, Buffer.from([0x1a])]);
}

type Parcel = {
  polygon: Polygon;
  name: string;
  landUseCode: string;
  far: number;
  height: number;
  green: number;
};

/** The files of one Shapefile of parcels, with the plan tables' attribute names (名称 MC, 用地代码 YDDM, 容积率 RJL …). */
export function shapefileEntries(name: string, parcels: Parcel[]) {
  const columns: Column[] = [
    { name: 'MC', type: 'C', length: 40 },
    { name: 'YDDM', type: 'C', length: 4 },
    { name: 'RJL', type: 'N', length: 8, decimals: 2 },
    { name: 'JZXG', type: 'N', length: 8, decimals: 1 },
    { name: 'LDL', type: 'N', length: 6, decimals: 2 },
  ];
  const rows = parcels.map((p) => ({
    MC: p.name,
    YDDM: p.landUseCode,
    RJL: p.far.toFixed(2),
    JZXG: p.height.toFixed(1),
    LDL: p.green.toFixed(2),
  }));
  return [
    { name: `${name}.shp`, content: shp(parcels.map((p) => p.polygon)), deflate: true },
    { name: `${name}.dbf`, content: dbf(columns, rows), deflate: true },
    { name: `${name}.cpg`, content: 'UTF-8' },
    { name: `${name}.prj`, content: WGS84_PRJ },
  ];
}

/** Parcels as a zipped Shapefile, as a GIS desktop exports them. */
export const zippedShapefile = (parcels: Parcel[]) => zip(shapefileEntries('parcels', parcels));
