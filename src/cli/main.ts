/**
 * The `huifang` command line. Each command lives in its own module under src/cli/commands
 * and registers itself on the program; this file only assembles them.
 */
import { Command } from 'commander';
import { isHuifangError } from '../shared/errors.js';
import { commands } from './commands/index.js';

const program = new Command();
program
  .name('huifang')
  .description('Huifang (回访): automated service callbacks and satisfaction surveys')
  .showHelpAfterError();

for (const register of commands) register(program);

try {
  await program.parseAsync(process.argv);
} catch (e) {
  if (isHuifangError(e)) {
    process.stderr.write(`error ${e.code}: ${e.message}\n`);
    process.exitCode = 1;
  } else {
    throw e;
  }
}
