import { randomUUID } from 'node:crypto';
import { publishMatter, testGuide } from '../../server/src/test-support/matters.js';
import { login, type TestApp } from '../../server/src/test-support/test-app.js';

/** A matter with a short form (社保 department): what is tested is the write path. */
export const SHORT_MATTER = '440600-RS-9911';

const guide = testGuide({
  name: '可靠性测试事项（社保卡补领）',
  department: 'FS-RS',
  themes: ['social_security'],
  form: [
    { name: 'applicantName', label: '申请人姓名', kind: 'text', required: true },
    { name: 'idNumber', label: '身份证号', kind: 'idNumber', required: true },
  ],
});

export interface Submitter {
  /** 张三's session cookie: sessions live in the database, so it survives restarts. */
  cookie: string;
  body: string;
}

/** Publishes the short matter and logs 张三 in, through the in-process app. */
export async function submitterFor(t: TestApp): Promise<Submitter> {
  const versionId = await publishMatter(t, SHORT_MATTER, guide);
  return {
    cookie: await login(t.app, '13800138001'),
    body: JSON.stringify({
      matterCode: SHORT_MATTER,
      versionId,
      formData: { applicantName: '张三', idNumber: '44060419900101123X' },
      declaration: true,
      materials: [],
    }),
  };
}

/** One submission over HTTP: the number when acknowledged (201 with its body read), else why not. */
export async function submit(
  url: string,
  who: Submitter,
  key: string,
): Promise<{ no?: string; status?: number; failure?: string }> {
  try {
    const res = await fetch(`${url}/api/v1/applications`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: who.cookie, 'idempotency-key': key },
      body: who.body,
      // An answer that never comes is no acknowledgement either.
      signal: AbortSignal.timeout(30_000),
    });
    const text = await res.text();
    if (res.status !== 201) return { status: res.status, failure: text };
    return { status: 201, no: (JSON.parse(text) as { applicationNo: string }).applicationNo };
  } catch (err) {
    // Refused, reset, or the answer cut off half-way: the client never learnt a number.
    return { failure: String((err as Error).cause ?? err) };
  }
}

export interface Attempt {
  key: string;
  no?: string;
  status?: number;
  failure?: string;
}

/**
 * `clients` concurrent clients submitting new applications (a fresh Idempotency-Key each) until
 * stopped or until their connection fails (the server died). Every attempt is recorded.
 */
export function submissionLoad(url: string, who: Submitter, clients: number) {
  const attempts: Attempt[] = [];
  let stopped = false;
  const client = async () => {
    while (!stopped) {
      const attempt: Attempt = { key: randomUUID() };
      attempts.push(attempt);
      Object.assign(attempt, await submit(url, who, attempt.key));
      if (attempt.status === undefined) return;
    }
  };
  const running = Promise.all(Array.from({ length: clients }, client));
  return {
    attempts,
    acknowledged: () => attempts.filter((a) => a.no).length,
    /** Waits until the clients have ended (after `stop`, or once the server is gone). */
    async stop() {
      stopped = true;
      await running;
    },
  };
}
