/**
 * The process kit (test/support/processes.ts) itself: a simulator, serve and a worker as real
 * processes on a database of their own; a one-shot command with the same settings; kill -9;
 * everything stopped and the database dropped afterwards. Skipped (with the reason) only when
 * no server Postgres answers.
 */
import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_PG_URL, postgresReachable, Topology, unmaskedPhones } from '../support/processes.js';

const reachable = await postgresReachable();
if (!reachable) console.warn(`test/fleet/processes.test.ts skipped: no server Postgres at ${ADMIN_PG_URL.replace(/\/\/[^@]*@/, '//')} (set DATABASE_URL_TEST)`);

describe.skipIf(!reachable)('the process kit', () => {
  let t: Topology;
  beforeAll(async () => {
    t = await Topology.create({ prefix: 'kit' });
  });
  afterAll(async () => {
    await t?.stop();
  });

  it('starts a simulator, serve and a worker on their own ports and database; kill -9 and stop clean up', async () => {
    const sim = await t.simulator({ speed: 20 });
    expect(sim.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(t.env.TWILIO_API_BASE).toBe(sim.url);
    expect(await sim.stats()).toMatchObject({ calls: 0, duplicateDials: 0 });
    const web = await t.serve();
    expect(web.url).toBe(t.publicUrl);
    const w = await t.worker({ tick: 1 });
    // A one-shot command shares the settings: it sees the worker's heartbeat in the same database.
    const s = t.status();
    expect(s.stuck).toBe(0);
    expect(s.workers.map((x) => x.pid)).toContain(w.pid);
    w.kill('SIGKILL');
    expect(await w.exited).toMatchObject({ signal: 'SIGKILL' });
    expect(unmaskedPhones(t.logs())).toEqual([]);
    expect(unmaskedPhones(['call to 13800138000'])).toHaveLength(1);
    expect(unmaskedPhones(['call to 138****8000'])).toEqual([]);
    const name = t.database!.name;
    const dir = t.dir;
    await t.stop();
    for (const p of t.processes) expect(p.running).toBe(false);
    expect(existsSync(dir)).toBe(false);
    const admin = await Topology.create({ postgres: true, prefix: 'kitcheck' });
    try {
      expect(await admin.sql('SELECT 1 FROM pg_database WHERE datname = $1', [name])).toEqual([]);
    } finally {
      await admin.stop();
    }
  });
});
