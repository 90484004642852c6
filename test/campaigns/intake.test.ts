import { join } from 'node:path';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  csvRecordToOrder,
  ingestWorkOrders,
  validateWorkOrder,
  WORK_ORDER_FIELDS,
  type IngestProgress,
} from '../../src/campaigns/intake.js';
import { formatSummary, runImport } from '../../src/campaigns/import-file.js';
import { openStore, type Store } from '../../src/store/index.js';

const FIXTURES = join(import.meta.dirname, '../fixtures');

const order = (over: Record<string, unknown> = {}): Record<string, unknown> => ({
  externalId: 'WO-1',
  kind: 'install',
  finishedAt: '2025-01-15T10:30:00+08:00',
  customer: { name: '张三', phones: ['13800138000'] },
  district: '朝阳区',
  ...over,
});

/** Every text a result could show: messages and fields. */
const textOf = (v: unknown): string => JSON.stringify(v);

class Buf {
  text = '';
  isTTY = false;
  write(s: string): boolean {
    this.text += s;
    return true;
  }
}

// One store for the file (opening one is slow); each test gets its own tenant.
let store: Store;
let clock: Date;
let tenant: string;
let n = 0;
beforeAll(async () => {
  store = await openStore({ dataDir: 'memory://', now: () => clock });
});
afterAll(async () => {
  await store.close();
});
beforeEach(async () => {
  clock = new Date('2025-01-15T12:00:00Z');
  tenant = `t${++n}`;
  await store.tenants.upsert({ id: tenant, name: `tenant ${n}` });
});

describe('validateWorkOrder', () => {
  it('accepts a full order and normalises phones to E.164', () => {
    const v = validateWorkOrder(
      order({
        customer: { name: ' 张三 ', phones: ['138 0013 8000', '010-62345678'], chatAddress: 'teams:29:abc' },
        address: '北京市朝阳区望京西园三区5号楼',
        heatStation: '建华换热站',
        engineer: '李建国（工号BJ20101）',
        team: '朝阳装维一班',
        segment: 'vip',
        anonymous: false,
      }),
    );
    expect(v.ok).toBe(true);
    if (v.ok) {
      expect(v.order.customer.phones).toEqual(['+8613800138000', '+861062345678']);
      expect(v.order.customer.name).toBe('张三');
    }
  });

  it('rejects unknown fields by name, nested ones with their path', () => {
    const v = validateWorkOrder(order({ colour: 'blue', customer: { phones: ['13800138000'], mail: 'x' } }));
    expect(v.ok).toBe(false);
    if (!v.ok) {
      expect(v.issues).toEqual(
        expect.arrayContaining([
          { field: 'colour', message: 'unknown field' },
          { field: 'customer.mail', message: 'unknown field' },
        ]),
      );
    }
  });

  it('requires externalId, kind, finishedAt with an offset, at least one phone', () => {
    const v = validateWorkOrder({ customer: { phones: [] } });
    expect(v.ok).toBe(false);
    if (!v.ok) {
      const fields = Object.fromEntries(v.issues.map((i) => [i.field, i.message]));
      expect(fields.externalId).toBe('required');
      expect(fields.finishedAt).toBe('required');
      expect(fields['customer.phones']).toBe('at least one phone number is required');
    }
    const local = validateWorkOrder(order({ finishedAt: '2025-01-15T10:30:00' }));
    expect(local.ok).toBe(false);
    if (!local.ok) expect(local.issues[0]?.field).toBe('finishedAt');
    expect(validateWorkOrder(order({ finishedAt: '2025-01-15T02:30:00Z' })).ok).toBe(true);
  });

  it('renovation orders need a stage; other kinds may not have one', () => {
    expect(validateWorkOrder(order({ kind: 'renovation-stage', stage: 'mid-payment' })).ok).toBe(true);
    const missing = validateWorkOrder(order({ kind: 'renovation-stage' }));
    expect(!missing.ok && missing.issues[0]).toEqual({ field: 'stage', message: 'required when kind is renovation-stage' });
    const extra = validateWorkOrder(order({ stage: 'start' }));
    expect(!extra.ok && extra.issues[0]?.field).toBe('stage');
  });

  it('rejects a NUL or another control character in a text field with the field, before the database sees it', () => {
    for (const [patch, field] of [
      [{ externalId: 'GD-\u00001' }, 'externalId'],
      [{ address: '北京市\u0000朝阳区' }, 'address'],
      [{ customer: { name: '王\u0007秀英', phones: ['13800138000'] } }, 'customer.name'],
      [{ customer: { phones: ['138\u000000138000'] } }, 'customer.phones[0]'],
    ] as const) {
      const v = validateWorkOrder(order(patch));
      expect(v.ok, field).toBe(false);
      expect(!v.ok && v.issues.map((i) => i.field), field).toEqual([field]);
    }
    // Tabs and line breaks inside an address stay allowed.
    expect(validateWorkOrder(order({ address: '北京市朝阳区\n望京西园三区' })).ok).toBe(true);
  });

  it('never puts a phone number in a message', () => {
    for (const bad of ['1380013800', '++86138', 'call me', '12', '99999999999999999999']) {
      const v = validateWorkOrder(order({ customer: { phones: ['13900139000', bad] } }));
      expect(v.ok).toBe(false);
      if (!v.ok) {
        expect(v.issues).toEqual([{ field: 'customer.phones[1]', message: 'not a valid phone number' }]);
        expect(textOf(v)).not.toContain(bad);
      }
    }
  });

  it('lists the CSV header names', () => {
    expect(WORK_ORDER_FIELDS).toContain('customer.phones');
    expect(csvRecordToOrder({ externalId: 'A', 'customer.phones': '138;139 ', 'customer.name': '', anonymous: '否' })).toEqual({
      externalId: 'A',
      customer: { phones: ['138', '139'] },
      anonymous: false,
    });
  });
});

