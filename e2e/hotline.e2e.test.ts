import type { Browser, Locator, Page, ViewportSize } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  expectNoSidewaysScroll,
  keepEvidenceOnFailure,
  launchBrowser,
  PHONE,
  pagePool,
  screenshot,
} from './support/browser.js';
import { pickByTyping, pickOption, signInAsPerson } from './support/portal.js';
import { act, choose, openFromMenu, staffDesks } from './support/staff.js';

const baseUrl = inject('baseUrl');
// 噪音扰民 is 生态环境's (FS-ST); the dispatcher first sends it to 城管 (FS-CG) by mistake.
const WRONG_UNIT = '佛山市城市管理和综合执法局';
const RIGHT_UNIT = '佛山市生态环境局';

async function shot(page: Page, name: string) {
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.evaluate(() => document.fonts.ready);
  await screenshot(page, name);
}

/** One of the work order's actions, from its action bar. */
const orderAct = (page: Page, action: string, fill?: (dialog: Locator) => Promise<unknown>) =>
  act(page, action, fill, '.ticket-actions');

/** A figure of the board ("受理量 89") as a number. */
async function figure(board: Page, title: string): Promise<number> {
  const text = await board
    .locator('.figure', { hasText: title })
    .locator('.ant-statistic-content')
    .textContent();
  return Number((text ?? '').replace(/\D/g, ''));
}

