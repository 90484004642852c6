/** `huifang dialogs lint|list`: check the dialog scripts; list them. */
import type { Command } from 'commander';

export function register(program: Command): void {
  const dialogs = program.command('dialogs').description('the dialog scripts in dialogs/');
  dialogs
    .command('lint')
    .description('check every dialog (schema, reachability, endings, escalation, wording); exits 1 on problems')
    .argument('[files...]', 'files to check (default: every dialogs/*.yaml)')
    .action(async (files: string[]) => {
      const [{ DIALOGS_DIR, dialogFiles }, { formatLint, lintFile }] = await Promise.all([import('../../engine/load.js'), import('../../engine/lint.js')]);
      const list = files.length ? files : dialogFiles(DIALOGS_DIR);
      let count = 0;
      for (const f of list) {
        const problems = lintFile(f);
        count += problems.length;
        for (const p of problems) process.stderr.write(formatLint(p) + '\n');
      }
      if (count) {
        process.stderr.write(`${count} problem(s) in ${list.length} dialog(s)\n`);
        process.exitCode = 1;
      } else {
        process.stdout.write(`${list.length} dialog(s) OK\n`);
      }
    });
  dialogs
    .command('list')
    .description('list the dialogs')
    .action(async () => {
      const { loadRegistry } = await import('../../engine/registry.js');
      for (const d of loadRegistry().all()) process.stdout.write(`${d.spec.id}\t${d.spec.locale}\tv${d.spec.version}\t${d.spec.title}\n`);
    });
}
