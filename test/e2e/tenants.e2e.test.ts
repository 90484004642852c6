/**
 * The Tenants page in a real browser: an admin creates a tenant with calling hours, days,
 * holidays and make-up working days and a write-back endpoint, sees a bad value refused with
 * the server's message, edits a tenant without the secret ever coming back to the page; the
 * change is audited. A supervisor has no Tenants tab. Run with `npm run test:e2e`.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PASSWORDS } from '../support/workspace-seed.js';
import { launchBrowser, startSeededServer, type TestServer } from './browser.js';

const SECRET = 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw';
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
  await page.goto(`${ts.url}/`);
  await page.fill('input[name=username]', username);
  await page.fill('input[name=password]', password);
  await page.click('button[type=submit]');
  await page.waitForSelector('header.top');
}

describe('tenants page', () => {
  it('an admin creates a tenant, is told what is wrong, and edits it; no secret reaches the page', async () => {
    const page = await browser.newPage({ viewport: { width: 1366, height: 900 } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.addInitScript(() => localStorage.setItem('hf_lang', 'zh-CN'));
    await signIn(page, 'admin', PASSWORDS.admin);
    await page.click('nav a[href="#/tenants"]');
    await page.waitForSelector('table.tenants-table tr[data-tenant="telecom"]');
    expect(await page.textContent('h2')).toBe('公司管理');

    const form = page.locator('form.new-tenant');
    await form.locator('input[name=id]').fill('unicom-dachang');
    await form.locator('input[name=name]').fill('中国联通大厂分公司');
    await form.locator('input[name=callingHours]').fill('09:00-12:00,14:00-13:00');
    await form.locator('input[name=callingDays]').fill('1-5');
    await form.locator('textarea[name=holidays]').fill('2025-10-01..2025-10-08 holiday 国庆节\n2025-10-11 workday 调休');
    await form.locator('input[name=writebackUrl]').fill('https://orders.example.com/hooks');
    await form.locator('input[name=writebackSecret]').fill(SECRET);
    await form.locator('button[type=submit]').click();
    const alert = form.locator('[role=alert]');
    await alert.waitFor();
    expect(await alert.getAttribute('data-code')).toBe('HF_TENANT_INVALID');
    expect(await alert.textContent()).toContain('callingHours: "14:00-13:00": a window starts before it ends');
    expect(await ts.store.tenants.get('unicom-dachang')).toBeNull();

    await form.locator('input[name=callingHours]').fill('09:00-12:00,14:00-20:00');
    await form.locator('button[type=submit]').click();
    const row = page.locator('tr[data-tenant="unicom-dachang"]');
    await row.waitFor();
    expect(await row.locator('.calling-hours').textContent()).toBe('09:00-12:00,14:00-20:00');
    expect(await row.locator('.calling-days').textContent()).toBe('一 二 三 四 五');
    expect(await row.locator('.holidays').textContent()).toContain('8');
    const t = await ts.store.tenants.get('unicom-dachang');
    expect(t?.settings).toMatchObject({ callingDays: [1, 2, 3, 4, 5], workdays: ['2025-10-11'], writeback: { url: 'https://orders.example.com/hooks', secret: SECRET } });
    expect(await page.content()).not.toContain('whsec_M');

    // Edit: the form opens with the tenant's settings, the secret field empty.
    const edit = page.locator('form.edit-tenant[data-tenant="unicom-dachang"]');
    if (!(await edit.count())) await row.locator('button.edit-tenant').click();
    await edit.waitFor();
    expect(await edit.locator('input[name=writebackSecret]').inputValue()).toBe('');
    expect(await edit.locator('textarea[name=holidays]').inputValue()).toContain('2025-10-11 workday');
    await edit.locator('input[name=callingDays]').fill('1-6');
    await edit.locator('button[type=submit]').click();
    await edit.locator('.tenant-saved').waitFor();
    await page.waitForFunction(() => document.querySelector('tr[data-tenant="unicom-dachang"] .calling-days')?.textContent === '一 二 三 四 五 六');
    const after = await ts.store.tenants.get('unicom-dachang');
    expect(after?.settings.callingDays).toEqual([1, 2, 3, 4, 5, 6]);
    // The secret and the URL are as they were: an edit sends only what changed.
    expect(after?.settings.writeback).toEqual({ url: 'https://orders.example.com/hooks', secret: SECRET });
    const audit = await ts.store.contact.auditFor('tenant:unicom-dachang');
    expect(audit.map((a) => a.action).sort()).toEqual(['create_tenant', 'update_tenant']);
    expect(audit.find((a) => a.action === 'update_tenant')?.detail).toEqual({ fields: ['callingDays'] });
    // The tenant's calls go through Aliyun (docs/telephony-aliyun.md): chosen on the page, shown in the table.
    await edit.locator('select[name=voiceProvider]').selectOption('aliyun');
    await edit.locator('button[type=submit]').click();
    await page.waitForFunction(() => document.querySelector('tr[data-tenant="unicom-dachang"] .providers')?.textContent?.includes('阿里云'));
    expect((await ts.store.tenants.get('unicom-dachang'))?.settings).toMatchObject({ voiceProvider: 'aliyun' });
    expect((await ts.store.tenants.get('unicom-dachang'))?.settings.smsProvider).toBeUndefined();
    expect(errors).toEqual([]);
    await page.close();
  });

  it('a supervisor has no Tenants tab and the page shows the API’s refusal', async () => {
    const page = await browser.newPage({ viewport: { width: 1366, height: 800 } });
    await page.addInitScript(() => localStorage.setItem('hf_lang', 'zh-CN'));
    await signIn(page, 'zhang', PASSWORDS.zhang);
    expect(await page.locator('nav a[href="#/tenants"]').count()).toBe(0);
    await page.goto(`${ts.url}/workspace/#/tenants`);
    const alert = page.locator('.tenants-page [role=alert]');
    await alert.waitFor();
    expect(await alert.getAttribute('data-code')).toBe('HF_FORBIDDEN');
    await page.close();
  });
});
