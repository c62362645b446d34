import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DECISION_OUTCOMES,
  NOTIFICATION_KINDS,
  type NotificationParams,
  notificationRequestSchema,
  REQUIRED_PARAMS,
  RESULT_CHANNELS,
} from './kinds.js';
import { renderNotification } from './templates/render.js';

const words = fc.string({
  unit: fc.constantFrom(...'佛山市社会保障卡补领材料复印件不清晰0123456789ABCxyz'),
  minLength: 1,
  maxLength: 30,
});
const isoDate = fc
  .date({ min: new Date('2020-01-01T00:00:00Z'), max: new Date('2035-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const fullParams = fc.record(
  {
    applicationNo: fc.stringMatching(/^\d{22}[\dX]$/),
    matterName: words,
    reason: words,
    dueOn: isoDate,
    outcome: fc.constantFrom(...DECISION_OUTCOMES),
    channel: fc.constantFrom(...RESULT_CHANNELS),
    trackingNo: fc.stringMatching(/^[A-Z]{2}\d{10}$/),
    department: words,
    licenseNo: fc.stringMatching(/^[A-Z]{2}440600\d{10}[0-9A-Z]$/),
    licenseType: words,
  },
  {
    requiredKeys: [
      'applicationNo',
      'matterName',
      'reason',
      'dueOn',
      'outcome',
      'channel',
      'licenseNo',
      'licenseType',
    ],
  },
);
const kind = fc.constantFrom(...NOTIFICATION_KINDS);
const locale = fc.constantFrom('zh-CN' as const, 'en-US' as const);
const accountId = '5d3c4f0e-2f43-4c8e-9a57-5b1e0c1f2a10';

describe('notification texts', () => {
  it('name the application (or the licence) and leave no gap, on every channel and in both languages', () => {
    fc.assert(
      fc.property(kind, locale, fullParams, fc.option(fc.webUrl(), { nil: null }), (k, l, params, url) => {
        const out = renderNotification(l, k, params as NotificationParams, url);
        expect(out.title.length).toBeGreaterThan(0);
        for (const named of k.startsWith('license.')
          ? [params.licenseNo, params.licenseType]
          : [params.applicationNo, params.matterName])
          expect(out.text).toContain(named);
        const mailText = url ? out.email.text.replace(url, '') : out.email.text;
        for (const text of [out.title, out.text, out.sms, out.email.subject, mailText])
          expect(text).not.toMatch(/undefined|null|\{|\$/);
        expect(out.sms.startsWith(l === 'zh-CN' ? '【佛山一网通办】' : '[Foshan OneWindow] ')).toBe(true);
        expect(out.email.subject).toContain(out.title);
        expect(out.email.text).toContain(out.text);
        if (url) expect(out.email.text).toContain(url);
      }),
    );
  });

  it('write the reason where one is required', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...NOTIFICATION_KINDS.filter((k) => REQUIRED_PARAMS[k].includes('reason'))),
        locale,
        fullParams,
        (k, l, params) => {
          expect(renderNotification(l, k, params as NotificationParams, null).text).toContain(params.reason);
        },
      ),
    );
  });

  it('tell a licence’s holder what happened to it and why, in their language', () => {
    const params = {
      licenseNo: 'JY4406002026000017K',
      licenseType: '食品经营许可证',
      department: '佛山市市场监督管理局',
    };
    expect(
      renderNotification('zh-CN', 'license.suspended', { ...params, reason: '停业整顿' }, null).sms,
    ).toBe(
      '【佛山一网通办】您的电子证照“食品经营许可证”（证照编号JY4406002026000017K）已被佛山市市场监督管理局暂停使用，原因：停业整顿。暂停期间不能用于办事和出示。',
    );
    expect(renderNotification('en-US', 'license.revoked', { ...params, reason: 'closed' }, null).text).toBe(
      'Your electronic licence “食品经营许可证” (no. JY4406002026000017K) has been revoked by 佛山市市场监督管理局. Reason: closed. It is no longer valid.',
    );
    expect(
      renderNotification('zh-CN', 'license.expiring', { ...params, dueOn: '2031-11-25' }, null).text,
    ).toContain('将于2031年11月25日到期');
  });

  it('write business dates without shifting them a day', () => {
    const params = {
      applicationNo: '44060020261201000000018',
      matterName: '社会保障卡补领',
      dueOn: '2026-01-01',
    };
    for (const [l, expected] of [
      ['zh-CN', '2026年1月1日前'],
      ['en-US', 'by January 1, 2026'],
    ] as const)
      expect(renderNotification(l, 'application.materials_due', params, null).text).toContain(expected);
  });
});

describe('notification requests', () => {
  it('are accepted with the parameters their kind needs, and refused without any one of them', () => {
    fc.assert(
      fc.property(kind, fullParams, (k, params) => {
        const needed = Object.fromEntries(REQUIRED_PARAMS[k].map((p) => [p, params[p]!]));
        expect(notificationRequestSchema.safeParse({ accountId, kind: k, params: needed }).success).toBe(
          true,
        );
        for (const name of REQUIRED_PARAMS[k]) {
          const { [name]: _, ...without } = needed;
          const result = notificationRequestSchema.safeParse({ accountId, kind: k, params: without });
          expect(result.success).toBe(false);
          expect(result.error!.issues.map((i) => i.path.join('.'))).toContain(`params.${name}`);
        }
      }),
    );
  });

  it('refuse unknown or malformed parameters', () => {
    const base = {
      accountId,
      kind: 'application.accepted',
      params: { applicationNo: '1', matterName: '事项' },
    };
    expect(notificationRequestSchema.safeParse(base).success).toBe(true);
    for (const extra of [{ idNumber: '44060419900101123X' }, { dueOn: '2026-13-01' }, { outcome: 'maybe' }]) {
      expect(
        notificationRequestSchema.safeParse({ ...base, params: { ...base.params, ...extra } }).success,
      ).toBe(false);
    }
  });

  it('link only inside the web app', () => {
    fc.assert(
      fc.property(fc.webUrl(), (url) => {
        const parsed = notificationRequestSchema.safeParse({
          accountId,
          kind: 'application.submitted',
          params: { applicationNo: '1', matterName: '事项' },
          link: url,
        });
        expect(parsed.success).toBe(false);
      }),
    );
    for (const [link, ok] of [
      ['/my/applications/44060020261201000000018', true],
      ['//evil.example.com/x', false],
      ['/my applications', false],
    ] as const) {
      const parsed = notificationRequestSchema.safeParse({
        accountId,
        kind: 'application.submitted',
        params: { applicationNo: '1', matterName: '事项' },
        link,
      });
      expect(parsed.success).toBe(ok);
    }
  });
});
