/**
 * Where the shared test data is: `../shared/testdata` beside the checkout (as in CI), else
 * /work/shared/testdata (the developers' machines).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';

const candidates = [join(import.meta.dirname, '../../../shared/testdata'), '/work/shared/testdata'];

export function sharedTestdata(file: string): string {
  for (const dir of candidates) if (existsSync(join(dir, file))) return join(dir, file);
  throw new Error(`shared test data ${file} not found in ${candidates.join(' or ')}`);
}
