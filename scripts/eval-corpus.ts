/**
 * `npm run eval:corpus [-- --split test|train|dev|dev2|dev3|dev4|dev5|dev6|dev7|dev8|dev9|dev10|dev11|dev12|dev13|dev14|dev15|dev16|dev17|dev18|dev19|dev20|dev21|dev22|dev23|all] [--json] [--verbose] [--expect-only]`: measure understanding on
 * the evaluation corpus of issue 13 (test/corpus/, see its README), written from the dialogs and
 * the categories, not from the rules.
 *
 * - single answers and real-world non-answers go through `interpret` exactly as
 *   `huifang interpret --step <dialog>.<step>` calls it (the same context builder), as the engine reads them on their
 *   step: the step's expectation (with `yesReportsProblem` on a question whose "yes" reports a problem) and its
 *   question (round 15, t15S: an answer about another item than the one asked gives no yes or no, src/nlu/topics.ts);
 *   with `--expect-only`, as `huifang interpret --expect <kind>` calls it (the item's kind alone, no question: the
 *   figures of round 14 and before);
 * - whole conversations go through `runTry`, the code behind `huifang try --json`.
 *
 * Prints, per split, the figures of issue 13 against their targets (and, with --verbose, every
 * failure). The scoring functions are exported for test/corpus/corpus.test.ts.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DateTime } from 'luxon';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { contextFromOptions, stepReading } from '../src/cli/commands/interpret.js';
import { runTry, type TryRun } from '../src/cli/commands/try.js';
import type { ListenStep } from '../src/engine/compile.js';
import { loadRegistry } from '../src/engine/registry.js';
import { interpret, parseKind } from '../src/nlu/index.js';
import { INTENTS, type Expectation } from '../src/nlu/types.js';
import { toLevel } from '../src/domain/levels.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const CORPUS_DIR = join(ROOT, 'test/corpus');

export type Split = 'train' | 'dev' | 'dev2' | 'dev3' | 'dev4' | 'dev5' | 'dev6' | 'dev7' | 'dev8' | 'dev9' | 'dev10' | 'dev11' | 'dev12' | 'dev13' | 'dev14' | 'dev15' | 'dev16' | 'dev17' | 'dev18' | 'dev19' | 'dev20' | 'dev21' | 'dev22' | 'dev23' | 'test';
/** Every split: `train`, `dev`, `dev2`, `dev3`, `dev4`, `dev5`, `dev6`, `dev7`, `dev8`, `dev9`, `dev10`, `dev11`, `dev12`, `dev13`, `dev14`, `dev15`, `dev16`, `dev17`, `dev18`, `dev19`, `dev20`, `dev21`, `dev22` and `dev23` are tuned on; `test` is frozen (test/corpus/README.md). */
export const SPLITS: readonly Split[] = ['train', 'dev', 'dev2', 'dev3', 'dev4', 'dev5', 'dev6', 'dev7', 'dev8', 'dev9', 'dev10', 'dev11', 'dev12', 'dev13', 'dev14', 'dev15', 'dev16', 'dev17', 'dev18', 'dev19', 'dev20', 'dev21', 'dev22', 'dev23', 'test'];
/** Splits whose files may be missing (read as empty): dev2 to dev23 are written in parts (rounds 3–24). */
const OPTIONAL_SPLITS: readonly Split[] = ['dev2', 'dev3', 'dev4', 'dev5', 'dev6', 'dev7', 'dev8', 'dev9', 'dev10', 'dev11', 'dev12', 'dev13', 'dev14', 'dev15', 'dev16', 'dev17', 'dev18', 'dev19', 'dev20', 'dev21', 'dev22', 'dev23'];

/** Complaint categories (README "Complaint categories"), grounded in ../shared/domain.md. */
export const COMPLAINT_CATEGORIES = ['late', 'mess', 'attitude', 'money', 'not_fixed', 'repeat_visit', 'unreachable', 'billing', 'safety', 'quality'] as const;
export type ComplaintCategory = (typeof COMPLAINT_CATEGORIES)[number];

/** Calling hours used to check a default callback slot ("any" in the corpus). */
export const CALLING_HOURS = { start: 9, end: 21 } as const;

// ---------------------------------------------------------------------------------------------
// The corpus formats
// ---------------------------------------------------------------------------------------------

const iso = z.string().refine((s) => DateTime.fromISO(s, { setZone: true }).isValid && /[+-]\d\d:\d\d$|Z$/.test(s), 'an ISO datetime with offset');
const range = z.strictObject({ from: z.union([z.number(), iso]), to: z.union([z.number(), iso]) });
/** One expected value, or a list of acceptable ones (the first is the primary reading). */
const oneOrMany = <T extends z.ZodType>(t: T) => z.union([t, z.array(t).min(2)]);
const valueAtom = z.union([z.null(), z.boolean(), z.number(), z.string(), range]);
const intentAtom = z.union([z.null(), z.enum(INTENTS as unknown as [string, ...string[]])]);
const complaintAtom = z.union([z.null(), z.enum(COMPLAINT_CATEGORIES)]);
const timeAtom = z.union([z.null(), iso, range]);

