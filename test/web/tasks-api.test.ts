/**
 * The task board's API (src/server/workspace/tasks-api.ts) and user management, through
 * app.inject on the seeded workspace (test/support/workspace-seed.ts): one task per callback
 * (004 第五十条), filters, search, sort and paging, no task for a customer who opted out,
 * anonymous complainants' tasks for supervisors only, the number for the assignee only,
 * click-to-call refusals without Twilio; users: duplicate names, phones, password reset and
 * role change, audited.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordTurn } from '../../src/results/record.js';
import { createTask } from '../../src/results/tasks.js';
import { buildApp, type AppDeps } from '../../src/server/app.js';
import { SURFACES } from '../../src/server/surfaces.js';
import { workspacePlugin, workspaceSurface } from '../../src/server/workspace/index.js';
import { openStore, type Store } from '../../src/store/index.js';
import { appDeps } from '../support/app.js';
import { fakeClock } from '../support/clock.js';
import { seedCallback } from '../support/seed.js';
import { PASSWORDS, seedWorkspace, type Seeded } from '../support/workspace-seed.js';

const clock = fakeClock('2025-01-15T02:00:00Z');
let dir: string;
let store: Store;
let app: FastifyInstance;
let deps: AppDeps;
let seeded: Seeded;

function cookiesOf(res: { headers: Record<string, unknown> }): string {
  const set = res.headers['set-cookie'];
  const list = Array.isArray(set) ? set : set ? [String(set)] : [];
  return list.map((c) => String(c).split(';')[0]).join('; ');
}
interface Session {
  cookie: string;
  csrf: string;
}
async function signIn(username: string, password: string): Promise<Session> {
  const r = await app.inject({ method: 'POST', url: '/api/session', payload: { username, password } });
  expect(r.statusCode).toBe(200);
  return { cookie: cookiesOf(r), csrf: r.json().csrfToken };
}
const as = (s: Session, method: string, url: string, payload?: unknown) =>
  app.inject({ method: method as 'GET', url, headers: { cookie: s.cookie, 'x-csrf-token': s.csrf }, ...(payload !== undefined ? { payload: payload as object } : {}) });

interface TaskItem {
  id: string;
  workOrder: string;
  reason: string;
  reasons: string[];
  reasonLabels: string[];
  status: string;
  assignee: string | null;
  dueAt: string | null;
  overdue: boolean;
  anonymous: boolean;
  phone: string | null;
  customerName: string | null;
  customerWords: string | null;
  tenantId: string;
  canCall?: boolean;
  canReveal?: boolean;
}

/** 24 more telecom tasks (install, dissatisfied), due one hour apart, numbers ending 1000…1023. */
const EXTRA = 24;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'hf-tasks-'));
  store = await openStore({ dataDir: 'memory://', now: clock.now });
  deps = appDeps(store, { env: { HUIFANG_DATA_DIR: dir }, now: clock.now });
  seeded = await seedWorkspace(store, dir);
  for (let i = 0; i < EXTRA; i++) {
    const { callback } = await seedCallback(store, { tenantId: 'telecom', phone: `+861380000${1000 + i}`, name: `客户${i}` });
    await createTask(store, { callbackId: callback.id, reason: 'dissatisfied', dueAt: new Date(clock.now().getTime() + (i + 1) * 3_600_000), createdBy: 'zhang' });
  }
  const surfaces = SURFACES.map((s) => (s === workspacePlugin ? workspaceSurface({ alertIntervalMs: 0 }) : s));
  app = await buildApp(deps, { logLevel: 'silent', surfaces });
  await app.ready();
}, 120_000);