describe('ingestWorkOrders', () => {
  it('rejects a bad row with its line and field while the good rows go in', async () => {
    const progress: IngestProgress[] = [];
    const r = await ingestWorkOrders(
      store,
      tenant,
      [
        order({ externalId: 'A' }),
        order({ externalId: 'B', customer: { name: '李四', phones: ['1380013800'] } }),
        order({ externalId: 'C', kind: 'fixing' }),
        'not an object',
        order({ externalId: 'D', customer: { phones: ['+8613900139000'] } }),
      ],
      { onProgress: (p) => progress.push(p) },
    );
    expect(r.accepted).toBe(2);
    expect(r.duplicates).toBe(0);
    expect(r.acceptedIds).toHaveLength(2);
    expect(r.rejected.map((x) => [x.line, x.externalId, x.field, x.code])).toEqual([
      [2, 'B', 'customer.phones[0]', 'HF_WORK_ORDER_INVALID'],
      [3, 'C', 'kind', 'HF_WORK_ORDER_INVALID'],
      [4, undefined, '', 'HF_WORK_ORDER_INVALID'],
    ]);
    expect(r.rejected[0]?.message).toBe('not a valid phone number');
    expect(textOf(r.rejected)).not.toContain('1380013800');
    expect(progress.at(-1)).toEqual({ done: 5, accepted: 2, duplicates: 0, rejected: 3, total: 5 });

    const a = await store.workOrders.getByExternalId(tenant, 'A');
    expect(a?.kind).toBe('install');
    expect(a?.finishedAt?.toISOString()).toBe('2025-01-15T02:30:00.000Z');
    const phones = await store.workOrders.phones(a?.customerId as string);
    expect(phones.map((p) => [p.e164, p.masked, p.isPrimary])).toEqual([['+8613800138000', '138****8000', true]]);
    expect(await store.workOrders.getByExternalId(tenant, 'B')).toBeNull();
    expect(JSON.stringify(a?.raw)).not.toContain('138');
  });

  it('a re-sent order changes nothing, not even when its content differs', async () => {
    await ingestWorkOrders(store, tenant, [order({ externalId: 'A', segment: 'vip', customer: { name: '张三', phones: ['13800138000'] } })]);
    const before = await store.workOrders.getByExternalId(tenant, 'A');
    const customerBefore = await store.db.query('SELECT * FROM customers WHERE tenant_id = $1', [tenant]);
    const phonesBefore = await store.db.query(
      'SELECT p.* FROM customer_phones p JOIN customers c ON c.id = p.customer_id WHERE c.tenant_id = $1 ORDER BY p.id',
      [tenant],
    );
    clock = new Date('2025-01-16T12:00:00Z');
    const again = await ingestWorkOrders(store, tenant, [
      order({ externalId: 'A', kind: 'repair', customer: { name: '王五', phones: ['13900139000'] } }),
      order({ externalId: 'A' }),
    ]);
    expect(again).toMatchObject({ accepted: 0, duplicates: 2, rejected: [] });
    expect(await store.workOrders.getByExternalId(tenant, 'A')).toEqual(before);
    expect((await store.db.query('SELECT * FROM customers WHERE tenant_id = $1', [tenant])).rows).toEqual(customerBefore.rows);
    expect(
      (
        await store.db.query(
          'SELECT p.* FROM customer_phones p JOIN customers c ON c.id = p.customer_id WHERE c.tenant_id = $1 ORDER BY p.id',
          [tenant],
        )
      ).rows,
    ).toEqual(phonesBefore.rows);
    const count = await store.db.query<{ n: number }>('SELECT count(*)::int AS n FROM work_orders WHERE tenant_id = $1', [tenant]);
    expect(count.rows[0]?.n).toBe(1);
  });

  it('the same external id in another tenant is another order', async () => {
    await store.tenants.upsert({ id: `${tenant}-heat`, name: '永恒热力' });
    await ingestWorkOrders(store, tenant, [order()]);
    const r = await ingestWorkOrders(store, `${tenant}-heat`, [order()]);
    expect(r.accepted).toBe(1);
  });

  it('a duplicate inside one batch is counted once as accepted, then as a duplicate', async () => {
    const r = await ingestWorkOrders(store, tenant, [order(), order()]);
    expect(r).toMatchObject({ accepted: 1, duplicates: 1 });
  });

  it('keeps stage and chat address in raw, and the anonymous flag', async () => {
    await ingestWorkOrders(store, tenant, [
      order({ externalId: 'R', kind: 'renovation-stage', stage: 'completion', customer: { phones: ['13800138000'], chatAddress: 'conv-1' } }),
      order({ externalId: 'H', kind: 'heating-complaint', anonymous: true, heatStation: '建华换热站' }),
    ]);
    const r = await store.workOrders.getByExternalId(tenant, 'R');
    expect(r?.raw).toEqual({ stage: 'completion', chatAddress: 'conv-1' });
    const h = await store.workOrders.getByExternalId(tenant, 'H');
    expect([h?.anonymous, h?.heatStation]).toEqual([true, '建华换热站']);
  });

  it('an unknown tenant is an error, not a rejection', async () => {
    await expect(ingestWorkOrders(store, 'nope', [order()])).rejects.toMatchObject({ code: 'HF_STORE_NOT_FOUND' });
  });
});

