import type { Command } from 'commander';
import { register as registerDemo } from './demo.js';
import { register as registerDialogs } from './dialogs.js';
import { register as registerExport } from './export.js';
import { register as registerImport } from './import.js';
import { register as registerInterpret } from './interpret.js';
import { register as registerMigrate } from './migrate.js';
import { register as registerReport } from './report.js';
import { register as registerServe } from './serve.js';
import { register as registerSimulator } from './simulator.js';
import { register as registerSample } from './sample.js';
import { register as registerStatus } from './status.js';
import { register as registerTenant } from './tenant.js';
import { register as registerTry } from './try.js';
import { register as registerWorker } from './worker.js';

/**
 * Every command module exports `register(program)`; add new ones to this list.
 * (Edit by inserting one import and one array entry; never rewrite the file.)
 */
export type RegisterCommand = (program: Command) => void;

export const commands: RegisterCommand[] = [
  registerDialogs,
  registerTry,
  registerInterpret,
  registerMigrate,
  registerExport,
  registerReport,
  registerImport, // import, tenant-key
  registerServe,
  registerDemo,
  registerWorker,
  registerSample,
  registerSimulator,
  registerTenant, // tenant create|set|list|show
  registerStatus,
];
