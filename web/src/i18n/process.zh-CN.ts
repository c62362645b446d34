// The administration app's 办理流程 page: the workflow a published matter version runs, per channel.
export const processZh = {
  processAdmin: {
    title: '办理流程',
    link: '办理流程设置',
    back: '返回事项',
    intro:
      '办理流程规定办件依次经过哪些环节、每个环节由哪个部门的什么岗位办理、占用多少时限；并联审查的各部门同时办理。每个已发布版本在网上申请和窗口收件两个渠道各有一个流程。',
    version: '第 {{version}} 版（已发布）',
    channel: '申请渠道',
    notPublished: '事项尚未发布',
    notPublishedHint: '事项发布后才有办理流程。',
    state: { default: '系统默认流程，可修改', stored: '已确定' },
    readOnly: {
      title: '流程已确定，不能再修改',
      reason:
        '该版本的{{channel}}流程已经保存：由管理员设定，或者已有申请按此流程办理。办件始终按它开始时的流程办理，所以流程一经确定就不再改变。',
      howToChange: '如需不同的流程，请先修改事项并发布新版本，再为新版本设定流程。',
      editMatter: '修改事项',
    },
    limits: '承诺时限 {{promised}} 个工作日（法定时限 {{legal}} 个工作日），各环节按下列份额计时。',
    flowTitle: '环节与时限',
    preview: '预览：尚未保存',
    notDrawable: '当前文本不是可以显示的流程定义，下面显示的是已有流程。',
    step: {
      assignee: '办理',
      time: '时限',
      returns: '可退回至',
      id: '标识 {{id}}',
    },
    timeShare: {
      days: '{{days}} 个工作日',
      fraction: '承诺时限的 {{percent}}%（{{days}} 个工作日）',
    },
    group: {
      hint: '各分支同时开始，全部完成后进入下一环节',
      branch: '分支 {{n}}',
    },
    detached: '未接入流程的环节（没有流转指向它们）',
    editor: {
      title: '编辑流程定义',
      help: '流程定义用 JSON 编写：steps 为环节，parallelGroups 为并联组，transitions 为环节之间的流转。保存时由服务器校验，问题列在文本旁边，并标明行号。',
      label: '流程定义（JSON）',
      save: '保存流程',
      format: '整理格式',
      reset: '恢复为当前流程',
      confirmTitle: '保存后流程不能再修改',
      confirmContent:
        '保存后，该版本的{{channel}}流程即确定，之后只能通过发布事项的新版本来更换。确定保存吗？',
      confirmOk: '确定保存',
      saved: '流程已保存',
      problemsTitle: '校验结果',
      noProblems: '暂未发现问题。保存时服务器会完整校验。',
      problemCount: '{{count}} 处问题，请修改后再保存',
      syntax: 'JSON 格式有误，请检查第 {{line}} 行第 {{column}} 列附近',
      line: '第 {{line}} 行',
      goToLine: '转到第 {{line}} 行：{{message}}',
    },
    showJson: '查看流程定义（JSON）',
  },
};
