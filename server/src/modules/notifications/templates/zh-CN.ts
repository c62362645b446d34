import type { Frame, Templates } from './template.js';

// Official SMS style: the matter in quotation marks, the number in brackets, one sentence
// for what happened and one for what to do; no names or ID numbers in the text.
const app = (p: { matterName: string; applicationNo: string }) =>
  `您申请的“${p.matterName}”（办件编号${p.applicationNo}）`;
const item = (p: { matterName: string; applicationNo: string }) =>
  `办件${p.applicationNo}（${p.matterName}）`;
const licence = (p: { licenseType: string; licenseNo: string }) =>
  `您的电子证照“${p.licenseType}”（证照编号${p.licenseNo}）`;
const by = (p: { department?: string }) => (p.department ? `被${p.department}` : '');

export const zhTemplates: Templates = {
  'application.submitted': (p) => ({
    title: '申请已提交',
    text: `${app(p)}已提交，请留意受理进度。`,
  }),
  'application.accepted': (p) => ({
    title: '申请已受理',
    text: `${app(p)}已受理${p.dueOn ? `，承诺于${p.dueOn}前办结` : ''}。`,
  }),
  'application.refused': (p) => ({
    title: '申请不予受理',
    text: `${app(p)}不予受理，原因：${p.reason}。`,
  }),
  'application.correction_requested': (p) => ({
    title: '申请材料需补正',
    text: `${app(p)}需补正材料：${p.reason}。请${p.dueOn ? `于${p.dueOn}前` : '及时'}登录补正。`,
  }),
  'application.shortfall_accepted': (p) => ({
    title: '申请已容缺受理',
    text: `${app(p)}已容缺受理，请于${p.dueOn}前补齐${p.reason ? `以下材料：${p.reason}` : '所缺材料'}。`,
  }),
  'application.commitment_approved': (p) => ({
    title: '告知承诺审批通过',
    text: `${app(p)}已按告知承诺制审批通过，请如实履行承诺，有关部门将依法核查。`,
  }),
  'application.decided': (p) => ({
    title: p.outcome === 'approved' ? '审批通过' : '审批未通过',
    text:
      p.outcome === 'approved'
        ? `${app(p)}已审批通过，准予许可。`
        : `${app(p)}审批未通过，不予许可${p.reason ? `，原因：${p.reason}` : ''}。`,
  }),
  'application.delivered': (p) => ({
    title: '办理结果已送达',
    text: `${app(p)}的办理结果${
      p.channel === 'post'
        ? `已邮寄${p.trackingNo ? `，快递单号${p.trackingNo}` : ''}`
        : p.channel === 'window'
          ? '已可领取，请携带有效身份证件到窗口领取'
          : '已电子送达，请登录查看'
    }。`,
  }),
  'application.withdrawn': (p) => ({
    title: '申请已撤回',
    text: `${app(p)}已撤回。如仍需办理，请重新申请。`,
  }),
  'application.materials_due': (p) => ({
    title: '容缺材料即将到期',
    text: `${app(p)}的容缺材料须于${p.dueOn}前补齐，逾期将影响办理，请及时提交。`,
  }),
  'supervision.issued': (p) => ({
    title: '督办通知',
    text: `${item(p)}已被${p.department ?? ''}督办，请${p.dueOn ? `于${p.dueOn}前` : '尽快'}办理并反馈。`,
  }),
  'evaluation.rectification': (p) => ({
    title: '差评整改通知',
    text: `${item(p)}收到差评${p.reason ? `（${p.reason}）` : ''}，请${p.dueOn ? `于${p.dueOn}前` : '尽快'}核实整改。`,
  }),
  'evaluation.callback': (p) => ({
    title: '评价回访',
    text: `感谢您对“${p.matterName}”（办件编号${p.applicationNo}）的评价，您反映的问题已处理，工作人员将与您联系回访。`,
  }),
  'license.issued': (p) => ({
    title: '电子证照已签发',
    text: `${licence(p)}已签发${p.department ? `（${p.department}）` : ''}，可在“我的证照”中查看、下载和出示。`,
  }),
  'license.suspended': (p) => ({
    title: '电子证照已暂停',
    text: `${licence(p)}已${by(p)}暂停使用，原因：${p.reason}。暂停期间不能用于办事和出示。`,
  }),
  'license.revoked': (p) => ({
    title: '电子证照已撤销',
    text: `${licence(p)}已${by(p)}撤销，原因：${p.reason}。撤销后证照失效。`,
  }),
  'license.reinstated': (p) => ({
    title: '电子证照已恢复',
    text: `${licence(p)}已${by(p)}恢复有效${p.reason ? `，说明：${p.reason}` : ''}。`,
  }),
  'license.expiring': (p) => ({
    title: '电子证照即将到期',
    text: `${licence(p)}将于${p.dueOn}到期，需要继续使用的，请及时申请延续。`,
  }),
};

export const zhFrame: Frame = {
  smsSignature: '【佛山一网通办】',
  emailSubject: (title) => `【佛山一网通办】${title}`,
  emailBody: (text, url) =>
    [
      '您好：',
      '',
      text,
      ...(url ? ['', `登录佛山一网通办查看详情：${url}`] : []),
      '',
      '本邮件由系统自动发送，请勿直接回复。',
      '佛山市政务服务数据管理局',
    ].join('\n'),
};