export const answerSchema = z.strictObject({
  id: z.string().regex(/^([defghijklmnopqrstuvwxyz]-)?[an]-[a-z_]+-\d{3}$/),
  category: z.string().regex(/^[a-z_]+$/),
  tags: z.array(z.string()),
  dialog: z.string(),
  locale: z.enum(['zh-CN', 'en']),
  step: z.string(),
  /** The expectation as `huifang interpret --expect` takes it. */
  expect: z.string(),
  now: iso,
  tz: z.string(),
  text: z.string(),
  /** Absent: not scored (text and time steps). */
  value: oneOrMany(valueAtom).optional(),
  intent: oneOrMany(intentAtom).optional(),
  complaint: oneOrMany(complaintAtom).optional(),
  at: oneOrMany(timeAtom).optional(),
  /** A dissatisfied customer: the answer must reach a person. */
  dissatisfied: z.boolean().optional(),
  /** A hedged answer: a tentative value the engine should confirm. */
  tentative: z.boolean().optional(),
  note: z.string().optional(),
});
export type AnswerItem = z.infer<typeof answerSchema>;

const level = z.enum(['very_satisfied', 'satisfied', 'neutral', 'dissatisfied']);
const outcome = z.enum(['completed', 'escalated', 'rescheduled', 'opted_out', 'incomplete', 'hung_up']);

export const conversationSchema = z.strictObject({
  id: z.string().regex(/^([defghijklmnopqrstuvwxyz]-)?c-[a-z-]+(\.en)?-\d{3}$/),
  dialog: z.string(),
  locale: z.enum(['zh-CN', 'en']),
  category: z.string().regex(/^[a-z_]+$/),
  tags: z.array(z.string()),
  now: iso,
  tz: z.string(),
  variables: z.record(z.string(), z.string()),
  /** The customer's lines: text, `#digits` for the keypad, '' for silence; when they run out the customer hangs up. */
  lines: z.array(z.string()),
  expect: z.strictObject({
    outcome: oneOrMany(outcome),
    level: oneOrMany(z.union([z.null(), level])),
    escalates: z.boolean(),
    /** Acceptable escalation reasons (informational figure). */
    reason: oneOrMany(z.string()).optional(),
    dissatisfied: z.boolean(),
    /** An ISO time, a {from,to} window, "any" (a default slot within calling hours), or null. */
    callbackAt: z.union([z.null(), z.literal('any'), iso, range, z.array(z.union([iso, range])).min(2)]),
    /** A small reservation: the call is flagged for review with this category (informational figure). */
    flag: z.enum(COMPLAINT_CATEGORIES).optional(),
  }),
  note: z.string().optional(),
});
export type ConversationItem = z.infer<typeof conversationSchema>;

export const corpusFile = (kind: 'answers' | 'nonanswers' | 'conversations', split: Split): string =>
  join(CORPUS_DIR, `${kind}.${split}.${kind === 'conversations' ? 'yaml' : 'ndjson'}`);

/** Parse an NDJSON corpus file; a bad line throws with its file and line number. */
export function parseAnswers(text: string, file = 'answers'): AnswerItem[] {
  return text
    .split('\n')
    .map((line, i) => ({ line, n: i + 1 }))
    .filter(({ line }) => line.trim() !== '')
    .map(({ line, n }) => {
      let raw: unknown;
      try {
        raw = JSON.parse(line);
      } catch (e) {
        throw new Error(`${file}:${n}: not JSON: ${(e as Error).message}`);
      }
      const r = answerSchema.safeParse(raw);
      if (!r.success) throw new Error(`${file}:${n}: ${r.error.issues.map((x) => `${x.path.join('.')}: ${x.message}`).join('; ')}`);
      return r.data;
    });
}

export function parseConversations(text: string, file = 'conversations'): ConversationItem[] {
  const raw = parseYaml(text) as unknown;
  if (!Array.isArray(raw)) throw new Error(`${file}: a list of conversations expected`);
  return raw.map((c, i) => {
    const r = conversationSchema.safeParse(c);
    if (!r.success) throw new Error(`${file}: item ${i + 1}: ${r.error.issues.map((x) => `${x.path.join('.')}: ${x.message}`).join('; ')}`);
    return r.data;
  });
}

export function loadAnswers(kind: 'answers' | 'nonanswers', split: Split): AnswerItem[] {
  const f = corpusFile(kind, split);
  if (OPTIONAL_SPLITS.includes(split) && !existsSync(f)) return [];
  return parseAnswers(readFileSync(f, 'utf8'), f);
}

export function loadConversations(split: Split): ConversationItem[] {
  const f = corpusFile('conversations', split);
  if (OPTIONAL_SPLITS.includes(split) && !existsSync(f)) return [];
  return parseConversations(readFileSync(f, 'utf8'), f);
}

// ---------------------------------------------------------------------------------------------
// Matching an expectation
// ---------------------------------------------------------------------------------------------

/** The acceptable alternatives of an expected field (a single value is a list of one). */
export function alternatives<T>(expected: T | T[]): T[] {
  return Array.isArray(expected) ? expected : [expected];
}

const isRange = (x: unknown): x is { from: number | string; to: number | string } =>
  typeof x === 'object' && x !== null && 'from' in x && 'to' in x;

const instant = (s: string): number => DateTime.fromISO(s, { setZone: true }).toMillis();

