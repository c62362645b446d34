/** Demo accounts, listed in README.md and printed at start-up. Never use them in production. */
export const DEMO_PASSWORD = 'Foshan@2026';

// One documented base32 secret for every demo staff account, so an authenticator app
// (or `npm run demo:totp`) can produce their codes.
export const DEMO_TOTP_SECRET = 'ONEWINDOWFOSHANDEMOSECRET2345672';

export const DEMO_PERSONS = [
  { name: '张三', idNumber: '44060419900101123X', mobile: '13800138001', trustLevel: 3 as const },
  { name: '李四', idNumber: '440605198506152048', mobile: '13800138002', trustLevel: 3 as const },
  { name: '王五', idNumber: '440606199203203013', mobile: '13800138003', trustLevel: 2 as const },
];

/** People the local population registry knows but who have not registered: for trying 实名认证. */
export const DEMO_UNREGISTERED = [
  { name: '陈小明', idNumber: '440607198811114024' },
  { name: '黄丽', idNumber: '440608199507085039' },
];

/** On the demo credit blacklist (失信名单): a walk-in with her ID is not offered 容缺受理 or 告知承诺. */
export const DEMO_BLACKLISTED = { idNumber: '440608199507085039', reason: '失信被执行人（演示数据）' };

export const DEMO_ORGANIZATION = {
  name: '佛山市示例科技有限公司',
  creditCode: '91440604MA4W12345N',
  mobile: '13800138009',
  legalRepresentative: '李四',
  agent: '王五',
};

export const DEMO_STAFF: {
  username: string;
  name: string;
  department: string;
  center?: string;
  roles: string[];
}[] = [
  { username: 'sysadmin', name: '系统管理员', department: 'FS-ZSJ', roles: ['sys_admin'] },
  { username: 'secadmin', name: '安全管理员', department: 'FS-ZSJ', roles: ['security_admin'] },
  { username: 'auditadmin', name: '审计管理员', department: 'FS-ZSJ', roles: ['audit_admin'] },
  {
    username: 'clerk.city',
    name: '何晓婷',
    department: 'FS-ZSJ',
    center: '佛山市行政服务中心',
    roles: ['window_clerk'],
  },
  {
    username: 'clerk.chancheng',
    name: '梁志明',
    department: 'CC-ZSJ',
    center: '禅城区行政服务中心',
    roles: ['window_clerk'],
  },
  {
    username: 'clerk.nanhai',
    name: '陈嘉欣',
    department: 'NH-ZSJ',
    center: '南海区行政服务中心',
    roles: ['window_clerk'],
  },
  { username: 'reviewer.zrzy', name: '黄伟', department: 'FS-ZRZY', roles: ['reviewer'] },
  { username: 'approver.zrzy', name: '罗建华', department: 'FS-ZRZY', roles: ['approver'] },
  { username: 'head.zrzy', name: '谭国强', department: 'FS-ZRZY', roles: ['dept_head'] },
  { username: 'reviewer.sj', name: '冯丽娟', department: 'FS-SJ', roles: ['reviewer'] },
  { username: 'reviewer.zj', name: '邓振华', department: 'FS-ZJ', roles: ['reviewer'] },
  { username: 'approver.zj', name: '梁志强', department: 'FS-ZJ', roles: ['approver'] },
  { username: 'approver.sj', name: '何淑仪', department: 'FS-SJ', roles: ['approver'] },
  { username: 'reviewer.rs', name: '陈嘉欣', department: 'FS-RS', roles: ['reviewer'] },
  { username: 'approver.rs', name: '李永明', department: 'FS-RS', roles: ['approver'] },
  { username: 'reviewer.ga', name: '麦德华', department: 'FS-GA', roles: ['reviewer'] },
  { username: 'approver.ga', name: '区振邦', department: 'FS-GA', roles: ['approver'] },
  // 发改: the first stage of every construction project (立项) is theirs.
  { username: 'reviewer.fg', name: '邝志伟', department: 'FS-FG', roles: ['reviewer'] },
  { username: 'approver.fg', name: '黎秀英', department: 'FS-FG', roles: ['approver'] },
  // The other departments of the construction stages (人防, 水利, 生态环境, 城管) decide their matters.
  { username: 'reviewer.rf', name: '钟伟强', department: 'FS-RF', roles: ['reviewer'] },
  { username: 'approver.rf', name: '叶美玲', department: 'FS-RF', roles: ['approver'] },
  { username: 'reviewer.sl', name: '潘家辉', department: 'FS-SL', roles: ['reviewer'] },
  { username: 'approver.sl', name: '严慧芳', department: 'FS-SL', roles: ['approver'] },
  { username: 'approver.st', name: '符国栋', department: 'FS-ST', roles: ['approver'] },
  { username: 'approver.cg', name: '聂淑贞', department: 'FS-CG', roles: ['approver'] },
  { username: 'supervisor', name: '吴敏', department: 'FS-ZSJ', roles: ['supervisor'] },
  { username: 'hotline', name: '周小燕', department: 'FS-ZSJ', roles: ['hotline_operator'] },
  // 12345: a dispatcher at the centre, and handlers of the units orders often go to.
  { username: 'dispatcher', name: '黎嘉敏', department: 'FS-ZSJ', roles: ['hotline_operator'] },
  { username: 'handler.st', name: '苏永健', department: 'FS-ST', roles: ['reviewer'] },
  { username: 'handler.cg', name: '卢志坚', department: 'FS-CG', roles: ['reviewer'] },
  { username: 'handler.jt', name: '霍思敏', department: 'FS-JT', roles: ['reviewer'] },
  { username: 'handler.chancheng', name: '岑家豪', department: 'CC-ZSJ', roles: ['reviewer'] },
];
