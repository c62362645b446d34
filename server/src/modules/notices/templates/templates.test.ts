import { describe, expect, it } from 'vitest';
import { pdfText, renderPdf } from '../../../platform/pdf/index.js';
import { issuerAbbreviation } from '../document-no.js';
import { EXAMPLE_INPUTS } from '../notices.fixture.js';
import { newVerifyCode, VERIFY_CODE } from '../verify-code.js';
import { chineseNumber } from './common.js';
import { draftNotice, type IssueFacts, NOTICE_KINDS, type NoticeDraft, type NoticeKind } from './index.js';

const facts: IssueFacts = {
  applicationNo: '44060020261120000000174',
  issuerName: '佛山市市场监督管理局',
  issuedOn: '2026-11-26',
  reconsiderationBody: '佛山市人民政府',
};

function draft(kind: NoticeKind, input: unknown = EXAMPLE_INPUTS[kind]): NoticeDraft {
  const result = draftNotice(kind, input, facts);
  if (!result.ok) throw new Error(JSON.stringify(result.error.issues));
  return result.draft;
}
const wording = (d: NoticeDraft) =>
  [...d.paragraphs, ...(d.fields ?? []).map((f) => `${f.label}:${f.value}`)].join('\n');

describe('notice templates', () => {
  it('address a person as 你 and an organisation as 你单位, naming the application and its number', () => {
    for (const kind of NOTICE_KINDS.filter((k) => k !== 'supervision')) {
      const d = draft(kind);
      const text = wording(d);
      expect(text).toContain('食品经营许可（新办）');
      expect(text).toContain('44060020261120000000174');
      expect(d.recipient.name).toBe(EXAMPLE_INPUTS[kind].applicant.name);
      expect(d.paragraphs[0]).toMatch(d.recipient.kind === 'person' ? /^你于/ : /^你单位于/);
    }
  });

  it('acceptance cites 行政许可法 第三十二条第一款第（五）项 and promises a date', () => {
    const text = wording(draft('acceptance'));
    expect(text).toContain(
      '根据《中华人民共和国行政许可法》第三十二条第一款第（五）项的规定，本机关决定予以受理',
    );
    expect(text).toContain('法定期限20个工作日内');
    expect(text).toContain('承诺于2026年12月3日前办结');
    expect(text).toContain('受理日期:2026年11月26日');
  });

  it('a receipt says it is not an acceptance', () => {
    const text = wording(draft('receipt'));
    expect(text).toContain('不表示申请已被受理');
    expect(text).toContain('2026年11月20日 10:15');
    expect(text).toContain('4. 食品安全管理制度文本');
  });

  it('refusals and denials give the reason, the legal basis and both remedies with their time limits', () => {
    const refusal = wording(draft('refusal'));
    expect(refusal).toContain('经审查，该申请事项依法不属于本机关职权范围。');
    expect(refusal).toContain('本机关决定不予受理');
    expect(refusal).toContain('可以向佛山市禅城区市场监督管理局提出申请');
    const denial = wording(draft('denial'));
    expect(denial).toContain('不符合《中华人民共和国食品安全法》第三十三条第一款规定的条件、标准');
    expect(denial).toContain('第三十八条第二款的规定，本机关决定不予行政许可');
    for (const text of [refusal, denial]) {
      expect(text).toContain(
        '如不服本决定，可以自收到本决定书之日起六十日内向佛山市人民政府申请行政复议，也可以自收到本决定书之日起六个月内依法向人民法院提起行政诉讼。',
      );
    }
    const vertical = draft('denial', {
      ...EXAMPLE_INPUTS.denial,
      reconsiderationBody: '国家税务总局广东省税务局',
    });
    expect(wording(vertical)).toContain('六十日内向国家税务总局广东省税务局申请行政复议');
  });

  it('a correction notice lists every item at once and the deadline', () => {
    const d = draft('correction');
    const text = wording(d);
    expect(text).toContain('第三十二条第一款第（四）项');
    expect(text).toContain('现一次性告知你单位需要补正的全部内容（共3项）');
    expect(d.paragraphs.slice(1, 4)).toEqual([
      '一、营业执照复印件：复印件模糊不清，请提交清晰完整的复印件并加盖公章。',
      '二、经营场所平面图：未标明食品处理区、非食品处理区和就餐场所的面积，请补充标注。',
      '三、食品安全管理人员健康证明：缺少该材料，请补充提交有效期内的健康证明。',
    ]);
    expect(text).toContain('请于2026年12月10日前');
  });

  it('a shortfall acceptance carries the applicant’s signed commitment as its annex', () => {
    const d = draft('shortfall');
    expect(wording(d)).toContain('已书面承诺于2026年12月20日前补齐');
    expect(d.paragraphs).toContain('一、房屋租赁合同（须经房屋租赁登记备案）。');
    const [annex] = d.annexes!;
    expect(annex!.title).toBe('材料补齐承诺书');
    expect(annex!.paragraphs[0]).toContain('本人张三（身份证件号码：44060419900101123X）申请办理');
    expect(annex!.paragraphs[0]).toContain('房屋租赁合同（须经房屋租赁登记备案）；消防安全检查合格证明');
    expect(annex!.paragraphs[1]).toContain('将于2026年12月20日前补齐上述全部材料');
    expect(annex!.signature).toEqual(['承诺人：张三', '承诺日期：2026年11月26日']);
  });

  it('a commitment approval announces the check and what a false commitment costs', () => {
    const text = wording(draft('commitment'));
    expect(text).toContain('本机关决定准予行政许可');
    expect(text).toContain('本机关将于2027年2月26日前对你的承诺内容进行核查');
    expect(text).toContain('依法撤销本行政许可决定');
    expect(text).toContain('作出虚假承诺的');
    expect(text).toContain('证件编号:JY14406040012345');
  });

  it('an approval cites 第三十八条第一款 with the matter’s own rule and lists the licence', () => {
    const text = wording(draft('approval'));
    expect(text).toContain(
      '根据《中华人民共和国行政许可法》第三十八条第一款和《食品经营许可和备案管理办法》第二十一条的规定，本机关决定准予行政许可',
    );
    expect(text).toContain('十日内向你单位颁发、送达行政许可证件');
    expect(text).toContain('许可内容:预包装食品销售（含冷藏冷冻食品）；热食类食品制售');
    expect(text).toContain('统一社会信用代码:91440604MA4W0Y1X2B');
  });

  it('a supervision order goes to the department, red past the deadline and yellow before it', () => {
    const red = draft('supervision');
    expect(red.recipient).toEqual({ name: '佛山市市场监督管理局', kind: 'department' });
    expect(red.paragraphs[0]).toContain('现已超过承诺办结时限，予以红牌警示');
    expect(red.paragraphs[1]).toContain(
      '请你单位于2026年12月8日前依法办结，并将办理结果及超时原因书面反馈本机关',
    );
    const yellow = draft('supervision', { ...EXAMPLE_INPUTS.supervision, level: 'yellow' });
    expect(yellow.paragraphs[0]).toContain('予以黄牌预警');
  });

  it('refuses incomplete input field by field', () => {
    const result = draftNotice(
      'correction',
      { ...EXAMPLE_INPUTS.correction, items: [], dueDate: '2026-02-30' },
      facts,
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.issues.map((i) => i.path.join('.')).sort()).toEqual(['dueDate', 'items']);
  });

  it('renders every kind to a PDF that reads back as worded', async () => {
    for (const kind of NOTICE_KINDS) {
      const d = draft(kind);
      const bytes = await renderPdf({
        title: `${facts.issuerName}\n${kind}`,
        recipient: d.recipient.name,
        paragraphs: d.paragraphs,
        ...(d.fields ? { fields: d.fields } : {}),
        ...(d.annexes ? { annexes: d.annexes } : {}),
      });
      const text = (await pdfText(bytes)).join('\n').replace(/\n/g, '');
      for (const p of d.paragraphs) expect(text).toContain(p);
      for (const p of d.annexes?.flatMap((a) => a.paragraphs) ?? []) expect(text).toContain(p);
    }
  });
});

describe('wording helpers', () => {
  it('numbers items in Chinese', () => {
    expect([1, 9, 10, 11, 20, 35, 50, 99].map(chineseNumber)).toEqual([
      '一',
      '九',
      '十',
      '十一',
      '二十',
      '三十五',
      '五十',
      '九十九',
    ]);
  });

  it('abbreviates issuers as their documents do', () => {
    expect(issuerAbbreviation({ code: 'FS-SJ', name: '佛山市市场监督管理局' })).toBe('佛市监');
    expect(issuerAbbreviation({ code: 'NH-JY', name: '佛山市南海区教育局' })).toBe('南教育');
    expect(issuerAbbreviation({ code: 'GM-SL', name: '佛山市高明区水利局' })).toBe('明水利');
    expect(issuerAbbreviation({ code: 'FS-X', name: '佛山市档案馆' })).toBe('佛档案');
  });

  it('makes verification codes of 128 random bits, URL-safe and distinct', () => {
    const codes = Array.from({ length: 2000 }, newVerifyCode);
    for (const code of codes) expect(code).toMatch(VERIFY_CODE);
    expect(new Set(codes).size).toBe(codes.length);
  });
});
