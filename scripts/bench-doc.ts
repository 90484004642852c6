/** Writing a benchmark's figures into its own section of docs/benchmarks.md. */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const BENCH_DOC = join(import.meta.dirname, '../docs/benchmarks.md');

/** Replace the section that starts with `heading` (up to the next "## "), or append it. */
export function replaceSection(heading: string, section: string, file = BENCH_DOC): void {
  const doc = existsSync(file) ? readFileSync(file, 'utf8') : '# Benchmarks\n';
  const start = doc.indexOf(`${heading}\n`);
  let next: string;
  if (start < 0) {
    next = `${doc.trimEnd()}\n\n${section.trimEnd()}\n`;
  } else {
    const after = doc.indexOf('\n## ', start + heading.length);
    next = doc.slice(0, start) + section.trimEnd() + '\n' + (after < 0 ? '' : doc.slice(after));
  }
  writeFileSync(file, next);
}