/** Does an actual value match one expected alternative? Numbers match with a 1e-9 tolerance; {from,to} is inclusive. */
export function matchesOne(expected: unknown, actual: unknown): boolean {
  if (isRange(expected)) {
    if (typeof expected.from === 'number' && typeof expected.to === 'number') {
      return typeof actual === 'number' && actual >= expected.from - 1e-9 && actual <= expected.to + 1e-9;
    }
    if (typeof actual !== 'string') return false;
    const t = instant(actual);
    return Number.isFinite(t) && t >= instant(String(expected.from)) && t <= instant(String(expected.to));
  }
  if (typeof expected === 'number') return typeof actual === 'number' && Math.abs(actual - expected) < 1e-9;
  if (typeof expected === 'string' && /^\d{4}-\d\d-\d\dT/.test(expected)) {
    return typeof actual === 'string' && instant(actual) === instant(expected);
  }
  return expected === actual;
}

/** Does an actual value match any of the expected alternatives? */
export function matches(expected: unknown, actual: unknown): boolean {
  return alternatives(expected).some((e) => matchesOne(e, actual));
}

// ---------------------------------------------------------------------------------------------
// Single answers
// ---------------------------------------------------------------------------------------------

/** What the interpreter said, as the harness reads it (a missing `complaint` field is null). */
export interface AnswerPrediction {
  value: unknown;
  intent: string | null;
  complaint: string | null;
  confidence: number;
  at: string | null;
  /** The interpreter threw (bad input must never throw). */
  error?: string;
}

/** Predicted intents outside the six known names count as none (new intents are not scored). */
/** The six intents the corpus scores (README: intents outside them count as none, so a new one is not penalised). */
const SCORED_INTENTS: readonly string[] = ['opt_out', 'human', 'complaint', 'repeat', 'reschedule', 'wrong_person'];

export function knownIntent(intent: unknown): string | null {
  return typeof intent === 'string' && SCORED_INTENTS.includes(intent) && (INTENTS as readonly string[]).includes(intent) ? intent : null;
}

/**
 * Interpret one corpus answer the way `huifang interpret --step <dialog>.<step> --locale --now --tz` does (the step's
 * expectation and question), or, `expectOnly`, the way `huifang interpret --expect <kind> --locale --now --tz` does.
 */
export function predictAnswer(item: AnswerItem, expectOnly = false): AnswerPrediction {
  try {
    const ctx = contextFromOptions({ expect: item.expect, locale: item.locale, now: item.now, tz: item.tz });
    let expect: Expectation;
    if (expectOnly) expect = parseKind(item.expect);
    else {
      const step = stepReading(`${item.dialog}.${item.step}`, item.locale, loadRegistry());
      expect = step.expect;
      ctx.question = step.question;
      if (step.learned === false) ctx.learned = false;
    }
    const r = interpret(item.text, expect, ctx) as ReturnType<typeof interpret> & { complaint?: unknown };
    return {
      value: r.value ?? null,
      intent: r.intent ?? null,
      complaint: typeof r.complaint === 'string' ? r.complaint : null,
      confidence: r.confidence,
      at: r.at ?? null,
    };
  } catch (e) {
    return { value: null, intent: null, complaint: null, confidence: 0, at: null, error: (e as Error).message };
  }
}

/** The step an answer belongs to, as compiled from dialogs/. */
function listenOf(item: { dialog: string; locale: string; step: string }): ListenStep {
  const d = loadRegistry().get(item.dialog, item.locale);
  const ls = d.listens.get(item.step);
  if (!ls || d.spec.locale !== item.locale) throw new Error(`no step ${item.dialog}.${item.step} (${item.locale}) in dialogs/`);
  return ls;
}

/** The expectation string of a step, as `huifang interpret --expect` takes it. */
export function expectationOf(item: { dialog: string; locale: string; step: string }): string {
  const e: Expectation = listenOf(item).expect;
  if (e.kind === 'scale') return `scale:${e.min}-${e.max}${e.unit ? `:${e.unit}` : ''}`;
  if (e.kind === 'choice') return `choice:${e.options.map((o) => o.value).join('|')}`;
  return e.kind;
}

/**
 * The yes/no answer that means an unhappy customer on a step, read from the script: the
 * value of `escalateWhen` (not fixed, not solved, a violation seen), or "no" on a yes/no
 * satisfaction question ("…满意请按1，不满意请按2"). Null when neither answer is unhappy.
 */
export function unhappyYesNo(item: { dialog: string; locale: string; step: string }): boolean | null {
  const d = loadRegistry().get(item.dialog, item.locale);
  const s = d.spec.steps.find((x) => x.id === item.step) as { escalateWhen?: unknown; ask?: unknown } | undefined;
  if (!s) return null;
  if (s.escalateWhen === 'no') return false;
  if (s.escalateWhen === 'yes') return true;
  if (typeof s.ask === 'string' && /不满意请按2|2 for dissatisfied|press 2 if not satisfied/i.test(s.ask)) return false;
  return null;
}

