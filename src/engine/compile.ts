/**
 * The compiler: a validated DialogSpec -> an XState v5 machine. Every step becomes a state
 * (an ask gets one helper, `<id>__confirm`, to confirm an unsure answer; an accepted answer
 * goes straight to its branch, and every re-ask climbs one ladder of guarded transitions),
 * and a few system states handle
 * what any call may bring: opt-out, a request for a human, a complaint, a wrong person, a
 * reschedule, a hang-up, an expired session.
 *
 * Guards and actions are named (`setup({ guards, actions })`) and take params, so the machine
 * config is plain data built from the script. Effects are collected in `context.out` by the
 * actions and taken out by the step function; the machine itself never does IO.
 */
import { LEVEL_SPOKEN } from '../domain/levels.js';
import { and, assign, createActor, setup, type AnyActorScope, type AnyMachineSnapshot, type AnyStateMachine } from 'xstate';
import type { Expectation, Locale } from '../nlu/types.js';
import { resolveTime } from '../nlu/time.js';
import { DEFAULT_MESSAGES, VALUE_WORDS, render, type MessageKey } from './messages.js';
import {
  stepKind,
  type AskStepSpec,
  type DialogSpec,
  type Messages,
  type RescheduleStepSpec,
  type When,
} from './schema.js';
import { timeInWords } from './timewords.js';
import type { AnswerRecord, Effect, EscalationReason, Outcome } from './types.js';

/** What the customer said or keyed, already interpreted. */
export interface Candidate {
  raw: string;
  via: 'speech' | 'dtmf' | 'text';
  value: unknown;
  intent: string | null;
  confidence: number;
  at: string | null;
  /** A complaint said with the answer (issue 13): its category, on any step. */
  complaint?: string | null;
  /** The complaint is a small reservation beside a positive answer: flag it, do not escalate. */
  reservation?: boolean;
  /** wrong_person: a relative answering for the customer, or a wrong number. */
  person?: 'relative' | 'wrong_number';
  /** In a confirmation: the reply agreed and restated the answer itself (对，师傅迟到了): take what it says. */
  restated?: boolean;
  /** Held while the engine asks a hedged customer to choose (还行吧 -> 满意还是不满意？). */
  hedge?: boolean;
  /** A reschedule whose time is only a vague "later" (等会儿, 回头, 改天): the engine asks when. */
  vagueAt?: boolean;
  /**
   * "方便，挺满意的" to "现在方便吗？": a yes that names the level of the satisfaction question
   * to come. Read by the engine with that question's expectation (csat3), when a level word is said.
   */
  level?: { value: unknown; confidence: number } | undefined;
  /** The level carried over from the go-ahead, standing as the answer to the satisfaction question. */
  carried?: boolean;
  /** Recognised below the confirmation threshold (the words themselves are unsure): taken only with a yes. */
  misheard?: boolean;
  /** A relative goes to fetch the customer (稍等，我去叫他; 我把电话给他; hold on, I'll get her): the engine waits. */
  handover?: boolean;
  /**
   * "不满意，我要投诉处理的那个人" / "零分，我要投诉这个师傅": with a request to complain, the level (or
   * score) said in a clause of its own, apart from the request: the customer's answer to the question.
   */
  saidApart?: boolean;
}

export type AskMode = 'ask' | 'reprompt' | 'silence' | 'keypad' | 'clarify' | 'resume' | 'repeat' | 'confirm_retry' | 'identify' | 'hold';

export interface EngineContext {
  vars: Record<string, string>;
  locale: Locale;
  tz: string;
  now: string | null;
  answers: Record<string, AnswerRecord>;
  tries: number;
  keypadOnly: boolean;
  mode: AskMode;
  pending: Candidate | null;
  /** A level said ahead with a yes (Candidate.level), for the next question if it asks for it. */
  carry?: Candidate | undefined;
  escalation: { reason: EscalationReason; detail?: string } | null;
  callbackAt: string | null;
  outcome: Outcome | null;
  flags: string[];
  lastAsk: string | null;
  /** Honest answers given to "who is calling / a robot / a scam" in this call (bounded). */
  identified?: number;
  /** The escalation opened in this call has been given to the channel as an `escalate` effect. */
  escalationSaid?: boolean;
  /** Round 22 (t22G): a request to complain was taken before the level question and the survey went on (noteComplaint). */
  complaintNoted?: boolean;
  /** Times in this call the engine has waited while a relative fetched the customer (bounded). */
  heldOn?: number;
  out: Effect[];
}

export type EngineEvent =
  | { type: 'ANSWER'; c: Candidate }
  | { type: 'NO_INPUT' }
  | { type: 'HANG_UP' }
  | { type: 'TIMEOUT' }
  | { type: 'RESUME' };

export interface StartInput {
  vars: Record<string, string>;
  locale: Locale;
  tz: string;
  now: string | null;
}

/** A step the engine listens on: an ask, a reschedule question, or a system question. */
export interface ListenStep {
  id: string;
  prompt: string;
  reprompt: string;
  clarify?: string | undefined;
  expect: Expectation;
  keypad: Record<string, string | number | boolean>;
  keypadLabels: Record<string, string>;
  hints: string[];
  /** Where the answer goes when nothing was understood after every reprompt. */
  exhausted: string;
  isReschedule: boolean;
  /** Said when the call ends rescheduled from this step ({{time}}: the time in words). */
  rescheduledText?: string | undefined;
  score: boolean;
  branches: { when: When; goto: string }[];
  next: string;
  /** Values that reach a person (the step's escalateWhen; a csat3 `dissatisfied`). */
  escalateWhen?: When | undefined;
  /** The reason of the escalation the script opens for those values (the first escalate step on their path). */
  escalateReason: string;
  /** A yes/no item of a survey that asks about satisfaction (满意请按1，不满意请按2): a "no" is an explicit 不满意. */
  satisfactionItem: boolean;
  /** Where a relative's answer goes (ask when to reach the customer), for system asks. */
  forRelative?: boolean;
  /**
   * "现在方便吗？" before the satisfaction question: a yes/no step whose "no" leads to a reschedule
   * step and whose "yes" leads to the csat3 score question.
   */
  goAhead?: boolean;
  /** The closing question of the call (意见或建议), after which only the goodbye comes. */
  closing?: boolean;
  /** "现在方便吗？" anywhere: a yes/no step whose "no" leads to a reschedule step (goAhead is the case before a csat3 question). */
  convenience?: boolean;
  /**
   * May the learned reader (src/nlu/learned.ts) guess an answer here? Only about the service: a level, or a survey
   * item whose answer reaches a person; who is speaking and whether now is a good time are read by the rules alone.
   * The engine and `huifang interpret --step` (which reads as the engine does) both follow it.
   */
  learnedReads?: boolean;
}

export interface CompiledDialog {
  spec: DialogSpec;
  machine: AnyStateMachine;
  /**
   * An inert actor scope made once per dialog. XState's `transition()` helper builds a new
   * actor (and so a whole initial state) on every call, which made a turn ~5x slower; our
   * machines spawn no children and every action is an `assign`, so one scope serves all turns.
   */
  scope: AnyActorScope;
  /**
   * The machine snapshot of a persisted state with this context. XState's `resolveState`
   * recomputes the state's node set on every call; the set depends on the state id only, so
   * it is resolved once per state and the context is put in. Throws on an unknown state.
   */
  restore(state: string, context: EngineContext): AnyMachineSnapshot;
  /** Steps that listen, by state id (asks, reschedules and the system `__ask_time`). */
  listens: Map<string, ListenStep>;
  messages: Required<Messages>;
  settings: { maxReprompts: number; confirmBelow: number; listenTimeoutSec: number };
  firstStep: string;
}

