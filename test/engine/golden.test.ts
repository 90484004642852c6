/**
 * Golden transcripts: every dialog's cases (test/transcripts/cases.yaml) are replayed with
 * the session saved to JSON and restored between every turn, and compared with the
 * expected conversation in test/transcripts/<dialog>.<case>.txt.
 * GOLDEN_UPDATE=1 (npm run test:golden:update) rewrites the expected files.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { runConversation, type Conversation } from '../../src/engine/conversation.js';
import { exactInterpreter } from '../../src/engine/exact-interpreter.js';
import { loadRegistry } from '../../src/engine/registry.js';
import type { Effect } from '../../src/engine/types.js';

const DIR = join(import.meta.dirname, '../transcripts');
const cases = parse(readFileSync(join(DIR, 'cases.yaml'), 'utf8')) as {
  now: string;
  variables: Record<string, string>;
  dialogs: Record<string, Record<string, string[]>>;
};

function effectLine(e: Effect): string | null {
  switch (e.type) {
    case 'prompt':
      return `  bot: ${e.text}`;
    case 'listen':
      return `  [listen ${e.stepId} ${e.expect.kind} ${e.modes.join('+')} keys ${Object.keys(e.keypad).join('')}]`;
    case 'record_answer':
      return `  [answer ${e.stepId} = ${JSON.stringify(e.value)}]`;
    case 'set_score':
      return `  [score ${e.stepId} ${e.scale} ${e.raw} -> ${e.level}]`;
    case 'flag':
      return `  [flag ${e.reason}]`;
    case 'escalate':
      return `  [escalate ${e.reason}]`;
    case 'reschedule':
      return `  [reschedule ${e.at ?? 'no time'}]`;
    case 'opt_out':
      return '  [opt out]';
    case 'end':
      return `  [end ${e.outcome}]`;
  }
}

function render(c: Conversation): string {
  const out: string[] = [];
  for (const t of c.turns) {
    out.push(t.input === null ? (out.length ? '(hangs up)' : '(call starts)') : `customer: ${t.input === '' ? '(silence)' : t.input}`);
    for (const e of t.effects) {
      const l = effectLine(e);
      if (l) out.push(l);
    }
  }
  out.push(`result: ${JSON.stringify(c.result)}`);
  return out.join('\n') + '\n';
}

const update = process.env.GOLDEN_UPDATE === '1';
const registry = loadRegistry();

describe('golden transcripts (session saved and restored between every turn)', () => {
  for (const [dialogId, byCase] of Object.entries(cases.dialogs)) {
    describe(dialogId, () => {
      for (const [name, lines] of Object.entries(byCase)) {
        it(name, () => {
          const c = runConversation(registry.get(dialogId, 'zh-CN'), lines, {
            interpret: exactInterpreter,
            variables: cases.variables,
            now: cases.now,
          });
          const text = render(c);
          const file = join(DIR, `${dialogId}.${name}.txt`);
          if (update || !existsSync(file)) {
            if (!update && process.env.CI) throw new Error(`missing golden file ${file}`);
            writeFileSync(file, text);
          }
          expect(text).toBe(readFileSync(file, 'utf8'));
        });
      }
    });
  }

  it('covers every dialog, with the cases the issue names', () => {
    const zh = registry.all().filter((d) => d.spec.locale === 'zh-CN');
    for (const d of zh) {
      const names = Object.keys(cases.dialogs[d.spec.id] ?? {});
      expect(names, d.spec.id).toEqual(expect.arrayContaining(['happy', 'three_no_inputs', 'opt_out', 'hang_up']));
    }
  });
});