/** Is a predicted answer a sign of dissatisfaction on its step? (a low level, the unhappy yes/no, a complaint) */
export function signalsDissatisfied(item: AnswerItem, p: AnswerPrediction): boolean {
  if (p.complaint !== null || knownIntent(p.intent) === 'complaint') return true;
  const e = parseKind(item.expect);
  if (e.kind === 'csat3') return p.value === 'dissatisfied';
  if (e.kind === 'scale' && !e.unit) return typeof p.value === 'number' && toLevel(`${e.min}-${e.max}`, p.value) === 'dissatisfied';
  if (e.kind === 'yesno') {
    const u = unhappyYesNo(item);
    return u !== null && p.value === u;
  }
  return false;
}

/** Does a step give a satisfaction level (a csat3 or a numeric score, not a measure such as 度)? */
export function isLevelStep(item: AnswerItem): boolean {
  const e = parseKind(item.expect);
  return e.kind === 'csat3' || (e.kind === 'scale' && !e.unit);
}

export interface AnswerScore {
  id: string;
  category: string;
  dialog: string;
  /** undefined: the figure does not apply to this item. */
  value?: boolean;
  intent?: boolean;
  spuriousIntent?: boolean;
  complaint?: boolean;
  spuriousComplaint?: boolean;
  at?: boolean;
  dissatisfiedReached?: boolean;
  /** An answer without evidence (expected value null on a level step) that got a level. */
  offTopicLevel?: boolean;
  tentativeUnsure?: boolean;
  error?: string;
  ok: boolean;
}

const hasNonNull = (x: unknown) => alternatives(x).some((v) => v !== null);
const onlyNull = (x: unknown) => alternatives(x).every((v) => v === null);

/** Score one answer: which figures it counts in, and whether it is right in each. */
export function scoreAnswer(item: AnswerItem, p: AnswerPrediction): AnswerScore {
  const s: AnswerScore = { id: item.id, category: item.category, dialog: `${item.dialog}${item.locale === 'en' ? '.en' : ''}`, ok: true };
  if (p.error) s.error = p.error;
  if (item.value !== undefined) {
    s.value = matches(item.value, p.value);
    if (onlyNull(item.value) && isLevelStep(item)) s.offTopicLevel = p.value !== null;
  }
  const intent = knownIntent(p.intent);
  if (item.intent !== undefined) {
    // A described grievance may or may not carry the `complaint` intent: both are right.
    const accepted = [...alternatives(item.intent), ...(item.complaint !== undefined && hasNonNull(item.complaint) ? ['complaint'] : [])];
    if (hasNonNull(item.intent)) s.intent = accepted.includes(intent);
    else s.spuriousIntent = !accepted.includes(intent);
  }
  if (item.complaint !== undefined) {
    if (!alternatives(item.complaint).includes(null)) s.complaint = matches(item.complaint, p.complaint);
    else if (onlyNull(item.complaint)) s.spuriousComplaint = p.complaint !== null;
  }
  if (item.at !== undefined && hasNonNull(item.at)) s.at = matches(item.at, p.at);
  if (item.dissatisfied) s.dissatisfiedReached = signalsDissatisfied(item, p);
  if (item.tentative) s.tentativeUnsure = p.confidence < 0.6;
  s.ok =
    !s.error &&
    s.value !== false &&
    s.intent !== false &&
    s.spuriousIntent !== true &&
    s.complaint !== false &&
    s.spuriousComplaint !== true &&
    s.at !== false &&
    s.dissatisfiedReached !== false;
  return s;
}

/** A rate: `hits` of `n`, null when nothing counted. */
export interface Rate {
  hits: number;
  n: number;
  rate: number | null;
}

export function rate(flags: (boolean | undefined)[]): Rate {
  const counted = flags.filter((f): f is boolean => f !== undefined);
  const hits = counted.filter(Boolean).length;
  return { hits, n: counted.length, rate: counted.length ? hits / counted.length : null };
}

export interface AnswerFigures {
  items: number;
  allRight: Rate;
  valueAccuracy: Rate;
  dissatisfiedRecall: Rate;
  intentAccuracy: Rate;
  spuriousIntents: Rate;
  complaintAccuracy: Rate;
  spuriousComplaints: Rate;
  callbackTimeAccuracy: Rate;
  offTopicLevelRate: Rate;
  /** Hedged answers given a confidence below 0.6 (the engine's default confirmation threshold). */
  tentativeUnsure: Rate;
  errors: number;
  byCategory: Record<string, Rate>;
}

export function summarizeAnswers(scores: AnswerScore[]): AnswerFigures {
  const byCategory: Record<string, Rate> = {};
  for (const c of [...new Set(scores.map((s) => s.category))].sort()) byCategory[c] = rate(scores.filter((s) => s.category === c).map((s) => s.ok));
  return {
    items: scores.length,
    allRight: rate(scores.map((s) => s.ok)),
    valueAccuracy: rate(scores.map((s) => s.value)),
    dissatisfiedRecall: rate(scores.map((s) => s.dissatisfiedReached)),
    intentAccuracy: rate(scores.map((s) => s.intent)),
    spuriousIntents: rate(scores.map((s) => s.spuriousIntent)),
    complaintAccuracy: rate(scores.map((s) => s.complaint)),
    spuriousComplaints: rate(scores.map((s) => s.spuriousComplaint)),
    callbackTimeAccuracy: rate(scores.map((s) => s.at)),
    offTopicLevelRate: rate(scores.map((s) => s.offTopicLevel)),
    tentativeUnsure: rate(scores.map((s) => s.tentativeUnsure)),
    errors: scores.filter((s) => s.error).length,
    byCategory,
  };
}

