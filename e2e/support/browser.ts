import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { type Browser, chromium, type Locator, type Page, type ViewportSize } from 'playwright-core';
import { beforeEach, expect, inject, onTestFailed } from 'vitest';
import { chromiumLaunchOptions } from './chromium.js';

export const SCREENSHOT_DIR = path.resolve(import.meta.dirname, '../../test-results/screenshots');

export const PHONE = { width: 390, height: 844 };
export const DESKTOP = { width: 1280, height: 800 };

export function launchBrowser(): Promise<Browser> {
  return chromium.launch(chromiumLaunchOptions(inject('chromiumFeaturesOff')));
}

/**
 * Pages for one test file, handed back by a part of it that is done with one and handed out
 * again signed out and blank, as a new browser context's would be, but with the app's files
 * in the browser's cache. A new context fetches and compiles them all again: 1.5 CPU-seconds
 * of Chromium's for a sign-in and a first page, against 0.8 on a page handed back (measured on
 * the demo), and on a 2-core machine the browser tests are bound by Chromium's CPU.
 */
export function pagePool(browser: () => Browser) {
  const spare: Page[] = [];
  return {
    async open(viewport: ViewportSize): Promise<Page> {
      const page = spare.pop();
      if (!page) return browser().newPage({ viewport, locale: 'zh-CN' });
      await page.setViewportSize(viewport);
      return page;
    },
    /** Takes a page back: off the app (no request of it still running), signed out, nothing stored. */
    async release(page: Page): Promise<void> {
      if (page.url().startsWith('http'))
        await page.evaluate(() => {
          localStorage.clear();
          sessionStorage.clear();
        });
      await page.goto('about:blank');
      await page.context().clearCookies();
      spare.push(page);
    },
  };
}

export type PagePool = ReturnType<typeof pagePool>;

/**
 * A full-page screenshot for people to look at; not in CI, which keeps none of them (about half
 * a second each on a 2-core machine, 109 in a run). Whatever a test waits for before one is
 * waited for all the same.
 */
export async function screenshot(page: Page, name: string): Promise<void> {
  if (process.env.CI) return;
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, `${name}.png`), fullPage: true });
}

/** What a page tells its user went wrong: alerts, messages and the errors under form fields. */
const SAYS = '[role=alert], .ant-message-notice, .ant-notification-notice, .ant-form-item-explain-error';

/**
 * For every test of the surrounding describe: when it fails, a screenshot of the page it was on
 * (outside CI) and, on stderr, that page's address and what it said: CI keeps the log.
 */
export function keepEvidenceOnFailure(prefix: string, page: () => Page | undefined): void {
  beforeEach(({ task }) => {
    onTestFailed(async () => {
      const current = page();
      if (!current) return;
      const name = `${prefix}-failure-${task.name.slice(0, 24).replace(/\W+/g, '-')}`;
      try {
        await screenshot(current, name);
        const said = await current.locator(SAYS).allInnerTexts();
        console.error(
          `${name} at ${current.url()}:\n  ${said.join('\n  ') || '(no alert or field error shown)'}`,
        );
      } catch (error) {
        console.error(`${name}: no evidence taken`, error);
      }
    });
  });
}

/**
 * The page fits its viewport: nothing to scroll sideways on a phone. Polled, because right
 * after a resize the layout may not have settled yet (a single reading failed under load).
 */
export async function expectNoSidewaysScroll(page: Page): Promise<void> {
  await expect
    .poll(() => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth), {
      timeout: 5_000,
    })
    .toBeLessThanOrEqual(0);
}

/**
 * A dialog once it has finished appearing. Antd zooms a dialog in; a click on its button during
 * the zoom was lost on a loaded machine (the dialog stayed open), so confirm only after it.
 */
export async function appeared(dialog: Locator): Promise<Locator> {
  await dialog.waitFor();
  // Polled for longer than the default second: on a loaded machine the zoom itself runs late.
  await expect.poll(() => dialog.getAttribute('class'), { timeout: 10_000 }).not.toMatch(/-(appear|enter)\b/);
  return dialog;
}
