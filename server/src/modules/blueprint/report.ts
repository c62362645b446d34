import { translate } from '../../platform/i18n/index.js';
import { type PdfField, renderPdf } from '../../platform/pdf/index.js';
import type { CheckView } from './check-service.js';

const m2 = (n: number) => `${n.toLocaleString('zh-CN', { maximumFractionDigits: 1 })} m²`;
const percent = (share: number) => `${(share * 100).toFixed(1)}%`;

/**
 * The plan check as a document (规划检测报告): the site and the result, then one row per layer
 * the site meets with its overlap, verdict, condition and each parcel control that was compared.
 * Printed in Chinese, as an official document is, in the platform's notice layout and CJK font.
 */
export function checkReport(check: CheckView): Promise<Uint8Array> {
  const t = (key: string) => translate('zh-CN', key);
  const { input } = check;
  const proposal = [
    `用地性质 ${input.intendedUse}`,
    input.floorAreaRatio !== null ? `容积率 ${input.floorAreaRatio}` : null,
    input.heightM !== null ? `建筑高度 ${input.heightM} 米` : null,
    input.greenRatio !== null ? `绿地率 ${percent(input.greenRatio)}` : null,
  ].filter(Boolean);
  const fields: PdfField[] = [
    { label: '检测编号', value: check.id },
    { label: '检测时间', value: check.checkedAt.replace('T', ' ').slice(0, 19) },
    { label: '用地面积', value: m2(check.siteAreaM2) },
    { label: '拟建方案', value: proposal.join('；') },
    { label: '检测图层', value: `${check.layersChecked} 个图层，压占 ${check.layers.length} 个` },
    { label: '检测结论', value: t(`blueprint.result.${check.result}`) },
  ];
  // One row per layer met, in an annex: a long list would otherwise push the summary's table
  // (kept whole on a page) off the first page.
  const details: PdfField[] = check.layers.map((l) => ({
    label: `${l.layer.name}（${l.layer.department.name}）`,
    value: [
      `${t(`blueprint.result.${l.verdict}`)}：压占 ${m2(l.overlapAreaM2)}，占用地 ${percent(l.overlapShare)}`,
      l.layer.condition ? `条件：${l.layer.condition}` : null,
      ...l.features.flatMap((f) =>
        f.findings.map(
          (x) =>
            `${f.name ?? f.featureId} ${t(`blueprint.attribute.${x.attribute}`)}：规划 ${x.allowed}，拟建 ${x.proposed ?? '未填'}${x.ok ? '' : '（不符合）'}`,
        ),
      ),
    ]
      .filter(Boolean)
      .join('\n'),
  }));
  return renderPdf({
    title: '建设项目规划检测报告',
    paragraphs: [
      '本报告依据“一张蓝图”各部门管控图层，对拟建项目用地红线进行空间叠加检测，列出压占的图层、面积及控制性详细规划指标比对结果，供项目策划生成和并联审批参考。',
    ],
    fields,
    issuer: '佛山市“多规合一”业务协同平台',
    date: check.checkedAt.slice(0, 10),
    annexes: details.length
      ? [
          {
            title: '压占图层明细',
            paragraphs: ['用地红线压占的图层、面积及控制性详细规划指标比对如下。'],
            fields: details,
          },
        ]
      : [],
  });
}