/** Non-answers: the share given a satisfaction level (a non-null value), and exceptions. */
export function summarizeNonAnswers(items: AnswerItem[], preds: AnswerPrediction[]): { items: number; levelGiven: Rate; errors: number; byKind: Record<string, Rate> } {
  const given = preds.map((p) => p.value !== null);
  const byKind: Record<string, Rate> = {};
  for (const k of [...new Set(items.map((i) => i.category))].sort()) byKind[k] = rate(items.map((it, i) => (it.category === k ? given[i] : undefined)));
  return { items: items.length, levelGiven: rate(given), errors: preds.filter((p) => p.error).length, byKind };
}

// ---------------------------------------------------------------------------------------------
// Whole conversations
// ---------------------------------------------------------------------------------------------

/** Play a corpus conversation through the code behind `huifang try --json`. */
export async function runConversationItem(c: ConversationItem): Promise<TryRun> {
  return runTry(c.dialog, c.lines, { variables: c.variables, locale: c.locale, now: c.now, timeZone: c.tz });
}

/** A callback time inside calling hours, after the call's now. */
export function withinCallingHours(at: string, now: string, tz: string): boolean {
  const t = DateTime.fromISO(at, { setZone: true });
  if (!t.isValid || t.toMillis() <= DateTime.fromISO(now).toMillis()) return false;
  const local = t.setZone(tz);
  const h = local.hour + local.minute / 60;
  return h >= CALLING_HOURS.start && h < CALLING_HOURS.end;
}

export interface ConversationScore {
  id: string;
  category: string;
  dialog: string;
  outcome: boolean;
  level: boolean;
  reachedPerson?: boolean;
  falseEscalation?: boolean;
  callbackAt?: boolean;
  reason?: boolean;
  flagged?: boolean;
  error?: string;
  ok: boolean;
  got: { outcome: string | null; level: string | null; escalation: string | null; callbackAt: string | null; flags: string[] };
}

/** The parts of a `try` run the score reads (a TryRun, or a stand-in in tests). */
export interface ConversationResult {
  outcome: string | null;
  level: string | null;
  escalation: string | null;
  callbackAt: string | null;
  flags: string[];
}

export function resultOfRun(run: TryRun): ConversationResult {
  return {
    outcome: run.json.outcome,
    level: run.json.score?.level ?? null,
    escalation: run.json.escalation?.reason ?? null,
    callbackAt: run.json.callbackAt,
    flags: run.result.flags,
  };
}

export function scoreConversation(c: ConversationItem, r: ConversationResult, error?: string): ConversationScore {
  const e = c.expect;
  const s: ConversationScore = {
    id: c.id,
    category: c.category,
    dialog: `${c.dialog}${c.locale === 'en' ? '.en' : ''}`,
    outcome: matches(e.outcome, r.outcome),
    level: matches(e.level, r.level),
    ok: true,
    got: r,
  };
  if (error) s.error = error;
  if (e.dissatisfied) s.reachedPerson = r.escalation !== null;
  if (!e.escalates) s.falseEscalation = r.escalation !== null;
  if (e.callbackAt !== null) {
    s.callbackAt = e.callbackAt === 'any' ? r.callbackAt !== null && withinCallingHours(r.callbackAt, c.now, c.tz) : matches(e.callbackAt, r.callbackAt);
  }
  if (e.reason !== undefined) s.reason = matches(e.reason, r.escalation);
  if (e.flag !== undefined) s.flagged = r.flags.some((f) => f.includes(e.flag!));
  s.ok =
    !s.error &&
    s.outcome &&
    s.level &&
    s.reachedPerson !== false &&
    s.falseEscalation !== true &&
    s.callbackAt !== false &&
    (e.escalates ? r.escalation !== null : true);
  return s;
}

export interface ConversationFigures {
  items: number;
  allRight: Rate;
  reachedPerson: Rate;
  outcomeRight: Rate;
  falseEscalations: Rate;
  levelRight: Rate;
  callbackAtRight: Rate;
  reasonRight: Rate;
  reservationsFlagged: Rate;
  errors: number;
  byCategory: Record<string, Rate>;
}

export function summarizeConversations(scores: ConversationScore[]): ConversationFigures {
  const byCategory: Record<string, Rate> = {};
  for (const c of [...new Set(scores.map((s) => s.category))].sort()) byCategory[c] = rate(scores.filter((s) => s.category === c).map((s) => s.ok));
  return {
    items: scores.length,
    allRight: rate(scores.map((s) => s.ok)),
    reachedPerson: rate(scores.map((s) => s.reachedPerson)),
    outcomeRight: rate(scores.map((s) => s.outcome)),
    falseEscalations: rate(scores.map((s) => s.falseEscalation)),
    levelRight: rate(scores.map((s) => s.level)),
    callbackAtRight: rate(scores.map((s) => s.callbackAt)),
    reasonRight: rate(scores.map((s) => s.reason)),
    reservationsFlagged: rate(scores.map((s) => s.flagged)),
    errors: scores.filter((s) => s.error).length,
    byCategory,
  };
}

// ---------------------------------------------------------------------------------------------
// Targets and the report
// ---------------------------------------------------------------------------------------------

