/**
 * Answer understanding ("NLU"): what did the customer mean?
 *
 * `interpret` is the {@link Interpreter} the dialog engine calls; it dispatches on the locale
 * (default zh-CN). Everything here is pure: no clock, no IO, deterministic.
 */
import { HuifangError } from '../shared/errors.js';
import { interpretEn } from './en.js';
import type { Expectation, InterpretContext, Interpretation, Interpreter, Locale } from './types.js';
import { interpretZh } from './zh.js';

export type { Csat3, Expectation, Intent, InterpretContext, Interpretation, Interpreter, Locale } from './types.js';

/**
 * Interpret one answer.
 * @param text the utterance as heard (recognizer output or typed text)
 * @param expect what the question expects
 * @param ctx locale (default zh-CN), `now` for callback times, time zone, calling hours
 * @returns value, intent, confidence (0..1) and callback time (`at`)
 */
export const interpret: Interpreter = (text: string, expect: Expectation, ctx: InterpretContext): Interpretation => {
  const t = typeof text === 'string' ? text : '';
  const r = (ctx?.locale ?? 'zh-CN') === 'en' ? interpretEn(t, expect, ctx) : interpretZh(t, expect, ctx ?? { locale: 'zh-CN' });
  r.confidence = Math.max(0, Math.min(1, Math.round(r.confidence * 100) / 100));
  return r;
};

/**
 * Parse a kind string as the CLI takes it: `yesno`, `csat3`, `time`, `text`,
 * `scale:0-10` (min-max; `scale:0-40:度` for a measure in a unit), `choice:a|b|c` (each option `value` or `value=word1,word2`).
 * @throws HuifangError HF_CLI_USAGE when the string is not a kind
 */
export function parseKind(kind: string): Expectation {
  const k = kind.trim();
  if (k === 'yesno' || k === 'csat3' || k === 'time' || k === 'text') return { kind: k };
  const scale = /^scale:(-?\d+(?:\.\d+)?)-(-?\d+(?:\.\d+)?)(?::(.+))?$/.exec(k);
  if (scale) {
    const min = Number(scale[1]);
    const max = Number(scale[2]);
    if (min < max) return scale[3] ? { kind: 'scale', min, max, unit: scale[3] } : { kind: 'scale', min, max };
  }
  const choice = /^choice:(.+)$/.exec(k);
  if (choice) {
    const options = choice[1]!.split('|').map((o) => o.trim()).filter(Boolean).map((o) => {
      const [value, words] = o.split('=', 2) as [string, string | undefined];
      return { value: value.trim(), words: [value.trim(), ...(words ? words.split(',').map((w) => w.trim()).filter(Boolean) : [])] };
    });
    if (options.length >= 1 && options.every((o) => o.value)) return { kind: 'choice', options };
  }
  throw new HuifangError('HF_CLI_USAGE', `invalid --expect "${kind}": use csat3, yesno, time, text, scale:MIN-MAX or choice:a|b|c`);
}

/** Options for {@link interpretKind}. */
export interface InterpretKindOptions {
  locale?: Locale;
  now?: string;
  timeZone?: string;
  callingHours?: { start: string; end: string };
}

/**
 * Interpret with the expectation given as a kind string (see {@link parseKind}); used by the CLI.
 * @throws HuifangError HF_CLI_USAGE when the kind string is invalid
 */
export function interpretKind(text: string, kind: string, opts: InterpretKindOptions = {}): Interpretation {
  const ctx: InterpretContext = { locale: opts.locale ?? 'zh-CN' };
  if (opts.now) ctx.now = opts.now;
  if (opts.timeZone) ctx.timeZone = opts.timeZone;
  if (opts.callingHours) ctx.callingHours = opts.callingHours;
  return interpret(text, parseKind(kind), ctx);
}