describe('a complaint call through the 12345 hotline, returned once, reopened once, closed on the second reply', () => {
  let browser: Browser;
  let ticketNo = '';
  let current: Page | undefined;
  let board: Page;
  let receivedBefore = 0;
  const pages = pagePool(() => browser);
  const as = staffDesks(pages, baseUrl, (page) => {
    current = page;
  });
  /** A member of staff on the order, opened from a queue of their 12345 menu entry, found by its number. */
  const open = async (username: string, menu: string, tab: RegExp, viewport?: ViewportSize) => {
    const page = await as(username, { viewport, at: '/workbench' });
    await page.getByRole('heading', { level: 1 }).waitFor();
    // On a phone the menu is behind its button.
    const nav = page.getByRole('button', { name: '打开导航' });
    if (await nav.isVisible()) await nav.click();
    // The menu's entry: the home page has shortcuts of the same name.
    await page.getByRole('navigation', { name: '工作台导航' }).getByRole('link', { name: menu }).click();
    const queue = page.getByRole('tab', { name: tab });
    await queue.click();
    await expect.poll(() => queue.getAttribute('aria-selected')).toBe('true');
    await page.getByLabel('工单编号', { exact: true }).fill(ticketNo);
    await page.getByRole('button', { name: '查询' }).click();
    await page.getByRole('link', { name: `打开工单 ${ticketNo}` }).click();
    await page.getByRole('heading', { level: 1, name: `工单 ${ticketNo}` }).waitFor();
    return page;
  };
  const status = (page: Page, text: string) =>
    page
      .locator('.ant-tag', { hasText: new RegExp(`^${text}$`) })
      .first()
      .waitFor();

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());
  keepEvidenceOnFailure('hotline', () => current);

  it('opens the live board and the statistics on the seeded orders', async () => {
    board = await as('supervisor');
    await openFromMenu(board, '12345 统计分析');
    await board.getByRole('heading', { level: 1, name: '12345 统计分析' }).waitFor();
    // The seed's 10,000 orders over 90 days: the last 30 days are far from empty.
    await expect.poll(() => figure(board, '受理量')).toBeGreaterThan(1000);
    await board.locator('.chart-card svg').first().waitFor();
    await board.getByText('承办单位超期情况').waitFor();
    await shot(board, 'hotline-dashboard-desktop-1280');

    await openFromMenu(board, '12345 实时看板');
    await board.getByText('实时更新中').waitFor();
    await board.getByText('今日（').waitFor();
    receivedBefore = await figure(board, '受理量');
  });

  it('lets the operator take a complaint call, with duplicates looked up as it is typed', async () => {
    const page = await as('hotline');
    await openFromMenu(page, '12345 接听登记');
    await page.getByRole('heading', { level: 1, name: '12345 接听登记' }).waitFor();
    await page.getByLabel('来电号码').fill('13912345678');
    await page.getByLabel('来电人姓名').fill('梁振邦');
    await pickOption(page, '所在区', '禅城区');
    await page.getByLabel('详细地址').fill('佛山市禅城区祖庙街道季华路 88 号');
    // The point: a click on the map (drawn offline, no tiles) marks it and fills in the numbers.
    const map = page.locator('.point-map[data-ready]');
    await map.locator('canvas').click();
    await map.locator('.maplibregl-marker:not(.point-map-label)').waitFor();
    const lng = Number(await page.getByLabel('经度（东经）').inputValue());
    const lat = Number(await page.getByLabel('纬度（北纬）').inputValue());
    expect(lng).toBeGreaterThan(112.3);
    expect(lng).toBeLessThan(113.5);
    expect(lat).toBeGreaterThan(22.5);
    expect(lat).toBeLessThan(23.6);
    await pickByTyping(page, '诉求分类', '噪音扰民');
    await page
      .getByLabel('诉求内容')
      .fill('季华路 88 号旁工地连续一周凌晨两点打桩施工，噪音很大，严重影响休息，请尽快处理。');
    // The duplicate check has what it needs (a subject and a caller or place) and answers.
    await page
      .locator('.duplicate-panel')
      .getByText(/没有发现疑似重复的工单|同一|地点相近/)
      .first()
      .waitFor();
    await shot(page, 'hotline-call-desktop-1280');
    await page.getByRole('button', { name: '登记并转派' }).click();
    const done = page.getByText(/^已登记工单 FS\d{14}$/);
    await done.waitFor();
    ticketNo = ((await done.textContent()) ?? '').replace('已登记工单 ', '');
    await page.getByText('已进入待派单').waitFor();

    // The console on a phone (the same session): the map takes the width, a click marks the place.
    const phone = await as('hotline', { viewport: PHONE, at: '/workbench/hotline/call' });
    await pickOption(phone, '所在区', '禅城区');
    await phone.locator('.point-map[data-ready] canvas').click();
    await phone.locator('.point-map .maplibregl-marker:not(.point-map-label)').waitFor();
    await expectNoSidewaysScroll(phone);
    await shot(phone, 'hotline-call-phone-390');
    await as.leave('hotline');
  });

  it('shows the new order on the live board without a reload', async () => {
    await board.bringToFront();
    const change = board.locator('.live-change', { hasText: ticketNo });
    await change.getByText('受理', { exact: true }).first().waitFor();
    await change.getByText('新', { exact: true }).waitFor();
    await expect.poll(() => figure(board, '受理量')).toBe(receivedBefore + 1);
    await shot(board, 'hotline-live-desktop-1280');
  });

  it('has the dispatcher send it to a unit, which returns it', async () => {
    const dispatcher = await open('dispatcher', '12345 工单调度', /待派单/);
    // The order's page shows where it is.
    await dispatcher.locator('.point-map[data-ready] .maplibregl-marker:not(.point-map-label)').waitFor();
    await orderAct(dispatcher, '派单', async (dialog) => {
      // The routing rules' suggestion comes first; the dispatcher overrides it.
      await dialog.getByText('派单规则建议承办单位').waitFor();
      await pickByTyping(dispatcher, '承办单位', WRONG_UNIT);
      await dialog.getByLabel('备注').fill('请核实工地夜间施工许可');
    });
    await status(dispatcher, '待签收');

    const cg = await open('handler.cg', '12345 承办工单', /待签收/);
    await orderAct(cg, '退单', (dialog) =>
      dialog.getByLabel('退单理由').fill('建筑施工噪声属生态环境部门职责，不属本单位，请改派。'),
    );
    await cg.getByText('当前没有您可以办理的操作。').waitFor();
    await as.leave('handler.cg');
  });

  it('lets the dispatcher arbitrate the return by reassigning it', async () => {
    const dispatcher = await as('dispatcher');
    await dispatcher.reload();
    await status(dispatcher, '退单待审核');
    await dispatcher.locator('.ticket-actions').getByRole('button', { name: '维持派单' }).waitFor();
    await orderAct(dispatcher, '改派', async (dialog) => {
      await dialog.getByText(`${WRONG_UNIT}退单理由`).waitFor();
      await pickByTyping(dispatcher, '承办单位', RIGHT_UNIT);
    });
    await dispatcher.getByText(`承办：${RIGHT_UNIT}`).first().waitFor();
    await shot(dispatcher, 'hotline-ticket-reassigned-desktop-1280');
  });

  it('has the right unit sign for it and reply, on a phone', async () => {
    const st = await open('handler.st', '12345 承办工单', /待签收/, PHONE);
    await expectNoSidewaysScroll(st);
    await orderAct(st, '签收');
    await orderAct(st, '答复', async (dialog) => {
      await dialog.getByLabel('答复内容').fill('已到现场核查，责令施工单位夜间停止打桩作业。');
      await choose(dialog, '已解决');
    });
    await status(st, '已答复待回访');
    await shot(st, 'hotline-unit-replied-phone-390');
  });

  it('records a dissatisfied follow-up call, which reopens the order', async () => {
    const dispatcher = await open('dispatcher', '12345 工单调度', /待回访/);
    await orderAct(dispatcher, '回访', async (dialog) => {
      await dialog.getByText('已到现场核查').waitFor();
      await choose(dialog, '不满意');
      await dialog.getByLabel('回访记录').fill('来电人反映昨晚仍在施工。');
    });
    await status(dispatcher, '办理中');
    await status(dispatcher, '重办 1 次');
    await dispatcher.getByText('回访结果：不满意，工单重办').waitFor();
  });

  it('closes it after the unit’s second reply and a satisfied call back', async () => {
    const st = await as('handler.st');
    await st.reload();
    await orderAct(st, '答复', async (dialog) => {
      await dialog.getByLabel('答复内容').fill('联合执法查处夜间违规施工，已立案处罚并安排夜间巡查。');
      await choose(dialog, '已解决');
    });

    const dispatcher = await as('dispatcher');
    await dispatcher.reload();
    await orderAct(dispatcher, '回访', (dialog) => choose(dialog, '满意'));
    await status(dispatcher, '已办结');
    await dispatcher.getByText('当前没有您可以办理的操作。').waitFor();
    const history = dispatcher.locator('.ticket-timeline');
    for (const step of ['受理', '派单', '退单', '改派', '签收', '答复', '回访'])
      await history.getByText(step, { exact: true }).first().waitFor();
    expect(await history.getByText('答复', { exact: true }).count()).toBe(2);
    await shot(dispatcher, 'hotline-ticket-closed-desktop-1280');
    await as.leave('handler.st');

    // The board followed every step.
    await board.locator('.live-change', { hasText: ticketNo }).getByText('已办结').first().waitFor();
  });

  it('lets 张三 report a request online on his phone and find it under his requests', async () => {
    const page = await pages.open(PHONE);
    current = page;
    await signInAsPerson(page, baseUrl, '13800138001');
    await page.getByRole('link', { name: /12345 诉求/ }).click();
    await page.getByRole('link', { name: '我要反映' }).click();
    await choose(page.locator('.new-request'), '求助');
    await pickByTyping(page, '诉求属于哪一类', '供水排水');
    await pickOption(page, '所在区', '南海区');
    await page.getByLabel('事发地址').fill('南海区桂城街道南海大道北 1 号');
    await page.getByLabel('具体情况').fill('小区门口路面积水两天未退，行人无法通行。');
    await page.locator('.point-map[data-ready] canvas').click();
    await page.getByText(/^已标出：东经 [\d.]+，北纬 [\d.]+$/).waitFor();
    await shot(page, 'hotline-new-request-phone-390');
    await page.getByRole('button', { name: '下一步：核对' }).click();
    await page.getByRole('heading', { level: 1, name: '请核对您的诉求' }).waitFor();
    await page.getByText('小区门口路面积水两天未退').waitFor();
    await page.getByRole('button', { name: '提交诉求' }).click();
    await page.getByText('您的诉求已提交').waitFor();
    const number = ((await page.locator('.filed-number').textContent()) ?? '').replace(/\D/g, '');
    await page.getByRole('link', { name: '返回我的诉求' }).click();
    await page.getByRole('link', { name: `查看诉求 FS${number}` }).waitFor();
    await expectNoSidewaysScroll(page);
    await shot(page, 'hotline-my-requests-phone-390');
  });
});
