// The public verification of a notice (the page its QR code opens).
export const noticesZh = {
  verify: {
    title: '通知书核验',
    checking: '正在核验…',
    validTitle: '核验通过',
    validSubtitle: '该文书由{{issuer}}通过佛山市一网通办平台出具，真实有效。',
    documentName: '{{title}}',
    document: '文书名称',
    documentNo: '文号',
    noDocumentNo: '无（以办件编号为准）',
    applicationNo: '办件编号',
    issuer: '出具机关',
    issuedAt: '出具时间',
    recipient: '收件人',
    digest: '文件 SM3 摘要',
    copyDigest: '复制摘要',
    copied: '已复制',
    compareTitle: '如何核对',
    compare:
      '请核对您手中文书上的文号、办件编号和出具机关是否与上面一致。如需确认电子文件未被改动，可计算 PDF 文件的 SM3 摘要，与上面的摘要逐位比对。',
    privacy: '为保护个人信息，本页面只显示脱敏信息，不提供文书下载。',
    invalidTitle: '核验未通过：无效的核验码',
    invalidSubtitle:
      '未找到与该二维码对应的文书。文书可能是伪造的，或二维码已被改动。请勿使用该文书，并向出具机关或 12345 热线核实。',
    toProgress: '查询办件进度',
    kinds: {
      receipt: '收件回执',
      acceptance: '受理通知书',
      refusal: '不予受理决定书',
      correction: '补正材料通知书',
      shortfall: '容缺受理通知书',
      commitment: '告知承诺准予许可决定书',
      approval: '准予行政许可决定书',
      denial: '不予行政许可决定书',
      supervision: '督办通知书',
    },
  },
};
