import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXPORT_COLUMNS, exportRows, toCsv, toNdjson } from '../../src/results/export.js';
import { recordTurn } from '../../src/results/record.js';
import type { Effect } from '../../src/engine/types.js';
import type { Store } from '../../src/store/index.js';
import { BACKENDS, openTestStore } from '../support/store.js';
import { fakeClock } from '../support/clock.js';
import { seedCallback } from '../support/seed.js';
import type { TestStore } from '../support/store.js';

describe.each(BACKENDS)('export on %s', (backend) => {
  const clock = fakeClock();
  let t: TestStore;
  let store: Store;
  let tenantId: string;
  const externalIds: string[] = [];

  async function finish(at: string, effects: Effect[]): Promise<void> {
    clock.set(at);
    const s = await seedCallback(store, { tenantId });
    tenantId = s.tenantId;
    externalIds.push(s.workOrder.externalId);
    const { attempt } = await store.callbacks.startAttempt({ callbackId: s.callback.id, channel: 'voice' });
    await recordTurn(store, { callbackId: s.callback.id, attemptId: attempt.id, expectedVersion: 0, session: {}, effects });
  }

  beforeAll(async () => {
    t = await openTestStore(backend, { now: clock.now });
    store = t.store;
    tenantId = 'export-co';
    await store.tenants.upsert({ id: tenantId, name: 'Export Co' });
    // 2025-02-28 23:30 in Shanghai is 15:30 UTC: it belongs to February.
    await finish('2025-02-28T15:30:00Z', [
      { type: 'set_score', stepId: 'overall', scale: '0-10', raw: 10, level: 'very_satisfied' },
      { type: 'end', outcome: 'completed', stepId: 'bye' },
    ]);
    await finish('2025-03-01T02:00:00Z', [
      { type: 'set_score', stepId: 'overall', scale: '0-10', raw: 3, level: 'dissatisfied' },
      { type: 'record_answer', stepId: 'reason', raw: '说话不客气, "很凶"', via: 'speech', value: null, confidence: 0.8 },
      { type: 'escalate', reason: 'low_score', stepId: 'reason' },
      { type: 'end', outcome: 'escalated', stepId: 'bye' },
    ]);
    await finish('2025-03-02T02:00:00Z', [{ type: 'end', outcome: 'rescheduled', stepId: 'bye' }]);
  });
  afterAll(async () => t?.cleanup());

  it('one row per finished callback, days in the tenant time zone', async () => {
    const feb = await exportRows(store, { tenantId, from: '2025-02-01', to: '2025-02-28' });
    expect(feb).toEqual([
      { workOrderId: externalIds[0], dialog: 'telecom-install', outcome: 'completed', channel: 'voice', level: 'very_satisfied', score: '10', scale: '0-10', reason: null, escalated: false, completedAt: '2025-02-28T15:30:00.000Z' },
    ]);
    const march = await exportRows(store, { tenantId, from: '2025-03-01' });
    expect(march).toEqual([
      { workOrderId: externalIds[1], dialog: 'telecom-install', outcome: 'escalated', channel: 'voice', level: 'dissatisfied', score: '3', scale: '0-10', reason: '说话不客气, "很凶"', escalated: true, completedAt: '2025-03-01T02:00:00.000Z' },
    ]);
  });

  it('csv has a header and round-trips through a CSV parser; ndjson is one object a line', async () => {
    const rows = await exportRows(store, { tenantId });
    const csv = toCsv(rows);
    expect(csv.split('\n')[0]).toBe(EXPORT_COLUMNS.join(','));
    const parsed = parse(csv, { columns: true }) as Record<string, string>[];
    expect(parsed).toHaveLength(2);
    expect(parsed[1]).toMatchObject({ reason: '说话不客气, "很凶"', escalated: 'true', level: 'dissatisfied' });
    expect(toCsv(rows, { bom: true }).startsWith('\uFEFF')).toBe(true);
    const lines = toNdjson(rows).trimEnd().split('\n');
    expect(lines.map((l) => (JSON.parse(l) as { workOrderId: string }).workOrderId)).toEqual(externalIds.slice(0, 2));
  });

  it('a malformed date is a coded usage error', async () => {
    await expect(exportRows(store, { from: '2025-3-1' })).rejects.toMatchObject({ code: 'HF_CLI_USAGE' });
  });
});
