/**
 * Loading dialog scripts: YAML -> validated DialogSpec, with errors a script author can act
 * on ("telecom-install.yaml, step 'satisfaction', field expect.kind: ...").
 */
import { readFileSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { CORE_SCHEMA, load as loadYaml } from 'js-yaml';
import { z } from 'zod';
import { HuifangError } from '../shared/errors.js';
import { PACKAGE_ROOT } from '../shared/paths.js';
import { STEP_SCHEMAS, dialogSchema, type DialogSpec } from './schema.js';

/** The dialogs/ folder of this checkout. */
export const DIALOGS_DIR = join(PACKAGE_ROOT, 'dialogs');

export interface SchemaProblem {
  file: string;
  step: string | null;
  field: string;
  message: string;
}

function fieldPath(path: readonly PropertyKey[]): string {
  return path.map((p) => (typeof p === 'number' ? `[${p}]` : String(p))).join('.').replace(/\.\[/g, '[') || '(top level)';
}

/** The author-facing message of an issue (zod wraps record-key problems one level down). */
function issueMessage(issue: z.core.$ZodIssue): string {
  if (issue.code === 'invalid_key' && issue.issues[0]) return issue.issues[0].message;
  return issue.message;
}

function kindOf(raw: unknown): keyof typeof STEP_SCHEMAS | null {
  if (!raw || typeof raw !== 'object') return null;
  for (const k of ['ask', 'escalate', 'reschedule', 'end', 'say'] as const) if (k in raw) return k;
  return null;
}

/**
 * Validate a parsed dialog object. Returns the spec or the list of problems; each problem
 * names the file, the step (by id when it has one) and the field.
 */
export function validateDialog(raw: unknown, file: string): { spec: DialogSpec } | { problems: SchemaProblem[] } {
  const problems: SchemaProblem[] = [];
  const top = dialogSchema.extend({ steps: z.array(z.unknown(), { error: 'steps must be a list' }).min(2, { error: 'a dialog needs at least a greeting and an end' }) });
  const parsedTop = top.safeParse(raw);
  if (!parsedTop.success) {
    for (const issue of parsedTop.error.issues) {
      problems.push({ file, step: null, field: fieldPath(issue.path), message: issueMessage(issue) });
    }
  }
  const steps = raw && typeof raw === 'object' && Array.isArray((raw as { steps?: unknown }).steps) ? ((raw as { steps: unknown[] }).steps) : [];
  steps.forEach((s, i) => {
    const id = s && typeof s === 'object' && typeof (s as { id?: unknown }).id === 'string' ? (s as { id: string }).id : `#${i + 1}`;
    const kind = kindOf(s);
    if (!kind) {
      problems.push({ file, step: id, field: '(kind)', message: 'a step needs one of the keys say, ask, escalate, reschedule or end' });
      return;
    }
    const r = STEP_SCHEMAS[kind].safeParse(s);
    if (!r.success) {
      for (const issue of r.error.issues) {
        const msg = issue.code === 'unrecognized_keys' ? `unknown field(s) ${issue.keys.join(', ')} in a ${kind} step` : issueMessage(issue);
        problems.push({ file, step: id, field: fieldPath(issue.path), message: msg });
      }
    }
  });
  if (problems.length) return { problems };
  const full = dialogSchema.safeParse(raw);
  if (!full.success) {
    return { problems: full.error.issues.map((issue) => ({ file, step: null, field: fieldPath(issue.path), message: issue.message })) };
  }
  return { spec: full.data };
}

export function formatProblem(p: SchemaProblem): string {
  return `${p.file}${p.step ? `, step '${p.step}'` : ''}, field ${p.field}: ${p.message}`;
}

/** Parse YAML text into a dialog spec or throw HF_DIALOG_SCHEMA listing every problem. */
export function parseDialog(text: string, file: string): DialogSpec {
  // js-yaml with the YAML 1.2 core schema (no dates, no 1.1 yes/no booleans): the dialogs parse
  // to the same objects as with the `yaml` package, in about a third of the time `serve` spent
  // on them at start (docs/benchmarks.md, "Start-up").
  let raw: unknown;
  try {
    raw = loadYaml(text, { schema: CORE_SCHEMA, filename: file });
  } catch (e) {
    throw new HuifangError('HF_DIALOG_SCHEMA', `${file}: not valid YAML: ${(e instanceof Error ? e.message : String(e)).split('\n')[0]}`, { file });
  }
  const r = validateDialog(raw, file);
  if ('problems' in r) {
    throw new HuifangError('HF_DIALOG_SCHEMA', r.problems.map(formatProblem).join('\n'), { file, problems: r.problems });
  }
  return r.spec;
}

export function loadDialogFile(path: string): DialogSpec {
  return parseDialog(readFileSync(path, 'utf8'), basename(path));
}

/** Every *.yaml in a folder, sorted by file name. */
export function dialogFiles(dir = DIALOGS_DIR): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.yaml') || f.endsWith('.yml'))
    .sort()
    .map((f) => join(dir, f));
}
