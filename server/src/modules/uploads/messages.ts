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
  'upload.attached': {
    'zh-CN': '该文件已随申请提交，不能删除',
    'en-US': 'This file was handed in with an application and cannot be deleted',
  },
};
