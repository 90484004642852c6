/**
 * The supervisors' workspace in a real browser (Debian chromium via playwright-core): sign in,
 * open a flagged call, play its recording (streamed, no-store, audited), create and resolve a
 * task, and see an agent refused a number reveal; an admin creates and disables a user and
 * changes the escalation rule, an agent is refused both pages; a supervisor listens in on a
 * call in a conference (the Twilio REST API through nock); a supervisor reads the reports page
 * (figures equal to GET /api/reports, ECharts charts, period and date changes, language, CSV,
 * the printable heating report), an admin picks a tenant, an agent is refused. Run with
 * `npm run test:e2e`.
 */
import nock from 'nock';
import type { Browser, Page } from 'playwright-core';
import twilio from 'twilio';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTwilioProvider } from '../../src/channels/twilio/provider.js';
import { tenantEscalationRule } from '../../src/results/tasks.js';
import { PASSWORDS } from '../support/workspace-seed.js';
import { launchBrowser, startSeededServer, type TestServer } from './browser.js';
import { unmaskedPhones } from '../support/processes.js';

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

async function signIn(page: Page, username: string, password: string, url = ts.url): Promise<void> {
  await page.goto(`${url}/workspace/`);
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
    expect(await page.textContent('h2')).toMatch(/^待审核来电 共 \d+ 条待审核$/);
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

    // Create a complaint task from the call page: the call has an open task already, so the
    // complaint joins it (one task per callback, 004 第五十条), and leads its reasons.
    const before = await page.locator('.task-list .task').count();
    await page.selectOption('form.new-task select[name=reason]', 'complaint');
    await page.fill('form.new-task input[name=detail]', '浏览器测试任务');
    await page.click('form.new-task button[type=submit]');
    await page.waitForFunction(() => [...document.querySelectorAll('.task-list .task .chip')].some((c) => c.textContent === '投诉'));
    expect(await page.locator('.task-list .task').count()).toBe(before);

    // Mark the call reviewed.
    await page.fill('textarea[name=notes]', '已核实，转班组长处理');
    await page.click('button.mark-reviewed');
    await page.waitForSelector('button.mark-reviewed[disabled]');

    // Resolve it on the board; it moves to the resolved column and a re-survey is scheduled.
    await page.click('nav a[href="#/tasks"]');
    const card = page.locator('article.task', { hasText: 'GZ-2025-0117' });
    await card.waitFor();
    await card.locator('button.resolve').click();
    await card.locator('textarea[name=resolution]').fill('已致电客户道歉并重新派单');
    await card.locator('.resolve-form button[type=submit]').click();
    await card.waitFor({ state: 'detached' });
    await page.selectOption('form.task-filters select[name=status]', 'resolved');
    const resolved = page.locator('article.task', { hasText: 'GZ-2025-0117' });
    await resolved.waitFor();
    expect(await resolved.locator('dd.resolution').textContent()).toContain('已致电客户道歉并重新派单');
    const tasks = await ts.store.review.tasks({ callbackId: ts.seeded.repairCall, statuses: ['resolved'] });
    const done = tasks.find((t) => t.reasons.includes('complaint'));
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
    await page.waitForSelector('section.tasks-page');
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

  it('an admin creates a user with a phone, disables them, and changes the tenant\'s escalation rule', async () => {
    const page = await browser.newPage({ viewport: { width: 1366, height: 800 } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.addInitScript(() => localStorage.setItem('hf_lang', 'zh-CN'));
    await signIn(page, 'admin', PASSWORDS.admin);
    await page.click('nav a[href="#/users"]');
    await page.waitForSelector('form.new-user');
    expect(await page.textContent('h2')).toBe('用户管理');
    await page.fill('form.new-user input[name=username]', 'zhao');
    await page.fill('form.new-user input[name=displayName]', '赵坐席');
    await page.fill('form.new-user input[name=password]', 'zhao-pass-123');
    await page.selectOption('form.new-user select[name=role]', 'agent');
    await page.selectOption('form.new-user select[name=tenantId]', 'telecom');
    await page.fill('form.new-user input[name=phone]', '13900001234');
    await page.click('form.new-user button[type=submit]');
    const row = page.locator('tr[data-user="zhao"]');
    await row.waitFor();
    expect(await row.locator('.phone-masked').textContent()).toBe('139****1234');
    expect(await page.content()).not.toContain('13900001234');
    const zhao = await ts.store.users.byUsername('zhao');
    expect(zhao).toMatchObject({ role: 'agent', tenantId: 'telecom', displayName: '赵坐席', disabled: false });
    expect(await ts.store.users.phoneOf(zhao!.id)).toBe('+8613900001234');

    // Disable: the row says so, the user can no longer sign in.
    await row.locator('button.disable').click();
    await page.waitForFunction(() => document.querySelector('tr[data-user="zhao"] .user-status')?.textContent === '已停用');
    expect((await ts.store.users.byUsername('zhao'))?.disabled).toBe(true);
    expect(await ts.store.users.authenticate('zhao', 'zhao-pass-123')).toBeNull();
    expect((await ts.store.contact.auditFor(`user:${zhao!.id}`)).map((a) => a.action).sort()).toEqual(['create_user', 'update_user']);

    // The escalation rule of 中国电信某分公司: ring 45 s, staffed Mon–Fri from 08:30, complaints within 1 hour.
    await page.click('nav a[href="#/rule"]');
    await page.waitForSelector('form.rule-form');
    await page.selectOption('select[name=tenant]', 'telecom');
    await page.waitForSelector('form.rule-form input[name=transferTimeoutSec]');
    await page.fill('input[name=transferTimeoutSec]', '45');
    await page.fill('input[name=start]', '08:30');
    await page.uncheck('input[name=day6]');
    await page.fill('input[name="deadline-complaint"]', '1');
    await page.click('form.rule-form button[type=submit]');
    await page.waitForSelector('.rule-saved');
    const rule = await tenantEscalationRule(ts.store, 'telecom');
    expect(rule).toMatchObject({ transferTimeoutSec: 45, staffedHours: { days: [1, 2, 3, 4, 5], start: '08:30', end: '18:00' } });
    expect(rule.deadlines.complaint).toEqual({ hours: 1 });
    expect(rule.deadlines.dissatisfied).toEqual({ workingDays: 1 });
    expect((await ts.store.contact.auditFor('tenant:telecom')).some((a) => a.actor === 'admin' && a.action === 'set_escalation_rule')).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('an agent is refused the users and escalation-rule pages', async () => {
    const page = await browser.newPage({ viewport: { width: 1366, height: 800 } });
    await page.addInitScript(() => localStorage.setItem('hf_lang', 'zh-CN'));
    await signIn(page, 'li', PASSWORDS.li);
    await page.waitForSelector('section.tasks-page');
    expect(await page.locator('nav a[href="#/users"]').count()).toBe(0);
    expect(await page.locator('nav a[href="#/rule"]').count()).toBe(0);
    for (const [route, section] of [['#/users', 'users-page'], ['#/rule', 'rule-page']]) {
      await page.goto(`${ts.url}/workspace/${route}`);
      const denied = page.locator(`section.${section} .alert.denied`);
      await denied.waitFor();
      expect(await denied.getAttribute('data-code')).toBe('HF_FORBIDDEN');
      expect(await page.locator('form.new-user, form.rule-form').count()).toBe(0);
    }
    await page.close();
  });
});

/** The page's rate format: a fraction as a percentage with one decimal, `—` for null. */
const rate = (v: number | null): string => (v === null ? '—' : `${(v * 100).toFixed(1)}%`);

/** YYYY-MM-DD in Asia/Shanghai (the seeded tenants' zone), `days` before now. */
function shanghaiDay(daysBefore: number): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(Date.now() - daysBefore * 86_400_000));
}

interface ReportJson {
  period: string; date: string; from: string; to: string; tenantId: string | null; by: string | null;
  satisfactionRate: number | null;
  answered: number;
  counts: Record<string, number>;
  callbacks: { ordersDue: number; attempted: number; reached: number; completed: number; finished: number; contactRate: number | null };
  timeliness: { sameDayRate: number | null; onTimeRate: number | null };
  orders: { answeredInTimeRate: number | null };
  optOuts: number;
  reasons: { category: string; count: number; examples: string[] }[];
  escalations: { opened: number; medianHours: number | null };
  reSurvey: { satisfactionRate: number | null };
  sampling: { sampled: number; strata: { stratum: string; sampled: number; responded: number }[] };
  targets: { id: string; met: boolean | null }[];
  series: unknown[];
  groups: { key: string | null; callbacks: { finished: number }; satisfactionRate: number | null }[];
}

/** GET /api/reports from inside the page (the user's session cookie). */
async function apiReport(page: Page, query: string): Promise<ReportJson> {
  return page.evaluate(async (q) => {
    const res = await fetch(`/api/reports?${q}`, { headers: { accept: 'application/json' } });
    if (!res.ok) throw new Error(`HTTP ${res.status}`);
    return res.json();
  }, query);
}

/** Waits until the page shows the report of this period and date (the latest request's answer). */
async function showsReport(page: Page, period: string, date: string): Promise<void> {
  await page.waitForSelector(`.reports-page .report[data-period="${period}"][data-date="${date}"]`);
}

const figure = (page: Page, id: string) => page.locator(`.kpi[data-figure="${id}"] .kpi-value`).textContent();

/** The page's figures equal the API's. */
async function expectFigures(page: Page, api: ReportJson): Promise<void> {
  expect(await figure(page, 'satisfaction')).toBe(rate(api.satisfactionRate));
  expect(await figure(page, 'ordersDue')).toBe(String(api.callbacks.ordersDue));
  expect(await figure(page, 'finished')).toBe(String(api.callbacks.finished));
  expect(await figure(page, 'attempted')).toBe(String(api.callbacks.attempted));
  expect(await figure(page, 'reached')).toBe(String(api.callbacks.reached));
  expect(await figure(page, 'completed')).toBe(String(api.callbacks.completed));
  expect(await figure(page, 'contactRate')).toBe(rate(api.callbacks.contactRate));
  expect(await figure(page, 'sameDayRate')).toBe(rate(api.timeliness.sameDayRate));
  expect(await figure(page, 'onTimeRate')).toBe(rate(api.timeliness.onTimeRate));
  expect(await figure(page, 'optOuts')).toBe(String(api.optOuts));
  expect(await page.locator('[data-figure="escOpened"]').textContent()).toBe(String(api.escalations.opened));
  expect(await page.locator('[data-figure="reSurvey"]').textContent()).toBe(rate(api.reSurvey.satisfactionRate));
  expect(await page.locator('.reasons-table tbody tr').count()).toBe(api.reasons.length);
  for (const r of api.reasons) {
    const row = page.locator(`.reasons-table tr[data-category="${r.category}"]`);
    expect(await row.locator('td.num').first().textContent()).toBe(String(r.count));
    expect(await row.locator('.quotes li').count()).toBe(r.examples.length);
  }
  for (const g of api.targets) {
    const badge = page.locator(`.targets-table tr[data-target="${g.id}"] .badge`);
    expect(await badge.getAttribute('class')).toContain(g.met === null ? 'target-none' : g.met ? 'target-met' : 'target-missed');
  }
  const rows = page.locator('.breakdown-table tbody tr[data-group]');
  expect(await rows.count()).toBe(api.groups.length);
  for (const [i, g] of api.groups.entries()) {
    expect(await rows.nth(i).getAttribute('data-group')).toBe(g.key ?? '');
    expect(await rows.nth(i).locator('td[data-col="finished"]').textContent()).toBe(String(g.callbacks.finished));
    expect(await rows.nth(i).locator('td[data-col="satisfaction"]').textContent()).toBe(rate(g.satisfactionRate));
  }
}

/**
 * The option ECharts holds for a chart of the page, read through the ECharts module the page
 * imported (same URL, same module instance). A string, so the test runner leaves its import() alone.
 */
async function chartOption(page: Page, name: string): Promise<{ title: string; xAxis: unknown[] | null; yAxis: unknown[] | null }> {
  return page.evaluate(`(async () => {
    const echarts = await import('/reports/assets/echarts.esm.min.mjs');
    const o = echarts.getInstanceByDom(document.querySelector('[data-chart="${name}"]')).getOption();
    return { title: o.title?.[0]?.text ?? '', xAxis: o.xAxis?.[0]?.data ?? null, yAxis: o.yAxis?.[0]?.data ?? null };
  })()`);
}

/** ECharts instances the reports page holds now (it disposes them on unmount). */
const liveCharts = (page: Page): Promise<number> =>
  page.evaluate(`(async () => (await import('/workspace/assets/pages/reports.js')).liveChartCount())()`);

describe('reports page', () => {
  it('a supervisor sees the API\'s figures and ECharts charts, changes date and period, language; CSV and heating links', async () => {
    const page = await browser.newPage({ viewport: { width: 1366, height: 800 } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => {
      if (m.type() === 'error' && /Content Security Policy|echarts/i.test(m.text())) errors.push(m.text());
    });
    await page.addInitScript(() => localStorage.setItem('hf_lang', 'zh-CN'));
    await signIn(page, 'zhang', PASSWORDS.zhang);
    expect(await page.locator('nav a[href="#/reports"]').textContent()).toBe('报表');
    await page.click('nav a[href="#/reports"]');
    await page.waitForSelector('.reports-page .report');
    expect(await page.textContent('h2')).toBe('回访报表');

    // Defaults: this month (the tenant's today), broken down by team; zhang is bound to telecom.
    const month = await apiReport(page, 'period=month&by=team');
    expect(month.tenantId).toBe('telecom');
    await showsReport(page, 'month', month.date);
    expect(await page.inputValue('input[name=date]')).toBe(month.date);
    expect(await page.locator('select[name=tenant]').count()).toBe(0);
    await expectFigures(page, month);

    // Charts drawn by ECharts (canvas) with the report's data: one bar per day of the month.
    await page.waitForSelector('[data-chart="trend"] canvas');
    await page.waitForSelector('[data-chart="levels"] canvas');
    expect((await chartOption(page, 'trend')).xAxis).toHaveLength(month.series.length);
    expect((await chartOption(page, 'trend')).title).toBe('每日回访与满意率');

    // A day five days ago: its month has seeded callbacks on the days around it, so the day differs from the month.
    const day = shanghaiDay(5);
    await page.fill('input[name=date]', day);
    await showsReport(page, 'month', day);
    const monthOfDay = await apiReport(page, `period=month&date=${day}&by=team`);
    expect(monthOfDay.answered).toBeGreaterThan(0);
    expect(monthOfDay.satisfactionRate).not.toBeNull();
    await expectFigures(page, monthOfDay);
    await page.waitForSelector('[data-chart="reasons"] canvas');
    expect((await chartOption(page, 'reasons')).yAxis).toHaveLength(monthOfDay.reasons.length);

    await page.click('button[data-period="day"]');
    await showsReport(page, 'day', day);
    const oneDay = await apiReport(page, `period=day&date=${day}&by=team`);
    expect(oneDay.from).toBe(day);
    expect(oneDay.callbacks.finished).toBeGreaterThan(0);
    expect(oneDay.callbacks.finished).toBeLessThan(monthOfDay.callbacks.finished);
    await expectFigures(page, oneDay);
    expect(await figure(page, 'finished')).not.toBe(String(monthOfDay.callbacks.finished));
    expect((await chartOption(page, 'trend')).xAxis).toHaveLength(1);

    // The same charts were updated, not piled up: trend, levels (and reasons when there are any).
    expect(await liveCharts(page)).toBe(oneDay.reasons.length ? 3 : 2);

    // CSV: the same API, format=csv, for what is shown; no phone numbers.
    const csvHref = (await page.getAttribute('a.csv-link', 'href')) as string;
    expect(csvHref).toContain('format=csv');
    expect(csvHref).toContain(`date=${day}`);
    expect(csvHref).toContain('period=day');
    const csv = await page.evaluate(async (href) => {
      const res = await fetch(href);
      return { status: res.status, type: res.headers.get('content-type'), body: await res.text() };
    }, csvHref);
    expect(csv.status).toBe(200);
    expect(csv.type).toContain('text/csv');
    expect(csv.body).toContain('合计');
    expect(unmaskedPhones(csv.body.split('\n'))).toEqual([]);

    // The printable heating survey for the chosen month and the user's tenant.
    const heatingHref = (await page.getAttribute('a.heating-link', 'href')) as string;
    expect(heatingHref).toBe(`/reports/heating-survey?month=${day.slice(0, 7)}&tenant=telecom`);
    const heating = await page.evaluate(async (href) => (await fetch(href)).status, heatingHref);
    expect(heating).toBe(200);

    // English: labels and the charts' titles follow the toggle.
    await page.click('header.top button.lang');
    await page.waitForFunction(() => document.querySelector('h2')?.textContent === 'Callback reports');
    expect(await page.locator('.kpi[data-figure="satisfaction"] .kpi-label').textContent()).toBe('Satisfaction');
    expect((await chartOption(page, 'trend')).title).toBe('Daily callbacks and satisfaction');
    expect(await figure(page, 'finished')).toBe(String(oneDay.callbacks.finished));

    // Leaving the page disposes the charts. The count is polled: under a loaded CI machine it once read 3 right
    // after the tasks page showed (the unmount's effect clean-ups land a moment later); it must still reach 0.
    await page.click('nav a[href="#/tasks"]');
    await page.waitForSelector('section.tasks-page');
    await expect.poll(() => liveCharts(page), { timeout: 10_000 }).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('an admin picks a tenant: the heating sampling survey by stratum', async () => {
    const page = await browser.newPage({ viewport: { width: 1366, height: 800 } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.addInitScript(() => localStorage.setItem('hf_lang', 'zh-CN'));
    await signIn(page, 'admin', PASSWORDS.admin);
    await page.click('nav a[href="#/reports"]');
    await page.waitForSelector('.reports-page .report');
    // Every tenant: no heating link until one is chosen; the breakdown is by tenant.
    expect(await page.locator('a.heating-link').count()).toBe(0);
    const all = await apiReport(page, 'period=month&by=tenant');
    await showsReport(page, 'month', all.date);
    expect(all.tenantId).toBeNull();
    await expectFigures(page, all);

    const day = shanghaiDay(3);
    await page.fill('input[name=date]', day);
    await page.selectOption('select[name=tenant]', 'heat');
    await page.selectOption('select[name=by]', 'station');
    await page.waitForSelector(`.reports-page .report[data-tenant="heat"][data-by="station"][data-period="month"][data-date="${day}"]`);
    const heat = await apiReport(page, `period=month&date=${day}&tenant=heat&by=station`);
    expect(heat.sampling.sampled).toBeGreaterThan(0);
    await expectFigures(page, heat);
    const strata = page.locator('.strata-table tbody tr');
    expect(await strata.count()).toBe(heat.sampling.strata.length);
    for (const [i, s] of heat.sampling.strata.entries()) {
      expect(await strata.nth(i).getAttribute('data-stratum')).toBe(s.stratum);
      expect(await strata.nth(i).locator('td.num').first().textContent()).toBe(String(s.sampled));
    }
    expect(await page.getAttribute('a.heating-link', 'href')).toBe(`/reports/heating-survey?month=${day.slice(0, 7)}&tenant=heat`);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('an agent has no reports tab and is shown the API\'s refusal', async () => {
    const page = await browser.newPage({ viewport: { width: 1366, height: 800 } });
    await page.addInitScript(() => localStorage.setItem('hf_lang', 'zh-CN'));
    await signIn(page, 'li', PASSWORDS.li);
    await page.waitForSelector('section.tasks-page');
    expect(await page.locator('nav a[href="#/reports"]').count()).toBe(0);
    const refused = page.waitForResponse((r) => r.url().includes('/api/reports'));
    await page.goto(`${ts.url}/workspace/#/reports`);
    expect((await refused).status()).toBe(403);
    const denied = page.locator('section.reports-page .alert.denied');
    await denied.waitFor();
    expect(await denied.getAttribute('data-code')).toBe('HF_FORBIDDEN');
    expect(await denied.textContent()).toContain('无权访问');
    expect(await page.locator('.reports-page .report, .reports-page canvas, a.csv-link').count()).toBe(0);
    await page.close();
  });
});

describe('listening in, with Twilio (the REST API through nock)', () => {
  const SID = 'AC' + 'e2e1'.repeat(8);
  const CF = 'CF' + 'e'.repeat(32);
  let tw: TestServer;

  beforeAll(async () => {
    // The browser talks to the local server; the server's Twilio REST calls are nock's.
    nock.disableNetConnect();
    nock.enableNetConnect(/^(127\.0\.0\.1|localhost)(:\d+)?$/);
    tw = await startSeededServer({
      env: { PUBLIC_URL: 'http://huifang.test', TWILIO_ACCOUNT_SID: SID, TWILIO_AUTH_TOKEN: 'e2e-token-123', TWILIO_FROM: '+861012345678' },
      services: { twilio: createTwilioProvider({ accountSid: SID, authToken: 'e2e-token-123', from: '+861012345678', httpClient: new twilio.RequestClient({ keepAlive: false }) }) },
    });
    // The seeded live call was put through to an agent: it is in a conference.
    const [attempt] = await tw.store.callbacks.attempts(tw.seeded.liveCall);
    await tw.store.conferences.create({ attemptId: attempt!.id, callbackId: tw.seeded.liveCall, tenantId: 'telecom', name: `hf-${attempt!.id}`, turn: 5, reason: 'dissatisfied', customerCallSid: attempt!.providerId });
    await tw.store.conferences.setSid(attempt!.id, CF);
    await tw.store.conferences.markConnected(attempt!.id, null);
    await tw.store.users.setPhone((await tw.store.users.byUsername('zhang'))!.id, '+8613700009999');
  });

  afterAll(async () => {
    await tw?.close();
    nock.cleanAll();
    nock.enableNetConnect();
  });

  it('a supervisor clicks 监听: their phone is rung into the conference muted; the page shows the masked number; audited', async () => {
    const [attempt] = await tw.store.callbacks.attempts(tw.seeded.liveCall);
    let body = new URLSearchParams();
    const scope = nock('https://api.twilio.com')
      .post(`/2010-04-01/Accounts/${SID}/Conferences/${CF}/Participants.json`, (b: Record<string, string>) => {
        body = new URLSearchParams(b);
        return true;
      })
      .reply(201, { call_sid: 'CA' + 'f'.repeat(32), conference_sid: CF, account_sid: SID, muted: true, status: 'queued' });
    const page = await browser.newPage({ viewport: { width: 1366, height: 800 } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.addInitScript(() => localStorage.setItem('hf_lang', 'zh-CN'));
    await signIn(page, 'zhang', PASSWORDS.zhang, tw.url);
    await page.click('nav a[href="#/live"]');
    const row = page.locator(`tr[data-attempt="${attempt!.id}"]`);
    await row.waitFor();
    expect(await page.textContent('.listen-note')).toContain('静音旁听');
    expect(await row.textContent()).toContain('坐席通话中');
    const button = row.locator('button.listen-in');
    expect(await button.textContent()).toBe('监听');
    expect(await button.isEnabled()).toBe(true);
    await button.click();
    await row.locator('.listening').waitFor();
    expect(await row.locator('.listening').textContent()).toContain('137****9999');
    scope.done();
    expect(body.get('To')).toBe('+8613700009999');
    expect(body.get('Muted')).toBe('true');
    expect(body.get('Beep')).toBe('false');
    expect(await page.content()).not.toContain('13700009999');
    const audit = await tw.store.contact.auditFor(`callback:${tw.seeded.liveCall}`);
    expect(audit.find((a) => a.action === 'listen_in')).toMatchObject({ actor: 'zhang', detail: { attemptId: attempt!.id, conferenceSid: CF } });

    // A supervisor reads the escalation rule but cannot change it.
    await page.click('nav a[href="#/rule"]');
    await page.waitForSelector('form.rule-form fieldset[disabled]');
    expect(await page.locator('form.rule-form button[type=submit]').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('without Twilio the live page says why listening in is unavailable', async () => {
    const page = await browser.newPage({ viewport: { width: 1366, height: 800 } });
    await page.addInitScript(() => localStorage.setItem('hf_lang', 'zh-CN'));
    await signIn(page, 'zhang', PASSWORDS.zhang);
    await page.click('nav a[href="#/live"]');
    await page.waitForSelector('.listen-note');
    expect(await page.textContent('.listen-note')).toBe('未配置 Twilio：无法监听。这里只列出正在进行的通话。');
    expect(await page.locator('button.listen-in').count()).toBe(0);
    await page.close();
  });
});
