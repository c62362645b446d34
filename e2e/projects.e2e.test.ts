import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  DESKTOP,
  expectNoSidewaysScroll,
  keepEvidenceOnFailure,
  launchBrowser,
  PHONE,
  pagePool,
  screenshot,
} from './support/browser.js';
import {
  clickMap,
  drawSite,
  pickOption,
  SITE_CORNERS,
  samplePdf,
  signInActingFor,
} from './support/portal.js';
import { act, choose, fillDate, openFromMenu, staffDesks, todayInFoshan } from './support/staff.js';

const baseUrl = inject('baseUrl');
const COMPANY = '佛山市示例科技有限公司';
const PROJECT = '季华实验室配套研发中心';
const PROJECT_CODE = '2026-440604-70-03-000321';
const STAGE = '立项用地规划许可';
// 社会投资房屋建筑类, stage 1: 发改's 企业投资项目备案, 自然资源's 建设用地规划许可证核发 and
// 水利's 水土保持方案审批, three departments in parallel, 自然资源 leading.
const MATTERS = {
  fg: '企业投资项目备案',
  zrzy: '建设用地规划许可证核发',
  sl: '生产建设项目水土保持方案审批',
} as const;
const DEPARTMENTS = Object.keys(MATTERS) as (keyof typeof MATTERS)[];
const UPLOADS = [
  '项目备案信息表',
  '建设用地规划许可申请表',
  '国有建设用地使用权出让合同',
  '宗地图或用地红线图',
  '水土保持方案审批申请',
];

async function shot(page: Page, name: string) {
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.evaluate(() => document.fonts.ready);
  await screenshot(page, name);
}

/** One of the filing's coordination steps, as the lead department takes it. */
const coordinate = (page: Page, action: string, fill?: (dialog: Locator) => Promise<unknown>) =>
  act(page, action, fill, '.filing-actions');

