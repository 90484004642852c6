/**
 * The build: every module of src/ (TypeScript, and the plain .js modules beside them)
 * transpiled one file to one file into dist/ with esbuild — the same transform tsx applies at
 * run time, so the build behaves as the sources do. No bundling (dist/ mirrors src/, so
 * `new URL('../../…', import.meta.url)` means the same from both) and no type checking
 * (`npm run typecheck` does that).
 *
 * `npm install` runs it through `prepare`; `npm run build` runs it by hand. dist/.build.json
 * records each source file's size, mtime and SHA-256, so `bin/huifang.js` can tell in a few
 * milliseconds whether the build matches the sources (`checkBuild`) and rebuild only what
 * changed (`ensureBuilt`) before it runs anything: old code never runs silently.
 *
 * Plain JavaScript on purpose: it runs before any build exists. esbuild is imported only when
 * something has to be built, so a fresh check costs a directory walk and ~150 stat calls.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Bump when the output would differ for the same sources (esbuild options, layout): everything is rebuilt. */
const FORMAT = 1;
/** A file modified this close to its build may have changed again in the same clock tick: its hash decides. */
const RACY_MS = 2000;

const ESBUILD_OPTIONS = { format: 'esm', platform: 'node', target: 'node20', sourcemap: 'linked', logLevel: 'silent' };

/** @param {string} root the package folder; @returns the build's folders */
export function buildPaths(root) {
  return { root, src: join(root, 'src'), out: join(root, 'dist'), manifest: join(root, 'dist', '.build.json') };
}

/** Source files relative to src/ (forward slashes): .ts (not .d.ts), .js, .mjs. */
export function sourceFiles(src) {
  return readdirSync(src, { recursive: true })
    .map((f) => String(f).split(sep).join('/'))
    .filter((f) => (/\.(ts|js|mjs)$/.test(f) && !f.endsWith('.d.ts')))
    .sort();
}

/** The output of a source file, relative to dist/. */
export function outputOf(rel) {
  return rel.replace(/\.ts$/, '.js');
}

function sha256(file) {
  return createHash('sha256').update(readFileSync(file)).digest('hex');
}

function readManifest(path) {
  try {
    const m = JSON.parse(readFileSync(path, 'utf8'));
    return m && m.format === FORMAT && m.files ? m : null;
  } catch {
    return null;
  }
}

/**
 * Does the build match the sources?
 * @param {string} root
 * @returns {{ fresh: boolean, missing: boolean, changed: string[], removed: string[] }}
 *   `changed`: sources (relative to src/) whose output is missing or stale; `removed`:
 *   sources the build has that are gone.
 */
export function checkBuild(root) {
  const p = buildPaths(root);
  const files = sourceFiles(p.src);
  const m = readManifest(p.manifest);
  if (!m) return { fresh: false, missing: true, changed: files, removed: [] };
  const changed = [];
  for (const rel of files) {
    const e = m.files[rel];
    if (!e || !existsSync(join(p.out, outputOf(rel)))) {
      changed.push(rel);
      continue;
    }
    const abs = join(p.src, rel);
    const st = statSync(abs);
    const sameStat = st.size === e.size && st.mtimeMs === e.mtimeMs;
    if (sameStat && st.mtimeMs < e.builtAt - RACY_MS) continue;
    if (st.size !== e.size || sha256(abs) !== e.sha256) changed.push(rel);
  }
  const present = new Set(files);
  const removed = Object.keys(m.files).filter((f) => !present.has(f));
  return { fresh: changed.length === 0 && removed.length === 0, missing: false, changed, removed };
}

