#!/usr/bin/env node
// Entry point of the `huifang` command. It runs the build in dist/ (src/ compiled by
// scripts/build.js, which `npm install` runs through `prepare`), so a command starts without
// compiling TypeScript. First it checks in a few milliseconds that the build matches the
// sources; what changed since is rebuilt before anything runs (esbuild: the transform tsx
// would apply anyway), so old code never runs. Only when dist/ cannot be written (a
// read-only install) does it say so and run the sources through tsx instead.
import { fileURLToPath } from 'node:url';
import { ensureBuilt } from '../scripts/build.js';

let state;
try {
  state = await ensureBuilt(fileURLToPath(new URL('..', import.meta.url)));
} catch (e) {
  // A source that does not compile: esbuild's message names the file and line.
  process.stderr.write(`huifang: the sources do not compile:\n${e instanceof Error ? e.message : String(e)}\n`);
  process.exit(1);
}
if (state.ok) {
  // Stack traces name dist/ files (esbuild's per-file output, readable, near the sources' lines).
  // NODE_OPTIONS=--enable-source-maps maps them to src/: reading every module's map costs ~0.13 s
  // at start (docs/architecture.md, "Start-up").
  await import('../dist/cli/main.js');
} else {
  process.stderr.write(`huifang: ${state.reason}; running the TypeScript sources through tsx (slower)\n`);
  const { register } = await import('tsx/esm/api');
  register();
  await import('../src/cli/main.ts');
}
