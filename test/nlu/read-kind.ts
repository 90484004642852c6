/**
 * Shared by the non-answer tests (rounds 14–16): read an utterance by its kind alone, the locale chosen by its script,
 * at the corpus's clock; `none` asserts no value for each [kind, text], `some` a value, `check` the value and category of
 * each row. `rulesAlone()` turns the learned
 * reader off for the file that calls it (restored after), for tests of the rules as the corpus tunes them.
 */
import { afterAll, beforeAll, expect } from 'vitest';
import { stepReading } from '../../src/cli/commands/interpret.js';
import { loadRegistry } from '../../src/engine/registry.js';
import { interpret, interpretKind } from '../../src/nlu/index.js';

export const read = (text: string, kind: string) => {
  const locale = /[\u4e00-\u9fff]/.test(text) ? 'zh-CN' as const : 'en' as const;
  const r = interpretKind(text, kind, { now: '2026-11-18T10:30:00+08:00', locale });
  return { v: r.value, i: r.intent, c: r.complaint ?? null };
};
export const none = (cases: [string, string][]) => {
  for (const [kind, t] of cases) expect(read(t, kind).v, t).toBeNull();
};
export const some = (cases: [string, string][]) => {
  for (const [kind, t] of cases) expect(read(t, kind).v, t).not.toBeNull();
};
/** A table row: the kind asked, the answer, and the value (`v`) and complaint category (`c`) it must read (a field left out is not checked). */
export type Row = [kind: string, text: string, want: { v?: unknown; c?: string | null }];
/** Read every row by its kind alone and check the fields it names. */
export const check = (rows: Row[]) => {
  for (const [kind, text, want] of rows) {
    const got = read(text, kind);
    if ('v' in want) expect(got.v, text).toEqual(want.v);
    if ('c' in want) expect(got.c, text).toBe(want.c);
  }
};
export function rulesAlone(): void {
  let saved: string | undefined;
  beforeAll(() => {
    saved = process.env.HUIFANG_NLU_MODEL;
    process.env.HUIFANG_NLU_MODEL = 'off';
  });
  afterAll(() => {
    if (saved === undefined) delete process.env.HUIFANG_NLU_MODEL;
    else process.env.HUIFANG_NLU_MODEL = saved;
  });
}

let registry: ReturnType<typeof loadRegistry> | undefined;
/**
 * Read `text` on `<dialog>.<step>` (`telecom-install.en.satisfaction` for the English dialog) as a call reads it: the
 * step's expectation and its question, at the corpus's clock, the learned reader off (round 20's tests).
 */
export const readOnStep = (dialogStep: string, text: string) => {
  const locale = dialogStep.includes('.en.') ? 'en' as const : 'zh-CN' as const;
  const s = stepReading(dialogStep.replace('.en.', '.'), locale, (registry ??= loadRegistry()));
  const r = interpret(text, s.expect, { locale, now: '2026-11-18T10:30:00+08:00', question: s.question, learned: false });
  return { v: r.value ?? null, i: r.intent ?? null, c: r.complaint ?? null };
};

/** A row read on its step: `<dialog>.<step>`, the answer, and the value (`v`) and category (`c`) it must read (a field left out is not checked). */
export type StepRow = [dialogStep: string, text: string, want: { v?: unknown; c?: string | null }];
/** Read every row on its step (readOnStep) and check the fields it names (rounds 20 and 21's tables). */
export const checkOnStep = (cases: StepRow[]) => {
  for (const [step, text, want] of cases) {
    const got = readOnStep(step, text);
    if ('v' in want) expect(got.v, `${step}: ${text}`).toEqual(want.v);
    if ('c' in want) expect(got.c, `${step}: ${text}`).toBe(want.c);
  }
};
