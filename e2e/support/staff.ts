import type { Locator, Page, ViewportSize } from 'playwright-core';
import { expect } from 'vitest';
import { nextDemoTotp } from '../../server/src/test-support/demo-totp.js';
import { appeared, DESKTOP, type PagePool } from './browser.js';
import { DEMO_PASSWORD, signInByApi } from './session.js';

/** Signs a demo staff member in through the login page, with a TOTP code not used yet. */
export async function signInAsStaffOnLoginPage(page: Page, baseUrl: string, username: string): Promise<void> {
  await page.goto(`${baseUrl}/login`);
  await page.getByRole('tab', { name: '工作人员登录' }).click();
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码').fill(DEMO_PASSWORD);
  await page.getByLabel('动态口令').fill(await nextDemoTotp(username));
  await page.getByRole('button', { name: '登录', exact: true }).click();
  await page.waitForURL('**/workbench');
}

/** Signs a demo staff member in (by the API, with a TOTP code not used yet) and opens `landing`. */
export const signInAsStaff = async (page: Page, baseUrl: string, username: string, landing = '/workbench') =>
  signInByApi(page, baseUrl, { identifier: username, totp: await nextDemoTotp(username) }, landing);

/** Where `as` puts a member of staff: at this width, and (optionally) on this page of the app. */
export interface Desk {
  viewport?: ViewportSize;
  at?: string;
}

/**
 * One signed-in page per member of staff for a whole test file (logins are rate limited): `as`
 * signs them in on first use and hands back their page afterwards, resized, and opened at `at`
 * when given. A first use with `at` lands there straight from the sign-in: one page load, not
 * the workbench's and then that page's. `opened` is told of every page handed out (the page a
 * failure's evidence is taken from). `as.leave` signs a member of staff out for good and gives
 * their page back to `pages`, for whoever comes next.
 */
export function staffDesks(pages: PagePool, baseUrl: string, opened: (page: Page) => void) {
  const desks = new Map<string, Page>();
  const as = async (username: string, { viewport = DESKTOP, at }: Desk = {}): Promise<Page> => {
    let page = desks.get(username);
    if (!page) {
      page = await pages.open(viewport);
      await signInAsStaff(page, baseUrl, username, at);
      desks.set(username, page);
    } else {
      await page.setViewportSize(viewport);
      if (at) await page.goto(`${baseUrl}${at}`);
    }
    opened(page);
    return page;
  };
  const leave = async (username: string): Promise<void> => {
    const page = desks.get(username);
    if (!page) throw new Error(`${username} has no desk to leave`);
    desks.delete(username);
    await pages.release(page);
  };
  return Object.assign(as, { leave });
}

/** Opens a workbench area from the menu (the home page's shortcuts bear the same names). */
export async function openFromMenu(page: Page, name: string): Promise<void> {
  await page.getByRole('navigation', { name: '工作台导航' }).getByRole('link', { name }).click();
}

/** Picks a radio choice in a dialog and checks that it took. */
export async function choose(dialog: Locator, option: string): Promise<void> {
  const label = dialog.locator('label', { hasText: new RegExp(`^${option}$`) });
  const radio = dialog.getByRole('radio', { name: option, exact: true });
  await label.click();
  // The poll's default second is too short for React to answer a click on a loaded machine. A
  // click can also be lost (once in CI, the choice stayed unpicked for ten seconds): a choice not
  // taken is clicked again, which cannot undo one that was.
  await expect
    .poll(
      async () => {
        if (await radio.isChecked()) return true;
        await label.click();
        return radio.isChecked();
      },
      { timeout: 10_000, interval: 1_000 },
    )
    .toBe(true);
}

/**
 * Presses an action of an action bar (a case's by default; a work order's, a stage filing's),
 * fills its dialog and confirms; waits for the server's yes ("已办理：…"). A refusal shown in the
 * dialog fails at once with its words, not after a timeout that says nothing.
 */
export async function act(
  page: Page,
  action: string,
  fill: (dialog: Locator) => Promise<unknown> = async () => {},
  bar = '.case-actions',
): Promise<void> {
  await page.locator(bar).getByRole('button', { name: action, exact: true }).first().click();
  // Filled once it has zoomed in: a click during the zoom can be lost.
  const dialog = await appeared(page.getByRole('dialog', { name: action }));
  await fill(dialog);
  await dialog.getByRole('button', { name: `确认${action}` }).click();
  const yes = page.getByText(`已办理：${action}`).first();
  const refusal = dialog.locator('.ant-alert-error');
  await yes.or(refusal).first().waitFor();
  if (await refusal.isVisible())
    throw new Error(`${action}: ${((await refusal.textContent()) ?? '').replace(/\s+/g, ' ')}`);
  await dialog.waitFor({ state: 'detached' });
}

/** Today's business date in Foshan (UTC+8), whatever the machine's clock zone: what the server counts by. */
export const todayInFoshan = (): string => new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);

/** Types a date into an antd DatePicker found by its label. */
export async function fillDate(scope: Locator, label: string, date: string): Promise<void> {
  const input = scope.getByLabel(label, { exact: true });
  await input.click();
  await input.fill(date);
  await input.press('Enter');
}
