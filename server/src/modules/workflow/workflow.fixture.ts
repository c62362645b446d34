import { testGuide } from '../../test-support/matters.js';

/** 二手房过户: 不动产登记 (FS-ZRZY) decides; 住建 (FS-ZJ) checks the sale's filing in parallel. */
export const HOUSE_TRANSFER = {
  code: '440600-ZRZY-0001',
  guide: testGuide({
    name: '存量房转移登记（二手房过户）',
    type: 'confirmation',
    department: 'FS-ZRZY',
    themes: ['real_estate'],
    legalLimitDays: 30,
    promisedLimitDays: 5,
    form: [{ name: 'address', label: '房屋坐落', kind: 'text', required: true }],
  }),
};