afterAll(async () => {
  await app?.close();
  await store?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('one task per callback (004 第五十条)', () => {
  it('merges a second reason into the open task, most serious first, keeping every escalation for the record', async () => {
    const admin = await signIn('admin', PASSWORDS.admin);
    const items = (await as(admin, 'GET', '/api/tasks')).json().items as TaskItem[];
    const repair = items.filter((t) => t.workOrder === 'GZ-2025-0117');
    expect(repair).toHaveLength(1);
    expect(repair[0]!.reasons).toEqual(['misconduct', 'not_fixed']);
    expect(repair[0]!.reasonLabels).toEqual(['反映工作人员违规', '故障未修复']);
    expect(repair[0]!.customerWords).toContain('红包');
    // Both escalations stay (the reports count them); one of them is merged into the task.
    const rows = await store.results.escalations(seeded.repairCall);
    expect(rows).toHaveLength(2);
    expect(rows.filter((r) => r.mergedInto === repair[0]!.id)).toHaveLength(1);
    // A third reason, from a later turn, joins too, and the task keeps the earlier deadline.
    const before = repair[0]!.dueAt;
    await createTask(store, { callbackId: seeded.repairCall, reason: 'dissatisfied', dueAt: new Date(clock.now().getTime() + 30 * 86_400_000) });
    const after = ((await as(admin, 'GET', '/api/tasks?q=GZ-2025-0117')).json().items as TaskItem[]);
    expect(after).toHaveLength(1);
    expect(after[0]!.reasons).toEqual(['misconduct', 'not_fixed', 'dissatisfied']);
    expect(after[0]!.dueAt).toBe(before);
    // Resolving the task closes the merged escalations with it.
    const done = await as(admin, 'PATCH', `/api/tasks/${after[0]!.id}`, { status: 'resolved', resolution: '已退还红包，重新上门修复' });
    expect(done.statusCode).toBe(200);
    expect((await store.results.escalations(seeded.repairCall)).every((e) => e.status === 'resolved')).toBe(true);
    await as(admin, 'PATCH', `/api/tasks/${after[0]!.id}`, { status: 'open' });
  });

  it('opens no task for a customer who asked not to be contacted', async () => {
    const { callback } = await seedCallback(store, { tenantId: 'telecom', phone: '+8613800009999' });
    const { attempt } = await store.callbacks.startAttempt({ callbackId: callback.id, channel: 'voice', providerId: 'CA-optout' });
    // Dissatisfied, then "别再打了" in the same turn: the escalation is kept, no task opens.
    await recordTurn(store, {
      callbackId: callback.id, attemptId: attempt.id, expectedVersion: 0, session: {},
      effects: [
        { type: 'escalate', reason: 'dissatisfied', stepId: 'satisfaction' },
        { type: 'opt_out', stepId: 'satisfaction' },
        { type: 'end', outcome: 'opted_out', stepId: 'satisfaction' },
      ],
    });
    const rows = await store.results.escalations(callback.id);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ noTaskReason: 'do_not_contact', status: 'unreachable' });
    const admin = await signIn('admin', PASSWORDS.admin);
    const mine = (await as(admin, 'GET', '/api/tasks?q=9999')).json().items as TaskItem[];
    expect(mine).toHaveLength(0);
    // A supervisor cannot open one by hand either: a clear code, nothing stored.
    const byHand = await as(admin, 'POST', `/api/calls/${callback.id}/tasks`, { reason: 'dissatisfied' });
    expect(byHand.statusCode).toBe(409);
    expect(byHand.json().error.code).toBe('HF_NO_CONTACT');
    expect(await store.results.escalations(callback.id)).toHaveLength(1);
  });
});

