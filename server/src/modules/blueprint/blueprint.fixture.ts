import type { FastifyInstance } from 'fastify';
import { bowtie, box, boxAreaM2 } from './boxes.fixture.js';

export { bowtie, box, boxAreaM2 };

/** A multipart/form-data body with text fields and one file, as a browser's FormData sends it. */
export function importRequest(fields: Record<string, string>, fileName: string, content: Buffer | string) {
  const boundary = `----blueprint${Math.random().toString(16).slice(2)}`;
  const parts = Object.entries(fields).map(
    ([name, value]) => `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`,
  );
  const payload = Buffer.concat([
    Buffer.from(parts.join('')),
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\nContent-Type: application/octet-stream\r\n\r\n`,
    ),
    Buffer.from(content),
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return { payload, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

export const collection = (features: { geometry: unknown; properties?: Record<string, unknown> }[]) =>
  JSON.stringify({
    type: 'FeatureCollection',
    features: features.map((f) => ({
      type: 'Feature',
      properties: f.properties ?? {},
      geometry: f.geometry,
    })),
  });

export async function importLayerFile(
  app: FastifyInstance,
  cookie: string,
  fields: Record<string, string>,
  file: Buffer | string,
  fileName = 'layer.geojson',
  lang = 'zh-CN',
) {
  const { payload, headers } = importRequest(fields, fileName, file);
  return app.inject({
    method: 'POST',
    url: '/api/v1/blueprint/layers/import',
    headers: { ...headers, cookie, 'accept-language': lang },
    payload,
  });
}

// The test map, near 祖庙 in 禅城: axis-aligned boxes whose overlaps are boxes, so every area is known.
export const REDLINE = [113.1, 23.0, 113.11, 23.01] as const;
export const PARCEL_R2 = [113.11, 23.0, 113.12, 23.01] as const;
export const PARCEL_M1 = [113.12, 23.0, 113.13, 23.01] as const;
export const RIVER = [113.1, 23.012, 113.13, 23.014] as const;

export const TEST_LAYERS = {
  redline: {
    fields: {
      code: 'test.eco-redline',
      name: '测试生态保护红线',
      nameEn: 'Test ecological red line',
      departmentCode: 'FS-ZRZY',
      elementClass: 'ecological_redline',
      rule: 'forbidden',
    },
    file: collection([{ geometry: box(...REDLINE), properties: { name: '红线斑块1' } }]),
  },
  parcels: {
    fields: {
      code: 'test.regulatory',
      name: '测试控制性详细规划',
      nameEn: 'Test regulatory plan',
      departmentCode: 'FS-ZRZY',
      elementClass: 'regulatory_parcel',
      rule: 'allowed',
    },
    file: collection([
      {
        geometry: box(...PARCEL_R2),
        properties: {
          name: 'CC-A01',
          landUseCode: 'R2',
          maxFloorAreaRatio: 2.5,
          maxHeightM: 80,
          minGreenRatio: 0.3,
        },
      },
      {
        geometry: box(...PARCEL_M1),
        properties: { name: 'CC-A02', YDDM: 'M1', RJL: '2.0', JZXG: 40, LDL: 0.15 },
      },
    ]),
  },
  river: {
    fields: {
      code: 'test.river',
      name: '测试河道管理范围',
      nameEn: 'Test river management area',
      departmentCode: 'FS-SL',
      elementClass: 'river_blueline',
      rule: 'restricted',
      condition: '须经水行政主管部门同意',
    },
    file: collection([{ geometry: box(...RIVER), properties: { name: '佛山水道' } }]),
  },
};
