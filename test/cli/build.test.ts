/**
 * The build behind `bin/huifang.js` (scripts/build.js), on a small package of its own: a
 * missing build is built; a changed, added or removed source is seen and rebuilt, even when
 * its size and mtime were put back; a fresh build is left alone; a source that does not
 * compile is an error naming the file, never the old code.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { build, checkBuild, ensureBuilt, type BuildState } from '../../scripts/build.js';

const check = (root: string): BuildState => checkBuild(root);

let root: string;
const write = (rel: string, text: string) => {
  mkdirSync(join(root, 'src', rel, '..'), { recursive: true });
  writeFileSync(join(root, 'src', rel), text);
};
/** Run the built entry and return its output. */
const run = (rel: string) => {
  const r = spawnSync(process.execPath, [join(root, 'dist', rel)], { encoding: 'utf8' });
  return r.stdout.trim();
};

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'hf-build-'));
  writeFileSync(join(root, 'package.json'), JSON.stringify({ type: 'module' }));
  write('main.ts', "import { greet } from './lib/greet.js';\nconst n: number = 1;\nconsole.log(greet('回访'), n);\n");
  write('lib/greet.ts', "export const greet = (s: string): string => `hello ${s}`;\n");
  write('web/plain.js', 'export const x = 1;\n');
  write('types.d.ts', 'declare const y: number;\n');
});

afterEach(() => {
  rmSync(root, { recursive: true, force: true });
});

describe('the build', () => {
  it('a missing build is built: .ts and .js one to one, .d.ts left out', async () => {
    expect(check(root)).toMatchObject({ fresh: false, missing: true });
    expect(await ensureBuilt(root)).toEqual({ ok: true, rebuilt: 3 });
    expect(run('main.js')).toBe('hello 回访 1');
    expect(existsSync(join(root, 'dist/web/plain.js'))).toBe(true);
    expect(existsSync(join(root, 'dist/types.d.js'))).toBe(false);
    expect(check(root)).toEqual({ fresh: true, missing: false, changed: [], removed: [] });
    expect(await ensureBuilt(root)).toEqual({ ok: true, rebuilt: 0 });
  });

  it('a changed source is rebuilt before anything runs, alone', async () => {
    await build(root);
    write('lib/greet.ts', "export const greet = (s: string): string => `你好 ${s}`;\n");
    expect(check(root).changed).toEqual(['lib/greet.ts']);
    expect(await ensureBuilt(root)).toEqual({ ok: true, rebuilt: 1 });
    expect(run('main.js')).toBe('你好 回访 1');
  });

  it('the same size and mtime put back do not hide a change (the hash decides)', async () => {
    await build(root);
    const file = join(root, 'src/lib/greet.ts');
    const before = statSync(file);
    const text = readFileSync(file, 'utf8');
    writeFileSync(file, text.replace('hello', 'HELLO'));
    utimesSync(file, before.atime, before.mtime);
    expect(statSync(file).size).toBe(before.size);
    expect(check(root).changed).toEqual(['lib/greet.ts']);
    await ensureBuilt(root);
    expect(run('main.js')).toBe('HELLO 回访 1');
  });

  it('an old build stays fresh when only mtimes changed (a checkout), and the hash is checked only for recent files', async () => {
    await build(root);
    const manifest = JSON.parse(readFileSync(join(root, 'dist/.build.json'), 'utf8'));
    // Pretend the build is an hour old: untouched files are trusted by size and mtime.
    for (const e of Object.values(manifest.files) as { builtAt: number }[]) e.builtAt += 3_600_000;
    writeFileSync(join(root, 'dist/.build.json'), JSON.stringify(manifest));
    const later = new Date(Date.now() + 60_000);
    utimesSync(join(root, 'src/main.ts'), later, later);
    expect(check(root).fresh).toBe(true);
  });

  it('added and removed sources; a deleted output', async () => {
    await build(root);
    write('extra.ts', 'export const z = 2;\n');
    rmSync(join(root, 'src/web/plain.js'));
    expect(check(root)).toMatchObject({ changed: ['extra.ts'], removed: ['web/plain.js'] });
    await ensureBuilt(root);
    expect(existsSync(join(root, 'dist/extra.js'))).toBe(true);
    expect(existsSync(join(root, 'dist/web/plain.js'))).toBe(false);
    rmSync(join(root, 'dist/lib/greet.js'));
    expect(check(root).changed).toEqual(['lib/greet.ts']);
  });

  it('a source that does not compile is an error naming it; the manifest still says stale', async () => {
    await build(root);
    write('lib/greet.ts', 'export const greet = (s: string =>\n');
    await expect(ensureBuilt(root)).rejects.toThrow(/greet\.ts/);
    expect(check(root).changed).toEqual(['lib/greet.ts']);
  });
});
