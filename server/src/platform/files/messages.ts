import type { MessageBundle } from '../i18n/index.js';

/** Problems of a file upload; a module that receives files registers them with its own messages. */
export const fileMessages: MessageBundle = {
  'file.unsupported_type': {
    'zh-CN': '文件格式不支持：仅接受 PDF、JPG、PNG 或 OFD 文件（按文件内容识别，与文件名无关）',
    'en-US': 'Unsupported file: only PDF, JPG, PNG or OFD files are accepted (judged by content, not name)',
  },
  'file.too_large': {
    'zh-CN': '文件过大：单个文件不得超过 {maxSizeMb} MB',
    'en-US': 'The file is too large: at most {maxSizeMb} MB per file',
  },
  'file.missing': { 'zh-CN': '请选择要上传的文件', 'en-US': 'Choose a file to upload' },
  'file.empty': { 'zh-CN': '文件内容为空', 'en-US': 'The file is empty' },
};
