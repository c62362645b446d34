import type { MessageBundle } from '../../platform/i18n/index.js';
import { clockMessages } from './clock/index.js';
import { workflowEngineMessages } from './engine/index.js';

export const workflowMessages: MessageBundle = {
  ...workflowEngineMessages,
  ...clockMessages,
};
