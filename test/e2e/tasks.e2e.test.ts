/**
 * The task board and user management in a real browser (Debian chromium): an agent completes
 * a task by click-to-call against the Twilio simulator (their phone rung first, the customer
 * bridged with the company caller ID after the recording notice; the number never reaches the
 * page); the board at 900 px and on a 390 px phone; an admin resets a password and changes a
 * role; Chinese renders with the served web font. Run with `npm run test:e2e`.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTwilioProvider } from '../../src/channels/twilio/voice.js';
import { createPersona, SimulatedClock, startSimulator, type Persona, type Simulator } from '../../src/simulator/index.js';
import { PASSWORDS } from '../support/workspace-seed.js';
import { launchBrowser, startSeededServer, type TestServer } from './browser.js';

const PUBLIC_URL = 'https://huifang.example.com';
const SID = 'AC' + 'e2e7'.repeat(8);
const TOKEN = 'e2e-task-call-token';
const FROM = '+861069000000';
const AGENT_PHONE = '+8613600000088';
const CUSTOMER = '+8613987654321'; // the seeded install task's customer (ZJ-2025-0342), assigned to li

let ts: TestServer;
let sim: Simulator;
let browser: Browser;
const people = new Map<string, Persona>();

beforeAll(async () => {
  const clock = new SimulatedClock(new Date().toISOString(), { auto: true });
  sim = await startSimulator({ publicUrl: PUBLIC_URL, authToken: TOKEN, accountSid: SID, personas: (to) => people.get(to) ?? createPersona('satisfied', 1), clock, seed: 1, log: () => undefined });
  ts = await startSeededServer({
    env: { PUBLIC_URL, TWILIO_ACCOUNT_SID: SID, TWILIO_AUTH_TOKEN: TOKEN, TWILIO_FROM: FROM },
    services: { twilio: createTwilioProvider({ accountSid: SID, authToken: TOKEN, from: FROM, baseUrl: sim.baseUrl }) },
  });
  sim.setDeliverTo(ts.url);
  people.set(AGENT_PHONE, createPersona('satisfied', 7, { habits: { ringSeconds: 4 } }));
  people.set(CUSTOMER, createPersona('satisfied', 3, { habits: { ringSeconds: 5 } }));
  await ts.store.users.setPhone((await ts.store.users.byUsername('li'))!.id, AGENT_PHONE);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await sim?.stop();
  await ts?.close();
});

async function signIn(page: Page, username: string, password: string): Promise<void> {
  await page.goto(`${ts.url}/`);
  await page.fill('input[name=username]', username);
  await page.fill('input[name=password]', password);
  await page.click('button[type=submit]');
  await page.waitForSelector('header.top');
}

async function newPage(width: number, height = 900): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage({ viewport: { width, height } });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.addInitScript(() => localStorage.setItem('hf_lang', 'zh-CN'));
  return { page, errors };
}

describe('the task board', () => {
  it('an agent calls the customer from the task without seeing the number, then resolves it', async () => {
    const { page, errors } = await newPage(1366);
    await signIn(page, 'li', PASSWORDS.li);
    await page.click('nav a[href="#/tasks"]');
    await page.fill('form.task-filters input[name=q]', '0342');
    await page.click('form.task-filters button[type=submit]');
    const card = page.locator('article.task', { hasText: 'ZJ-2025-0342' });
    await card.waitFor();
    await page.waitForFunction(() => document.querySelectorAll('article.task').length === 1);
    // Words, not codes: the reason, the kind, the customer's own words, the assignee.
    expect(await card.locator('header .chip').first().textContent()).toBe('不满意');
    expect(await card.textContent()).toContain('装机');
    expect(await card.locator('blockquote.words').textContent()).toContain('约好上午来结果下午才到');
    expect(await card.locator('dd.assignee').textContent()).toBe('李坐席');
    expect(await card.textContent()).toContain('139****4321');

    await card.locator('button.call').click();
    await card.locator('.call-status[data-outcome="completed"]').waitFor({ timeout: 60_000 });
    expect(await card.locator('.call-status').textContent()).toContain('已通话');
    await card.locator('dd.last-note').waitFor();
    expect(await card.locator('dd.last-note').textContent()).toMatch(/^li 拨打客户：已通话/);
    expect(await card.locator('.badge.status').textContent()).toBe('处理中');
    // The simulator: the agent's phone was rung, then the customer from the company number.
    const leg = sim.calls.find((c) => c.to === AGENT_PHONE)!;
    expect(leg.transfers[0]).toMatchObject({ verb: 'Dial', target: `Number:${CUSTOMER}` });
    expect(leg.transcript.some((s) => s.text.includes('本次通话将被录音'))).toBe(true);
    const task = (await ts.store.review.tasks({ callbackId: ts.seeded.installCall }))[0]!;
    expect((await ts.store.contact.auditFor(`task:${task.id}`)).map((a) => a.action)).toContain('task_call');

    await card.locator('button.resolve').click();
    await card.locator('textarea[name=resolution]').fill('已电话联系客户致歉，约定下次提前电话通知');
    await card.locator('.resolve-form button[type=submit]').click();
    await page.waitForFunction(() => document.querySelectorAll('article.task').length === 0);
    await page.selectOption('form.task-filters select[name=status]', 'resolved');
    await card.waitFor();
    expect(await card.locator('dd.resolution').textContent()).toContain('已电话联系客户致歉');
    expect(await card.locator('dd.assignee').textContent()).toBe('李坐席');
    expect(await page.content()).not.toContain('13987654321');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('fits a 900 px laptop and a 390 px phone, with filters, paging and a CJK web font', async () => {
    for (const width of [900, 390]) {
      const { page, errors } = await newPage(width, 844);
      await signIn(page, 'admin', PASSWORDS.admin);
      await page.click('nav a[href="#/tasks"]');
      await page.locator('article.task').first().waitFor();
      // Nothing wider than the screen; the cards side by side at 900 px, one column at 390 px.
      const layout = await page.evaluate(() => {
        const cards = [...document.querySelectorAll('article.task')].map((c) => c.getBoundingClientRect());
        return { scroll: document.documentElement.scrollWidth, inner: window.innerWidth, lefts: new Set(cards.map((r) => Math.round(r.left))).size, widest: Math.max(...cards.map((r) => r.right)) };
      });
      expect(layout.scroll).toBeLessThanOrEqual(layout.inner);
      expect(layout.widest).toBeLessThanOrEqual(layout.inner);
      if (width === 390) expect(layout.lefts).toBe(1);
      else expect(layout.lefts).toBeGreaterThan(1);
      // Filters: the overdue task only.
      await page.check('form.task-filters input[name=overdue]');
      await page.waitForFunction(() => document.querySelectorAll('article.task').length === 1);
      expect(await page.locator('article.task .overdue-badge').textContent()).toBe('已超时');
      // The served font covers the page's Chinese (no boxes without a system CJK font).
      const font = await page.evaluate(async () => {
        await document.fonts.load('14px "Noto Sans SC"', '任务看板');
        return document.fonts.check('14px "Noto Sans SC"', '任务看板');
      });
      expect(font).toBe(true);
      expect(errors).toEqual([]);
      await page.close();
    }
  });
});

describe('user management', () => {
  it('an admin resets a password and changes a role; a taken name and a bad phone are clear messages', async () => {
    const { page, errors } = await newPage(1366);
    await signIn(page, 'admin', PASSWORDS.admin);
    await page.click('nav a[href="#/users"]');
    const wang = page.locator('tr[data-user="wang"]');
    await wang.waitFor();
    expect(await wang.locator('td.user-role select').inputValue()).toBe('agent');

    await wang.locator('button.reset-password').click();
    await wang.locator('input[name=newPassword]').fill('wang-new-pass-9');
    await wang.locator('form.password-form button[type=submit]').click();
    await wang.locator('.user-done').waitFor();
    expect(await wang.locator('.user-done').textContent()).toBe('密码已重置，该用户需重新登录');
    const oldPw = await fetch(`${ts.url}/api/session`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'wang', password: PASSWORDS.wang }) });
    expect(oldPw.status).toBe(401);
    const newPw = await fetch(`${ts.url}/api/session`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'wang', password: 'wang-new-pass-9' }) });
    expect(newPw.status).toBe(200);

    await wang.locator('td.user-role select').selectOption('supervisor');
    await wang.locator('.user-done').waitFor();
    await page.waitForFunction(() => (document.querySelector('tr[data-user="wang"] td.user-role select') as HTMLSelectElement | null)?.value === 'supervisor');
    expect((await ts.store.users.byUsername('wang'))?.role).toBe('supervisor');
    const audit = await ts.store.contact.auditFor(`user:${(await ts.store.users.byUsername('wang'))!.id}`);
    expect(audit.filter((a) => a.action === 'update_user').map((a) => a.detail)).toEqual(expect.arrayContaining([{ password: 'reset' }, { role: { from: 'agent', to: 'supervisor' } }]));

    const form = page.locator('form.new-user');
    await form.locator('input[name=username]').fill('li');
    await form.locator('input[name=password]').fill('another-pass-1');
    await form.locator('button[type=submit]').click();
    await form.locator('[role=alert]').waitFor();
    expect(await form.locator('[role=alert]').getAttribute('data-code')).toBe('HF_USER_EXISTS');
    expect(await form.locator('[role=alert]').textContent()).toContain('用户名已存在');
    await form.locator('input[name=username]').fill('zhou');
    await form.locator('input[name=phone]').fill('12345');
    await form.locator('button[type=submit]').click();
    await page.waitForFunction(() => document.querySelector('form.new-user [role=alert]')?.getAttribute('data-code') === 'HF_PHONE_INVALID');
    expect(await ts.store.users.byUsername('zhou')).toBeNull();
    expect(errors).toEqual([]);
    await page.close();
  });

  it('an agent is told in the page’s own words that users are not for them', async () => {
    const { page } = await newPage(1366);
    await signIn(page, 'li', PASSWORDS.li);
    await page.goto(`${ts.url}/workspace/#/users`);
    const alert = page.locator('.alert.denied');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('用户管理仅管理员和主管可以查看');
    await page.close();
  });
});
