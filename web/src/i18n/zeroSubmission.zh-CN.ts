// 零提交: materials taken from electronic licences and shared data instead of asked for, the
// organisation's electronic seal on a declaration, and the supervisors' figures.
export const zeroSubmissionZh = {
  zeroSubmission: {
    apply: {
      reusedTitle: '已自动获取，无需提交',
      reusedIntro: '以下材料已从您的电子证照或政府共享数据中自动获取，随申请一并提交，无需上传。',
      factsSeparator: '，',
      reused: '已自动获取，无需提交',
      license: '{{typeName}}，证照编号 {{licenseNo}}',
      issuedBy: '{{issuer}}签发',
      validUntil: '有效期至 {{date}}',
      permanent: '长期有效',
      shared: '{{typeName}}（{{subject}} {{name}}，{{idNumber}}），来自人口信息库',
      subject: {
        applicant: '申请人本人',
        legal_representative: '法定代表人',
        agent: '经办人本人',
      },
      uploadBecause: {
        no_license: '未在您的电子证照中找到有效的“{{typeName}}”，请上传。',
        license_inactive: '您的“{{typeName}}”（{{licenseNo}}）{{status}}，不能自动获取，请上传。',
        registry_unconfirmed: '未能从人口信息库获取，请上传。',
        other_holder: '此“{{typeName}}”由其他当事人持有，不从您的电子证照中获取，请上传。',
      },
    },
    detail: {
      intro:
        '以下材料在提交申请时已从您的电子证照或政府共享数据中自动获取，您无需提交。证照状态为当前核验结果。',
    },
    seal: {
      label: '签署方式',
      option: '以单位电子印章签署',
      hint: '用{{org}}的电子印章对本次申请（事项、填写内容和材料）签名，审批部门可以核验签名。',
    },
    file: {
      reusedTitle: '自动获取的材料（零提交）',
      license: '电子证照',
      licenseNo: '证照编号',
      issuer: '签发机关',
      validity: '有效期',
      status: '核验状态',
      sharedData: '共享数据：{{typeName}}，来自人口信息库（{{subject}}）',
      subject: {
        applicant: '申请人本人',
        legal_representative: '法定代表人',
        agent: '经办人本人',
      },
      sealTitle: '单位电子印章签名',
      sealValid: '签名有效',
      sealInvalid: '签名无效：申请内容与签署时不一致',
      signer: '签署单位',
      signedAt: '签署时间',
      keyId: '印章密钥',
    },
    supervision: {
      title: '零提交（免提交材料）',
      intro: '办件自动获取电子证照和共享数据、无需申请人提交的材料。',
      period: '统计期间',
      materialsReused: '免提交材料',
      applications: '办件数',
      applicationsWithReuse: '零提交办件',
      reuseRate: '免提交率',
      shareOfReused: '占免提交总数',
      department: '部门',
      empty: '该期间没有办件',
    },
  },
};
