import type { MessageBundle } from '../../platform/i18n/index.js';

export const uploadMessages: MessageBundle = {
  'upload.unknown_material': {
    'zh-CN': '该事项没有这项需要上传的材料',
    'en-US': 'This matter has no such material to upload',
  },
  'upload.too_many_files': {
    'zh-CN': '“{material}”最多上传 {max} 个文件，请先删除不需要的文件',
    'en-US': 'At most {max} files for “{material}”; remove one you no longer need first',
  },
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
  'upload.attached': {
    'zh-CN': '该文件已随申请提交，不能删除',
    'en-US': 'This file was handed in with an application and cannot be deleted',
  },
};
