import { signInWithDemoTotp } from '../../server/src/test-support/demo-totp.js';

/** Logs a demo staff member in and returns the session cookie. */
export async function staffCookie(url: string, username: string): Promise<string> {
  const res = await signInWithDemoTotp(
    username,
    (totp) =>
      fetch(`${url}/api/v1/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ identifier: username, password: 'Foshan@2026', totp }),
      }),
    async (res) =>
      res.status === 401 && ((await res.clone().json()) as { code?: string }).code === 'auth.totp_reused',
  );
  const cookie = res.headers.get('set-cookie')?.split(';')[0];
  if (!res.ok || !cookie) throw new Error(`login as ${username} failed: ${res.status}`);
  return cookie;
}

/** Logs a demo person in (张三 unless another mobile is given) and returns the session cookie. */
export async function personCookie(url: string, mobile = '13800138001'): Promise<string> {
  const res = await fetch(`${url}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ identifier: mobile, password: 'Foshan@2026' }),
  });
  const cookie = res.headers.get('set-cookie')?.split(';')[0];
  if (!res.ok || !cookie) throw new Error(`login as ${mobile} failed: ${res.status}`);
  return cookie;
}
