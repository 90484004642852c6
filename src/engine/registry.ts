/** All dialogs of a folder, validated and compiled once, looked up by id (and locale). */
import { HuifangError } from '../shared/errors.js';
import { compileDialog, type CompiledDialog } from './compile.js';
import { DIALOGS_DIR, dialogFiles, loadDialogFile } from './load.js';

export interface DialogRegistry {
  get(id: string, locale?: string): CompiledDialog;
  has(id: string): boolean;
  all(): CompiledDialog[];
}

const cache = new Map<string, DialogRegistry>();

/** Load and compile every dialog in `dir` (default dialogs/). Cached per folder. */
export function loadRegistry(dir = DIALOGS_DIR): DialogRegistry {
  const hit = cache.get(dir);
  if (hit) return hit;
  const byKey = new Map<string, CompiledDialog>();
  for (const file of dialogFiles(dir)) {
    const d = compileDialog(loadDialogFile(file));
    byKey.set(`${d.spec.id}|${d.spec.locale}`, d);
    if (!byKey.has(d.spec.id) || d.spec.locale === 'zh-CN') byKey.set(d.spec.id, d);
  }
  const reg: DialogRegistry = {
    get(id, locale) {
      const d = (locale && byKey.get(`${id}|${locale}`)) || byKey.get(id);
      if (!d) throw new HuifangError('HF_DIALOG_NOT_FOUND', `no dialog '${id}' in ${dir}`);
      return d;
    },
    has: (id) => byKey.has(id),
    all: () => [...new Set([...byKey.entries()].filter(([k]) => k.includes('|')).map(([, d]) => d))],
  };
  cache.set(dir, reg);
  return reg;
}
