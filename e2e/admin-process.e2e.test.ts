import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  appeared,
  DESKTOP,
  expectNoSidewaysScroll,
  keepEvidenceOnFailure,
  launchBrowser,
  PHONE,
  screenshot,
} from './support/browser.js';
import { choose, openFromMenu, signInAsStaff } from './support/staff.js';

const baseUrl = inject('baseUrl');
// 临时占用城市道路: 城管 decides, the traffic police review alongside; no demo case, demo project or
// other test applies for it, so its process may still be set.
const FREE = { code: '440600-CG-0004', name: '临时占用城市道路审批' };
// 二手房过户: the demo's cases already run its online process.
const USED = '440600-ZRZY-0001';

async function shot(page: Page, name: string) {
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.evaluate(() => document.fonts.ready);
  await screenshot(page, name);
}

const editor = (page: Page) => page.getByLabel('流程定义（JSON）');
/** A step of the drawn flow, by its name. */
const step = (page: Page, name: string) => page.getByRole('region', { name, exact: true });

/** Saves the text in the editor, through the warning that a saved process cannot change. */
async function save(page: Page) {
  await page.getByRole('button', { name: '保存流程' }).click();
  const confirm = await appeared(page.getByRole('dialog', { name: '保存后流程不能再修改' }));
  await confirm.getByRole('button', { name: '确定保存' }).click();
  await confirm.waitFor({ state: 'hidden' });
}