/** A bare agreement (对, 是的, 嗯, yes, right; said twice, 嗯 对, yeah, right): says yes to a statement, chooses no side of an either-or question. */
// (Round 21, t21M: and the south-western 对头 / 对头嘛, "right".)
const BARE_AGREEMENT = /^(?:(?:对头|对|是|嗯|恩|没错)[对是的啊呀呢嗯吧嘛]{0,3}[\s,.!?。，！？~～…]*)+$|^(?:(?:yes|yeah|yep|right|correct|that's right)[\s,.!]*)+$/u;

/** Said trailing off (嗯……, 嗯...): a hesitation, not an agreement. */
const TRAILING_OFF = /…|\.\.|。。/;

const CONFIRM_KEYPAD = { '1': true, '2': false } as const;

/** A level carried over from a yes to the next question is taken only when read this surely. */
const CARRY_CONFIDENCE = 0.8;

/** A reply that opens with a request to complain (我要投诉……, 我想举报……, I want to complain ...). */
const COMPLAINT_FIRST = /^\s*(?:喂|嗯|哎|那个)?[，,\s]*(?:我|我们)?(?:要|想|得|就要|还要)?(?:投诉|举报)|^\s*i(?: want| would like|'d like) to (?:file a |make a )?complain/i;
/**
 * Round 21 (t21J): the one complained of is the phone side (接电话的, 接线员, 客服, 工号……, the operator), not the visit rated:
 * the request opening the reply asks for a person about someone else, and gives the service no level.
 */
const PHONE_SIDE = /接电话的|接线员?|话务员?|客服|工号|热线|坐席|operator|call cent(er|re)|hotline|the (girl|guy|lady|man|person) on the phone/i;
/**
 * Round 24 (t24F): the complaint taken above the company (往工信部投诉, 找消协, 打12345, 去通管局告你们, report you to the regulator):
 * on a satisfaction question it is the verdict on the handling itself, a dissatisfied level, not only a request for a person.
 */
const TAKEN_ABOVE = /工信部|通管局|通信管理局|消协|消费者协会|12315|12345|市长热线|市民热线|便民热线|信访|监管部门|上级(主管)?部门|regulator|ofcom|consumer (council|association|protection)/i;

/** Seconds of silence the engine waits while a relative fetches the customer. */
const HOLD_TIMEOUT_SEC = 30;

/** Does a value satisfy a branch condition? `yes`/`no` stand for true/false. */
export function matchesWhen(value: unknown, when: When): boolean {
  const norm = (v: unknown): unknown => (v === 'yes' ? true : v === 'no' ? false : v);
  const v = norm(value);
  if (typeof when === 'object' && when !== null) {
    if ('in' in when) return when.in.map(norm).includes(v);
    if (typeof v !== 'number') return false;
    return (when.min === undefined || v >= when.min) && (when.max === undefined || v <= when.max);
  }
  return norm(when) === v;
}

export function scaleName(expect: Expectation): string | null {
  if (expect.kind === 'csat3') return 'csat3';
  if (expect.kind === 'scale') return `${expect.min}-${expect.max}`;
  return null;
}

/** The three levels a csat3 question offers (004 第五十四条: 非常满意 / 满意 / 不满意). */
const CSAT3_LEVELS = ['very_satisfied', 'satisfied', 'dissatisfied'] as const;

function defaultHints(expect: Expectation, locale: Locale): string[] {
  const zh = locale === 'zh-CN';
  switch (expect.kind) {
    case 'yesno':
      return zh ? ['是', '不是', '对', '方便', '不方便'] : ['yes', 'no'];
    case 'csat3':
      return CSAT3_LEVELS.map((l) => LEVEL_SPOKEN[zh ? 'zh-CN' : 'en'][l]);
    case 'scale':
      return zh ? [`${expect.min}分`, `${expect.max}分`] : [];
    case 'choice':
      return expect.options.flatMap((o) => o.words);
    default:
      return [];
  }
}

/** The reason of the first escalate step on the path from `from` (breadth first), if any. */
function escalationOnPath(spec: DialogSpec, from: string): string | null {
  const byId = new Map(spec.steps.map((x) => [x.id, x]));
  const seen = new Set<string>();
  const queue = [from];
  while (queue.length) {
    const id = queue.shift()!;
    if (seen.has(id)) continue;
    seen.add(id);
    const st = byId.get(id) as Record<string, unknown> | undefined;
    if (!st) continue;
    if (typeof st.escalate === 'string') return st.escalate;
    if (typeof st.next === 'string') queue.push(st.next);
  }
  return null;
}

/**
 * The closing question of a call (最后，您还有什么意见或建议吗？): an open question that every
 * path reaches (no branch leads to it: it is no reason step) and after which the script only
 * says goodbye (no other question, no escalation). A customer who hangs up there has finished
 * the survey.
 */
function closingQuestions(spec: DialogSpec): Set<string> {
  const byId = new Map(spec.steps.map((x) => [x.id, x as Record<string, unknown>]));
  const targets = new Set<string>();
  for (const st of spec.steps as Record<string, unknown>[]) for (const b of (st.branches as { goto: string }[] | undefined) ?? []) targets.add(b.goto);
  const out = new Set<string>();
  for (const st of spec.steps) {
    if (stepKind(st) !== 'ask' || (st as AskStepSpec).expect.kind !== 'text' || targets.has(st.id)) continue;
    let id: unknown = (st as AskStepSpec).next;
    let ok = false;
    for (let hops = 0; typeof id === 'string' && hops < spec.steps.length; hops++) {
      const nx = byId.get(id);
      if (!nx) break;
      const k = stepKind(nx as never);
      if (k === 'end') {
        ok = nx.outcome === undefined || nx.outcome === 'completed';
        break;
      }
      if (k !== 'say') break;
      id = nx.next;
    }
    if (ok) out.add(st.id);
  }
  return out;
}

function askListen(step: AskStepSpec, locale: Locale, spec: DialogSpec): ListenStep {
  const escalateWhen: When | undefined = step.escalateWhen ?? (step.expect.kind === 'csat3' ? 'dissatisfied' : undefined);
  const sample = step.expect.kind === 'csat3' ? 'dissatisfied' : step.expect.kind === 'yesno' ? escalateWhen : step.expect.kind === 'scale' ? step.expect.min : undefined;
  const target = (step.branches ?? []).find((b) => sample !== undefined && matchesWhen(sample, b.when))?.goto ?? step.next;
  const satisfactionItem = step.expect.kind === 'yesno' && escalateWhen === undefined && /满意|satisf/i.test(step.ask) && /不满意请按|not satisfied|dissatisfied/i.test(step.ask);
  const byId = (id: string) => spec.steps.find((x) => x.id === id);
  const nextStep = byId(step.next);
  const convenience = step.expect.kind === 'yesno' && (step.branches ?? []).some((b) => matchesWhen(false, b.when) && !!byId(b.goto) && stepKind(byId(b.goto)!) === 'reschedule');
  const goAhead =
    convenience &&
    !!nextStep &&
    stepKind(nextStep) === 'ask' &&
    (nextStep as AskStepSpec).expect.kind === 'csat3' &&
    (nextStep as AskStepSpec).score !== false;
  const score = step.score ?? (step.expect.kind === 'csat3' || step.expect.kind === 'scale');
  return {
    goAhead,
    convenience,
    learnedReads: !convenience && (score || satisfactionItem || escalateWhen !== undefined),
    escalateWhen,
    escalateReason: escalationOnPath(spec, target) ?? 'dissatisfied',
    satisfactionItem,
    id: step.id,
    prompt: step.ask,
    reprompt: step.reprompt,
    clarify: step.clarify,
    // (A yes/no step whose "yes" reaches a person, renovation's violations question: the interpreter is told "yes" reports a problem.)
    expect: step.expect.kind === 'yesno' && escalateWhen !== undefined && matchesWhen(true, escalateWhen) ? { ...step.expect, yesReportsProblem: true } : step.expect,
    keypad: step.keypad,
    keypadLabels: step.keypadLabels ?? {},
    hints: step.hints ?? defaultHints(step.expect, locale),
    exhausted: '__incomplete',
    isReschedule: false,
    score,
    branches: step.branches ?? [],
    next: step.next,
  };
}

function rescheduleListen(step: RescheduleStepSpec): ListenStep {
  return {
    escalateReason: 'dissatisfied',
    satisfactionItem: false,
    id: step.id,
    prompt: step.reschedule,
    reprompt: step.reprompt,
    expect: { kind: 'time' },
    keypad: step.keypad,
    keypadLabels: step.keypadLabels ?? {},
    hints: [],
    exhausted: '__rescheduled',
    isReschedule: true,
    rescheduledText: step.confirm,
    score: false,
    branches: [],
    next: '__rescheduled',
  };
}

/**
 * Someone else answered for the customer (a spouse, a parent, a child): no survey, ever; ask
 * when the customer can be reached. A time ends the call rescheduled, none ends it incomplete.
 */
function systemRelativeTime(messages: Required<Messages>, locale: Locale): ListenStep {
  const zh = locale === 'zh-CN';
  return {
    id: '__relative_time',
    prompt: messages.askTimeOther,
    reprompt: zh ? '请问什么时候方便联系{{customerName}}本人？比如今天晚上或者明天上午。' : 'When would be a good time to reach {{customerName}}? For example this evening or tomorrow morning.',
    expect: { kind: 'time' },
    keypad: {},
    keypadLabels: {},
    hints: [],
    exhausted: '__incomplete',
    isReschedule: true,
    forRelative: true,
    score: false,
    branches: [],
    next: '__rescheduled',
    escalateReason: 'dissatisfied',
    satisfactionItem: false,
  };
}

function systemAskTime(messages: Required<Messages>, locale: Locale): ListenStep {
  const zh = locale === 'zh-CN';
  return {
    escalateReason: 'dissatisfied',
    satisfactionItem: false,
    id: '__ask_time',
    prompt: messages.askTime + (zh ? '一小时后请按1，今天晚上请按2，明天上午请按3。' : ' Press 1 for in an hour, 2 for this evening, 3 for tomorrow morning.'),
    reprompt: zh ? '请问您什么时候方便？一小时后请按1，今天晚上请按2，明天上午请按3。' : 'When is a good time? Press 1 for in an hour, 2 for this evening, 3 for tomorrow morning.',
    expect: { kind: 'time' },
    keypad: zh ? { '1': '一小时后', '2': '今天晚上七点', '3': '明天上午十点' } : { '1': 'in an hour', '2': 'this evening at 7pm', '3': 'tomorrow at 10am' },
    keypadLabels: zh ? { '1': '一小时后', '2': '今天晚上', '3': '明天上午' } : { '1': 'in an hour', '2': 'this evening', '3': 'tomorrow morning' },
    hints: [],
    exhausted: '__rescheduled',
    isReschedule: true,
    score: false,
    branches: [],
    next: '__rescheduled',
  };
}

/** Words for a value in a confirmation ("您是说“满意”，对吗？"). */
export function valueWords(value: unknown, expect: Expectation, locale: Locale): string {
  // A measure is confirmed in its unit (二十一度), never as a score (issue 13).
  if (expect.kind === 'scale' && typeof value === 'number') {
    if (expect.unit) return locale === 'zh-CN' ? `${value}${expect.unit}` : `${value} ${expect.unit === '度' ? 'degrees' : expect.unit}`;
    return locale === 'zh-CN' ? `${value}分` : `${value}`;
  }
  if (expect.kind === 'choice') {
    const o = expect.options.find((x) => x.value === value);
    if (o) return o.words[0] ?? String(value);
  }
  const v = value === 'yes' ? true : value === 'no' ? false : value;
  return VALUE_WORDS[locale][String(v)] ?? String(v);
}

function keysInWords(ls: ListenStep, locale: Locale): string {
  const sep = locale === 'zh-CN' ? '，' : ', ';
  return Object.entries(ls.keypad)
    .map(([k, v]) => {
      const label = ls.keypadLabels[k] ?? valueWords(v, ls.expect, locale);
      const key = k === '*' ? (locale === 'zh-CN' ? '星号键' : 'star') : k === '#' ? (locale === 'zh-CN' ? '井号键' : 'hash') : k;
      return locale === 'zh-CN' ? `${label}请按${key}` : `press ${key} for ${label}`;
    })
    .join(sep);
}

/** Compile a validated dialog spec into an XState machine and its lookup tables. */
export function compileDialog(spec: DialogSpec): CompiledDialog {
  const locale = spec.locale;
  const messages: Required<Messages> = { ...DEFAULT_MESSAGES[locale], ...(spec.messages ?? {}) };
  const settings = {
    // Re-ask once in other words, then the keypad, then end without a score (issue 13).
    maxReprompts: spec.settings?.maxReprompts ?? 1,
    confirmBelow: spec.settings?.confirmBelow ?? 0.6,
    listenTimeoutSec: spec.settings?.listenTimeoutSec ?? 6,
  };
  const listens = new Map<string, ListenStep>();
  for (const s of spec.steps) {
    const k = stepKind(s);
    if (k === 'ask') listens.set(s.id, askListen(s as AskStepSpec, locale, spec));
    if (k === 'reschedule') listens.set(s.id, rescheduleListen(s as RescheduleStepSpec));
  }
  const firstReschedule = spec.steps.find((s) => stepKind(s) === 'reschedule')?.id;
  if (!firstReschedule) listens.set('__ask_time', systemAskTime(messages, locale));
  listens.set('__relative_time', systemRelativeTime(messages, locale));
  const askTimeState = firstReschedule ?? '__ask_time';
  const closing = closingQuestions(spec);
  for (const id of closing) {
    const ls = listens.get(id);
    if (ls) ls.closing = true;
  }
  const firstStep = spec.steps[0]!.id;
  /** The script's level questions (a csat3 or a score that counts), for what comes before them. */
  const levelSteps = [...listens.values()].filter((ls) => ls.score && !ls.isReschedule).map((ls) => ls.id);
  /** The first question of the script (where a relative answered; the customer fetched answers it). */
  const firstListen = spec.steps.find((st) => listens.has(st.id) && !listens.get(st.id)!.isReschedule)?.id;

  const msg = (ctx: EngineContext, key: MessageKey, extra: Record<string, string> = {}) =>
    render(messages[key], { ...ctx.vars, ...extra });

  const push = (ctx: EngineContext, ...effects: Effect[]): Effect[] => [...ctx.out, ...effects];

  const listenEffect = (ctx: EngineContext, ls: ListenStep, confirm: boolean): Effect => ({
    type: 'listen',
    stepId: ls.id,
    expect: confirm ? { kind: 'yesno' } : ls.expect,
    modes: ctx.keypadOnly && !confirm ? ['dtmf'] : ['speech', 'dtmf'],
    keypad: Object.fromEntries(
      Object.entries(confirm ? CONFIRM_KEYPAD : ls.keypad).map(([k, v]) => [
        k,
        confirm ? VALUE_WORDS[locale][String(v)]! : ls.keypadLabels[k] ?? valueWords(v, ls.expect, locale),
      ]),
    ),
    hints: confirm ? defaultHints({ kind: 'yesno' }, locale) : ls.hints,
    // Waiting while a relative fetches the customer: a walk to the phone takes longer than an answer.
    timeoutSec: ctx.mode === 'hold' && !confirm ? Math.max(settings.listenTimeoutSec, HOLD_TIMEOUT_SEC) : settings.listenTimeoutSec,
  });

  const askPromptText = (ctx: EngineContext, ls: ListenStep): string => {
    const q = render(ls.prompt, ctx.vars);
    switch (ctx.mode) {
      // Said something without evidence: the question once more in other words (the reprompt);
      // said nothing: "I did not hear you" first (issue 13 item 1).
      case 'reprompt':
        return render(ls.reprompt, ctx.vars);
      case 'silence':
        return msg(ctx, 'repromptPrefix') + render(ls.reprompt, ctx.vars);
      case 'keypad':
        return msg(ctx, 'keypadOnly', { keys: keysInWords(ls, locale) });
      case 'clarify':
        return ls.clarify ? render(ls.clarify, ctx.vars) : render(ls.reprompt, ctx.vars);
      case 'resume':
        return msg(ctx, 'resume') + q;
      case 'repeat':
        return msg(ctx, 'repeat') + q;
      case 'confirm_retry':
        return msg(ctx, 'confirmRetry') + q;
      case 'identify':
        // An honest answer about the call (000 第十一条: company, staff number, purpose), then the question again.
        return msg(ctx, 'whoCalling') + q;
      case 'hold':
        // A relative went to fetch the customer: the question is not said to the relative; the
        // customer who comes to the phone answers it ("喂，是我"), or says hello and hears it (repeat).
        return msg(ctx, 'holdOn');
      default:
        return q;
    }
  };

  /** Leaving a step: its ladder and pending answer are reset. */
  const LEAVE = { tries: 0, keypadOnly: false, pending: null, mode: 'ask' as const };

  /**
   * Open the escalation the moment dissatisfaction is known (issue 13 item 3): a dissatisfied
   * answer or a clear complaint is in the session's `escalation` at once, so it reaches a person
   * whatever happens next. Opened once: the first reason stands.
   *
   * The `escalate` effect (what a channel turns into a task, or a live transfer) is given at the
   * script's own escalate step — after the reason is asked (004 第五十四条) — or, at the latest,
   * with the end of the call (a hang-up, an opt-out, an expired session, any end): see `announce`.
   */
  const escalateNow = (ctx: EngineContext, _effects: Effect[], reason: string, _stepId: string): Pick<EngineContext, 'escalation' | 'flags'> => {
    if (ctx.escalation) return { escalation: ctx.escalation, flags: ctx.flags };
    return { escalation: { reason }, flags: ctx.flags.includes(reason) ? ctx.flags : [...ctx.flags, reason] };
  };

  /** Give an opened escalation to the channel once (`escalate` and its `flag`). */
  const announce = (ctx: EngineContext, effects: Effect[], stepId: string): Pick<EngineContext, 'escalationSaid'> => {
    if (!ctx.escalation || ctx.escalationSaid) return { escalationSaid: ctx.escalationSaid ?? false };
    effects.push({ type: 'escalate', reason: ctx.escalation.reason, stepId }, { type: 'flag', reason: ctx.escalation.reason, stepId });
    return { escalationSaid: true };
  };

  /** Is an answer to this step a dissatisfied one (its escalating values, or a 不满意 on a survey item)? */
  const unhappy = (ls: ListenStep, value: unknown): boolean =>
    value !== null && value !== undefined && ((ls.escalateWhen !== undefined && matchesWhen(value, ls.escalateWhen)) || (ls.satisfactionItem && value === false));

  const finish = (ctx: EngineContext, stepId: string, outcome: Outcome, text: string | null, extra: Effect[] = []) => {
    const said: Effect[] = [];
    const a = extra.some((e) => e.type === 'escalate') ? { escalationSaid: true } : announce(ctx, said, stepId);
    return {
      out: push(ctx, ...(text ? [{ type: 'prompt', text, bargeIn: false, stepId } as Effect] : []), ...said, ...extra, { type: 'end', outcome, stepId }),
      outcome,
      ...a,
    };
  };

  /** Record an answer: its score and flags, and the escalation a dissatisfied one opens. */
  const record = (context: EngineContext, ls: ListenStep, c: Candidate) => {
    const effects: Effect[] = [{ type: 'record_answer', stepId: ls.id, raw: c.raw, via: c.via, value: c.value, confidence: c.confidence }];
    const scale = scaleName(ls.expect);
    if (scale && ls.score && (typeof c.value === 'number' || typeof c.value === 'string')) {
      // The level is computed by the step, with the tenant's rules (engine.ts toSession).
      effects.push({ type: 'set_score', stepId: ls.id, scale, raw: c.value, level: null });
    }
    let flags = context.flags;
    let escalation = context.escalation;
    if (c.via === 'speech' && c.confidence < settings.confirmBelow && !flags.includes('low_confidence')) {
      flags = [...flags, 'low_confidence'];
      effects.push({ type: 'flag', reason: 'low_confidence', stepId: ls.id });
    }
    // A dissatisfied answer opens the escalation now, not only at the script's escalate step.
    if (unhappy(ls, c.value)) {
      ({ escalation, flags } = escalateNow({ ...context, flags }, effects, ls.escalateReason, ls.id));
      // "没解决，还是天天断": the complaint detector saw the grievance in this very answer, but the
      // step itself names what it is (not_fixed, not_resolved, low_score): the script's reason is
      // the more precise one, so it replaces the category (kept as a flag) while not yet announced.
      if (
        escalation &&
        !context.escalationSaid &&
        ls.escalateReason !== 'dissatisfied' &&
        c.complaint &&
        !c.reservation &&
        escalation.reason === `complaint:${c.complaint}`
      ) {
        escalation = { ...escalation, reason: ls.escalateReason };
        if (!flags.includes(ls.escalateReason)) flags = [...flags, ls.escalateReason];
      }
    }
    const answers = { ...context.answers, [ls.id]: { raw: c.raw, value: c.value, confidence: c.confidence, via: c.via } };
    return { out: push(context, ...effects), answers, flags, escalation };
  };
  /**
   * The customer has already answered a question of this call: a later "这个要问我老婆" defers
   * one question (no evidence, asked again), it does not make the speaker someone else.
   */
  const surveyed = (ctx: EngineContext): boolean => Object.keys(ctx.answers).length > 0;
  /** A relative of the customer is speaking (wrong_person, person relative): the guards and the goodbye below read it alike. */
  const fromRelative = (c: Candidate): boolean => c.intent === 'wrong_person' && c.person === 'relative';
  // (Round 21, t21J met a relative as one while only yes/no questions were answered; taken back at the merge with the reading
  // that needed it: a customer who answered whether it works and then defers to the spouse, 这个要问我老婆, is surveyed.)

  const m = setup({
    types: {} as { context: EngineContext; events: EngineEvent; input: StartInput },
    guards: {
      intentIs: ({ event }, p: { intent: string }) => event.type === 'ANSWER' && event.c.intent === p.intent,
      // Round 22 (t22G): "我要投诉 上次投诉了也没人管" to "问题解决了吗？" (or said as the detail asked after "没解决"): a request to
      // complain on a step before the level question, with this step's answer in it (没解决 read as "no"; on a text step the
      // words themselves), is no end of the survey: the escalation opens at once and the survey goes on to the level question,
      // so a 不满意 said there is the customer's level (issue 13: a dissatisfied customer's level must be true). The request
      // alone (我要投诉, no answer of this step) still ends the call with the complaint, as before.
      complaintGoesOn: ({ context, event }, p: { step: string }) => {
        if (event.type !== 'ANSWER' || event.c.intent !== 'complaint' || event.c.via === 'dtmf') return false;
        const ls = listens.get(p.step);
        if (!ls || ls.score || ls.isReschedule || ls.closing) return false;
        if (ls.expect.kind !== 'text' && (event.c.value === null || event.c.value === undefined)) return false;
        // Only before the level question: a level question of the script is still to be answered.
        return levelSteps.some((id) => !(id in context.answers));
      },
      hasTime: ({ event }) => event.type === 'ANSWER' && event.c.at !== null,
      rescheduleWithTime: ({ event }) => event.type === 'ANSWER' && event.c.intent === 'reschedule' && event.c.at !== null && !event.c.vagueAt,
      isRelative: ({ context, event }) => event.type === 'ANSWER' && fromRelative(event.c) && !surveyed(context),
      relativeWithTime: ({ context, event }) =>
        event.type === 'ANSWER' && fromRelative(event.c) && event.c.at !== null && !event.c.vagueAt && !surveyed(context),
      // Round 16 (t16C): the phone handed over in the middle of the survey (这个我不太懂，你等下我让他接; let me pass you to him),
      // and the one who comes says they are kin (我是她爱人; Hi, I'm his son): no survey of the relative, ever (issue 13 item 4).
      relativeTookOver: ({ context, event }) =>
        event.type === 'ANSWER' && fromRelative(event.c) && surveyed(context) && (context.heldOn ?? 0) > 0,
      // A wrong number stays one whenever it comes out ("我没装过宽带啊"); a relative only before any answer.
      wrongPerson: ({ context, event }) =>
        event.type === 'ANSWER' && event.c.intent === 'wrong_person' && (event.c.person !== 'relative' || !surveyed(context)),
      anyTime: ({ event }) => event.type === 'ANSWER' && event.c.value === 'any',
      // "我是他儿子，你等一下，我把电话给他": the customer is coming; the engine waits once, no survey of the relative.
      // Round 15 (t15E): also in the middle of the survey (这个我不太懂，你等下我让他接), once a call.
      handsOver: ({ context, event }) => event.type === 'ANSWER' && event.c.handover === true && (context.heldOn ?? 0) < 1,
      vagueFirstTime: ({ context, event }) => event.type === 'ANSWER' && event.c.vagueAt === true && event.c.at !== null && context.callbackAt === null,
      timeHeld: ({ context }) => context.callbackAt !== null,
      isRestated: ({ event }) => event.type === 'ANSWER' && event.c.restated === true && event.c.value !== null,
      // Round 20 (t20K2): no number, no intent, and a clear grievance (not a small reservation) said instead.
      nothingUnderstood: ({ event }) => event.type !== 'ANSWER' || event.c.value === null || event.c.value === undefined,
      isHedge: ({ event }, p: { step: string }) =>
        event.type === 'ANSWER' && event.c.value === 'neutral' && listens.get(p.step)?.expect.kind === 'csat3',
      // Below the threshold the engine confirms. An answer to the clarifying question (总体上是满意
      //还是不满意？) is the customer's own choice: taken unless the recogniser itself was unsure.
      lowConfidence: ({ context, event }) =>
        // (enterAsk resets `mode` to 'ask', so the clarifying question is known by the held hedge.)
        event.type === 'ANSWER' && event.c.confidence < settings.confirmBelow && !(context.pending?.hedge === true && event.c.confidence >= 0.5),
      // "还行吧" -> "总体上是满意还是不满意？" -> "对": a bare agreement chooses neither side of an
      // either-or question; it stands by the hedge the customer gave (neutral, as said).
      agreesWithHedge: ({ context, event }) =>
        event.type === 'ANSWER' &&
        context.pending?.hedge === true &&
        context.pending.value === 'neutral' &&
        event.c.via !== 'dtmf' &&
        // "对，还行" / "yeah, so-so" / "及格吧": the customer says the hedge again; they stand by it.
        ((BARE_AGREEMENT.test(event.c.raw.trim().toLowerCase()) && !(event.c.value == null && TRAILING_OFF.test(event.c.raw))) ||
          (event.c.value === 'neutral' && !event.c.intent && !event.c.misheard)),
      carried: ({ context }) => context.pending?.carried === true,
      canReprompt: ({ context }) => context.tries < settings.maxReprompts,
      canKeypad: ({ context }) => !context.keypadOnly,
      // "Who is calling?" is answered without using up a re-ask, twice in a call at most.
      answersAlongQuestion: ({ event }) =>
        event.type === 'ANSWER' && event.c.intent === 'who_calling' && event.c.value !== null && event.c.value !== undefined && event.c.confidence >= settings.confirmBelow,
      canIdentify: ({ context, event }) => event.type === 'ANSWER' && event.c.intent === 'who_calling' && (context.identified ?? 0) < 2,
      // A confirmation is the customer's own answer only when it was heard for sure (or keyed):
      // a "yes" recognised at 30% confidence confirms nothing (issue 13: no score on a guess).
      confirmedYes: ({ event }) => event.type === 'ANSWER' && event.c.value === true && (event.c.via !== 'speech' || event.c.confidence >= settings.confirmBelow),
      confirmedNo: ({ event }) => event.type === 'ANSWER' && event.c.value === false,
      answerMatches: ({ event }, p: { when: When }) => event.type === 'ANSWER' && matchesWhen(event.c.value, p.when),
      pendingMatches: ({ context }, p: { when: When }) => context.pending !== null && matchesWhen(context.pending.value, p.when),
      lastAskIs: ({ context }, p: { step: string }) => context.lastAsk === p.step,
    },
    actions: {
      enterAsk: assign(({ context }, p: { step: string }) => {
        const ls = listens.get(p.step)!;
        // The customer already said the level this question asks for ("方便，挺满意的"): it is
        // their answer; the question is not asked again (the `carried` transition takes it).
        if (context.carry && ls.expect.kind === 'csat3' && ls.score && !ls.isReschedule) {
          return { lastAsk: ls.id, mode: 'ask' as const, pending: { ...context.carry, carried: true }, carry: undefined };
        }
        const prompt: Effect = { type: 'prompt', text: askPromptText(context, ls), bargeIn: true, stepId: ls.id };
        return { out: push(context, prompt, listenEffect(context, ls, false)), lastAsk: ls.id, mode: 'ask' as const, carry: undefined };
      }),
      enterConfirm: assign(({ context }, p: { step: string }) => {
        const ls = listens.get(p.step)!;
        const answer = valueWords(context.pending?.value, ls.expect, locale);
        const prompt: Effect = { type: 'prompt', text: msg(context, 'confirm', { answer }), bargeIn: true, stepId: ls.id };
        return { out: push(context, prompt, listenEffect(context, ls, true)) };
      }),
      // Every customer utterance of every step goes through the complaint detector (issue 13 item 2):
      // a clear complaint opens the escalation at once; a small reservation is flagged for review.
      noteAnswer: assign(({ context, event }) => {
        if (event.type !== 'ANSWER' || !event.c.complaint) return {};
        const stepId = context.lastAsk ?? firstStep;
        const effects: Effect[] = [];
        // What is never small (money, safety) is decided once, by the interpreter (src/nlu/complaints.ts NEVER_SMALL).
        if (event.c.reservation) {
          const flag = `reservation:${event.c.complaint}`;
          if (context.flags.includes(flag)) return {};
          return { out: push(context, { type: 'flag', reason: flag, stepId }), flags: [...context.flags, flag] };
        }
        const esc = escalateNow(context, effects, `complaint:${event.c.complaint}`, stepId);
        return { out: push(context, ...effects), ...esc };
      }),
      countTry: assign(({ context }, p: { mode: AskMode }) => ({ tries: context.tries + 1, mode: p.mode })),
      identify: assign(({ context }) => ({ identified: (context.identified ?? 0) + 1, mode: 'identify' as const })),
      holdOn: assign(({ context }) => ({ heldOn: (context.heldOn ?? 0) + 1, mode: 'hold' as const })),
      goKeypad: assign(() => ({ keypadOnly: true, mode: 'keypad' as const })),
      hold: assign(({ event }) => (event.type === 'ANSWER' ? { pending: event.c } : {})),
      holdHedge: assign(({ event }) => (event.type === 'ANSWER' ? { pending: { ...event.c, hedge: true } } : {})),
      holdTime: assign(({ event }) => (event.type === 'ANSWER' ? { pending: event.c, callbackAt: event.c.at } : {})),
      // An accepted answer (from the event, or the pending one once confirmed): record it,
      // its score and flags, and leave the step, in one assign. Every assign clones the
      // snapshot, so a turn does as few as it can.
      accept: assign(({ context, event }, p: { step: string; from: 'event' | 'pending' }) => {
        const ls = listens.get(p.step)!;
        const pending = context.pending && event.type === 'ANSWER' && event.c.level ? { ...context.pending, level: event.c.level } : context.pending;
        // (A yes to a confirmation may name the level the next question asks: engine.ts, fromText.)
        const c = p.from === 'event' ? (event.type === 'ANSWER' ? event.c : null) : pending;
        if (!c) return LEAVE;
        const carry =
          ls.expect.kind === 'yesno' && !ls.score && c.value === true && c.level && c.level.confidence >= CARRY_CONFIDENCE
            ? { ...c, value: c.level.value, confidence: c.level.confidence, level: undefined }
            : undefined;
        return { ...LEAVE, ...record(context, ls, c), carry };
      }),
      // "不满意，以后也不用给我打了": a level said together with an opt-out is still the customer's
      // answer to the level question: it is recorded, and a dissatisfied one keeps the escalation
      // open (issue 13). Only on a level question (csat3 or a score), a level said for sure or a
      // dissatisfied one, and not one the complaint detector read off a grievance (that one
      // escalates by its category already).
      keepAnswer: assign(({ context, event }, p: { step: string; positive?: boolean }) => {
        if (event.type !== 'ANSWER') return {};
        const ls = listens.get(p.step);
        const c = event.c;
        // With a request to complain only a positive level said before it is kept ("I want to file a complaint" is no level),
        // or, on a satisfaction question, the dissatisfied level of a grievance that is the answer itself, a complaint
        // mentioned in it ("可我前前后后打了五六次10000号……最后找了工信部才有人管"): a clear grievance on a
        // satisfaction question is a dissatisfied answer (issue 13). A reply that opens with the request ("我要投诉
        // 那个接电话的……") asks for a person instead of answering: no level.
        // Round 21 (t21J): only when it is the phone side complained of. A grievance of the visit said with the request, in place
        // of a rating (我要投诉 你们那个装机的把我家鞋柜撞坏了; I'd like to file a complaint, your installer was rude), is a
        // dissatisfied level (dev13, dev20); the request alone, with no grievance, still gives none.
        // Round 24 (t24F): so is the complaint taken above the company (我要投诉，我要往工信部投诉) said in place of a rating: the
        // interpreter reads a dissatisfied level, which the engine kept only beside a grievance of the visit.
        const grievance =
          (!!c.complaint || TAKEN_ABOVE.test(c.raw)) && !c.reservation && ls?.expect.kind === 'csat3' && c.value === 'dissatisfied' && c.via !== 'dtmf' && !(COMPLAINT_FIRST.test(c.raw) && PHONE_SIDE.test(c.raw));
        // (A dissatisfied level or score said apart from the request, 不满意，我要投诉……, is the customer's own: kept.)
        if (p.positive && ls && unhappy(ls, c.value) && !grievance && !c.saidApart) return {};
        if (p.positive && (grievance || (c.saidApart && ls && unhappy(ls, c.value))) && ls && ls.score && !ls.isReschedule) return record(context, ls, c);
        // (A positive level said beside a grievance is the customer's own: 满意，但是……我要投诉.)
        // Round 20 (t20K2): a "no" to a satisfaction item (设计是否满意？不满意 …… 你们也别打电话了) is a dissatisfied answer too:
        // kept, so the escalation it opens stays open when the call ends opted out (issue 13 item 3).
        const itemNo = !!ls && ls.satisfactionItem && c.value === false && !p.positive;
        if (!ls || ls.isReschedule || (!ls.score && !itemNo) || c.value === null || c.value === undefined || c.via === 'dtmf') return {};
        if (!itemNo && ((ls.expect.kind !== 'csat3' && ls.expect.kind !== 'scale') || (ls.expect.kind === 'scale' && ls.expect.unit))) return {};
        // Unsure is enough for a dissatisfied level: as with a hang-up in its confirmation, it reaches a person.
        if (c.confidence < settings.confirmBelow && !unhappy(ls, c.value)) return {};
        return record(context, ls, c);
      }),
      // "对，但是……我要投诉" to "您是说满意，对吗？": the yes confirms the answer held, which is recorded
      // before the request or the complaint takes the call elsewhere (issue 13: the level stays).
      keepConfirmed: assign(({ context, event }, p: { step: string }) => {
        const ls = listens.get(p.step);
        if (!ls || ls.isReschedule || event.type !== 'ANSWER' || event.c.value !== true || !context.pending) return {};
        if (event.c.via === 'speech' && event.c.confidence < settings.confirmBelow) return {};
        return record(context, ls, context.pending);
      }),
      // A reschedule question answered with a time: take it and leave the step.
      acceptTime: assign(({ event }) => ({ ...LEAVE, callbackAt: event.type === 'ANSWER' ? event.c.at : null })),
      // Round 22 (t22G): the request to complain said before the level question (complaintGoesOn): the escalation opens now
      // (the first reason stands: the step's own, 没解决 -> not_resolved, or the complaint's category), flagged `complaint`,
      // and the customer hears it was noted before the survey goes on.
      noteComplaint: assign(({ context }) => {
        const stepId = context.lastAsk ?? firstStep;
        const esc = escalateNow(context, [], 'complaint', stepId);
        const flags = esc.flags.includes('complaint') ? esc.flags : [...esc.flags, 'complaint'];
        return { out: push(context, { type: 'prompt', text: msg(context, 'complaintNoted'), bargeIn: false, stepId }), escalation: esc.escalation, flags, complaintNoted: true };
      }),
      leaveStep: assign(() => LEAVE),
      // A vague "later" is kept as the fallback slot should the time question bring nothing.
      holdVagueTime: assign(({ event }) => (event.type === 'ANSWER' && event.c.vagueAt && event.c.at ? { callbackAt: event.c.at } : {})),
      say: assign(({ context }, p: { step: string; text: string }) => ({
        out: push(context, { type: 'prompt', text: render(p.text, context.vars), bargeIn: false, stepId: p.step }),
      })),
      escalate: assign(({ context }, p: { step: string; reason: string }) => {
        const effects: Effect[] = [];
        const esc = escalateNow(context, effects, p.reason, p.step);
        const said = announce({ ...context, ...esc }, effects, p.step);
        return { out: push(context, ...effects), ...esc, ...said };
      }),
      endDialog: assign(({ context }, p: { step: string; text: string; outcome?: Outcome }) => {
        const outcome: Outcome = p.outcome ?? (context.escalation ? 'escalated' : 'completed');
        return finish(context, p.step, outcome, render(p.text, context.vars));
      }),
      endOptOut: assign(({ context }) => ({
        ...finish(context, context.lastAsk ?? firstStep, 'opted_out', msg(context, 'optOut'), [
          { type: 'opt_out', stepId: context.lastAsk ?? firstStep },
          { type: 'flag', reason: 'opt_out', stepId: context.lastAsk ?? firstStep },
        ]),
        flags: [...context.flags, 'opt_out'],
      })),
      endEscalated: assign(({ context }, p: { reason: 'human_requested' | 'complaint' }) => {
        const stepId = context.lastAsk ?? firstStep;
        return {
          ...finish(context, stepId, 'escalated', msg(context, p.reason === 'complaint' ? 'complaint' : 'human'), [
            { type: 'escalate', reason: p.reason, stepId },
            { type: 'flag', reason: p.reason, stepId },
          ]),
          escalation: context.escalation ?? { reason: p.reason },
          flags: context.flags.includes(p.reason) ? context.flags : [...context.flags, p.reason],
        };
      }),
      // A wrong number: no survey; the work order's number is flagged for a person to check.
      endWrongPerson: assign(({ context }) => ({
        ...finish(context, context.lastAsk ?? firstStep, 'incomplete', msg(context, 'wrongPerson'), [
          { type: 'flag', reason: 'wrong_person', stepId: context.lastAsk ?? firstStep },
          { type: 'flag', reason: 'check_number', stepId: context.lastAsk ?? firstStep },
        ]),
        flags: [...context.flags, 'wrong_person', 'check_number'],
      })),
      // The survey could not be finished, but a person already has the call (a dissatisfied answer
      // or a complaint opened the escalation): it ends escalated, so it is not dialled again as an
      // unfinished survey. An expired session keeps its own end.
      // (Round 16, t16C: to a relative who took the phone over, the goodbye of a wrong person, not "the line is poor".)
      endIncomplete: assign(({ context, event }, p: { silent: boolean }) => {
        // (Round 22, t22G: and to a relative asked when the customer can be reached who gave no time: nobody said the line was poor.)
        const relative = event.type === 'ANSWER' && (fromRelative(event.c) || context.lastAsk === '__relative_time');
        return finish(context, context.lastAsk ?? firstStep, context.escalation && !p.silent ? 'escalated' : 'incomplete', p.silent ? null : msg(context, relative ? 'wrongPerson' : 'incomplete'));
      }),
      // A relative hung up on the question when to reach the customer: rescheduled when a time was
      // held (a vague one said before), else incomplete. Nothing is said: nobody is listening.
      endRelativeGone: assign(({ context }) => {
        const stepId = context.lastAsk ?? firstStep;
        if (context.callbackAt) return { ...finish(context, stepId, 'rescheduled', null, [{ type: 'reschedule', at: context.callbackAt, stepId }]) };
        return finish(context, stepId, 'incomplete', null);
      }),
      endRescheduled: assign(({ context }) => {
        const stepId = context.lastAsk ?? firstStep;
        if (!context.callbackAt && context.now) {
          // No time said (随便, 都行, or none at all): a polite default slot, two hours on, inside calling hours.
          context = { ...context, callbackAt: resolveTime({ offsetMinutes: 120, vague: true }, context.now, context.tz)?.at ?? null };
        }
        const own = listens.get(stepId)?.rescheduledText;
        const time = context.callbackAt ? timeInWords(context.callbackAt, context.now, context.tz, locale) : '';
        const text = own
          ? render(own, { ...context.vars, time })
          : context.callbackAt
          ? msg(context, 'rescheduled', { time: timeInWords(context.callbackAt, context.now, context.tz, locale) })
          : msg(context, 'rescheduledNoTime');
        return { ...finish(context, stepId, 'rescheduled', text, [{ type: 'reschedule', at: context.callbackAt, stepId }]), callbackAt: context.callbackAt };
      }),
      endHungUp: assign(({ context }) => {
        const stepId = context.lastAsk ?? firstStep;
        // Gone at the closing question (意见或建议): the survey was finished; the call ends as the
        // script would have ended it (escalated when an escalation is open).
        if (context.lastAsk && closing.has(context.lastAsk) && context.pending === null) {
          return finish(context, stepId, context.escalation ? 'escalated' : 'completed', null);
        }
        // Round 21 (t21J): gone at the time question after asking to be called back later (我在开车呢 你一会儿再打吧): the customer's own
        // "later" is held as the slot (holdVagueTime), so the call is put off to it, rescheduled, not lost. (A relative's time
        // question, and a time question with nothing held, end as before.)
        const asked = context.lastAsk ? listens.get(context.lastAsk) : undefined;
        if (asked?.isReschedule && !asked.forRelative && context.callbackAt && context.pending === null && !context.escalation) {
          // (Nothing is said: the line is gone.)
          return { ...finish(context, stepId, 'rescheduled', null, [{ type: 'reschedule', at: context.callbackAt, stepId }]), callbackAt: context.callbackAt };
        }
        const effects: Effect[] = context.lastAsk ? [{ type: 'flag', reason: 'hung_up', stepId }] : [];
        let { escalation, flags } = context;
        // Hung up while we confirmed a dissatisfied answer: it still reaches a person.
        const ls = context.lastAsk ? listens.get(context.lastAsk) : undefined;
        if (ls && context.pending && unhappy(ls, context.pending.value)) ({ escalation, flags } = escalateNow(context, effects, ls.escalateReason, stepId));
        // Unhappy, then gone before saying why: the person who calls back asks.
        if (escalation && !escalation.detail && !context.escalationSaid) escalation = { ...escalation, detail: 'hung up before giving a reason' };
        const said = announce({ ...context, escalation, flags }, effects, stepId);
        // Round 22 (t22G): gone after a request to complain was taken and noted (我要投诉…… said before the level question, the survey
        // gone on): the complaint is with a person, as when the call ends at the request (the older calls expect it so).
        const outcome = context.complaintNoted && escalation ? ('escalated' as const) : ('hung_up' as const);
        return {
          out: push(context, ...effects, { type: 'end', outcome, stepId }),
          outcome,
          escalation,
          ...said,
          flags: context.lastAsk && !flags.includes('hung_up') ? [...flags, 'hung_up'] : flags,
        };
      }),
      reopen: assign(() => ({ outcome: null, mode: 'resume' as const, tries: 0, keypadOnly: false, pending: null })),
    },
  });

  // Transitions shared by every listening state: what any answer may bring.
  // `step`: the question the answer was given to (not a confirmation), whose answer said with
  // the intent is kept (keepAnswer).
  const intentTransitions = (isText: boolean, step?: string) => {
    const keep = step ? { actions: [{ type: 'keepAnswer', params: { step } }] } : {};
    return [
    { guard: { type: 'intentIs', params: { intent: 'opt_out' } }, target: '__optout', ...keep },
    // "满意是满意，不过我还有个别的事，能转人工吗": the level said with the request is kept too.
    { guard: { type: 'intentIs', params: { intent: 'human' } }, target: '__human', ...keep },
    // "满意，但是我还要投诉一下查表的那个人": the level said before the complaint stands too (issue 13).
    ...(isText ? [] : [{ guard: { type: 'intentIs', params: { intent: 'complaint' } }, target: '__complaint', ...(step ? { actions: [{ type: 'keepAnswer', params: { step, positive: true } }] } : {}) }]),
    // Someone else answered: no survey, ever; ask when the customer can be reached.
    { guard: 'relativeWithTime', target: '__rescheduled', actions: ['holdTime'] },
    { guard: 'isRelative', target: '__relative_time', actions: ['leaveStep', 'holdVagueTime'] },
    { guard: 'relativeTookOver', target: '__incomplete' },
    { guard: 'wrongPerson', target: '__wrong_person' },
    ];
  };
  /** Every ANSWER transition first notes a complaint said with the answer. */
  const noting = <T extends { actions?: unknown[] }>(ts: T[]): T[] => ts.map((t) => ({ ...t, actions: ['noteAnswer', ...(t.actions ?? [])] }));
  // Reschedule intents with a time end at once; without one, ask when.
  const rescheduleTransitions = [
    { guard: 'rescheduleWithTime', target: '__rescheduled', actions: ['holdTime'] },
    { guard: { type: 'intentIs', params: { intent: 'reschedule' } }, target: askTimeState, actions: ['leaveStep', 'holdVagueTime'] },
  ];

  // Every re-ask (nothing heard, nothing understood, a hedge, "say again", a denied
  // confirmation) climbs one ladder: at most maxReprompts re-asks, then keypad only, then a
  // polite end. So no answer pattern can keep a customer on the line for ever.
  const noMatch = (ls: ListenStep, mode: AskMode = 'reprompt', when?: object | string) => {
    // `when` narrows the ladder to one kind of answer (a repeat request, a hedge, ...): the
    // guards are combined with and(), so the ladder needs no transient states of its own
    // (fewer states make every XState microstep cheaper).
    const g = (guard: string) => (when ? and([when as never, guard as never]) : guard);
    return [
      { guard: g('canReprompt'), target: ls.id, reenter: true, actions: [{ type: 'countTry', params: { mode } }] },
      { guard: g('canKeypad'), target: ls.id, reenter: true, actions: ['goKeypad'] },
      when ? { guard: when, target: ls.exhausted } : { target: ls.exhausted },
    ];
  };

  const states: Record<string, object> = {};
  for (const s of spec.steps) {
    const k = stepKind(s);
    if (k === 'say') {
      const st = s as { id: string; say: string; next: string };
      states[s.id] = { entry: [{ type: 'say', params: { step: s.id, text: st.say } }], always: { target: st.next } };
    } else if (k === 'escalate') {
      const st = s as { id: string; escalate: string; say?: string; next: string };
      states[s.id] = {
        entry: [
          { type: 'escalate', params: { step: s.id, reason: st.escalate } },
          ...(st.say ? [{ type: 'say', params: { step: s.id, text: st.say } }] : []),
        ],
        always: { target: st.next },
      };
    } else if (k === 'end') {
      const st = s as { id: string; end: string; outcome?: Outcome };
      states[s.id] = { type: 'final', entry: [{ type: 'endDialog', params: { step: s.id, text: st.end, outcome: st.outcome } }] };
    }
  }
  // An accepted answer goes straight to its branch: the first `branches` entry its value
  // matches, else `next`. `from` says where the answer is: the event (a sure answer) or the
  // pending one a customer has just confirmed. No transient state: one microstep fewer.
  const accept = (ls: ListenStep, from: 'event' | 'pending', when?: string | object) => {
    const g = (guard: object) => (when ? and([when as never, guard as never]) : guard);
    const actions = [{ type: 'accept', params: { step: ls.id, from } }];
    return [
      ...ls.branches.map((b) => ({
        guard: g({ type: from === 'event' ? 'answerMatches' : 'pendingMatches', params: { when: b.when } }),
        target: b.goto,
        actions,
      })),
      when ? { guard: when, target: ls.next, actions } : { target: ls.next, actions },
    ];
  };

  for (const ls of listens.values()) {
    const isText = ls.expect.kind === 'text';
    const answerOn = ls.isReschedule
      ? [
          // Round 16 (t16C): the relative asked when finds the customer at hand (他在家，你等下): the engine waits once, and the
          // customer who comes to the phone answers the first question (no survey of the relative).
          ...(ls.forRelative && firstListen ? [{ guard: 'handsOver', target: firstListen, actions: ['leaveStep', 'holdOn'] }] : []),
          ...intentTransitions(false).filter((t) => t.target !== '__wrong_person' && t.target !== '__relative_time' && t.guard !== 'relativeWithTime'),
          // A vague "later" (过两天, 改天吧): asked once more for a day or an hour, the time held meanwhile.
          { guard: and(['vagueFirstTime', 'canReprompt']), target: ls.id, reenter: true, actions: ['holdVagueTime', { type: 'countTry', params: { mode: 'reprompt' } }] },
          { guard: 'hasTime', target: '__rescheduled', actions: ['acceptTime'] },
          // 随便 / whenever: a polite default slot, not another question.
          { guard: 'anyTime', target: '__rescheduled', actions: ['acceptTime'] },
          // A relative who does not know when: no survey and no time, the call ends incomplete.
          // (Round 13, t13F: 啊？ — a relative who did not catch the question hears it again, once, before the call ends.)
          ...(ls.forRelative ? [...noMatch(ls, 'repeat', { type: 'intentIs', params: { intent: 'repeat' } }).slice(0, 2), { guard: and(['nothingUnderstood', 'timeHeld']), target: '__rescheduled' }, { guard: 'nothingUnderstood', target: '__incomplete' }] : []),
          ...noMatch(ls),
        ]
      : [
          // On a reason step "我要再投诉一次，给我升级处理" is both the reason and a request to
          // complain: the words are recorded as the answer, then the call goes to a person.
          // Round 22 (t22G): before the level question, the request with this step's answer goes on (complaintGoesOn).
          ...accept(ls, 'event', { type: 'complaintGoesOn', params: { step: ls.id } }).map((t) => ({ ...t, actions: [...t.actions, 'noteComplaint'] })),
          ...(isText ? [{ guard: { type: 'intentIs', params: { intent: 'complaint' } }, target: '__complaint', actions: [{ type: 'accept', params: { step: ls.id, from: 'event' } }] }] : []),
          // A relative fetches the customer: wait on the line, then the customer answers this question.
          { guard: 'handsOver', target: ls.id, reenter: true, actions: ['holdOn'] },
          ...intentTransitions(isText, ls.id),
          ...(ls.expect.kind === 'time' ? [] : rescheduleTransitions),
          // Who is calling / a robot / a scam: an honest answer (000 第十一条), and the question again.
          // "不是，你找谁？" / "哦，机器人啊，行吧，八分": a question back said with a sure answer is
          // answered by the customer already; the answer is taken.
          ...(isText ? [] : accept(ls, 'event', 'answersAlongQuestion')),
          { guard: 'canIdentify', target: ls.id, reenter: true, actions: ['identify'] },
          ...noMatch(ls, 'identify', { type: 'intentIs', params: { intent: 'who_calling' } }),
          ...noMatch(ls, 'repeat', { type: 'intentIs', params: { intent: 'repeat' } }),
          // "还行吧" -> "总体上是满意还是不满意？" -> "嗯": the bare agreement reads as no answer of its own
          // (a bare 嗯 gives no level), but to the either-or question it stands by the hedge said.
          ...accept(ls, 'pending', 'agreesWithHedge'),
          ...noMatch(ls, 'reprompt', 'nothingUnderstood'),
          ...noMatch(ls, 'clarify', { type: 'isHedge', params: { step: ls.id } }).map((t) =>
            t.target === ls.id ? { ...t, actions: [...((t as { actions?: unknown[] }).actions ?? []), 'holdHedge'] } : t,
          ),
          { guard: 'lowConfidence', target: `${ls.id}__confirm`, actions: ['hold'] },
          ...accept(ls, 'event'),
        ];
    states[ls.id] = {
      entry: [{ type: 'enterAsk', params: { step: ls.id } }],
      ...(ls.expect.kind === 'csat3' && ls.score && !ls.isReschedule ? { always: accept(ls, 'pending', 'carried') } : {}),
      on: {
        ANSWER: noting(answerOn as { actions?: unknown[] }[]),
        NO_INPUT: noMatch(ls, 'silence'),
        // The relative hangs up when asked when the customer can be reached: the customer was never
        // on the line, so there is no survey to resume; the call ends as the relative left it.
        ...(ls.forRelative ? { HANG_UP: { target: '__relative_gone' } } : {}),
      },
    };
    if (!ls.isReschedule) states[`${ls.id}__confirm`] = {
      entry: [{ type: 'enterConfirm', params: { step: ls.id } }],
      on: {
        ANSWER: noting([
          ...intentTransitions(false).map((t) =>
            t.target === '__optout' || t.target === '__human' || t.target === '__complaint' ? { ...t, actions: [{ type: 'keepConfirmed', params: { step: ls.id } }] } : t,
          ),
          // "我在开车，回头再说" in the middle of a confirmation: a reschedule like anywhere else.
          ...rescheduleTransitions,
          // "对，师傅迟到了两个小时": agreement that restates the answer is the restated answer.
          ...accept(ls, 'event', 'isRestated'),
          ...accept(ls, 'pending', 'confirmedYes'),
          ...noMatch(ls, 'confirm_retry', 'confirmedNo'),
          ...noMatch(ls),
        ] as { actions?: unknown[] }[]),
        NO_INPUT: noMatch(ls, 'silence'),
      },
    };
  }
  Object.assign(states, {
    __optout: { type: 'final', entry: ['endOptOut'] },
    __human: { type: 'final', entry: [{ type: 'endEscalated', params: { reason: 'human_requested' } }] },
    __complaint: { type: 'final', entry: [{ type: 'endEscalated', params: { reason: 'complaint' } }] },
    __wrong_person: { type: 'final', entry: ['endWrongPerson'] },
    __relative_gone: { type: 'final', entry: ['endRelativeGone'] },
    __incomplete: { type: 'final', entry: [{ type: 'endIncomplete', params: { silent: false } }] },
    __expired: { type: 'final', entry: [{ type: 'endIncomplete', params: { silent: true } }] },
    __rescheduled: { type: 'final', entry: ['endRescheduled'] },
    __hung_up: {
      entry: ['endHungUp'],
      on: {
        HANG_UP: {},
        TIMEOUT: {},
        RESUME: [
          ...[...listens.keys()].map((id) => ({ guard: { type: 'lastAskIs', params: { step: id } }, target: id, actions: ['reopen'] })),
          { target: firstStep, actions: ['reopen'] },
        ],
      },
    },
  });

  const machine = m.createMachine({
      id: `${spec.id}@${spec.version}`,
      initial: firstStep,
      context: ({ input }) => ({
        vars: input.vars,
        locale: input.locale,
        tz: input.tz,
        now: input.now,
        answers: {},
        tries: 0,
        keypadOnly: false,
        mode: 'ask',
        pending: null,
        escalation: null,
        callbackAt: null,
        outcome: null,
        flags: [],
        lastAsk: null,
        out: [],
      }),
      on: {
        HANG_UP: { target: '.__hung_up' },
        TIMEOUT: { target: '.__expired' },
      },
      // The config is built from data; XState checks targets when the machine is created.
      states: states as never,
    });

  const any = machine as unknown as AnyStateMachine;
  // Snapshots are immutable in XState (a transition builds new ones), so one resolved
  // snapshot per state id can stand behind every restored session in that state. The map is
  // bounded by the machine's states: an unknown id throws before it is stored.
  const resolved = new Map<string, AnyMachineSnapshot>();
  const restore = (state: string, context: EngineContext): AnyMachineSnapshot => {
    let base = resolved.get(state);
    if (!base) {
      base = any.resolveState({ value: state, context: {} as EngineContext });
      resolved.set(state, base);
    }
    return { ...base, context } as AnyMachineSnapshot;
  };
  return { spec, machine: any, scope: inertScope(any, locale), restore, listens, messages, settings, firstStep };
}

function inertScope(machine: AnyStateMachine, locale: Locale): AnyActorScope {
  const self = createActor(machine, { input: { vars: {}, locale, tz: 'UTC', now: null } });
  return {
    self,
    defer: () => undefined,
    id: '',
    logger: () => undefined,
    sessionId: '',
    stopChild: () => undefined,
    system: self.system,
    emit: () => undefined,
    actionExecutor: () => undefined,
  } as unknown as AnyActorScope;
}