describe('GET /api/tasks: filters, search, sort, paging', () => {
  it('returns every matching task without page, and {items, total} with page', async () => {
    const zhang = await signIn('zhang', PASSWORDS.zhang);
    const all = (await as(zhang, 'GET', '/api/tasks')).json();
    expect(all.total).toBeUndefined();
    const telecomCount = all.items.length as number;
    // Open: the repair task (merged), the install task and the extra ones; the history has a resolved one.
    expect(all.items.filter((t: TaskItem) => t.status === 'open' || t.status === 'in_progress')).toHaveLength(EXTRA + 2);
    expect(all.items.every((t: TaskItem) => t.tenantId === 'telecom')).toBe(true);
    const p1 = (await as(zhang, 'GET', '/api/tasks?page=1&pageSize=10')).json();
    const p3 = (await as(zhang, 'GET', '/api/tasks?page=3&pageSize=10')).json();
    expect(p1).toMatchObject({ total: telecomCount, page: 1, pageSize: 10 });
    expect(p1.items).toHaveLength(10);
    expect(p3.items).toHaveLength(telecomCount - 20);
    // Pages follow the list's order, without overlap.
    const ids = [...p1.items, ...(await as(zhang, 'GET', '/api/tasks?page=2&pageSize=10')).json().items, ...p3.items].map((t: TaskItem) => t.id);
    expect(ids).toEqual(all.items.map((t: TaskItem) => t.id));
    expect((await as(zhang, 'GET', '/api/tasks?page=0')).statusCode).toBe(400);
    expect((await as(zhang, 'GET', '/api/tasks?page=1&pageSize=1000')).statusCode).toBe(400);
    expect((await as(zhang, 'GET', '/api/tasks?status=bogus')).json().error.code).toBe('HF_BAD_REQUEST');
  });

  it('filters by status, reason, assignee, tenant and overdue; searches work orders and last digits; sorts by deadline or severity', async () => {
    const admin = await signIn('admin', PASSWORDS.admin);
    const get = async (q: string) => (await as(admin, 'GET', `/api/tasks?${q}`)).json().items as TaskItem[];
    expect((await get('tenant=heat')).every((t) => t.tenantId === 'heat')).toBe(true);
    expect((await get('tenant=heat')).length).toBe(2);
    const misconduct = await get('reason=misconduct');
    expect(misconduct.map((t) => t.workOrder)).toEqual(['GZ-2025-0117']);
    // `complaint` finds the complaint of any category, and merged reasons count.
    expect((await get('reason=not_fixed')).map((t) => t.workOrder)).toEqual(['GZ-2025-0117']);
    expect((await get('reason=complaint')).map((t) => t.workOrder)).toEqual(['RL-TS-0088']);
    expect((await get('assignee=li')).map((t) => t.workOrder).sort()).toEqual(['GZ-2025-0117', 'ZJ-2025-0342']);
    expect((await get('assignee=none')).every((t) => t.assignee === null)).toBe(true);
    const overdue = await get('overdue=true');
    expect(overdue.map((t) => t.id)).toEqual([seeded.overdueTask]);
    expect(overdue[0]!.overdue).toBe(true);
    const resolved = await get('status=resolved');
    expect(resolved.length).toBeGreaterThan(0);
    expect(resolved.every((t) => t.status === 'resolved')).toBe(true);
    expect((await get('status=open,in_progress')).length).toBe(EXTRA + 4);
    // Search: a work order (part of it), or the last four digits of the number; never the number back.
    expect((await get('q=0342')).map((t) => t.workOrder)).toEqual(['ZJ-2025-0342']);
    const byDigits = await as(admin, 'GET', '/api/tasks?q=1007');
    expect((byDigits.json().items as TaskItem[]).map((t) => t.customerName)).toEqual(['客户7']);
    expect(byDigits.body).not.toContain('13800001007');
    // Deadline: earliest first (the overdue one leads); severity: misconduct and complaints first.
    const byDeadline = await get('status=open,in_progress');
    expect(byDeadline[0]!.id).toBe(seeded.overdueTask);
    const dues = byDeadline.map((t) => (t.dueAt ? Date.parse(t.dueAt) : Infinity));
    expect(dues).toEqual([...dues].sort((a, b) => a - b));
    const bySeverity = await get('sort=severity');
    expect(bySeverity.slice(0, 2).map((t) => t.reason)).toEqual(['misconduct', 'complaint']);
  });

  it('agents see their tasks and unassigned ones, never an anonymous complainant’s', async () => {
    const wang = await signIn('wang', PASSWORDS.wang);
    const items = (await as(wang, 'GET', '/api/tasks')).json().items as TaskItem[];
    expect(items.map((t) => t.workOrder)).toEqual(['RL-WX-0203']);
    expect(items.some((t) => t.anonymous)).toBe(false);
    expect((await as(wang, 'GET', '/api/tasks?assignee=li')).statusCode).toBe(403);
    // The supervisor's view has the anonymous task: the case, no name, no number.
    const admin = await signIn('admin', PASSWORDS.admin);
    const anon = ((await as(admin, 'GET', '/api/tasks?tenant=heat')).json().items as TaskItem[]).find((t) => t.anonymous)!;
    expect(anon).toMatchObject({ customerName: null, phone: null, canCall: false, canReveal: false });
    expect(anon.customerWords).toContain('暖气还是不热');
    const anonId = anon.id;
    expect((await as(wang, 'GET', `/api/tasks/${anonId}`)).statusCode).toBe(404);
    expect((await as(admin, 'POST', `/api/tasks/${anonId}/call`)).json().error.code).toBe('HF_ANONYMOUS');
  });
});

describe('every value the board shows is named in words', () => {
  it('gives each task its reasons, kind, status and deadline basis as labels (src/domain/labels.ts)', async () => {
    const admin = await signIn('admin', PASSWORDS.admin);
    const items = (await as(admin, 'GET', '/api/tasks')).json().items as (TaskItem & { kind: string; kindLabel: string; statusLabel: string; basisLabel: string; basis: string | null })[];
    expect(items.length).toBeGreaterThan(EXTRA);
    for (const t of items) {
      expect(t.kindLabel).not.toBe(t.kind);
      expect(t.statusLabel).toMatch(/[\u4e00-\u9fff]/);
      t.reasons.forEach((r, i) => expect(t.reasonLabels[i]).not.toBe(r));
      if (t.basis) expect(t.basisLabel).not.toMatch(/workingDays:|hours:/);
    }
  });
});

