import type { MessageBundle } from '../../platform/i18n/index.js';
import { clockMessages } from './clock/index.js';
import { workflowEngineMessages } from './engine/index.js';

export const workflowMessages: MessageBundle = {
  ...workflowEngineMessages,
  ...clockMessages,
  'workflow.unknown_department': {
    'zh-CN': '没有这个部门代码',
    'en-US': 'No department has this code',
  },
  'workflow.definition_in_use': {
    'zh-CN': '该版本已按现有流程受理过申请，流程不能再改；请修改事项生成新版本后再设定',
    'en-US':
      'Applications already run on this version’s process; edit the matter to make a new version first',
  },
};
