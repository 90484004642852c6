/**
 * `npm run bench [-- <section> ...]`: every benchmark, or the named sections, with their
 * figures written into docs/benchmarks.md. Sections: engine, nlu, store, telephony, campaigns,
 * campaigns-week (needs DATABASE_URL), reports, start, fleet (worker processes on server Postgres).
 * A section whose script is not present is skipped with a note.
 */
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '..');
const SECTIONS: Record<string, { script: string; args: string[] }> = {
  engine: { script: 'scripts/bench-engine.ts', args: ['--write'] },
  nlu: { script: 'scripts/eval-nlu.ts', args: ['--write'] },
  store: { script: 'scripts/bench-store.ts', args: ['--write'] },
  telephony: { script: 'scripts/bench-telephony.ts', args: ['--write'] },
  campaigns: { script: 'scripts/bench-campaigns.ts', args: ['--write'] },
  'campaigns-week': { script: 'scripts/bench-campaigns-week.ts', args: ['--write'] },
  reports: { script: 'scripts/bench-reports.ts', args: ['--write'] },
  start: { script: 'scripts/bench-start.ts', args: ['--write'] },
  fleet: { script: 'scripts/bench-fleet.ts', args: ['--write'] },
};

const wanted = process.argv.slice(2).filter((a) => !a.startsWith('-'));
const names = wanted.length ? wanted : Object.keys(SECTIONS);
let failed = 0;
for (const name of names) {
  const s = SECTIONS[name];
  if (!s) {
    console.error(`unknown section '${name}' (known: ${Object.keys(SECTIONS).join(', ')})`);
    process.exitCode = 2;
    continue;
  }
  if (!existsSync(join(ROOT, s.script))) {
    console.log(`== ${name}: ${s.script} not present, skipped`);
    continue;
  }
  console.log(`== ${name}`);
  const r = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', s.script, ...s.args], { cwd: ROOT, stdio: 'inherit', env: process.env });
  if (r.status !== 0) failed++;
}
if (failed) process.exitCode = 1;
