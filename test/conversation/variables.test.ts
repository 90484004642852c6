import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startVariables } from '../../src/conversation/variables.js';
import { openStore, type Store } from '../../src/store/index.js';

let store: Store;
const now = new Date('2026-11-23T02:00:00Z');
beforeAll(async () => {
  store = await openStore({ dataDir: 'memory://', now: () => now });
  await store.tenants.upsert({ id: 't', name: 'T', timeZone: 'Asia/Shanghai' });
});
afterAll(async () => store.close());

async function callbackFor(anonymous: boolean, finishedAt: string) {
  const wo = await store.workOrders.upsert({ tenantId: 't', externalId: `wo-${anonymous}-${finishedAt}`, kind: 'heating-complaint', finishedAt, anonymous, customer: { name: '赵女士', phones: ['+8613800138011'] }, engineer: '李师傅' });
  return (await store.callbacks.create({ tenantId: 't', workOrderId: wo.id, dialogId: 'heating-complaint', dialogVersion: 1, campaign: 'c' })).callback;
}

describe('start variables of a callback', () => {
  it('name, engineer and a relative finish day', async () => {
    const { variables, timeZone } = await startVariables(store, await callbackFor(false, '2026-11-22T03:00:00Z'));
    expect(timeZone).toBe('Asia/Shanghai');
    expect(variables).toMatchObject({ customerName: '赵女士', engineer: '李师傅', finishedAt: '昨天' });
  });
  it('never the name of an anonymous complainant (003 八.5(8))', async () => {
    const { variables } = await startVariables(store, await callbackFor(true, '2026-11-23T01:00:00Z'));
    expect(variables.customerName).toBeUndefined();
    expect(variables.finishedAt).toBe('今天');
  });
});