function writeAtomic(file, contents) {
  mkdirSync(dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.${Date.now()}.tmp`;
  writeFileSync(tmp, contents);
  renameSync(tmp, file);
}

/**
 * Build the given sources (default: every one) into dist/ and record them in the manifest.
 * Each output is written to a temporary file and renamed, so a process starting at the same
 * time never imports half a file, and two processes building at once write the same bytes.
 *
 * @param {string} root
 * @param {{ changed?: string[], removed?: string[] }} [what]
 * @returns {Promise<{ built: number, removed: number, ms: number }>}
 * @throws the esbuild error (with file, line and message) when a source does not compile
 */
export async function build(root, what = {}) {
  const t0 = Date.now();
  const p = buildPaths(root);
  const startedAt = Date.now();
  const all = sourceFiles(p.src);
  const previous = what.changed ? readManifest(p.manifest) : null;
  const changed = what.changed ?? all;
  const removed = what.changed ? (what.removed ?? []) : Object.keys(readManifest(p.manifest)?.files ?? {}).filter((f) => !all.includes(f));
  // Stat and hash before esbuild reads: a file changed in between looks stale next time, never fresh.
  const entries = {};
  for (const rel of changed) {
    const abs = join(p.src, rel);
    const st = statSync(abs);
    entries[rel] = { size: st.size, mtimeMs: st.mtimeMs, sha256: sha256(abs), builtAt: startedAt };
  }
  if (changed.length) {
    const { build: esbuild } = await import('esbuild');
    const result = await esbuild({ ...ESBUILD_OPTIONS, entryPoints: changed.map((f) => join(p.src, f)), outdir: p.out, outbase: p.src, write: false });
    for (const f of result.outputFiles) writeAtomic(f.path, f.contents);
  }
  for (const rel of removed) {
    for (const f of [outputOf(rel), `${outputOf(rel)}.map`]) rmSync(join(p.out, f), { force: true });
  }
  const files = { ...(previous?.files ?? {}) };
  for (const rel of removed) delete files[rel];
  Object.assign(files, entries);
  const keep = new Set(all);
  for (const rel of Object.keys(files)) if (!keep.has(rel)) delete files[rel];
  writeAtomic(p.manifest, JSON.stringify({ format: FORMAT, files }));
  return { built: changed.length, removed: removed.length, ms: Date.now() - t0 };
}

function sleep(ms) {
  return new Promise((r) => setTimeout(r, ms));
}

/**
 * Run `fn` holding dist/.build.lock (a directory: mkdir is atomic), so that processes
 * starting together build once. A lock older than a minute is taken as left by a crash.
 */
async function withLock(p, fn) {
  const lock = join(p.out, '.build.lock');
  mkdirSync(p.out, { recursive: true });
  for (let waited = 0; ; waited += 50) {
    try {
      mkdirSync(lock);
      break;
    } catch (e) {
      if (!e || e.code !== 'EEXIST') throw e;
      let age = 0;
      try {
        age = Date.now() - statSync(lock).mtimeMs;
      } catch {
        continue;
      }
      if (age > 60_000 || waited > 120_000) rmSync(lock, { recursive: true, force: true });
      else await sleep(50);
    }
  }
  try {
    return await fn();
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

/**
 * Make sure dist/ matches src/, rebuilding what changed. Never throws for an unwritable
 * dist/ (a read-only install): `{ ok: false, reason }` then, and the caller runs the sources.
 *
 * @returns {Promise<{ ok: true, rebuilt: number } | { ok: false, reason: string }>}
 * @throws the esbuild error when a changed source does not compile
 */
export async function ensureBuilt(root) {
  const first = checkBuild(root);
  if (first.fresh) return { ok: true, rebuilt: 0 };
  let state = first;
  try {
    return await withLock(buildPaths(root), async () => {
      // Another process may have built while this one waited.
      state = checkBuild(root);
      if (state.fresh) return { ok: true, rebuilt: 0 };
      const r = await build(root, state.missing ? {} : { changed: state.changed, removed: state.removed });
      return { ok: true, rebuilt: r.built };
    });
  } catch (e) {
    const code = e && typeof e === 'object' && 'code' in e ? e.code : undefined;
    if (code === 'EACCES' || code === 'EROFS' || code === 'EPERM') {
      return { ok: false, reason: `the build in dist/ is ${state.missing ? 'missing' : 'out of date'} and cannot be written (${code})` };
    }
    if (code === 'ERR_MODULE_NOT_FOUND') return { ok: false, reason: `the build in dist/ is ${state.missing ? 'missing' : 'out of date'} and esbuild is not installed` };
    throw e;
  }
}

// `node scripts/build.js`: a full build (npm run build, and `prepare` on npm install).
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const root = join(dirname(fileURLToPath(import.meta.url)), '..');
  try {
    const r = await withLock(buildPaths(root), () => build(root));
    process.stdout.write(`built ${r.built} modules into ${relative(process.cwd(), buildPaths(root).out) || 'dist'}/ in ${r.ms} ms\n`);
  } catch (e) {
    process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = 1;
  }
}
