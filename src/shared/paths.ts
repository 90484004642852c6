/**
 * Where the package's files are, from the sources (src/shared/) and from the build
 * (dist/shared/, scripts/build.js) alike: both sit one level below the package folder.
 * Files read at run time (dialogs, SQL migrations, the workspace's front end) are always read
 * from their place in the package, never copied into the build.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The package folder (where package.json is). */
export const PACKAGE_ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** The source folder: src/web, src/store/migrations, … */
export const SRC_DIR = join(PACKAGE_ROOT, 'src');

/** The package's version (package.json). */
export function packageVersion(): string {
  return (JSON.parse(readFileSync(join(PACKAGE_ROOT, 'package.json'), 'utf8')) as { version: string }).version;
}
