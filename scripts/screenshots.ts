/**
 * Screenshots of the workspace's main pages into docs/screenshots/*.png, taken with Debian's
 * chromium on seeded data (the same as the browser test). Chinese renders with the
 * workspace's web font (@fontsource/noto-sans-sc), so no system CJK font is needed.
 *
 *   npm run screenshots
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { launchBrowser, startSeededServer } from '../test/e2e/browser.js';
import { PASSWORDS } from '../test/support/workspace-seed.js';

const OUT = join(process.cwd(), 'docs', 'screenshots');
mkdirSync(OUT, { recursive: true });

const ts = await startSeededServer();
const browser = await launchBrowser();
try {
  const shot = async (page: Page, name: string, fullPage = false) => {
    await page.waitForTimeout(300);
    await page.screenshot({ path: join(OUT, `${name}.png`), fullPage });
    console.log(`docs/screenshots/${name}.png`);
  };
  const signIn = async (page: Page, user: keyof typeof PASSWORDS) => {
    await page.goto(`${ts.url}/workspace/`);
    await page.fill('input[name=username]', user);
    await page.fill('input[name=password]', PASSWORDS[user]);
    await page.click('button[type=submit]');
    await page.waitForSelector('header.top');
  };
  const viewport = { width: 1366, height: 820 };

  const login = await browser.newPage({ viewport });
  await login.goto(`${ts.url}/workspace/`);
  await login.waitForSelector('form.login-card');
  await shot(login, 'login');
  await login.close();

  const admin = await browser.newPage({ viewport });
  await signIn(admin, 'admin');
  await admin.waitForSelector('.flags-table tbody tr');
  await shot(admin, 'flags');
  await admin.goto(`${ts.url}/workspace/#/calls/${encodeURIComponent(ts.seeded.repairCall)}`);
  await admin.waitForSelector('.transcript li');
  await admin.click('button.reveal');
  await admin.waitForSelector('.phone-full');
  await shot(admin, 'call');
  // All calls, and quality checks: a sample of the day before with one call scored.
  await admin.click('nav a[href="#/calls"]');
  await admin.waitForSelector('.calls-table tbody tr[data-callback]');
  await shot(admin, 'calls');
  await admin.click('nav a[href="#/quality"]');
  await admin.waitForSelector('form.draw-sample');
  await admin.fill('form.draw-sample input[name=percent]', '50');
  await admin.fill('form.draw-sample input[name=seed]', 'screenshots');
  await admin.click('form.draw-sample button[type=submit]');
  const sheet = admin.locator('.sample form.score-sheet').first();
  if (await sheet.count().then((n) => n > 0, () => false) || (await admin.waitForSelector('.sample form.score-sheet', { timeout: 10_000 }).then(() => true, () => false))) {
    await sheet.locator('select[name=scriptFollowed]').selectOption('5');
    await sheet.locator('select[name=politeness]').selectOption('4');
    await sheet.locator('select[name=answerCorrect]').selectOption('true');
    await sheet.locator('button[type=submit]').click();
    await sheet.locator('.scored').waitFor();
  }
  await shot(admin, 'quality', true);
  await admin.goto(`${ts.url}/workspace/#/calls/${encodeURIComponent(ts.seeded.anonCall)}`);
  await admin.waitForSelector('.transcript li');
  await shot(admin, 'call-anonymous');
  await admin.click('nav a[href="#/tasks"]');
  await admin.waitForSelector('.task-grid .task');
  await shot(admin, 'tasks');
  await admin.click('nav a[href="#/live"]');
  await admin.waitForSelector('table.grid');
  await shot(admin, 'live');
  await admin.click('nav a[href="#/users"]');
  await admin.waitForSelector('tr[data-user]');
  await shot(admin, 'users');
  await admin.click('nav a[href="#/rule"]');
  await admin.waitForSelector('form.rule-form');
  await shot(admin, 'rule');
  await admin.click('nav a[href="#/tenants"]');
  await admin.waitForSelector('table.tenants-table tr[data-tenant]');
  await shot(admin, 'tenants');
  // Reports: every tenant, the month of a week ago (the seed's last 14 days), by tenant; the whole page.
  await admin.click('nav a[href="#/reports"]');
  await admin.waitForSelector('.reports-page .report');
  const weekAgo = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date(Date.now() - 7 * 86_400_000));
  await admin.fill('input[name=date]', weekAgo);
  await admin.waitForSelector(`.reports-page .report[data-date="${weekAgo}"] [data-chart="trend"] canvas`);
  await admin.locator('input[name=date]').blur();
  await shot(admin, 'reports', true);
  await admin.click('header.top button.lang');
  await admin.click('nav a[href="#/flags"]');
  await admin.waitForSelector('.flags-table tbody tr');
  await shot(admin, 'flags-en');
  await admin.evaluate(() => localStorage.setItem('hf_lang', 'zh-CN'));
  await admin.close();

  const agent = await browser.newPage({ viewport });
  await signIn(agent, 'li');
  await agent.waitForSelector('.task-grid .task');
  await shot(agent, 'tasks-agent');
  // The board on a 900 px laptop and on a 390 px phone.
  await agent.setViewportSize({ width: 900, height: 820 });
  await shot(agent, 'tasks-900');
  await agent.setViewportSize({ width: 390, height: 844 });
  await shot(agent, 'tasks-phone');
  await agent.setViewportSize(viewport);
  await agent.goto(`${ts.url}/workspace/#/calls/${encodeURIComponent(ts.seeded.repairCall)}`);
  await agent.waitForSelector('button.reveal');
  await agent.click('button.reveal');
  await agent.waitForSelector('.alert.denied');
  await shot(agent, 'agent-denied');
  await agent.close();
} finally {
  await browser.close();
  await ts.close();
}
