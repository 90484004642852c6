/**
 * The interpreter interface: how the dialog engine asks "what did the customer mean?".
 *
 * Interpreters are pure functions: same text, expectation and context give the same
 * result. They never read the clock (the caller passes `now`) and never do IO.
 */

import type { ComplaintCategory } from './complaints.js';

export type { ComplaintCategory } from './complaints.js';

/**
 * Intents that may come with any answer, whatever the question was. `wrong_person` is a wrong
 * number or someone else answering for the customer (a spouse, a parent, a child);
 * `who_calling` asks who is calling, whether this is a robot or whether the call is genuine
 * (the engine answers honestly and asks again).
 */
export type Intent = 'opt_out' | 'human' | 'complaint' | 'repeat' | 'reschedule' | 'wrong_person' | 'who_calling';
export const INTENTS: readonly Intent[] = ['opt_out', 'human', 'complaint', 'repeat', 'reschedule', 'wrong_person', 'who_calling'];

/** The 3-level satisfaction answer (004 第五十四条) plus `neutral` for hedges such as 还行/一般. */
export type Csat3 = 'very_satisfied' | 'satisfied' | 'neutral' | 'dissatisfied';

export type Locale = 'zh-CN' | 'en';

/** What kind of answer the question expects. */
export type Expectation =
  /**
   * `yesReportsProblem`: "yes" is the answer that reports a problem (renovation's "did you see staff break the rules?",
   * the script's `escalateWhen: yes`; the engine passes it). Praise or a verdict on the work is then no "yes".
   */
  | { kind: 'yesno'; yesReportsProblem?: boolean }
  | { kind: 'csat3' }
  /** `unit`: the answer is a measure such as a room temperature (度), not a score. */
  | { kind: 'scale'; min: number; max: number; unit?: string }
  | { kind: 'choice'; options: ChoiceOption[] }
  | { kind: 'text' }
  | { kind: 'time' };

export interface ChoiceOption {
  value: string;
  /** Words that select this option (the label first). */
  words: string[];
}

export interface InterpretContext {
  locale: Locale;
  /** The call's current local time as an ISO datetime with offset, used to resolve "下午三点". */
  now?: string;
  /** IANA time zone of the customer, default Asia/Shanghai. */
  timeZone?: string;
  /** Calling hours [start, end) in "HH:MM", default 09:00–21:00: resolved callback times are kept inside them. */
  callingHours?: { start: string; end: string };
  /**
   * May the learned reader (learned.ts) give its second opinion? Default true; the engine says
   * false for a confirmation reply ("您是说满意，对吗？" is answered, not surveyed).
   */
  learned?: boolean;
  /**
   * Round 15 (t15S): the words the bot asked (the step's prompt; the engine passes it, `huifang interpret --step` or
   * `--question` too). On a yes/no step, an answer about another item only (进度挺快的 to the site-safety question)
   * then gives no value (topics.ts). Absent: read as before.
   */
  question?: string;
}

export interface Interpretation {
  /** The text as heard. */
  text: string;
  /**
   * The interpreted value, or null when nothing usable was understood:
   * yesno -> boolean; csat3 -> Csat3; scale -> number; choice -> option value;
   * text -> the text itself (trimmed); time -> null (see `at`).
   */
  value: unknown;
  intent: Intent | null;
  /** 0..1: how sure the interpreter is of `value` (or of `intent` when value is null). */
  confidence: number;
  /** A callback time if one was said, ISO datetime with offset, else null. */
  at: string | null;
  /**
   * What the customer complains about, on any step (issue 13): a category grounded in the
   * companies' rules (see complaints.ts), or null. `interpret` always sets it; other interpreters may leave it out.
   */
  complaint?: ComplaintCategory | null;
  /**
   * The complaint is a small reservation beside a positive answer ("满意，就是稍微来晚了一点"):
   * the level stands and the call is flagged for review, not escalated. Absent otherwise.
   */
  reservation?: true;
  /** With `wrong_person`: a relative answering for the customer (ask when to reach them), or a wrong number. */
  person?: 'relative' | 'wrong_number';
  /** The answer was understood in this language (per utterance: an English answer in a Chinese dialog is `en`). */
  language?: Locale;
  /**
   * The value is the learned reader's (learned.ts), not the rules': a guess from answers like
   * it, given with a confidence below the confirmation threshold, so the engine confirms it.
   */
  learned?: true;
}

export type Interpreter = (text: string, expect: Expectation, ctx: InterpretContext) => Interpretation;
