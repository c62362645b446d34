import type { NoticeInput, NoticeKind } from './templates/index.js';

const person = { name: '张三', kind: 'person', idNumber: '44060419900101123X' } as const;
const company = {
  name: '佛山市禅城区好味道餐饮有限公司',
  kind: 'organization',
  idNumber: '91440604MA4W0Y1X2B',
} as const;
const application = {
  applicant: person,
  matterName: '食品经营许可（新办）',
  submittedAt: '2026-11-20T02:15:00.000Z',
};

/** One realistic input of every kind, as the workflow would hand them in. */
export const EXAMPLE_INPUTS: { [K in NoticeKind]: NoticeInput<K> } = {
  receipt: {
    ...application,
    materials: ['食品经营许可申请书', '营业执照复印件', '法定代表人身份证明', '食品安全管理制度文本'],
  },
  acceptance: { ...application, legalLimitDays: 20, promisedLimitDays: 5, dueDate: '2026-12-03' },
  refusal: {
    ...application,
    reason: '该申请事项依法不属于本机关职权范围',
    competentAuthority: '佛山市禅城区市场监督管理局',
  },
  correction: {
    ...application,
    applicant: company,
    items: [
      { material: '营业执照复印件', requirement: '复印件模糊不清，请提交清晰完整的复印件并加盖公章' },
      {
        material: '经营场所平面图',
        requirement: '未标明食品处理区、非食品处理区和就餐场所的面积，请补充标注',
      },
      { material: '食品安全管理人员健康证明', requirement: '缺少该材料，请补充提交有效期内的健康证明' },
    ],
    dueDate: '2026-12-10',
  },
  shortfall: {
    ...application,
    items: [
      { material: '房屋租赁合同', requirement: '须经房屋租赁登记备案' },
      { material: '消防安全检查合格证明' },
    ],
    dueDate: '2026-12-20',
    committedAt: '2026-11-26T03:00:00.000Z',
  },
  commitment: {
    ...application,
    verifyBy: '2027-02-26',
    licence: { licenceName: '食品经营许可证', licenceNo: 'JY14406040012345', validUntil: '2031-11-25' },
  },
  approval: {
    ...application,
    applicant: company,
    acceptedOn: '2026-11-21',
    legalBasis: '《食品经营许可和备案管理办法》第二十一条',
    licence: {
      licenceName: '食品经营许可证',
      licenceNo: 'JY14406040012346',
      scope: '预包装食品销售（含冷藏冷冻食品）；热食类食品制售',
      validUntil: '2031-11-25',
    },
  },
  denial: {
    ...application,
    acceptedOn: '2026-11-21',
    reason: '经现场核查，申请人的经营场所与卫生间直接相通，且未设置防蝇防鼠设施',
    legalBasis: '《中华人民共和国食品安全法》第三十三条第一款',
  },
  result: {
    ...application,
    acceptedOn: '2026-11-21',
    result: '《食品经营许可证》延续',
    legalBasis: '《食品经营许可和备案管理办法》第二十九条',
  },
  rejection: {
    ...application,
    acceptedOn: '2026-11-21',
    reason: '申请人提交的材料显示其已不再从事食品经营活动',
    legalBasis: '《食品经营许可和备案管理办法》第二十九条',
  },
  supervision: {
    department: '佛山市市场监督管理局',
    matterName: '食品经营许可（新办）',
    dueDate: '2026-12-03',
    level: 'red',
    replyBy: '2026-12-08',
  },
};
