import type { Page } from 'playwright-core';

export const DEMO_PASSWORD = 'Foshan@2026';

/**
 * Signs in through the login API, as the login page does, and opens `landing`: one page load
 * instead of the login page's and then the next. The login pages themselves are exercised by
 * the portal, apply and workbench tests. The page's context keeps the session cookie.
 */
export async function signInByApi(
  page: Page,
  baseUrl: string,
  body: { identifier: string; totp?: string },
  landing: string,
): Promise<void> {
  const answer = await page.request.post(`${baseUrl}/api/v1/auth/login`, {
    data: { ...body, password: DEMO_PASSWORD },
  });
  if (!answer.ok())
    throw new Error(`sign-in of ${body.identifier}: ${answer.status()} ${await answer.text()}`);
  await page.goto(`${baseUrl}${landing}`);
}
