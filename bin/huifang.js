#!/usr/bin/env node
// Entry point of the `huifang` command: runs the TypeScript sources through tsx, so the
// checkout works right after `npm install` with no build step.
import { register } from 'tsx/esm/api';

register();
await import('../src/cli/main.ts');