describe('办理流程: an administrator reads and sets the process of a matter', () => {
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: DESKTOP, locale: 'zh-CN' });
    await signInAsStaff(page, baseUrl, 'sysadmin');
  });
  afterAll(() => browser.close());
  keepEvidenceOnFailure('process', () => page);

  it('opens from the matter’s page and shows the steps in order, the parallel review side by side', async () => {
    await openFromMenu(page, '事项管理');
    await page.getByLabel('搜索事项').fill('临时占用');
    await page.getByRole('link', { name: FREE.name }).click();
    await page.getByRole('link', { name: '办理流程设置' }).click();
    await page.waitForURL(`**/admin/matters/${FREE.code}/process`);
    await page.getByRole('heading', { level: 1, name: '办理流程' }).waitFor();
    await page.getByText(FREE.name).first().waitFor();
    await page.getByText('系统默认流程，可修改').waitFor();

    // The path in order: pre-review, the joint review, the decision, the delivery.
    const places = page.locator('.process-flow > li');
    await expect.poll(() => places.count()).toBe(4);
    expect(await places.nth(0).locator('.process-step-name').textContent()).toBe('网上预审');
    expect(await places.nth(2).locator('.process-step-name').textContent()).toBe('决定');
    expect(await places.nth(3).locator('.process-step-name').textContent()).toBe('送达');
    // Two departments at once, each branch with its department and role.
    const group = page.getByRole('region', { name: '并联审查' });
    await group.getByText('各分支同时开始，全部完成后进入下一环节').waitFor();
    expect(await group.locator('.process-branch').count()).toBe(2);
    await step(page, '审查').getByText('佛山市城市管理和综合执法局 · 审查人员').waitFor();
    await step(page, '交通安全审查').getByText('佛山市公安局 · 审查人员').waitFor();
    // Shares of the 5-day promised limit, in working days as the clock gives them.
    await step(page, '审查').getByText('承诺时限的 50%（3 个工作日）').waitFor();
    await step(page, '决定').getByText('佛山市城市管理和综合执法局 · 审批人员').waitFor();
    // Side by side on a desk: the branches share one row.
    const tops = await group
      .locator('.process-branch')
      .evaluateAll((branches) => branches.map((b) => Math.round(b.getBoundingClientRect().top)));
    expect(new Set(tops).size).toBe(1);
    await shot(page, 'process-default-desktop-1280');
  });

  it('puts the server’s field errors next to the text, at their line, and on the step they are about', async () => {
    const text = await editor(page).inputValue();
    expect(text).toContain('"fraction": 0.5');
    await editor(page).fill(text.replace('"fraction": 0.5', '"fraction": 1.5'));
    await page.getByText('预览：尚未保存').waitFor();
    await save(page);

    const problems = page.locator('.process-problems');
    await problems.getByText('steps.1.timeShare.fraction').waitFor();
    await problems.getByText(/过大/).waitFor();
    // The line of the offending value in the text, to jump to.
    const line = text.split('\n').findIndex((l) => l.includes('"fraction": 0.5')) + 1;
    await problems.getByRole('button', { name: new RegExp(`^转到第 ${line} 行`) }).click();
    const selected = await editor(page).evaluate((area) => {
      const a = area as HTMLTextAreaElement;
      return a.value.slice(a.selectionStart, a.selectionEnd);
    });
    expect(selected.trim()).toBe('"fraction": 1.5');
    await step(page, '审查').getByText(/过大/).waitFor();
    await page.getByText('系统默认流程，可修改').waitFor();
    await shot(page, 'process-invalid-desktop-1280');

    // Not even JSON: said before anything is sent, with the place.
    await editor(page).fill(text.replace('"fraction": 0.5', '"fraction": '));
    await problems.getByText(/JSON 格式有误，请检查第 \d+ 行/).waitFor();
    expect(await page.getByRole('button', { name: '保存流程' }).isDisabled()).toBe(true);

    await page.setViewportSize(PHONE);
    await expectNoSidewaysScroll(page);
    await shot(page, 'process-invalid-phone-390');
    await page.setViewportSize(DESKTOP);
  });

  it('saves a valid change of a step’s share, which then fixes the process', async () => {
    await page.getByRole('button', { name: '恢复为当前流程' }).click();
    await expect.poll(() => page.locator('.process-problem').count()).toBe(0);
    const text = await editor(page).inputValue();
    await editor(page).fill(text.replace('"fraction": 0.5', '"fraction": 0.4'));
    await step(page, '审查').getByText('承诺时限的 40%（2 个工作日）').waitFor();
    await save(page);

    await page.getByText('流程已保存').waitFor();
    await page.getByText('流程已确定，不能再修改').waitFor();
    await step(page, '审查').getByText('承诺时限的 40%（2 个工作日）').waitFor();
    await expect.poll(() => editor(page).count()).toBe(0);

    // What the server keeps, read back.
    const stored = await page.request.get(
      `${baseUrl}/api/v1/admin/matters/${FREE.code}/process?channel=online`,
    );
    const body = (await stored.json()) as {
      stored: boolean;
      definition: { steps: { id: string; timeShare: unknown }[] };
    };
    expect(body.stored).toBe(true);
    expect(body.definition.steps.find((s) => s.id === 'review')?.timeShare).toEqual({ fraction: 0.4 });
    await shot(page, 'process-saved-desktop-1280');
  });

  it('turns read-only when the process is fixed while it is being edited (409)', async () => {
    await choose(page.locator('.filter-bar'), '窗口收件');
    await page.waitForURL('**/process?channel=window');
    await page.getByText('系统默认流程，可修改').waitFor();
    const text = await editor(page).inputValue();
    // Someone else sets the window process first.
    const other = await page.request.put(
      `${baseUrl}/api/v1/admin/matters/${FREE.code}/process?channel=window`,
      {
        data: JSON.parse(text),
      },
    );
    expect(other.status()).toBe(200);

    await editor(page).fill(text.replace('"workingDays": 5', '"workingDays": 3'));
    await save(page);
    await page.getByText('该版本已按现有流程受理过申请').waitFor();
    await page.getByText('流程已确定，不能再修改').waitFor();
    await step(page, '窗口受理').getByText('5 个工作日').waitFor();
  });

  it('shows a process that applications already run read-only, with the reason and the way to change it', async () => {
    await page.goto(`${baseUrl}/admin/matters/${USED}/process`);
    await page.getByRole('heading', { level: 1, name: '办理流程' }).waitFor();
    const notice = page.getByRole('status').filter({ hasText: '流程已确定，不能再修改' });
    await notice.getByText('已有申请按此流程办理').waitFor();
    await notice.getByRole('link', { name: '修改事项' }).waitFor();
    await step(page, '网签备案核验').getByText('佛山市住房和城乡建设局 · 审查人员').waitFor();
    await expect.poll(() => editor(page).count()).toBe(0);
    expect(await page.getByRole('button', { name: '保存流程' }).count()).toBe(0);
    await shot(page, 'process-used-desktop-1280');

    await page.setViewportSize(PHONE);
    await expectNoSidewaysScroll(page);
    await shot(page, 'process-used-phone-390');
  });
});