describe('the number and the call, from a task', () => {
  it('reveals the number to the task’s assignee only; every request is audited', async () => {
    const li = await signIn('li', PASSWORDS.li);
    const zhang = await signIn('zhang', PASSWORDS.zhang);
    const install = ((await as(li, 'GET', '/api/tasks?q=ZJ-2025-0342')).json().items as TaskItem[])[0]!;
    expect(install).toMatchObject({ assignee: 'li', canReveal: true, phone: '139****4321' });
    const ok = await as(li, 'POST', `/api/tasks/${install.id}/reveal`);
    expect(ok.statusCode).toBe(200);
    expect(ok.json().phones[0].e164).toBe('+8613987654321');
    const no = await as(zhang, 'POST', `/api/tasks/${install.id}/reveal`);
    expect(no.statusCode).toBe(403);
    const audit = await store.contact.auditFor(`task:${install.id}`);
    expect(audit.map((a) => a.action)).toEqual(expect.arrayContaining(['reveal_phone', 'reveal_phone_denied']));
  });

  it('refuses a call without Twilio with a clear code', async () => {
    const li = await signIn('li', PASSWORDS.li);
    const install = ((await as(li, 'GET', '/api/tasks?q=ZJ-2025-0342')).json().items as TaskItem[])[0]!;
    const r = await as(li, 'POST', `/api/tasks/${install.id}/call`);
    expect(r.statusCode).toBe(409);
    expect(r.json().error.code).toBe('HF_CALL_UNAVAILABLE');
  });
});

describe('user management', () => {
  it('refuses a duplicate user name and a phone that cannot be rung, with coded messages', async () => {
    const admin = await signIn('admin', PASSWORDS.admin);
    const dup = await as(admin, 'POST', '/api/users', { username: 'li', password: 'another-pass-1', role: 'agent', tenantId: 'telecom' });
    expect(dup.statusCode).toBe(409);
    expect(dup.json().error.code).toBe('HF_USER_EXISTS');
    expect(dup.body).not.toMatch(/duplicate key|unique constraint|users_username/i);
    const shortPhone = await as(admin, 'POST', '/api/users', { username: 'sun', password: 'sun-pass-12', role: 'agent', tenantId: 'telecom', phone: '12345' });
    expect(shortPhone.statusCode).toBe(400);
    expect(shortPhone.json().error.code).toBe('HF_PHONE_INVALID');
    expect(await store.users.byUsername('sun')).toBeNull();
    const ok = await as(admin, 'POST', '/api/users', { username: 'sun', password: 'sun-pass-12', role: 'agent', tenantId: 'telecom', phone: '010-6512 3456' });
    expect(ok.statusCode).toBe(201);
    expect(ok.json().user.phone).toBe('106****3456');
  });

  it('an admin resets a password and changes a role; sessions end; both are audited without the password', async () => {
    const admin = await signIn('admin', PASSWORDS.admin);
    const created = await as(admin, 'POST', '/api/users', { username: 'qian', password: 'qian-pass-1', role: 'agent', tenantId: 'telecom' });
    const id = created.json().user.id as string;
    const qian = await signIn('qian', 'qian-pass-1');
    const reset = await as(admin, 'PATCH', `/api/users/${id}`, { password: 'new-secret-22' });
    expect(reset.statusCode).toBe(200);
    expect((await as(qian, 'GET', '/api/tasks')).statusCode).toBe(401);
    expect((await app.inject({ method: 'POST', url: '/api/session', payload: { username: 'qian', password: 'qian-pass-1' } })).statusCode).toBe(401);
    const again = await signIn('qian', 'new-secret-22');
    expect((await as(admin, 'PATCH', `/api/users/${id}`, { password: 'short' })).json().error.code).toBe('HF_USER_INVALID');
    const promoted = await as(admin, 'PATCH', `/api/users/${id}`, { role: 'supervisor' });
    expect(promoted.json().user.role).toBe('supervisor');
    expect((await as(again, 'GET', '/api/flags')).statusCode).toBe(401);
    const sup = await signIn('qian', 'new-secret-22');
    expect((await as(sup, 'GET', '/api/flags')).statusCode).toBe(200);
    const audit = await store.contact.auditFor(`user:${id}`);
    const updates = audit.filter((a) => a.action === 'update_user').map((a) => a.detail);
    expect(updates).toEqual(expect.arrayContaining([{ password: 'reset' }, { role: { from: 'agent', to: 'supervisor' } }]));
    expect(JSON.stringify(audit)).not.toContain('new-secret-22');
    // Supervisors do neither; an admin does not change their own role.
    const zhang = await signIn('zhang', PASSWORDS.zhang);
    expect((await as(zhang, 'PATCH', `/api/users/${id}`, { role: 'admin' })).statusCode).toBe(403);
    const adminId = (await store.users.byUsername('admin'))!.id;
    expect((await as(admin, 'PATCH', `/api/users/${adminId}`, { role: 'agent' })).json().error.code).toBe('HF_USER_INVALID');
  });
});