/** Issue 13's targets, on the frozen test split. `max`: the rate must not exceed it. */
export const TARGETS: { figure: string; label: string; min?: number; max?: number }[] = [
  { figure: 'conversations.reachedPerson', label: 'conversations: dissatisfied customers reaching a person', min: 0.99 },
  { figure: 'conversations.outcomeRight', label: 'conversations: outcome right', min: 0.95 },
  { figure: 'conversations.falseEscalations', label: 'conversations: false escalations', max: 0.02 },
  { figure: 'answers.valueAccuracy', label: 'answers: value accuracy', min: 0.97 },
  { figure: 'answers.dissatisfiedRecall', label: 'answers: dissatisfied recall', min: 0.99 },
  { figure: 'answers.intentAccuracy', label: 'answers: intent accuracy', min: 0.95 },
  { figure: 'answers.callbackTimeAccuracy', label: 'answers: callback times', min: 0.95 },
  { figure: 'nonanswers.levelGiven', label: 'non-answers given a level', max: 0.02 },
];

export interface SplitReport {
  split: Split | 'all';
  answers: AnswerFigures;
  nonanswers: ReturnType<typeof summarizeNonAnswers>;
  conversations: ConversationFigures;
  targets: { label: string; rate: number | null; target: string; met: boolean | null }[];
}

export interface Failure {
  split: Split;
  kind: 'answer' | 'nonanswer' | 'conversation';
  id: string;
  input: string;
  expected: unknown;
  got: unknown;
  wrong: string[];
}

function pick(report: Omit<SplitReport, 'targets'>, path: string): Rate {
  const [a, b] = path.split('.') as [keyof Omit<SplitReport, 'targets' | 'split'>, string];
  return (report[a] as unknown as Record<string, Rate>)[b]!;
}

export function checkTargets(report: Omit<SplitReport, 'targets'>): SplitReport['targets'] {
  return TARGETS.map((t) => {
    const r = pick(report, t.figure).rate;
    const target = t.min !== undefined ? `>= ${t.min * 100}%` : `<= ${t.max! * 100}%`;
    const met = r === null ? null : t.min !== undefined ? r >= t.min : r <= t.max!;
    return { label: t.label, rate: r, target, met };
  });
}

export interface SplitRun {
  report: SplitReport;
  failures: Failure[];
}

export async function evaluate(splits: Split[], label: Split | 'all', opts: { expectOnly?: boolean } = {}): Promise<SplitRun> {
  const failures: Failure[] = [];
  const answerScores: AnswerScore[] = [];
  const nonItems: AnswerItem[] = [];
  const nonPreds: AnswerPrediction[] = [];
  const convScores: ConversationScore[] = [];
  for (const split of splits) {
    for (const item of loadAnswers('answers', split)) {
      const p = predictAnswer(item, opts.expectOnly);
      const s = scoreAnswer(item, p);
      answerScores.push(s);
      if (!s.ok) {
        const wrong = (['value', 'intent', 'complaint', 'at', 'dissatisfiedReached'] as const).filter((k) => s[k] === false) as string[];
        if (s.spuriousIntent) wrong.push('spuriousIntent');
        if (s.spuriousComplaint) wrong.push('spuriousComplaint');
        if (s.error) wrong.push('error');
        failures.push({
          split,
          kind: 'answer',
          id: item.id,
          input: `[${item.dialog}${item.locale === 'en' ? '.en' : ''}.${item.step} ${item.expect}] ${item.text}`,
          expected: { value: item.value, intent: item.intent, complaint: item.complaint, at: item.at, dissatisfied: item.dissatisfied },
          got: p,
          wrong,
        });
      }
    }
    for (const item of loadAnswers('nonanswers', split)) {
      const p = predictAnswer(item, opts.expectOnly);
      nonItems.push(item);
      nonPreds.push(p);
      if (p.value !== null || p.error) {
        failures.push({ split, kind: 'nonanswer', id: item.id, input: item.text, expected: { value: null }, got: p, wrong: [p.error ? 'error' : 'levelGiven'] });
      }
    }
    for (const c of loadConversations(split)) {
      let s: ConversationScore;
      try {
        s = scoreConversation(c, resultOfRun(await runConversationItem(c)));
      } catch (e) {
        s = scoreConversation(c, { outcome: null, level: null, escalation: null, callbackAt: null, flags: [] }, (e as Error).message);
      }
      convScores.push(s);
      if (!s.ok) {
        const wrong = (['outcome', 'level'] as const).filter((k) => !s[k]) as string[];
        if (s.reachedPerson === false) wrong.push('notReached');
        if (s.falseEscalation) wrong.push('falseEscalation');
        if (s.callbackAt === false) wrong.push('callbackAt');
        if (c.expect.escalates && s.got.escalation === null && s.reachedPerson === undefined) wrong.push('notEscalated');
        if (s.error) wrong.push('error');
        failures.push({ split, kind: 'conversation', id: c.id, input: `${c.dialog}${c.locale === 'en' ? '.en' : ''}: ${c.lines.map((l) => JSON.stringify(l)).join(' / ')}`, expected: c.expect, got: s.error ?? s.got, wrong });
      }
    }
  }
  const base = {
    split: label,
    answers: summarizeAnswers(answerScores),
    nonanswers: summarizeNonAnswers(nonItems, nonPreds),
    conversations: summarizeConversations(convScores),
  };
  return { report: { ...base, targets: checkTargets(base) }, failures };
}

