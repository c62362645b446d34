import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  DESKTOP,
  expectNoSidewaysScroll,
  keepEvidenceOnFailure,
  launchBrowser,
  PHONE,
  screenshot,
} from './support/browser.js';
import { drawSite, pickByTyping, pickOption, signInActingFor } from './support/portal.js';
import { openFromMenu, signInAsStaff } from './support/staff.js';

const baseUrl = inject('baseUrl');
const COMPANY = '佛山市示例科技有限公司';
const RUN = Date.now().toString(36);
const PLAN = `禅城智造产业园策划 ${RUN}`;
const PROJECT = `禅城智造产业园一期 ${RUN}`;
// A national project code of its own: other test files register projects on the same server.
const PROJECT_CODE = `2026-440604-70-03-${String(Date.now() % 1_000_000).padStart(6, '0')}`;
// 社会投资房屋建筑类: its first stage is led by 自然资源局, which is always asked.
const CATEGORY = '社会投资房屋建筑类';
const DEPARTMENT = '佛山市自然资源局';
const OPINION = `原则同意选址（${RUN}），请在工程规划许可阶段提交总平面图。`;

async function shot(page: Page, name: string) {
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.evaluate(() => document.fonts.ready);
  await screenshot(page, name);
}

describe('project planning (项目策划): an agent plans a site, a department answers, the project inherits it', () => {
  let browser: Browser;
  let agent: Page;
  let reviewer: Page;
  let current: Page | undefined;

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());
  keepEvidenceOnFailure('planning', () => current);

  it('lets 王五, acting for the company, plan a site he draws on his phone and see the stages, the check and the requests', async () => {
    agent = await browser.newPage({ viewport: PHONE, locale: 'zh-CN' });
    current = agent;
    await signInActingFor(agent, baseUrl, '13800138003', COMPANY);

    await agent.goto(baseUrl);
    await agent
      .getByRole('link', { name: /项目策划/ })
      .first()
      .click();
    await agent.getByRole('heading', { level: 1, name: '我的项目策划' }).waitFor();
    await agent.getByRole('link', { name: '新建项目策划' }).click();
    await agent.getByText(`以 ${COMPANY} 的名义生成项目策划。`).waitFor();

    await agent.getByLabel('项目名称').fill(PLAN);
    await pickOption(agent, '项目分类', CATEGORY);
    await pickByTyping(agent, '拟用地性质', 'M1');
    await agent.getByLabel('容积率').fill('2');
    await agent.getByLabel('建筑高度').fill('40');
    await drawSite(agent);
    await expectNoSidewaysScroll(agent);
    await shot(agent, 'planning-new-phone-390');
    await agent.getByRole('button', { name: '生成项目策划' }).click();

    await agent.getByRole('heading', { level: 1, name: PLAN }).waitFor();
    await agent.getByText(CATEGORY).first().waitFor();
    // The check's verdict, whichever the synthetic layers give, with its report.
    await agent.getByText(/^(通过：未发现规划冲突|有条件通过：需征求相关部门意见|存在冲突：.+)$/).waitFor();
    const report = agent.getByRole('link', { name: '规划检测报告（PDF）' });
    const pdf = await agent.request.get(new URL((await report.getAttribute('href'))!, baseUrl).href);
    expect(pdf.status()).toBe(200);
    expect(pdf.headers()['content-type']).toContain('application/pdf');
    // Four stages, the first led by 自然资源局, which is asked for its pre-opinion.
    await agent.getByText('1. 立项用地规划许可').waitFor();
    await agent.getByText('4. 竣工验收').waitFor();
    const request = agent.locator('.planning-item', { hasText: DEPARTMENT }).filter({ hasText: '征询原因' });
    await request.getByText('待答复').waitFor();
    await request.getByText(/答复期限：\d{4}-\d{2}-\d{2}/).waitFor();
    await expectNoSidewaysScroll(agent);
    await shot(agent, 'planning-made-phone-390');
    await agent.setViewportSize(DESKTOP);
    await shot(agent, 'planning-made-desktop-1280');

    await agent.getByRole('link', { name: '返回我的项目策划' }).click();
    await agent.getByRole('link', { name: new RegExp(PLAN) }).waitFor();
  });

  it('lets 自然资源局’s reviewer find the request in the workbench and answer it once', async () => {
    reviewer = await browser.newPage({ viewport: DESKTOP, locale: 'zh-CN' });
    current = reviewer;
    await signInAsStaff(reviewer, baseUrl, 'reviewer.zrzy');
    await openFromMenu(reviewer, '预审意见征询');
    await reviewer.getByRole('heading', { level: 1, name: '项目策划 · 预审意见征询' }).waitFor();
    const row = reviewer.getByRole('row', { name: new RegExp(PLAN) });
    await row.getByText('待答复').waitFor();
    await shot(reviewer, 'planning-requests-desktop-1280');
    await row.getByRole('link', { name: PLAN }).click();

    await reviewer.getByRole('heading', { level: 1, name: PLAN }).waitFor();
    await reviewer.getByLabel('本部门预审意见').fill(OPINION);
    await reviewer.getByRole('button', { name: '提交预审意见' }).click();
    await reviewer.getByText('已提交本部门预审意见。').waitFor();
    // Answered: the form is gone, the answer is among the departments'.
    await expect.poll(() => reviewer.getByLabel('本部门预审意见').count()).toBe(0);
    const answered = reviewer
      .locator('.planning-item', { hasText: DEPARTMENT })
      .filter({ hasText: '征询原因' });
    await answered.getByText('已答复').waitFor();
    await answered.getByText(OPINION).waitFor();
    await reviewer.setViewportSize(PHONE);
    await reviewer.reload();
    await reviewer.getByRole('heading', { level: 1, name: PLAN }).waitFor();
    await expectNoSidewaysScroll(reviewer);
    await shot(reviewer, 'planning-answered-phone-390');
    await reviewer.setViewportSize(DESKTOP);
    await reviewer.reload();
    await reviewer.getByRole('heading', { level: 1, name: PLAN }).waitFor();
    await reviewer.getByRole('link', { name: '返回预审意见征询' }).click();
    await reviewer.locator('.ant-segmented-item', { hasText: '全部' }).click();
    await reviewer
      .getByRole('row', { name: new RegExp(PLAN) })
      .getByText('已答复')
      .waitFor();
  });

  it('lets 王五 register a project from the plan and see the inherited pre-opinion on its page', async () => {
    current = agent;
    await agent.setViewportSize(PHONE);
    await agent.getByRole('link', { name: new RegExp(PLAN) }).click();
    const answered = agent.locator('.planning-item', { hasText: DEPARTMENT }).filter({ hasText: '征询原因' });
    await answered.getByText(OPINION).waitFor();
    await agent.getByRole('link', { name: '以此策划登记项目' }).click();

    await agent.getByRole('heading', { level: 1, name: '登记工程建设项目' }).waitFor();
    // The plan's category and the plan itself come chosen.
    await agent.locator('.ant-form-item', { hasText: '项目分类' }).getByText(CATEGORY).waitFor();
    await agent.locator('.ant-form-item', { hasText: '引用项目策划' }).getByText(new RegExp(PLAN)).waitFor();
    await agent.getByLabel('投资项目代码').fill(PROJECT_CODE);
    await agent.getByLabel('项目名称').fill(PROJECT);
    await pickOption(agent, '用地用途', '工业用地');
    await agent.getByLabel('总投资').fill('8000');
    await agent.getByLabel('用地面积').fill('12000');
    await agent.getByLabel('总建筑面积').fill('24000');
    await drawSite(agent);
    await agent.getByLabel('项目联系人姓名').fill('王五');
    await agent.getByLabel('项目联系人手机号码').fill('13800138003');
    await expectNoSidewaysScroll(agent);
    await shot(agent, 'planning-register-phone-390');
    await agent.getByRole('button', { name: '提交登记' }).click();

    await agent.getByText('项目已登记').waitFor();
    await agent.getByRole('heading', { level: 1, name: PROJECT }).waitFor();
    const inherited = agent.locator('.ant-card', { hasText: '项目策划' }).filter({ hasText: PLAN });
    await inherited.getByRole('link', { name: PLAN }).waitFor();
    await inherited
      .getByText(/^(通过：未发现规划冲突|有条件通过：需征求相关部门意见|存在冲突：.+)$/)
      .waitFor();
    const opinion = inherited
      .locator('.planning-item', { hasText: DEPARTMENT })
      .filter({ hasText: '征询原因' });
    await opinion.getByText('已答复').waitFor();
    await opinion.getByText(OPINION).waitFor();
    await expectNoSidewaysScroll(agent);
    await shot(agent, 'planning-project-phone-390');
    await agent.setViewportSize(DESKTOP);
    await shot(agent, 'planning-project-desktop-1280');
  });
});
