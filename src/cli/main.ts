/**
 * The `huifang` command line. Each command lives in its own module under src/cli/commands
 * and registers itself on the program; this file only assembles them.
 *
 * Start-up is kept small: a command module imports only commander's types and light helpers
 * at the top, and loads what it runs (the server, the store, the queue, …) inside its action,
 * so `huifang --help` never loads the server (ESLint keeps it so: eslint.config.js).
 */
import { existsSync } from 'node:fs';
import { Command } from 'commander';
import { HuifangError, isHuifangError } from '../shared/errors.js';
import { packageVersion } from '../shared/paths.js';
import { commands } from './commands/index.js';

/**
 * Settings from `.env` in the working folder, as `.env.example` says; variables already set in
 * the environment win over the file. Node's own parser (`process.loadEnvFile`, Node >= 20.12).
 */
export function loadDotEnv(file = '.env'): boolean {
  if (!existsSync(file)) return false;
  try {
    process.loadEnvFile(file);
  } catch (e) {
    throw new HuifangError('HF_CONFIG_INVALID', `cannot read ${file}: ${(e as Error).message}`);
  }
  return true;
}

const program = new Command();
program
  .name('huifang')
  .description('Huifang (回访): automated service callbacks and satisfaction surveys')
  .version(packageVersion(), '-v, --version', 'print the version')
  .showHelpAfterError();

for (const register of commands) register(program);

try {
  loadDotEnv();
  await program.parseAsync(process.argv);
} catch (e) {
  if (isHuifangError(e)) {
    process.stderr.write(`error ${e.code}: ${e.message}\n`);
    // A failed command may leave a database or a timer open: end here instead of hanging.
    process.exit(1);
  }
  throw e;
}
