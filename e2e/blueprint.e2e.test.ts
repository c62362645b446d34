import type { Browser, Page } from 'playwright-core';
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
import { pickByTyping } from './support/portal.js';
import { openFromMenu, signInAsStaff } from './support/staff.js';

const baseUrl = inject('baseUrl');
// A forbidden layer of our own, a 2 × 2.2 km square in 禅城: the demo's synthetic layers are
// many and random, this one is where the test knows it is.
const RUN = Date.now().toString(36);
const LAYER = `e2e.redline.${RUN}`;
const LAYER_NAME = `端到端测试生态保护红线 ${RUN}`;
const FEATURE_NAME = '测试红线甲';
const square = (w: number, s: number, e: number, n: number) => [
  [
    [w, s],
    [e, s],
    [e, n],
    [w, n],
    [w, s],
  ],
];
const layerFile = (features: { name: string; coordinates: number[][][] }[]) => ({
  name: 'redline.geojson',
  mimeType: 'application/geo+json',
  buffer: Buffer.from(
    JSON.stringify({
      type: 'FeatureCollection',
      features: features.map(({ name, coordinates }) => ({
        type: 'Feature',
        properties: { name },
        geometry: { type: 'Polygon', coordinates },
      })),
    }),
  ),
});
const REDLINE = square(113.09, 23.01, 113.11, 23.03);
// Its corners cross: the server refuses it, and with it the whole file.
const BOWTIE = [
  [
    [113.0, 23.0],
    [113.01, 23.01],
    [113.01, 23.0],
    [113.0, 23.01],
    [113.0, 23.0],
  ],
];

/** The map once every visible layer's features are loaded and drawn. */
const DRAWN = '[data-mode]:not([data-loading]) > .blueprint-map[data-idle]';

/** A number as the page writes it (1,068,482.5 平方米) */
const figure = (text: string | null) => Number((text ?? '').replace(/[^\d.]/g, ''));

/** The whole page once the map has drawn everything asked of it. */
async function shot(page: Page, name: string) {
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.locator(DRAWN).waitFor();
  await page.evaluate(() => document.fonts.ready);
  await screenshot(page, name);
}