const pct = (r: Rate): string => (r.rate === null ? '   n/a' : `${(r.rate * 100).toFixed(1).padStart(5)}%`) + `  (${r.hits}/${r.n})`;

export function formatReport(r: SplitReport): string {
  const a = r.answers;
  const c = r.conversations;
  const n = r.nonanswers;
  const lines = [
    `== split: ${r.split} ==`,
    `single answers (${a.items})`,
    `  value accuracy            ${pct(a.valueAccuracy)}`,
    `  dissatisfied recall       ${pct(a.dissatisfiedRecall)}`,
    `  intent accuracy           ${pct(a.intentAccuracy)}`,
    `  spurious intents          ${pct(a.spuriousIntents)}`,
    `  complaint category        ${pct(a.complaintAccuracy)}`,
    `  spurious complaints       ${pct(a.spuriousComplaints)}`,
    `  callback times            ${pct(a.callbackTimeAccuracy)}`,
    `  no evidence given a level ${pct(a.offTopicLevelRate)}`,
    `  hedges marked unsure      ${pct(a.tentativeUnsure)}`,
    `  all fields right          ${pct(a.allRight)}`,
    `  exceptions                ${a.errors}`,
    `non-answers (${n.items})`,
    `  given a level             ${pct(n.levelGiven)}`,
    `  exceptions                ${n.errors}`,
    `conversations (${c.items})`,
    `  dissatisfied reach person ${pct(c.reachedPerson)}`,
    `  outcome right             ${pct(c.outcomeRight)}`,
    `  false escalations         ${pct(c.falseEscalations)}`,
    `  level right               ${pct(c.levelRight)}`,
    `  callbackAt right          ${pct(c.callbackAtRight)}`,
    `  escalation reason right   ${pct(c.reasonRight)}`,
    `  reservations flagged      ${pct(c.reservationsFlagged)}`,
    `  all right                 ${pct(c.allRight)}`,
    `  exceptions                ${c.errors}`,
    'targets (issue 13)',
    ...r.targets.map((t) => `  ${t.met === null ? '  n/a' : t.met ? '  met' : '  NOT'} ${t.label} ${t.rate === null ? 'n/a' : `${(t.rate * 100).toFixed(1)}%`} (target ${t.target})`),
    'answers right per category',
    ...Object.entries(a.byCategory).map(([k, v]) => `  ${k.padEnd(20)} ${pct(v)}`),
    'non-answers given a level per kind',
    ...Object.entries(n.byKind).map(([k, v]) => `  ${k.padEnd(20)} ${pct(v)}`),
    'conversations right per category',
    ...Object.entries(c.byCategory).map(([k, v]) => `  ${k.padEnd(24)} ${pct(v)}`),
  ];
  return lines.join('\n');
}

/** Markdown tables of the corpus counts per category, dialog and split (for the corpus README). */
export function corpusCounts(): string {
  const rows = (label: string, items: { split: Split; key: string }[]) => {
    const keys = [...new Set(items.map((i) => i.key))].sort();
    const n = (k: string | null, s: Split | null) => items.filter((i) => (k === null || i.key === k) && (s === null || i.split === s)).length;
    return [
      `| ${label} | train | dev | dev2 | dev3 | dev4 | dev5 | dev6 | dev7 | dev8 | dev9 | dev10 | dev11 | dev12 | dev13 | dev14 | dev15 | dev16 | dev17 | dev18 | dev19 | dev20 | dev21 | dev22 | dev23 | test | all |`,
      `|---|${'---:|'.repeat(SPLITS.length + 1)}`, // every split and the total
      ...keys.map((k) => `| ${k} | ${n(k, 'train')} | ${n(k, 'dev')} | ${n(k, 'dev2')} | ${n(k, 'dev3')} | ${n(k, 'dev4')} | ${n(k, 'dev5')} | ${n(k, 'dev6')} | ${n(k, 'dev7')} | ${n(k, 'dev8')} | ${n(k, 'dev9')} | ${n(k, 'dev10')} | ${n(k, 'dev11')} | ${n(k, 'dev12')} | ${n(k, 'dev13')} | ${n(k, 'dev14')} | ${n(k, 'dev15')} | ${n(k, 'dev16')} | ${n(k, 'dev17')} | ${n(k, 'dev18')} | ${n(k, 'dev19')} | ${n(k, 'dev20')} | ${n(k, 'dev21')} | ${n(k, 'dev22')} | ${n(k, 'dev23')} | ${n(k, 'test')} | ${n(k, null)} |`),
      `| **total** | ${n(null, 'train')} | ${n(null, 'dev')} | ${n(null, 'dev2')} | ${n(null, 'dev3')} | ${n(null, 'dev4')} | ${n(null, 'dev5')} | ${n(null, 'dev6')} | ${n(null, 'dev7')} | ${n(null, 'dev8')} | ${n(null, 'dev9')} | ${n(null, 'dev10')} | ${n(null, 'dev11')} | ${n(null, 'dev12')} | ${n(null, 'dev13')} | ${n(null, 'dev14')} | ${n(null, 'dev15')} | ${n(null, 'dev16')} | ${n(null, 'dev17')} | ${n(null, 'dev18')} | ${n(null, 'dev19')} | ${n(null, 'dev20')} | ${n(null, 'dev21')} | ${n(null, 'dev22')} | ${n(null, 'dev23')} | ${n(null, 'test')} | ${n(null, null)} |`,
    ].join('\n');
  };
  const answers = SPLITS.flatMap((split) => loadAnswers('answers', split).map((a) => ({ split, a })));
  const nons = SPLITS.flatMap((split) => loadAnswers('nonanswers', split).map((a) => ({ split, a })));
  const convs = SPLITS.flatMap((split) => loadConversations(split).map((c) => ({ split, c })));
  const dlg = (x: { dialog: string; locale: string }) => `${x.dialog}${x.locale === 'en' ? ' (en)' : ''}`;
  return [
    '#### Single answers by category',
    rows('category', answers.map(({ split, a }) => ({ split, key: a.category }))),
    '#### Single answers by dialog',
    rows('dialog', answers.map(({ split, a }) => ({ split, key: dlg(a) }))),
    '#### Non-answers by kind',
    rows('kind', nons.map(({ split, a }) => ({ split, key: a.category }))),
    '#### Conversations by dialog',
    rows('dialog', convs.map(({ split, c }) => ({ split, key: dlg(c) }))),
    '#### Conversations by category',
    rows('category', convs.map(({ split, c }) => ({ split, key: c.category }))),
  ].join('\n\n');
}

