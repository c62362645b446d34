import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { type Browser, chromium, type Locator, type Page } from 'playwright-core';
import { beforeEach, expect, onTestFailed } from 'vitest';

export const SCREENSHOT_DIR = path.resolve(import.meta.dirname, '../../test-results/screenshots');

export const PHONE = { width: 390, height: 844 };
export const DESKTOP = { width: 1280, height: 800 };

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

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
  await expect.poll(() => dialog.getAttribute('class')).not.toMatch(/-(appear|enter)\b/);
  return dialog;
}