describe('一张蓝图: a forbidden layer imported, a site drawn across it, checked and its conflict shown', () => {
  let browser: Browser;
  const pages = pagePool(() => browser);
  let current: Page | undefined;
  let admin: Page;
  let planner: Page;

  beforeAll(async () => {
    browser = await launchBrowser();
    admin = await pages.open(DESKTOP);
    await signInAsStaff(admin, baseUrl, 'sysadmin');
    planner = await pages.open(DESKTOP);
    await signInAsStaff(planner, baseUrl, 'reviewer.zrzy');
  });

  afterAll(async () => {
    await browser?.close();
  });

  keepEvidenceOnFailure('blueprint', () => current);

  const fillLayerForm = async (code: string) => {
    await admin.getByLabel('图层编码').fill(code);
    await admin.getByLabel('图层名称').fill(LAYER_NAME);
    await admin.getByLabel('英文名称').fill('E2E ecological red line');
    await pickByTyping(admin, '管理部门', '自然资源局');
    await pickByTyping(admin, '要素类别', '生态保护红线');
  };

  it('the administrator imports the layer; a file with a self-crossing feature is refused whole, feature by feature', async () => {
    current = admin;
    await openFromMenu(admin, '图层导入');
    await admin.getByRole('heading', { level: 1, name: '一张蓝图 · 图层导入' }).waitFor();

    await admin.locator('input[type=file]').setInputFiles(
      layerFile([
        { name: FEATURE_NAME, coordinates: REDLINE },
        { name: '自交的面', coordinates: BOWTIE },
      ]),
    );
    await fillLayerForm(`${LAYER}.bad`);
    // The server's answer first: a failure then tells a refused request from one never sent.
    const answer = admin.waitForResponse((r) => r.url().endsWith('/api/v1/blueprint/layers/import'));
    await admin.getByRole('button', { name: '导入图层' }).click();
    expect((await answer).status()).toBe(422);
    const refusal = admin.getByRole('alert').filter({ hasText: '文件未导入：1 个要素不合格' });
    await refusal.waitFor();
    await expect.poll(() => refusal.textContent()).toMatch(/第 2 个要素/);

    // The rule defaults to 禁止建设; the same form with the good file goes in.
    await admin
      .locator('input[type=file]')
      .setInputFiles(layerFile([{ name: FEATURE_NAME, coordinates: REDLINE }]));
    await admin.getByLabel('图层编码').fill(LAYER);
    await admin.getByRole('button', { name: '导入图层' }).click();
    await admin.getByText(`已导入图层“${LAYER_NAME}”：第 1 版，共 1 个要素。`).waitFor();
    const row = admin.getByRole('row', { name: new RegExp(LAYER.replaceAll('.', '\\.')) });
    await expect.poll(() => row.textContent()).toContain('禁止建设');

    await admin.setViewportSize(PHONE);
    await expectNoSidewaysScroll(admin);
    await admin.setViewportSize(DESKTOP);
  });

  it('a planner finds the layer, reads a feature, measures, draws a site across it and sees the conflict with its area', async () => {
    current = planner;
    await openFromMenu(planner, '一张蓝图');
    await planner.getByRole('heading', { level: 1, name: '一张蓝图 · 多规合一' }).waitFor();
    const map = planner.locator('.blueprint-map[data-ready]');
    await map.waitFor();
    const canvas = map.locator('canvas');

    // The layer tree: found by name, zoomed to, its one feature loaded for the view.
    await planner.getByLabel('按名称或部门筛选图层').fill(RUN);
    await planner.getByRole('button', { name: `定位到图层：${LAYER_NAME}` }).click();
    await expect.poll(() => planner.getByRole('checkbox', { name: LAYER_NAME }).isChecked()).toBe(true);
    await planner.getByText('当前视野内 1 个要素').waitFor();
    await planner.locator(DRAWN).waitFor();
    const box = (await canvas.boundingBox())!;
    const at = (fx: number, fy: number) => ({ x: box.width * fx, y: box.height * fy });

    // A click on the layer reads its feature.
    await canvas.click({ position: at(0.3, 0.3) });
    const drawer = planner.getByRole('dialog', { name: FEATURE_NAME });
    await drawer.waitFor();
    await expect.poll(() => drawer.textContent()).toContain(LAYER_NAME);
    await expect.poll(() => drawer.textContent()).toContain('禁止建设');
    await drawer.getByRole('button', { name: /close|关闭/i }).click();
    await drawer.waitFor({ state: 'hidden' });

    // Measuring: two points give a length, a third an area.
    await planner.getByText('测量', { exact: true }).click();
    await canvas.click({ position: at(0.2, 0.2) });
    await canvas.click({ position: at(0.6, 0.2) });
    const readout = planner.locator('.blueprint-readout');
    await expect.poll(() => readout.textContent()).toMatch(/^长度 [\d,.]+ (米|公里)$/);
    await canvas.click({ position: at(0.6, 0.6) });
    await expect
      .poll(() => readout.textContent())
      .toMatch(/^长度 [\d,.]+ (米|公里) · 面积 [\d,.]+ 平方(米|公里)$/);
    await planner.getByRole('button', { name: '清除' }).click();

    // The site: three corners clicked, the fourth double-clicked, which also closes it. It
    // crosses the layer's eastern edge.
    await planner.getByText('绘制用地', { exact: true }).click();
    await canvas.click({ position: at(0.5, 0.45) });
    await canvas.click({ position: at(0.95, 0.45) });
    await canvas.click({ position: at(0.95, 0.85) });
    await canvas.dblclick({ position: at(0.5, 0.85) });
    await expect.poll(() => readout.textContent()).toMatch(/^已有 4 个拐点 · 用地面积/);

    // A corner dragged a little further out: the site grows.
    const before = figure((await readout.textContent())!.split('用地面积')[1]!);
    const corner = { x: box.x + box.width * 0.95, y: box.y + box.height * 0.85 };
    await planner.mouse.move(corner.x, corner.y);
    await planner.mouse.down();
    await planner.mouse.move(corner.x - 10, corner.y + 20, { steps: 5 });
    await planner.mouse.up();
    await expect
      .poll(async () => figure((await readout.textContent())!.split('用地面积')[1]!))
      .toBeGreaterThan(before);

    await planner.getByRole('tab', { name: '规划检测' }).click();
    await pickByTyping(planner, '拟用地性质', 'M1');
    await planner.getByLabel('容积率').fill('2.5');
    await planner.getByLabel('建筑高度').fill('60');
    await planner.getByRole('button', { name: '开始规划检测' }).click();

    const result = planner.locator('.blueprint-result');
    await result.getByText('存在冲突：用地与禁止建设的管控要求冲突').waitFor();
    const layerRow = result.getByRole('row').filter({ hasText: LAYER_NAME });
    await expect.poll(() => layerRow.textContent()).toMatch(/禁止建设.*[\d,.]+ 平方米[\d.]+%冲突/);
    const overlapM2 = figure(await layerRow.locator('td').nth(3).locator('div').textContent());
    const siteM2 = figure(
      await result
        .locator('.ant-descriptions-item', { hasText: '用地面积' })
        .locator('.ant-descriptions-item-content')
        .textContent(),
    );
    // Part of the site lies east of the layer: the overlap is some, not all of it.
    expect(overlapM2).toBeGreaterThan(0);
    expect(overlapM2).toBeLessThan(siteM2);
    // The map's own area of the site (before the check) and the server's agree.
    const drawn = await planner.getByText(/^已确定用地，面积约/).textContent();
    expect(Math.abs(figure(drawn) - siteM2)).toBeLessThan(1);
    await layerRow
      .locator('xpath=following-sibling::tr[1]')
      .getByRole('cell', { name: FEATURE_NAME, exact: true })
      .waitFor();

    // The report is a PDF.
    const href = await result.getByRole('link', { name: '下载检测报告（PDF）' }).getAttribute('href');
    const report = await planner.request.get(`${baseUrl}${href}`);
    expect(report.headers()['content-type']).toContain('application/pdf');
    expect((await report.body()).subarray(0, 5).toString()).toBe('%PDF-');

    await shot(planner, 'blueprint-desktop');
    await planner.setViewportSize(PHONE);
    await expectNoSidewaysScroll(planner);
    await result.getByText('存在冲突').first().waitFor();
    await shot(planner, 'blueprint-phone');
    await pages.release(planner);
  });

  it('conflicting plans: the administrator scans the layers, the head of 自然资源局 answers a case and decides it', async () => {
    current = admin;
    await admin.goto(`${baseUrl}/workbench`);
    await openFromMenu(admin, '冲突协调');
    await admin.getByRole('button', { name: '批量冲突检测' }).click();
    await admin.getByText(/^已检查 \d+ 对要素，发现冲突 \d+ 处，新立案 \d+ 件。$/).waitFor();

    // A red line inside the development boundary: both layers are 自然资源局's, so its head
    // answers for every department involved and may then decide.
    const head = await pages.open(DESKTOP);
    current = head;
    await signInAsStaff(head, baseUrl, 'head.zrzy');
    await openFromMenu(head, '冲突协调');
    await head.getByRole('link', { name: '生态保护红线 × 城镇开发边界' }).first().click();
    await head.getByRole('heading', { level: 1, name: /生态保护红线 × 城镇开发边界/ }).waitFor();
    await head.locator(DRAWN).waitFor();
    const opinion = '红线划定在先，城镇开发边界应退出该范围。';
    await head.getByLabel('本部门意见').fill(opinion);
    await head.getByRole('button', { name: '提交意见' }).click();
    await head.getByText(opinion).waitFor();

    await head.getByLabel('保留图层甲，修正图层乙').check();
    await head.getByLabel('协调结论').fill('保留生态保护红线，城镇开发边界在下一版中调出重叠部分。');
    await head.getByRole('button', { name: '作出决定' }).click();
    await head.getByRole('heading', { level: 1, name: /已办结/ }).waitFor();
    await head.getByText('保留生态保护红线，城镇开发边界在下一版中调出重叠部分。').waitFor();
    await head.setViewportSize(PHONE);
    await expectNoSidewaysScroll(head);
  });
});