export function parseArgs(argv: string[]): { splits: (Split | 'all')[]; json: boolean; verbose: boolean; counts: boolean; expectOnly?: true } {
  let split = 'both';
  let expectOnly = false;
  let json = false;
  let verbose = false;
  let counts = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--counts') counts = true;
    else if (a === '--expect-only') expectOnly = true;
    else if (a === '--json') json = true;
    else if (a === '--verbose' || a === '-v') verbose = true;
    else if (a === '--split') split = argv[++i] ?? '';
    else if (a.startsWith('--split=')) split = a.slice('--split='.length);
    else throw new Error(`unknown argument ${a}; use --split test|train|dev|dev2|dev3|dev4|dev5|dev6|dev7|dev8|dev9|dev10|dev11|dev12|dev13|dev14|dev15|dev16|dev17|dev18|dev19|dev20|dev21|dev22|dev23|all, --json, --verbose, --counts, --expect-only`);
  }
  if (!['test', 'train', 'dev', 'dev2', 'dev3', 'dev4', 'dev5', 'dev6', 'dev7', 'dev8', 'dev9', 'dev10', 'dev11', 'dev12', 'dev13', 'dev14', 'dev15', 'dev16', 'dev17', 'dev18', 'dev19', 'dev20', 'dev21', 'dev22', 'dev23', 'all', 'both'].includes(split)) throw new Error(`--split takes test, train, dev, dev2, dev3, dev4, dev5, dev6, dev7, dev8, dev9, dev10, dev11, dev12, dev13, dev14, dev15, dev16, dev17, dev18, dev19, dev20, dev21, dev22, dev23 or all, not '${split}'`);
  const splits: (Split | 'all')[] = split === 'both' ? ['train', 'dev', 'dev2', 'dev3', 'dev4', 'dev5', 'dev6', 'dev7', 'dev8', 'dev9', 'dev10', 'dev11', 'dev12', 'dev13', 'dev14', 'dev15', 'dev16', 'dev17', 'dev18', 'dev19', 'dev20', 'dev21', 'dev22', 'dev23', 'test'] : split === 'all' ? ['train', 'dev', 'dev2', 'dev3', 'dev4', 'dev5', 'dev6', 'dev7', 'dev8', 'dev9', 'dev10', 'dev11', 'dev12', 'dev13', 'dev14', 'dev15', 'dev16', 'dev17', 'dev18', 'dev19', 'dev20', 'dev21', 'dev22', 'dev23', 'test', 'all'] : [split as Split];
  return { splits, json, verbose, counts, ...(expectOnly ? { expectOnly: true as const } : {}) };
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  if (args.counts) {
    process.stdout.write(corpusCounts() + '\n');
    return;
  }
  const runs: SplitRun[] = [];
  for (const s of args.splits) runs.push(await evaluate(s === 'all' ? [...SPLITS] : [s], s, { expectOnly: args.expectOnly === true }));
  if (args.json) {
    const out = { reports: runs.map((r) => r.report), ...(args.verbose ? { failures: runs.filter((r) => r.report.split !== 'all').flatMap((r) => r.failures) } : {}) };
    process.stdout.write(JSON.stringify(out) + '\n');
    return;
  }
  for (const r of runs) {
    process.stdout.write(formatReport(r.report) + '\n');
    if (args.verbose && r.report.split !== 'all') {
      process.stdout.write(`failures (${r.failures.length})\n`);
      for (const f of r.failures) {
        process.stdout.write(`  ${f.id} [${f.wrong.join(',')}] ${f.input}\n    expected ${JSON.stringify(f.expected)}\n    got      ${JSON.stringify(f.got)}\n`);
      }
    }
    process.stdout.write('\n');
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main().catch((e: unknown) => {
    process.stderr.write(`eval-corpus: ${(e as Error).message}\n`);
    process.exitCode = 2;
  });
}
