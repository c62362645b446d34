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
  // Their codes predate the move from the applicants' uploads; clients know them by these names.
  'upload.pdf_active_content': {
    'zh-CN':
      'PDF 文件含有脚本、自动执行的操作或嵌入的文件，出于安全考虑不予接收：请将其“打印为 PDF”或另存为普通 PDF 后重新上传',
    'en-US':
      'The PDF contains scripts, automatic actions or embedded files and is refused for safety: print it to PDF (or save it as a plain PDF) and upload that',
  },
  'upload.pdf_encrypted': {
    'zh-CN': 'PDF 文件已加密，无法检查其内容：请取消密码或权限保护后重新上传',
    'en-US':
      'The PDF is encrypted, so its content cannot be checked: remove its password or protection and upload it again',
  },
  'upload.pdf_unreadable': {
    'zh-CN': '无法读取该 PDF 文件的内容（文件可能已损坏）：请重新导出后上传',
    'en-US':
      'The content of this PDF cannot be read (the file may be damaged): export it again and upload that',
  },
};
