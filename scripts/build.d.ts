/** Types of scripts/build.js (plain JavaScript: it runs before any build exists). */
export interface BuildState {
  fresh: boolean;
  missing: boolean;
  changed: string[];
  removed: string[];
}
export function buildPaths(root: string): { root: string; src: string; out: string; manifest: string };
export function sourceFiles(src: string): string[];
export function outputOf(rel: string): string;
export function checkBuild(root: string): BuildState;
export function build(root: string, what?: { changed?: string[]; removed?: string[] }): Promise<{ built: number; removed: number; ms: number }>;
export function ensureBuilt(root: string): Promise<{ ok: true; rebuilt: number } | { ok: false; reason: string }>;
