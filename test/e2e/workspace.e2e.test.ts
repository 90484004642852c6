/**
 * The supervisors' workspace in a real browser (Debian chromium via playwright-core): sign in,
 * open a flagged call, play its recording (streamed, no-store, audited), create and resolve a
 * task, and see an agent refused a number reveal. Run with `npm run test:e2e`.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PASSWORDS } from '../web/seed.js';
import { launchBrowser, startSeededServer, type TestServer } from './browser.js';

let ts: TestServer;
let browser: Browser;

beforeAll(async () => {
  ts = await startSeededServer();
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await ts?.close();
});

async function signIn(page: Page, username: string, password: string): Promise<void> {
  await page.goto(`${ts.url}/workspace/`);
  await page.fill('input[name=username]', username);
  await page.fill('input[name=password]', password);
  await page.click('button[type=submit]');
  await page.waitForSelector('header.top');
}

describe('workspace in the browser', () => {
  it('a supervisor reviews a flagged call, plays its recording, creates and resolves a task', async () => {
    const page = await browser.newPage({ viewport: { width: 1366, height: 800 } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await signIn(page, 'zhang', PASSWORDS.zhang);

    // The flagged-calls queue, Chinese by default, numbers masked.
    const row = page.locator(`tr[data-callback="${ts.seeded.repairCall}"]`);
    await row.waitFor();
    expect(await page.textContent('h2')).toBe('待审核来电');
    expect(await row.textContent()).toContain('138****5678');
    expect(await page.content()).not.toContain('13812345678');

    // Open the call; the recording is fetched through the server.
    const audioResponse = page.waitForResponse((r) => r.url().includes(`/recordings/${ts.seeded.repairAttempt}`));
    await row.click();
    await page.waitForSelector('audio');
    const res = await audioResponse;
    expect([200, 206]).toContain(res.status());
    expect(res.headers()['cache-control']).toBe('no-store');
    const readyState = await page.evaluate(async () => {
      const a = document.querySelector('audio') as HTMLAudioElement;
      a.muted = true;
      await a.play().catch(() => undefined);
      for (let i = 0; i < 50 && a.readyState < 1; i++) await new Promise((r) => setTimeout(r, 100));
      return a.readyState;
    });
    expect(readyState).toBeGreaterThanOrEqual(1);
    const audit = await ts.store.contact.auditFor(`callback:${ts.seeded.repairCall}`);
    expect(audit.some((a) => a.actor === 'zhang' && a.action === 'play_recording')).toBe(true);
    expect(await page.textContent('.transcript')).toContain('红包');

    // Reveal the number (a supervisor may; it is logged).
    await page.click('button.reveal');
    await page.waitForSelector('.phone-full');
    expect(await page.textContent('.phone-full')).toBe('+8613812345678');
    expect((await ts.store.contact.auditFor(`callback:${ts.seeded.repairCall}`)).some((a) => a.action === 'reveal_phone')).toBe(true);

    // Create a complaint task from the call page.
    const before = await page.locator('.task-list .task').count();
    await page.selectOption('form.new-task select[name=reason]', 'complaint');
    await page.fill('form.new-task input[name=detail]', '浏览器测试任务');
    await page.click('form.new-task button[type=submit]');
    await page.waitForFunction((n) => document.querySelectorAll('.task-list .task').length > n, before);

    // Mark the call reviewed.
    await page.fill('textarea[name=notes]', '已核实，转班组长处理');
    await page.click('button.mark-reviewed');
    await page.waitForSelector('button.mark-reviewed[disabled]');

    // Resolve it on the board; it moves to the resolved column and a re-survey is scheduled.
    await page.click('nav a[href="#/tasks"]');
    const card = page.locator('.column.col-open .task', { hasText: '浏览器测试任务' });
    await card.waitFor();
    await card.locator('button.resolve').click();
    await card.locator('textarea[name=resolution]').fill('已致电客户道歉并重新派单');
    await card.locator('button[type=submit]').click();
    const resolved = page.locator('.column.col-resolved .task', { hasText: '浏览器测试任务' });
    await resolved.waitFor();
    const tasks = await ts.store.review.tasks({ callbackId: ts.seeded.repairCall, statuses: ['resolved'] });
    const done = tasks.find((t) => t.detail === '浏览器测试任务');
    expect(done?.resurveyCallbackId).toBeTruthy();
    expect((await ts.store.callbacks.require(done?.resurveyCallbackId as string)).campaign).toBe('re-survey');

    // The language toggle.
    await page.click('header.top button.lang');
    await page.waitForFunction(() => document.querySelector('h2')?.textContent === 'Tasks');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('an agent is denied a number reveal and sees only their tasks', async () => {
    const page = await browser.newPage({ viewport: { width: 1366, height: 800 } });
    await page.addInitScript(() => localStorage.setItem('hf_lang', 'zh-CN'));
    await signIn(page, 'li', PASSWORDS.li);
    await page.waitForSelector('.board');
    expect(await page.locator('nav a[href="#/flags"]').count()).toBe(0);
    await page.goto(`${ts.url}/workspace/#/calls/${encodeURIComponent(ts.seeded.repairCall)}`);
    await page.waitForSelector('button.reveal');
    await page.click('button.reveal');
    const alert = page.locator('.customer .alert.denied');
    await alert.waitFor();
    expect(await alert.getAttribute('data-code')).toBe('HF_FORBIDDEN');
    expect(await page.content()).not.toContain('13812345678');
    expect(await page.textContent('.call')).toContain('录音仅主管和管理员可以收听');
    const audit = await ts.store.contact.auditFor(`callback:${ts.seeded.repairCall}`);
    expect(audit.some((a) => a.actor === 'li' && a.action === 'reveal_phone_denied')).toBe(true);
    await page.close();
  });

  it('a wrong password shows an error and no session', async () => {
    const page = await browser.newPage();
    await page.goto(`${ts.url}/workspace/`);
    await page.fill('input[name=username]', 'zhang');
    await page.fill('input[name=password]', 'wrong-password');
    await page.click('button[type=submit]');
    await page.waitForSelector('.login .alert.error');
    expect(await page.textContent('.login .alert.error')).toBe('用户名或密码错误');
    await page.close();
  });
});
