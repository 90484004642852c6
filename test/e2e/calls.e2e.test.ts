/**
 * Issue 17 in a real browser (Debian chromium via playwright-core): a supervisor filters and
 * searches the Calls page and pages through it, opens a call whose transcript shows the prompts
 * as the customer heard them and seeks the recording to a turn, draws a quality sample and
 * scores a call, and works the flags queue (count, bulk mark-reviewed, export). Run with
 * `npm run test:e2e`.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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

async function signIn(page: Page, username: string, password: string): Promise<void> {
  await page.addInitScript(() => localStorage.setItem('hf_lang', 'zh-CN'));
  await page.goto(`${ts.url}/workspace/`);
  await page.fill('input[name=username]', username);
  await page.fill('input[name=password]', password);
  await page.click('button[type=submit]');
  await page.waitForSelector('header.top');
}

const total = async (page: Page): Promise<number> => Number(await page.getAttribute('h2 .count', 'data-total'));

describe('calls, quality checks and the flags queue in the browser', () => {
  it('a supervisor filters and searches the Calls page, and reads a call as it happened', async () => {
    const page = await browser.newPage({ viewport: { width: 1366, height: 800 } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await signIn(page, 'zhang', PASSWORDS.zhang);
    await page.click('nav a[href="#/calls"]');
    await page.waitForSelector('.calls-table tbody tr[data-callback]');
    const all = await total(page);
    expect(all).toBeGreaterThan(20);
    expect(await page.textContent('h2')).toContain('全部通话');
    // Fifty a page, and the next page.
    expect(await page.locator('.calls-table tbody tr[data-callback]').count()).toBe(Math.min(50, all));

    // Filter: repairs that were flagged.
    await page.selectOption('.calls-page select[name=kind]', 'repair');
    await page.selectOption('.calls-page select[name=flagged]', 'true');
    await page.click('.calls-page form.filters button[type=submit]');
    await page.waitForFunction((n) => Number(document.querySelector('h2 .count')?.getAttribute('data-total')) < n, all);
    expect(await total(page)).toBe(1);
    expect(await page.getAttribute('.calls-table tbody tr[data-callback]', 'data-callback')).toBe(ts.seeded.repairCall);

    // Search by the last four digits, filters reset.
    await page.click('.calls-page button.link');
    await page.waitForFunction((n) => Number(document.querySelector('h2 .count')?.getAttribute('data-total')) === n, all);
    await page.fill('.calls-page input[name=q]', '5678');
    await page.click('.calls-page form.filters button[type=submit]');
    await page.waitForFunction(() => document.querySelector('h2 .count')?.getAttribute('data-total') === '1');
    const row = page.locator(`.calls-table tr[data-callback="${ts.seeded.repairCall}"]`);
    expect(await row.textContent()).toContain('138****5678');
    expect(await page.content()).not.toContain('13812345678');

    // The call: greeting, questions with answers, closing; the prompts as heard, no placeholders.
    await row.click();
    await page.waitForSelector('.transcript li');
    const transcript = (await page.textContent('.transcript')) as string;
    expect(transcript).toContain('您好！我是中国电信客服1024号。');
    expect(transcript).toContain('您昨天申告的宽带故障现在已经处理好了');
    expect(transcript).toContain('还是断网，修了等于没修');
    expect(transcript).toContain('好的，您的障碍单已经重新派发');
    expect(transcript).not.toMatch(/【|\{\{/);
    // Seek the recording to a turn.
    await page.waitForFunction(() => ((document.querySelector("audio") as HTMLAudioElement | null)?.readyState ?? 0) >= 1);
    await page.locator('.transcript button.seek').nth(1).click();
    const at = await page.evaluate(() => (document.querySelector('audio') as HTMLAudioElement).currentTime);
    expect(at).toBeGreaterThanOrEqual(0);
    expect(await page.locator('.transcript button.seek').count()).toBe(4);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('a supervisor draws a quality sample and scores a call; the sheet is saved, audited and exported', async () => {
    const page = await browser.newPage({ viewport: { width: 1366, height: 900 } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await signIn(page, 'zhang', PASSWORDS.zhang);
    // A day with answered calls: the day of the newest answered call of the history.
    const day = await page.evaluate(async () => {
      const r = await fetch('/api/calls?outcome=reached&to=' + new Date(Date.now() - 86_400_000).toLocaleDateString('sv-SE', { timeZone: 'Asia/Shanghai' }));
      const j = await r.json();
      return new Date(j.items[0].firstAttemptAt).toLocaleDateString('sv-SE', { timeZone: 'Asia/Shanghai' });
    });
    await page.click('nav a[href="#/quality"]');
    await page.waitForSelector('form.draw-sample');
    await page.fill('form.draw-sample input[name=date]', day);
    await page.fill('form.draw-sample input[name=percent]', '50');
    await page.fill('form.draw-sample input[name=seed]', 'e2e-seed');
    await page.click('form.draw-sample button[type=submit]');
    await page.waitForSelector('.sample form.score-sheet');
    const heading = (await page.textContent('.sample h3')) as string;
    expect(heading).toContain(`${day} 抽检 50%（种子 e2e-seed）`);
    const samples = await ts.store.calls.samples({});
    const sample = samples.find((s) => s.seed === 'e2e-seed');
    expect(sample?.size).toBe(Math.ceil((sample?.population ?? 0) / 2));

    // Score the first call of the sample.
    const sheet = page.locator('.sample form.score-sheet').first();
    const callbackId = (await sheet.getAttribute('data-callback')) as string;
    await sheet.locator('select[name=scriptFollowed]').selectOption('4');
    await sheet.locator('select[name=politeness]').selectOption('5');
    await sheet.locator('select[name=answerCorrect]').selectOption('true');
    await sheet.locator('input[name=notes]').fill('开场白完整');
    await sheet.locator('button[type=submit]').click();
    await page.locator('.sample form.score-sheet').first().locator('.scored').waitFor();
    expect(await page.locator('.sample form.score-sheet').first().locator('.scored').textContent()).toContain('zhang');
    const items = await ts.store.calls.sampleItems(sample?.id as string);
    expect(items.find((i) => i.callbackId === callbackId)?.score).toMatchObject({ scriptFollowed: 4, politeness: 5, answerCorrect: true, notes: '开场白完整', scoredBy: 'zhang' });
    expect((await ts.store.contact.auditFor(`callback:${callbackId}`)).some((a) => a.action === 'quality_score' && a.actor === 'zhang')).toBe(true);
    // The samples table counts the scored call.
    await page.waitForFunction(() => [...document.querySelectorAll('.samples-table td')].some((td) => /^1 \/ \d+$/.test(td.textContent ?? '')));

    // The export: the same sheet as CSV, Chinese headers, no numbers.
    const href = (await page.getAttribute('.sample a.export', 'href')) as string;
    const csv = await page.evaluate(async (h) => (await fetch(h)).text(), href);
    expect(csv).toContain('话术执行(1-5),礼貌用语(1-5),答案记录正确');
    expect(csv).toContain(',4,5,是,开场白完整,zhang,');
    expect(unmaskedPhones(csv.split('\n'))).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('the flags queue counts, marks the selected calls reviewed and exports', async () => {
    const page = await browser.newPage({ viewport: { width: 1366, height: 800 } });
    await signIn(page, 'admin', PASSWORDS.admin);
    await page.waitForSelector('.flags-table tbody tr[data-callback]');
    const before = await total(page);
    expect(before).toBeGreaterThanOrEqual(3);
    expect(await page.textContent('h2 .count')).toContain(`共 ${before} 条待审核`);
    // The most serious first: the repair call (a 红包: misconduct).
    expect(await page.getAttribute('.flags-table tbody tr[data-callback]', 'data-callback')).toBe(ts.seeded.repairCall);
    const boxes = page.locator('.flags-table tbody input.pick');
    await boxes.nth(0).check();
    await boxes.nth(1).check();
    expect(await page.textContent('button.mark-selected')).toContain('2');
    await page.click('button.mark-selected');
    await page.waitForFunction((n) => Number(document.querySelector('h2 .count')?.getAttribute('data-total')) === n - 2, before);
    const href = (await page.getAttribute('a.export', 'href')) as string;
    const csv = await page.evaluate(async (h) => (await fetch(h)).text(), href);
    expect(csv.replace(/^\uFEFF/, '').split('\n')[0]).toBe('工单号,公司,类型,班组,片区,工程师,原因,满意度,标记数,最近标记时间,未结任务,已审核,审核人');
    await page.close();
  });
});
