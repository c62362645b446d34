/**
 * 空白表格 and 填写样例 for the seeded catalogue: the forms applicants fill in (申请表, 登记表,
 * 申请书, 承诺书, 委托书) get a blank PDF and a filled example. Rendering costs about a tenth of
 * a second per document, so only the forms most matters share are made, each once per distinct
 * name, and a later seed finds them again by name instead of rendering anew.
 */
import type { AnyDb } from '../../../platform/db/index.js';
import { fileStoreOf, systemFileNamed } from '../../../platform/files/index.js';
import type { AppContext } from '../../../platform/http/index.js';
import { type PdfField, renderPdf } from '../../../platform/pdf/index.js';
import { CATALOGUE_FILE_PURPOSE } from '../material-files.js';
import type { MatterSeed } from '../model.js';

const FORM_NAME = /(申请表|登记表|申请书|承诺书|委托书)$/;
/** Enough for the demo and every 一件事 to show some; each name costs two renders on a fresh machine. */
const MAX_FORMS = 14;

const example = {
  name: '张三',
  idNumber: '44060419900101123X',
  mobile: '13800138001',
  address: '广东省佛山市禅城区祖庙街道人民路 1 号 301 房',
  date: '2026 年 11 月 26 日',
};

type Row = [label: string, sample: string];

function rowsOf(name: string): { intro: string; rows: Row[] } {
  if (name.endsWith('委托书'))
    return {
      intro: '委托人现委托下列受托人代为办理相关事项，受托人在委托权限内所作行为，委托人均予承认。',
      rows: [
        ['委托人', example.name],
        ['委托人公民身份号码', example.idNumber],
        ['受托人', '李四'],
        ['受托人公民身份号码', '440604198505051234'],
        ['委托事项', '代为提交申请材料、领取办理结果'],
        ['委托期限', '自签署之日起至事项办结之日止'],
        ['委托人签名', example.name],
        ['日期', example.date],
      ],
    };
  if (name.endsWith('承诺书'))
    return {
      intro:
        '本人（单位）郑重承诺：所填写的信息及提交的材料真实、准确、完整、有效，符合相关法律法规规定的条件；如有虚假或违反承诺，愿意承担相应的法律责任，并接受相关部门依法作出的处理。',
      rows: [
        ['承诺人（单位名称）', example.name],
        ['公民身份号码 / 统一社会信用代码', example.idNumber],
        ['联系电话', example.mobile],
        ['承诺人签名（盖章）', example.name],
        ['日期', example.date],
      ],
    };
  return {
    intro: '申请人应如实填写本表，对所填内容的真实性负责。请用黑色签字笔填写或在电脑上填写后打印签名。',
    rows: [
      ['申请人（单位名称）', example.name],
      ['公民身份号码 / 统一社会信用代码', example.idNumber],
      ['法定代表人（负责人）', '不适用（个人申请）'],
      ['联系人', example.name],
      ['联系电话', example.mobile],
      ['通讯地址', example.address],
      ['申请内容', '按本表所附事项办理'],
      ['申请人签名（盖章）', example.name],
      ['日期', example.date],
    ],
  };
}

const fileNames = (name: string) => ({
  template: `${name}（空白表格）.pdf`,
  sample: `${name}（填写样例）.pdf`,
});

async function render(name: string) {
  const { intro, rows } = rowsOf(name);
  const fields = (filled: boolean): PdfField[] =>
    rows.map(([label, value]) => ({ label, value: filled ? value : '' }));
  return {
    template: await renderPdf({ title: name, paragraphs: [intro], fields: fields(false) }),
    sample: await renderPdf({
      title: `${name}（填写样例）`,
      paragraphs: [intro, '本样例中的姓名、号码等均为示例，请按实际情况填写。'],
      fields: fields(true),
    }),
  };
}

/** The form names to make files for: those most matters share first, then in catalogue order. */
export function seededFormNames(matters: readonly MatterSeed[]): string[] {
  const uses = new Map<string, number>();
  for (const m of matters)
    for (const material of m.materials)
      if (material.source.kind === 'applicant' && FORM_NAME.test(material.name))
        uses.set(material.name, (uses.get(material.name) ?? 0) + 1);
  return [...uses]
    .map(([name, count], order) => ({ name, count, order }))
    .sort((a, b) => b.count - a.count || a.order - b.order)
    .slice(0, MAX_FORMS)
    .map((f) => f.name);
}

/** The file ids of each form's template and sample: found again by name, rendered and stored when new. */
async function formFiles(ctx: AppContext, names: string[]) {
  const find = (db: AnyDb, fileName: string) => systemFileNamed(db, CATALOGUE_FILE_PURPOSE, fileName);
  const found = new Map<string, { template: string; sample: string }>();
  const missing: string[] = [];
  for (const name of names) {
    const [template, sample] = await Promise.all([
      find(ctx.db, fileNames(name).template),
      find(ctx.db, fileNames(name).sample),
    ]);
    if (template && sample) found.set(name, { template: template.id, sample: sample.id });
    else missing.push(name);
  }
  // Rendered before the transaction: on SQLite it would hold the only connection meanwhile.
  const rendered: ({ name: string } & Awaited<ReturnType<typeof render>>)[] = [];
  for (const name of missing) rendered.push({ name, ...(await render(name)) });
  const store = fileStoreOf(ctx);
  await ctx.db.transaction().execute(async (trx) => {
    for (const r of rendered) {
      const put = (fileName: string, bytes: Uint8Array) =>
        store.put(trx, { ownerAccountId: null, purpose: CATALOGUE_FILE_PURPOSE, fileName, bytes });
      const template = await put(fileNames(r.name).template, r.template);
      const sample = await put(fileNames(r.name).sample, r.sample);
      found.set(r.name, { template: template.id, sample: sample.id });
    }
  });
  return found;
}

/** The seed's matters with 空白表格 and 填写样例 attached to their common forms. */
export async function withFormFiles(ctx: AppContext, matters: MatterSeed[]): Promise<MatterSeed[]> {
  const files = await formFiles(ctx, seededFormNames(matters));
  return matters.map((m) => ({
    ...m,
    materials: m.materials.map((material) => {
      const f = files.get(material.name);
      return f && material.source.kind === 'applicant'
        ? { ...material, templateFileId: f.template, sampleFileId: f.sample }
        : material;
    }),
  }));
}
