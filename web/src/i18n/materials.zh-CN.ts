// Material files: uploading them when applying, the guide's blank forms and samples, the
// applicant's files on an application, and the catalogue editor's form files.
export const materialsZh = {
  materialFiles: {
    accepted: '网上申请时，材料以 PDF、JPG、PNG 或 OFD 格式的电子文件（扫描件或清晰照片）上传。',
    limits: '最多 {{maxFiles}} 个文件，每个不超过 {{maxSizeMb}} MB',
    template: '空白表格',
    sample: '填写样例',
    templateLabel: '下载“{{name}}”空白表格',
    sampleLabel: '下载“{{name}}”填写样例',
    step: {
      title: '上传申请材料',
      intro:
        '请上传下列材料的电子文件（扫描件或清晰照片），支持 PDF、JPG、PNG、OFD 格式。标“必要”的材料至少上传 1 个文件。',
      required: '必要',
      conditional: '{{condition}}时提交',
      choose: '选择文件',
      uploadLabel: '为“{{name}}”选择文件',
      missing: '请上传“{{name}}”',
      wrongType: '“{{file}}”不是 PDF、JPG、PNG 或 OFD 文件',
      tooLarge: '“{{file}}”超过 {{maxSizeMb}} MB',
      tooMany: '“{{name}}”最多上传 {{maxFiles}} 个文件',
      stillUploading: '还有文件正在上传，请稍候',
      failed: '“{{file}}”上传失败：{{reason}}',
      exemptTitle: '以下材料由部门通过电子证照或共享数据获取，无需上传：',
    },
    check: {
      title: '申请材料',
      none: '未上传',
    },
    guide: {
      files: '电子文件',
      noUpload: '无需上传',
    },
    detail: {
      title: '申请材料',
      empty: '没有随申请提交电子材料。',
      downloadLabel: '下载 {{file}}',
    },
    editor: {
      limitsHelp: '网上申请时上传的文件数量和大小，不填则为最多 {{maxFiles}} 个、每个 {{maxSizeMb}} MB。',
      maxFiles: '最多文件数',
      maxSizeMb: '单个文件上限（MB）',
      filesTitle: '空白表格与填写样例',
      filesHelp: '上传后请保存草稿并发布，新版本发布后办事人才能在办事指南中下载。',
      none: '未提供',
      upload: '上传{{kind}}',
      replace: '替换',
      remove: '移除',
      view: '查看',
      uploaded: '{{kind}}已上传，保存并发布后生效',
      saveFirst: '请先保存新事项，再上传表格文件。',
      uploadFailed: '上传失败：{{reason}}',
    },
  },
};
