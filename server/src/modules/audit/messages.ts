import type { MessageBundle } from '../../platform/i18n/index.js';

export const auditMessages: MessageBundle = {
  'audit.problem.gap': {
    'zh-CN': '第 {seq} 条记录缺失（被删除）',
    'en-US': 'Record {seq} is missing (deleted)',
  },
  'audit.problem.hash_mismatch': {
    'zh-CN': '第 {seq} 条记录内容被篡改',
    'en-US': 'Record {seq} was altered',
  },
  'audit.problem.link_broken': {
    'zh-CN': '第 {seq} 条记录与前一条不衔接（插入或重排）',
    'en-US': 'Record {seq} does not follow its predecessor (inserted or reordered)',
  },
  'audit.problem.head_mismatch': {
    'zh-CN': '链尾与登记的最新记录 {seq} 不一致（截断）',
    'en-US': 'The chain end disagrees with the recorded head {seq} (truncated)',
  },
  'audit.problem.checkpoint_invalid': {
    'zh-CN': '第 {seq} 条处的签名检查点验签失败',
    'en-US': 'The signed checkpoint at {seq} has an invalid signature',
  },
  'audit.problem.checkpoint_mismatch': {
    'zh-CN': '第 {seq} 条与已签名检查点不符',
    'en-US': 'Record {seq} disagrees with its signed checkpoint',
  },
};