describe('huifang import (runImport)', () => {
  it('imports a CSV file: good rows in, bad rows reported with their file line', async () => {
    const out = new Buf();
    const err = new Buf();
    const { result, exitCode } = await runImport({ file: join(FIXTURES, 'work-orders.csv'), store, tenantId: tenant, stdout: out, stderr: err });
    expect(exitCode).toBe(1);
    expect(result.accepted).toBe(4);
    expect(result.rejected.map((r) => [r.line, r.externalId, r.field])).toEqual([
      [4, 'GD-0003', 'customer.phones[0]'],
      [5, 'GD-0004', 'finishedAt'],
    ]);
    expect(out.text).toContain('accepted 4, duplicates 0, rejected 2');
    expect(out.text).toContain('line 4: field customer.phones[0]: not a valid phone number');
    expect(out.text).not.toContain('1380013800');
    expect(err.text).toBe(''); // no progress bar when stderr is not a terminal
    const two = await store.workOrders.getByExternalId(tenant, 'GD-0002');
    expect(two?.address).toBe('北京市海淀区学院路小区3号楼, 1单元502');
    expect(two?.segment).toBe('vip');
    expect((await store.workOrders.phones(two?.customerId as string)).map((p) => p.e164)).toEqual(['+8613900139001', '+861062345678']);
    const anon = await store.workOrders.getByExternalId(tenant, 'RL-0005');
    expect(anon?.anonymous).toBe(true);
    expect((await store.workOrders.getByExternalId(tenant, 'ZX-0006'))?.raw).toMatchObject({ stage: 'completion', source: 'import' });

    // Importing the same file again changes nothing.
    const again = await runImport({ file: join(FIXTURES, 'work-orders.csv'), store, tenantId: tenant, stdout: new Buf(), stderr: new Buf() });
    expect(again.result).toMatchObject({ accepted: 0, duplicates: 4 });
  });

  it('imports an NDJSON file: unknown fields and bad JSON are reported by line', async () => {
    const out = new Buf();
    const { result, exitCode } = await runImport({ file: join(FIXTURES, 'work-orders.ndjson'), store, tenantId: tenant, stdout: out, stderr: new Buf() });
    expect(exitCode).toBe(1);
    expect(result.accepted).toBe(3);
    expect(result.rejected.map((r) => [r.line, r.field, r.message])).toEqual([
      [4, 'colour', 'unknown field'],
      [5, '', 'not valid JSON'],
    ]);
    expect(out.text).toContain('line 5: field (row): not valid JSON');
    expect(out.text).not.toContain('13800138004');
  });

  it('exit code 0 when nothing is rejected; a progress bar when asked', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'hf-import-'));
    const file = join(dir, 'ok.jsonl');
    writeFileSync(file, `${JSON.stringify(order({ externalId: 'X1' }))}\r\n${JSON.stringify(order({ externalId: 'X2' }))}\r\n`);
    const err = new Buf();
    const { result, exitCode } = await runImport({ file, store, tenantId: tenant, stdout: new Buf(), stderr: err, progress: true });
    expect([exitCode, result.accepted]).toEqual([0, 2]);
    expect(err.text).toContain('100%');
  });

  it('a CSV row with the wrong number of cells is rejected; an unknown column names itself', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'hf-import-'));
    const file = join(dir, 'x.csv');
    writeFileSync(
      file,
      '\uFEFFexternalId,kind,finishedAt,customer.phones,colour\nA,install,2025-01-15T10:00:00+08:00,13800138000\nB,install,2025-01-15T10:00:00+08:00,13800138001,red\n',
    );
    const { result } = await runImport({ file, store, tenantId: tenant, stdout: new Buf(), stderr: new Buf() });
    expect(result.rejected.map((r) => [r.line, r.field, r.message])).toEqual([
      [2, '', 'has 4 cells, the header has 5'],
      [3, 'colour', 'unknown field'],
    ]);
  });

  it('a CSV syntax error ends the import with one rejection; the rows before it are in', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'hf-import-'));
    const file = join(dir, 'broken.csv');
    writeFileSync(
      file,
      'externalId,kind,finishedAt,customer.phones\nA,install,2025-01-15T10:00:00+08:00,13800138000\nB,install,"2025-01-15"x,13800138001\nC,install,2025-01-15T10:00:00+08:00,13800138002\n',
    );
    const out = new Buf();
    const { result } = await runImport({ file, store, tenantId: tenant, stdout: out, stderr: new Buf() });
    expect(result.accepted).toBe(1);
    expect(result.rejected).toHaveLength(1);
    expect(result.rejected[0]?.line).toBe(3);
    expect(result.rejected[0]?.message).toMatch(/^CSV syntax error \(CSV_INVALID_CLOSING_QUOTE\)/);
    expect(out.text).not.toContain('13800138001');
  });

  it('refuses an unknown format or a missing file', async () => {
    await expect(runImport({ file: 'orders.xlsx', store, tenantId: tenant })).rejects.toMatchObject({ code: 'HF_CLI_USAGE' });
    await expect(runImport({ file: '/nonexistent/orders.csv', store, tenantId: tenant })).rejects.toMatchObject({ code: 'HF_CLI_USAGE' });
  });

  it('formats the summary', () => {
    expect(formatSummary({ accepted: 1, duplicates: 2, rejected: [], acceptedIds: [] })).toBe('accepted 1, duplicates 2, rejected 0\n');
  });
});
