import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { staffCookie } from '../bench/support/staff.js';
import { hotlineFixture } from '../server/src/modules/hotline/hotline.fixture.js';
import { expectProblem } from './support/problems.js';
import { SCALE } from './support/scale.js';
import { type ServerProcess, serverOn } from './support/servers.js';
import { prepareStore, type Store } from './support/store.js';
import { submitterFor } from './support/submissions.js';

interface CaseAction {
  type: string;
  expectedRevision: number;
  choices?: string[];
}

const json = async (res: Response) => ({
  status: res.status,
  type: res.headers.get('content-type'),
  body: await res.json(),
});

/** Two requests sent to two processes at the same moment. */
const race = <T>(a: () => Promise<T>, b: () => Promise<T>) => Promise.all([a(), b()]);

// Several processes are the PostgreSQL topology (README, "Running on PostgreSQL, scaled out").
describe('two server processes on one PostgreSQL database', () => {
  let store: Store;
  let servers: ServerProcess[] = [];
  let fixture: { applications: string[]; tickets: string[]; unitIds: string[] };

  beforeAll(async () => {
    ({ store, value: fixture } = await prepareStore('postgres', async (t) => {
      const who = await submitterFor(t);
      const applications: string[] = [];
      for (let i = 0; i < SCALE.races; i++) {
        const res = await t.app.inject({
          method: 'POST',
          url: '/api/v1/applications',
          headers: {
            'content-type': 'application/json',
            cookie: who.cookie,
            'idempotency-key': randomUUID(),
          },
          payload: who.body,
        });
        applications.push(res.json().applicationNo);
      }
      const hotline = await hotlineFixture(t);
      const tickets: string[] = [];
      for (let i = 0; i < SCALE.races; i++) tickets.push((await hotline.take()).ticketNo);
      return { applications, tickets, unitIds: [hotline.unit('FS-ST'), hotline.unit('FS-CG')] };
    }));
    servers = await Promise.all([serverOn(store), serverOn(store)]);
  });
  afterAll(async () => {
    for (const s of servers) await s.stop();
    await store?.drop();
  });

  it('lets exactly one of two decisions on the same task win; the other gets 409 problem+json; both pools show it at once', async () => {
    const [one, two] = servers as [ServerProcess, ServerProcess];
    const cookies = await Promise.all(servers.map((s) => staffCookie(s.url, 'reviewer.rs')));
    // The case's tasks in each process's pool: each keeps its pages while nothing on them changes.
    const pools = (no: string) =>
      Promise.all(
        servers.map(async (s, i) => {
          const res = await fetch(`${s.url}/api/v1/workbench/tasks?scope=pool&q=${no}`, {
            headers: { cookie: cookies[i]! },
          });
          return ((await res.json()) as { items: { kind: string }[] }).items.map((item) => item.kind);
        }),
      );
    for (const no of fixture.applications) {
      expect(await pools(no)).toEqual([['pre_review'], ['pre_review']]);
      expect(await pools(no)).toEqual([['pre_review'], ['pre_review']]);
      const view = (await (
        await fetch(`${one.url}/api/v1/workbench/cases/${no}`, { headers: { cookie: cookies[0]! } })
      ).json()) as { actions: CaseAction[] };
      const { choices: _choices, ...accept } = view.actions.find((a) => a.type === 'accept')!;
      const send = (server: ServerProcess, cookie: string) => () =>
        fetch(`${server.url}/api/v1/workbench/cases/${no}/commands`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', cookie },
          body: JSON.stringify({ ...accept, note: `${server.url} 受理` }),
        }).then(json);
      const answers = await race(send(one, cookies[0]!), send(two, cookies[1]!));
      expect(answers.map((a) => a.status).sort()).toEqual([200, 409]);
      expectProblem(answers.find((a) => a.status === 409)!, 409);
      const after = (await (
        await fetch(`${two.url}/api/v1/workbench/cases/${no}`, { headers: { cookie: cookies[1]! } })
      ).json()) as { status: string; timeline: { type: string }[] };
      expect(after.status).toBe('accepted');
      expect(after.timeline.filter((e) => e.type === 'accept')).toHaveLength(1);
      for (const kinds of await pools(no)) expect(kinds).not.toContain('pre_review');
    }
  });

  it('dispatches no 12345 work order twice', async () => {
    const [one, two] = servers as [ServerProcess, ServerProcess];
    const cookies = await Promise.all([staffCookie(one.url, 'dispatcher'), staffCookie(two.url, 'hotline')]);
    for (const ticketNo of fixture.tickets) {
      const { revision } = (await (
        await fetch(`${one.url}/api/v1/hotline/tickets/${ticketNo}`, { headers: { cookie: cookies[0]! } })
      ).json()) as { revision: number };
      const send = (server: ServerProcess, cookie: string, unit: string) => () =>
        fetch(`${server.url}/api/v1/hotline/tickets/${ticketNo}/commands`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', cookie },
          body: JSON.stringify({ type: 'dispatch', expectedRevision: revision, leadUnitId: unit }),
        }).then(json);
      const answers = await race(
        send(one, cookies[0]!, fixture.unitIds[0]!),
        send(two, cookies[1]!, fixture.unitIds[1]!),
      );
      expect(answers.map((a) => a.status).sort()).toEqual([200, 409]);
      expectProblem(answers.find((a) => a.status === 409)!, 409);
      const winner = answers.find((a) => a.status === 200)!.body as { leadUnit: unknown };
      const after = (await (
        await fetch(`${two.url}/api/v1/hotline/tickets/${ticketNo}`, { headers: { cookie: cookies[1]! } })
      ).json()) as { leadUnit: unknown; revision: number; timeline: { kind: string }[] };
      expect(after).toMatchObject({ leadUnit: winner.leadUnit, revision: revision + 1 });
      expect(after.timeline.filter((e) => e.kind === 'dispatch')).toHaveLength(1);
    }
  });
});