describe('a construction project: registered with its red line, stage 1 filed on one form, approved in parallel, closed by the lead department', () => {
  let browser: Browser;
  let agent: Page;
  let current: Page | undefined;
  const applications: Record<keyof typeof MATTERS, string> = { fg: '', zrzy: '', sl: '' };
  const pages = pagePool(() => browser);
  const as = staffDesks(pages, baseUrl, (page) => {
    current = page;
  });

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());
  keepEvidenceOnFailure('projects', () => current);

  it('lets 王五, acting for the company, register a project on his phone, the red line clicked on the map', async () => {
    agent = await pages.open(PHONE);
    current = agent;
    await signInActingFor(agent, baseUrl, '13800138003', COMPANY);

    await agent.goto(baseUrl);
    await agent
      .getByRole('link', { name: /工程建设项目/ })
      .first()
      .click();
    await agent.getByRole('heading', { level: 1, name: '我的工程建设项目' }).waitFor();
    await agent.getByRole('link', { name: '登记项目' }).click();
    await agent.getByText(`以 ${COMPANY} 的名义登记`).waitFor();

    await agent.getByLabel('投资项目代码').fill(PROJECT_CODE);
    await agent.getByLabel('项目名称').fill(PROJECT);
    await pickOption(agent, '项目分类', '社会投资房屋建筑类');
    await agent.getByText('全流程审批时限 45 个工作日').waitFor();
    await pickOption(agent, '用地用途', '商业服务业用地');
    await agent.getByLabel('总投资').fill('12000');
    await agent.getByLabel('用地面积').fill('15000');
    await agent.getByLabel('总建筑面积').fill('42000');

    // The surveyor's GeoJSON file is previewed with its area; he draws it himself instead.
    await agent.getByText('上传 GeoJSON 文件').click();
    const square = [
      [113.1, 23.02],
      [113.101, 23.02],
      [113.101, 23.021],
      [113.1, 23.021],
      [113.1, 23.02],
    ];
    const geojson = { type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: [square] } };
    await agent.locator('.site-field input[type=file]').setInputFiles({
      name: '红线.geojson',
      mimeType: 'application/geo+json',
      buffer: Buffer.from(JSON.stringify(geojson)),
    });
    await agent.getByText(/文件中的红线约 [\d,]+ 平方米/).waitFor();
    await agent.getByText('在地图上画出').click();
    await agent.getByText('已点 0 个拐点（至少 3 个）').waitFor();

    // Where the file's red line was shown, four corners clicked: the last joins the first.
    const map = await drawSite(agent, 0);
    await agent.getByRole('button', { name: '撤销上一点' }).click();
    await agent.getByText(/已画 3 个拐点/).waitFor();
    await clickMap(map, ...SITE_CORNERS[3]);
    await agent.getByText(/已画 4 个拐点/).waitFor();

    await agent.getByLabel('项目联系人姓名').fill('王五');
    await agent.getByLabel('项目联系人手机号码').fill('13800138003');
    await expectNoSidewaysScroll(agent);
    await shot(agent, 'projects-register-phone-390');
    await agent.getByRole('button', { name: '提交登记' }).click();

    await agent.getByText('项目已登记').waitFor();
    await agent.getByRole('heading', { level: 1, name: PROJECT }).waitFor();
    await agent.getByText(PROJECT_CODE).waitFor();
    await agent.getByText('社会投资房屋建筑类（审批时限 45 个工作日）').waitFor();
    // The next stages wait for the first to close.
    await expect.poll(() => agent.getByText('待上一阶段办结').count()).toBe(3);
    await expectNoSidewaysScroll(agent);
    await shot(agent, 'projects-registered-phone-390');
  });

  it('files stage 1 once for its three matters: the merged form, what it saves, one upload per document', async () => {
    current = agent;
    await agent.setViewportSize(DESKTOP);
    await agent.getByRole('link', { name: `填报${STAGE}` }).click();
    await agent.getByRole('heading', { level: 1, name: `${STAGE} · 一张表单` }).waitFor();
    const savings = agent.locator('.savings-card');
    await savings.getByText('本阶段 3 个事项合并为一张表单').waitFor();
    await savings.getByText('分别填报需 43 项').waitFor();
    // What the registration already said is not asked again.
    await agent.getByText(/已从项目登记信息带入 \d+ 项内容/).waitFor();
    await expect.poll(() => agent.getByLabel('项目名称').inputValue()).toBe(PROJECT);
    await expect.poll(() => agent.getByLabel('投资项目代码').inputValue()).toBe(PROJECT_CODE);
    await shot(agent, 'projects-stage-form-desktop-1280');

    await agent.getByLabel('法定代表人（负责人）姓名').fill('李四');
    await agent.getByLabel('所在区域').click();
    await agent
      .locator('.ant-cascader-dropdown:visible .ant-cascader-menu-item', { hasText: '禅城区' })
      .click();
    await agent
      .locator('.ant-cascader-dropdown:visible .ant-cascader-menu-item', { hasText: '祖庙街道' })
      .click();
    await agent.getByLabel('详细地址').fill('季华五路 18 号');
    await pickOption(agent, '所属行业', '信息传输、软件和信息技术服务业');
    await agent.getByLabel('建设规模及内容').fill('研发办公楼两栋，总建筑面积 42000 平方米');
    await fillDate(agent.locator('body'), '计划开工时间', '2027-03-01');
    await agent.getByLabel('否', { exact: true }).check();
    await agent.getByLabel('出让', { exact: true }).check();
    await agent.getByLabel('出让合同编号').fill('440604-2026-0088');
    await agent.getByLabel('水土保持方案报告书', { exact: true }).check();
    await agent.getByLabel('扰动地表面积').fill('1.5');
    await agent.getByLabel('挖填土石方总量').fill('3.2');
    await agent.getByLabel('水土保持总投资').fill('85');
    await agent.getByRole('button', { name: '下一步：申请材料' }).click();

    await agent.getByRole('heading', { level: 1, name: `${STAGE} · 申请材料` }).waitFor();
    // The business licence comes from the licence library (零提交), the 水土保持方案 from the
    // area's assessment (区域评估: the site lies in 祖庙—张槎); the rest is uploaded once.
    await agent
      .locator('.waived-material', { hasText: '营业执照' })
      .getByText(/^已从电子证照库获取：\S+/)
      .waitFor();
    await agent
      .locator('.waived-material', { hasText: '水土保持方案报告书或报告表' })
      .getByText(/^已由区域评估覆盖：/)
      .waitFor();
    for (const name of UPLOADS) {
      const card = agent.locator('.material-upload-card', { hasText: name });
      const file = {
        name: `${name}.pdf`,
        mimeType: 'application/pdf',
        buffer: await samplePdf(`material ${UPLOADS.indexOf(name)}`),
      };
      await card.locator('input[type=file]').setInputFiles(file);
      await card.getByRole('link', { name: file.name }).waitFor();
    }
    await agent.getByRole('button', { name: '下一步：核对并提交' }).click();
    await agent.getByRole('heading', { level: 1, name: '核对并提交' }).waitFor();
    await agent.getByText('季华五路 18 号').first().waitFor();
    await agent.getByLabel(/本单位承诺所填内容和所交材料真实/).check();
    await agent.getByRole('button', { name: /提交申报（3 个事项同时送达各部门）/ }).click();

    await agent.getByText('本阶段已提交').waitFor();
    await agent.getByText(/3 个事项已同时送达各审批部门，并联审批/).waitFor();
    for (const [key, matter] of Object.entries(MATTERS) as [keyof typeof MATTERS, string][]) {
      const row = agent.getByRole('row', { name: new RegExp(matter) });
      applications[key] = (await row.getByRole('link', { name: /^打开办件/ }).textContent())!.trim();
      expect(applications[key]).toMatch(/^440600\d{16}[\dX]$/);
    }
    await shot(agent, 'projects-filed-desktop-1280');
    await agent.setViewportSize(PHONE);
    await expectNoSidewaysScroll(agent);
    await shot(agent, 'projects-filed-phone-390');
  });

  it('sends the departments’ corrections to 王五 at once (一次性补正), and takes his answer once', async () => {
    // 发改 finds the filing among those it takes part in, and proposes its item.
    const fg = await as('reviewer.fg');
    await openFromMenu(fg, '工程建设项目审批');
    await fg.getByRole('tab', { name: '本部门参与' }).click();
    await fg.getByRole('link', { name: PROJECT }).click();
    await coordinate(fg, '提出补正意见', async (dialog) => {
      await dialog.getByLabel('第 1 项：涉及材料（选填）').fill('项目备案信息表');
      await dialog.getByLabel('第 1 项：需补正的问题').fill('缺少法定代表人签字');
    });

    // 自然资源, leading, sends every proposal in one notice.
    const lead = await as('reviewer.zrzy', { at: '/workbench' });
    await openFromMenu(lead, '工程建设项目审批');
    await lead.getByRole('link', { name: PROJECT }).click();
    await lead.getByText('各部门提出的补正意见（待牵头部门一次性发出）').waitFor();
    await coordinate(lead, '一次性补正', (dialog) =>
      dialog.getByText('项目备案信息表 — 缺少法定代表人签字').waitFor(),
    );
    await lead.locator('.page-head').getByText('待补正').waitFor();

    current = agent;
    await agent.reload();
    const notice = agent.locator('.correction-card');
    await notice.getByText(`${MATTERS.fg}：项目备案信息表 — 缺少法定代表人签字`).waitFor();
    await expectNoSidewaysScroll(agent);
    await shot(agent, 'projects-correction-phone-390');
    await notice.getByLabel('补正说明（选填）').fill('已补充法定代表人签字');
    await notice.getByRole('button', { name: '已补正，重新提交' }).click();
    await notice.waitFor({ state: 'detached' });
    await agent.locator('.page-head').getByText('审批中').waitFor();
  });

  it('has 发改, 自然资源 and 水利 decide their matters in parallel, each on its ordinary case page', async () => {
    // The lead department sees the three matters waiting.
    const lead = await as('reviewer.zrzy', { at: '/workbench' });
    await openFromMenu(lead, '工程建设项目审批');
    await lead
      .getByRole('row', { name: new RegExp(PROJECT) })
      .getByText('0/3')
      .waitFor();

    for (const dept of DEPARTMENTS) {
      const reviewer = await as(`reviewer.${dept}`, { at: `/workbench/cases/${applications[dept]}` });
      await act(reviewer, '受理', (dialog) =>
        dialog.getByLabel('说明（选填）').fill('材料齐全，符合法定形式'),
      );
    }
    for (const dept of DEPARTMENTS) {
      const reviewer = await as(`reviewer.${dept}`);
      await act(reviewer, '审查', async (dialog) => {
        await choose(dialog, '同意');
        await dialog.getByLabel('意见').fill('符合要求，同意');
      });
      // The lead department's reviewer is needed again; the others' pages serve the approvers.
      if (dept !== 'zrzy') await as.leave(`reviewer.${dept}`);
      const approver = await as(`approver.${dept}`, { at: `/workbench/cases/${applications[dept]}` });
      await act(approver, '作出决定', async (dialog) => {
        await choose(dialog, '准予');
        await dialog.getByLabel('意见').fill('准予');
      });
      await as.leave(`approver.${dept}`);
    }
  });

  it('lets 自然资源, the lead department, record the joint review and close the stage', async () => {
    const lead = await as('reviewer.zrzy', { at: '/workbench' });
    await openFromMenu(lead, '工程建设项目审批');
    await lead.getByRole('link', { name: PROJECT }).click();
    await lead.getByRole('heading', { level: 1, name: `${PROJECT} · ${STAGE}` }).waitFor();
    await lead.getByText('已办结 3 / 3 个事项').waitFor();
    // Each matter opens on the case page where its department decided it.
    await lead.getByRole('link', { name: `打开办件 ${applications.zrzy}` }).waitFor();

    await coordinate(lead, '记录联合评审', async (dialog) => {
      // Held today: a meeting before the filing or in the future is refused.
      await fillDate(dialog, '会议日期', todayInFoshan());
      await dialog.getByLabel('佛山市发展和改革局意见说明').fill('项目备案信息与规划条件一致');
      await dialog.getByLabel('佛山市自然资源局意见说明').fill('用地范围与红线一致，同意核发');
      await dialog.getByLabel('佛山市水利局意见说明').fill('水土流失防治措施可行');
      await dialog.getByLabel('会议纪要').fill('三部门联合评审，同意核发建设用地规划许可证。');
    });
    await lead.getByText('三部门联合评审，同意核发建设用地规划许可证。').waitFor();
    await coordinate(lead, '阶段办结', async (dialog) => {
      await dialog.getByText('本阶段 3 个事项均已办结').waitFor();
    });
    await lead.locator('.page-head').getByText('已办结').waitFor();
    await lead.getByText('全流程已用').first().waitFor();
    await shot(lead, 'projects-stage-closed-desktop-1280');
    await lead.setViewportSize(PHONE);
    await expectNoSidewaysScroll(lead);
    await shot(lead, 'projects-stage-closed-phone-390');
  });

  it('shows 王五 the stage closed and the 建设用地规划许可证 in the company’s licence wallet', async () => {
    current = agent;
    await agent.setViewportSize(PHONE);
    await agent.reload();
    await agent.getByText('本阶段已办结，下一阶段可以申报。').waitFor();
    const row = agent.getByRole('row', { name: new RegExp(MATTERS.zrzy) });
    const licenseNo = (await row.locator('.project-meta').first().textContent())!.trim();
    expect(licenseNo).toMatch(/^[A-Z]+4406\d+/);
    await shot(agent, 'projects-filing-closed-phone-390');

    await agent.getByRole('link', { name: '到“我的证照”查看本阶段发放的电子证照' }).click();
    await agent.getByRole('heading', { level: 1, name: '我的证照' }).waitFor();
    const licence = agent.locator('.record-item', { hasText: licenseNo });
    await licence.getByText('建设用地规划许可证').waitFor();
    await expectNoSidewaysScroll(agent);
    await shot(agent, 'projects-wallet-phone-390');

    // Back on the project, stage 2 is open for filing now.
    await agent.goBack();
    await agent.getByRole('link', { name: PROJECT }).click();
    await agent.getByRole('link', { name: '填报工程建设许可' }).waitFor();
  });

  it('shows the supervisor the statistics, with this project’s working days against its cap', async () => {
    const supervisor = await as('supervisor');
    await openFromMenu(supervisor, '工程建设项目统计');
    await supervisor.getByRole('heading', { level: 1, name: '工程建设项目统计' }).waitFor();
    const online = supervisor
      .locator('.figure', { hasText: '网上申报项目' })
      .locator('.ant-statistic-content');
    await expect
      .poll(async () => Number(((await online.textContent()) ?? '').replace(/\D/g, '')))
      .toBeGreaterThan(0);
    const row = supervisor.getByRole('row', { name: new RegExp(PROJECT) });
    await row.getByRole('button').first().click();
    await supervisor.getByText(/全流程已用 \d+ 个工作日 \/ 分类时限 45 个工作日/).waitFor();
    await supervisor.getByRole('img', { name: new RegExp(`第 1 阶段 · ${STAGE}`) }).waitFor();
    await shot(supervisor, 'projects-statistics-desktop-1280');
    await supervisor.setViewportSize(PHONE);
    await expectNoSidewaysScroll(supervisor);
    await shot(supervisor, 'projects-statistics-phone-390');
  });
});
