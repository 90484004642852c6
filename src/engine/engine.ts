/**
 * The dialog engine: a pure step function
 *   (compiled dialog, persisted session, input) -> (new session, effects).
 *
 * No IO, no clock, no timers: the call's local time comes in with the input, waits are
 * data (a listen has a timeout the channel enforces; a callback time is an effect). The
 * session is small JSON; a turn taken on a restored session gives exactly what the live
 * one gives, because the live one is restored from JSON on every turn too.
 */
import type { AnyMachineSnapshot } from 'xstate';
import type { Interpretation, Interpreter, Locale } from '../nlu/types.js';
import { toLevel as levelOf, type LevelRules } from '../domain/levels.js';
import { HuifangError } from '../shared/errors.js';
import { matchesWhen, scaleName, type Candidate, type CompiledDialog, type EngineContext, type EngineEvent, type ListenStep } from './compile.js';
import type { DialogResult, Effect, Input } from './types.js';

/** The persisted session: what a store keeps between turns. */
export interface Session {
  dialog: string;
  version: number;
  /** The current state id. */
  state: string;
  /** Turns taken so far (inputs accepted). */
  turn: number;
  done: boolean;
  ctx: Omit<EngineContext, 'out'>;
}

export interface StepResult {
  session: Session;
  effects: Effect[];
  /** Set when the input was not applied (e.g. the session had already ended). */
  ignored?: 'ended';
}

export interface EngineOptions {
  interpret: Interpreter;
  /** Default time zone when the start input has none. */
  timeZone?: string;
  /**
   * The tenant's level thresholds (tenant settings `levelRules`): a score's report level is
   * computed here, once, with them (default: the domain's rules, src/domain/levels.ts).
   */
  levelRules?: LevelRules;
}

const CONFIRM_KEYPAD: Record<string, boolean> = { '1': true, '2': false };

/** A reply that opens with agreement: 对，…… / 是的，…… / yes, ……. */
const AGREE = /^\s*(对的|对|是的|是|嗯|没错|yes|yeah|right|correct)(?![a-z])/i;

function toSession(dialog: CompiledDialog, snap: AnyMachineSnapshot, turn: number, rules?: LevelRules): { session: Session; effects: Effect[] } {
  const { out: raw, ...ctx } = snap.context as EngineContext;
  // The compiler leaves a score's level to the turn: computed once, with the tenant's rules.
  const out = raw.some((e) => e.type === 'set_score') ? raw.map((e) => (e.type === 'set_score' ? { ...e, level: levelOf(e.scale, e.raw, rules) } : e)) : raw;
  return {
    session: {
      dialog: dialog.spec.id,
      version: dialog.spec.version,
      state: String(snap.value),
      turn,
      done: snap.status === 'done',
      ctx,
    },
    effects: out,
  };
}

function restore(dialog: CompiledDialog, session: Session, now?: string): AnyMachineSnapshot {
  if (session.dialog !== dialog.spec.id || session.version !== dialog.spec.version) {
    throw new HuifangError(
      'HF_SESSION_INVALID',
      `session belongs to ${session.dialog}@${session.version}, not ${dialog.spec.id}@${dialog.spec.version}`,
    );
  }
  try {
    return dialog.restore(session.state, { ...session.ctx, ...(now ? { now } : {}), out: [] });
  } catch (e) {
    throw new HuifangError('HF_SESSION_INVALID', `session state '${session.state}' is not in ${dialog.spec.id}: ${(e as Error).message}`);
  }
}

/** The listening step behind a state id (`x`, `x__confirm`). */
function listenOf(dialog: CompiledDialog, state: string): { ls: ListenStep; confirm: boolean } | null {
  const confirm = state.endsWith('__confirm');
  const id = confirm ? state.slice(0, -'__confirm'.length) : state;
  const ls = dialog.listens.get(id);
  return ls ? { ls, confirm } : null;
}

function interpretCtx(ctx: EngineContext | Session['ctx'], now: string | undefined) {
  return { locale: ctx.locale, timeZone: ctx.tz, now: now ?? ctx.now ?? undefined };
}

/** Turn a keypad press into a candidate answer, through the step's keypad map. */
function fromDigits(
  dialog: CompiledDialog,
  opts: EngineOptions,
  state: string,
  ctx: Session['ctx'],
  digits: string,
  now: string | undefined,
): Candidate {
  const l = listenOf(dialog, state);
  const none: Candidate = { raw: digits, via: 'dtmf', value: null, intent: null, confidence: 1, at: null };
  if (!l) return none;
  if (l.confirm) {
    const v = CONFIRM_KEYPAD[digits];
    return v === undefined ? none : { ...none, value: v };
  }
  const mapped = l.ls.keypad[digits];
  if (mapped === undefined) return none;
  const kind = l.ls.expect.kind;
  if (kind === 'time') {
    const r = opts.interpret(String(mapped), { kind: 'time' }, interpretCtx(ctx, now));
    return { ...none, value: r.at, at: r.at };
  }
  if (kind === 'yesno') return { ...none, value: mapped === true || mapped === 'yes' ? true : mapped === false || mapped === 'no' ? false : mapped };
  return { ...none, value: mapped };
}

/** A callback time read at this confidence or below is a vague "later", not a time (src/nlu/time.ts caps vague times at 0.6). */
const VAGUE_TIME = 0.6;
/** A confirmation reply with no agreement or denial word in front is taken as an answer only when read this surely. */
const SURE = 0.8;

function fromText(
  dialog: CompiledDialog,
  opts: EngineOptions,
  state: string,
  ctx: Session['ctx'],
  text: string,
  asrConfidence: number | undefined,
  now: string | undefined,
): Candidate {
  const l = listenOf(dialog, state);
  const expect = !l ? ({ kind: 'text' } as const) : l.confirm ? ({ kind: 'yesno' } as const) : l.ls.expect;
  const ictx = interpretCtx(ctx, now);
  // Whoever takes the phone says hello first ("喂，是我是我"), at the call's first question or after the
  // engine waited while a relative fetched the customer; the greeting is no part of the answer.
  if (l && !l.confirm && Object.keys(ctx.answers).length === 0) {
    const rest = text.replace(PICKUP_GREETING, '');
    if (rest.trim()) text = rest;
  }
  /** A reading's confidence as heard: low-confidence speech is never taken as said (below the threshold the engine confirms it). */
  const heard = (readingConfidence: number) => Math.min(readingConfidence, asrConfidence ?? 1);
  // (A self-correction, "不热……哎不对，热了热了", is read by the interpreter: src/nlu/corrections.ts.)
  const r: Interpretation = opts.interpret(text, expect, ictx);
  const confidence = heard(r.confidence);
  let value = r.value;
  if (expect.kind === 'time') value = r.value === 'any' ? 'any' : r.at;
  if (expect.kind === 'text') value = r.value ?? (text.trim() || null);
  const via = asrConfidence === undefined ? 'text' : 'speech';
  const c: Candidate = { raw: text, via, value: value ?? null, intent: r.intent, confidence, at: r.at, complaint: r.complaint ?? null };
  if (r.reservation) c.reservation = true;
  if (r.person) c.person = r.person;
  // "我是他儿子，你等一下，我把电话给他": a relative who goes to fetch the customer is no answer
  // for the customer (no survey of the relative), and no reason to end the call: the engine waits.
  if (r.intent === 'wrong_person' && r.person === 'relative' && r.at === null && HANDOVER.test(text)) c.handover = true;
  // The recogniser itself was unsure of the words: never taken as said without a yes.
  if (asrConfidence !== undefined && asrConfidence < dialog.settings.confirmBelow) c.misheard = true;
  // "这个我不懂，都是我爱人管的" to a survey item, once the customer has answered questions of the
  // call: a relative's words defer the question (no evidence); they are no "no" to it.
  if (l && !l.confirm && expect.kind === 'yesno' && r.intent === 'wrong_person' && r.person === 'relative' && Object.keys(ctx.answers).length > 0) {
    c.value = null;
    c.confidence = 0;
  }
  /** A confirmation reply that says the answer itself: the answer it says, read with the step's own question. */
  const restatedAs = (own: Interpretation, sure: number): Candidate => ({
    ...c,
    value: own.value,
    confidence: sure,
    restated: true,
    complaint: own.complaint ?? c.complaint ?? null,
    ...(own.reservation ? { reservation: true } : {}),
  });
  // "方便，挺满意的" / "sure, very satisfied": a yes to a go-ahead that names a satisfaction level
  // (a level word, not 满意度) is read with the level question too; the engine carries it to the
  // next question if that one asks for the level (compile.ts, enterAsk). So is a yes to the
  // confirmation of such a yes ("您是说“是”，对吗？" answered "very satisfied, thank you").
  const yesConfirmed = !l?.confirm || (l.ls.expect.kind === 'yesno' && ctx.pending?.value === true);
  if (l && yesConfirmed && expect.kind === 'yesno' && !l.ls.score && r.value === true && !r.intent && LEVEL_WORD.test(text)) {
    const lv = opts.interpret(text, { kind: 'csat3' }, ictx);
    if (lv.value !== null && lv.value !== undefined && lv.value !== 'neutral' && !lv.intent) c.level = { value: lv.value, confidence: heard(lv.confidence) };
  }
  // "不满意" / "dissatisfied" to "现在方便吗？": no "no" to the call, but the answer to the
  // satisfaction question that comes next, said ahead. A yes to go ahead, with the level carried
  // (as "方便，挺满意的" is); only when the reply says nothing else of the go-ahead question.
  if (l && !l.confirm && l.ls.goAhead && r.value === false && !r.intent && LEVEL_WORD.test(text)) {
    const lv = opts.interpret(text, { kind: 'csat3' }, ictx);
    const rest = opts.interpret(text.replace(LEVEL_PHRASE, ' '), expect, ictx);
    if (lv.value === 'dissatisfied' && !lv.intent && (rest.value === null || rest.value === undefined) && !rest.intent && heard(lv.confidence) >= SURE) {
      c.value = true;
      c.level = { value: lv.value, confidence: heard(lv.confidence) };
    }
  }
  // "等会儿再打", "回头再打吧", "改天吧": a reschedule whose time is only a vague "later" (the time
  // reading is unsure of it). The engine asks when instead of taking a guess as the customer's time.
  if (r.intent === 'reschedule' && r.at !== null && expect.kind !== 'time') {
    const t = opts.interpret(text, { kind: 'time' }, ictx);
    if (t.at === null || t.confidence <= VAGUE_TIME) c.vagueAt = true;
  }
  // "你过两天再打吧" to "什么时候方便？": a time question answered with a vague "later" only; the
  // engine asks once for a day or an hour, the vague time kept should nothing better come.
  if (expect.kind === 'time' && r.at !== null && confidence <= VAGUE_TIME) c.vagueAt = true;
  // "您是说“不是”，对吗？" (问题解决了吗) answered "网还是卡": no yes or no to the confirmation, but the
  // step's own answer said again (its question is a yes/no one too), for sure: it is the answer.
  if (
    l?.confirm &&
    l.ls.expect.kind === 'yesno' &&
    c.value !== null &&
    !c.intent &&
    confidence >= SURE &&
    !AGREE.test(text) &&
    !DENIAL.test(text) &&
    !isBareReply(text)
  ) {
    return restatedAs(r, confidence);
  }
  // A confirmation answered with a leading 对/是 (then the complaint again) is an agreement.
  if (l?.confirm && AGREE.test(text) && !/^\s*(对不|是不|不)/.test(text)) c.value = true;
  if (l?.confirm && c.value === true && l.ls.expect.kind !== 'yesno') {
    // "对，师傅迟到了两个小时" to "您是说满意，对吗？": agreement that restates the answer is the
    // restated answer (read with the step's own question), when it says one for sure.
    const content = text.replace(/^\s*(对的|对|是的|是|嗯|没错|yes|yeah|right|correct)[\s,，。.!！、]*/i, '');
    const own = opts.interpret(content || text, l.ls.expect, ictx);
    const sure = heard(own.confidence);
    const bare = content.replace(/[\p{P}\p{S}\s]/gu, '').length < 2;
    if (!bare && own.value !== null && own.value !== undefined && sure >= 0.6 && own.value !== ctx.pending?.value) return restatedAs(own, sure);
  }
  if (l?.confirm && (c.value === null || c.value === undefined) && !c.intent && l.ls.expect.kind !== 'yesno' && l.ls.expect.kind !== 'text') {
    // "您是说“3分”，对吗？" answered "三分" / "两分": neither yes nor no, but an answer to the
    // step's own question, said for sure. The same value again confirms it; another one is the
    // customer's correction.
    const own = opts.interpret(text, l.ls.expect, ictx);
    const sure = heard(own.confidence);
    if (own.value !== null && own.value !== undefined && !own.intent && sure >= SURE) {
      if (own.value === ctx.pending?.value) return { ...c, value: true, confidence: sure };
      return restatedAs(own, sure);
    }
  }
  if (l?.confirm && c.value === false && l.ls.expect.kind !== 'yesno') {
    // "不对，不满意" / "不是，非常满意" to "您是说满意，对吗？": a denial that says the right answer
    // is that answer (read with the step's own question), when it says one for sure. Only a
    // denial word set off from the rest is taken off: "不满意" is not "不" + "满意".
    // With no denial word ("不满意", "八分"), the whole reply is read, and taken only when sure.
    const m = DENIAL.exec(text);
    const content = m ? text.slice(m[0].length) : text;
    if (content.replace(/[\p{P}\p{S}\s]/gu, '').length >= 2) {
      const own = opts.interpret(content, l.ls.expect, ictx);
      const sure = heard(own.confidence);
      if (own.value !== null && own.value !== undefined && sure >= (m ? 0.6 : SURE) && own.value !== ctx.pending?.value) return restatedAs(own, sure);
    }
  }
  return c;
}

/**
 * A relative going to fetch the customer or handing the phone over (我去叫他, 我喊她一下, 叫他来接,
 * 我把电话给他, 电话递给她, 他来了; I'll get her, let me get him, here he is, I'll put him on).
 * Not "call him on his mobile" (你打电话给他, 打他手机).
 */
const HANDOVER =
  /我(?:这就|马上|现在)?去?(?:叫|喊|找)(?:一下)?(?:他|她)(?:一下|过来|来)?(?:接|听)?(?![^，,。]{0,3}(?:回|打给|给你))|(?:叫|让|喊)(?:他|她)(?:过)?来?(?:接|听)(?:电话)?|把(?:电话|手机)(?:递|交|拿)?给(?:他|她)|(?:递|交)给(?:他|她)|(?:他|她)(?:来了|过来了|马上来|就来)|\b(?:i'?ll|let me|i will|i'?m going to|gonna) (?:go )?(?:get|grab|fetch) (?:him|her)\b|\b(?:put|pass|hand) (?:him|her) (?:on|the phone)|\bhere (?:he|she) is\b/i;


/** A hello said by whoever takes the phone (喂, 喂喂, hello, hi). */
const PICKUP_GREETING = /^\s*(?:(?:喂|哎|诶)+|hello|hi)[\s,，。.!！?？]*/i;

/** A satisfaction level phrase (不满意, 非常满意, dissatisfied), to read what is said besides it. */
const LEVEL_PHRASE = /(?:非常|很|挺|特别|太|不太|不怎么|不)?满意(?!度)|\b(?:very |not )?(?:dis|un)?satisfied\b/gi;

/** A satisfaction level word (满意 / 不满意 / satisfied), not the survey's name (满意度, satisfaction). */
const LEVEL_WORD = /满意(?!度)|\b(?:dis)?satisfied\b|\bunhappy\b/i;

/** A reply that is only a yes or a no word (好的, 不是的, 没有, ok): an answer to the confirmation itself. */
const BARE_REPLY = /^(?:对|是|不|没|没有|有|好|行|可以|不行|不用|嗯|恩|哦|噢|ok|okay|yes|no|yeah|yep|nope|sure|right|wrong|correct)+[的啊呀吧呢了哈嘛]*$/u;
const isBareReply = (text: string): boolean => BARE_REPLY.test(text.replace(/[\p{P}\p{S}\s]/gu, '').toLowerCase());

/** A leading denial set off from what follows (不是，… / 不对 … / no, …). */
const DENIAL = /^\s*(?:(?:不是的|不是|不对的|不对|没有|错了|说错了|不不+|no|nope|not really|that's wrong)[\s,，。.!！、;；]+|不对的?)/i;

function validateInput(input: Input): void {
  const ok =
    input &&
    typeof input === 'object' &&
    (input.type === 'start' ||
      (input.type === 'answer' && typeof input.text === 'string') ||
      (input.type === 'digits' && typeof input.digits === 'string' && /^[0-9*#]+$/.test(input.digits)) ||
      input.type === 'no_input' ||
      input.type === 'hang_up' ||
      input.type === 'timeout' ||
      input.type === 'resume');
  if (!ok) throw new HuifangError('HF_INPUT_INVALID', `not an engine input: ${JSON.stringify(input).slice(0, 200)}`);
}

/**
 * Take one turn. `session` is null for a new call (the input must be `start`).
 *
 * @example
 * const d = compileDialog(loadDialogFile('dialogs/telecom-install.yaml'));
 * let r = step(d, null, { type: 'start', variables: { customerName: '张先生' } }, { interpret });
 * r = step(d, r.session, { type: 'digits', digits: '1' }, { interpret });
 */
export function step(dialog: CompiledDialog, session: Session | null, input: Input, opts: EngineOptions): StepResult {
  validateInput(input);
  if (session === null) {
    if (input.type !== 'start') throw new HuifangError('HF_INPUT_INVALID', 'a new session starts with a start input');
    const vars: Record<string, string> = {};
    for (const [k, v] of Object.entries(dialog.spec.variables ?? {})) if (v.default !== undefined) vars[k] = v.default;
    Object.assign(vars, input.variables ?? {});
    const locale: Locale = input.locale ?? dialog.spec.locale;
    const snap = dialog.machine.getInitialSnapshot(dialog.scope, {
      vars,
      locale,
      tz: input.timeZone ?? opts.timeZone ?? 'Asia/Shanghai',
      now: input.now ?? null,
    }) as AnyMachineSnapshot;
    return toSession(dialog, snap, 0);
  }
  if (input.type === 'start') throw new HuifangError('HF_INPUT_INVALID', 'this session has already started');
  const now = 'now' in input ? input.now : undefined;
  const snap = restore(dialog, session, now);
  const isHungUp = session.state === '__hung_up';
  if (session.done || (isHungUp && input.type !== 'resume')) {
    return { session, effects: [], ignored: 'ended' };
  }
  let event: EngineEvent;
  switch (input.type) {
    case 'answer':
      event = input.text.trim()
        ? { type: 'ANSWER', c: fromText(dialog, opts, session.state, session.ctx, input.text, input.confidence, input.now) }
        : { type: 'NO_INPUT' };
      break;
    case 'digits':
      event = { type: 'ANSWER', c: fromDigits(dialog, opts, session.state, session.ctx, input.digits, input.now) };
      break;
    case 'no_input':
      event = { type: 'NO_INPUT' };
      break;
    case 'hang_up':
      event = { type: 'HANG_UP' };
      break;
    case 'timeout':
      event = { type: 'TIMEOUT' };
      break;
    case 'resume':
      if (!isHungUp) return { session, effects: [], ignored: 'ended' };
      event = { type: 'RESUME' };
      break;
  }
  const ahead = input.type === 'answer' && event.type === 'ANSWER' ? answeredAhead(dialog, opts, snap, session, event.c, input.text, input.confidence, input.now) : null;
  const next = ahead ?? (dialog.machine.transition(snap, event, dialog.scope) as AnyMachineSnapshot);
  return toSession(dialog, next, session.turn + 1, opts.levelRules);
}

/**
 * "您是说“21度”，对吗？" answered "非常满意，就是……": neither yes nor no, nor the step's own
 * answer, but a sure answer to the question that comes next. The customer has moved on, as
 * people do when a guess of theirs is read back (a range, a hedge): the value read back stands
 * and the reply answers the next question, which is not asked. On a reason step (text) only a
 * grievance after an unhappy answer counts (约好的时间没来 after "0分？"). Not when the words
 * themselves were misheard (the value was never said for sure), and not when the reply says
 * anything else (an intent, a question back, a yes or a no). Returns null when it does not apply.
 */
function answeredAhead(
  dialog: CompiledDialog,
  opts: EngineOptions,
  snap: AnyMachineSnapshot,
  session: Session,
  c: Candidate,
  text: string,
  asrConfidence: number | undefined,
  now: string | undefined,
): AnyMachineSnapshot | null {
  const l = listenOf(dialog, session.state);
  const pending = session.ctx.pending;
  if (!l?.confirm || !pending || pending.misheard || pending.hedge || c.via === 'dtmf') return null;
  // (c is fromText's reading of this reply: misheard when the recogniser was unsure of the words.)
  if (c.intent || c.misheard) return null;
  // "您是说“不是”，对吗？" (问题解决了吗) answered "一到晚上八九点就断": the unhappy answer read back,
  // agreed by the grievance itself, which is what the reason question that follows asks for. Not
  // when the reply denies, or says the other answer to the step's own question for sure.
  const unhappyPending = (l.ls.escalateWhen !== undefined && matchesWhen(pending.value, l.ls.escalateWhen)) || (l.ls.satisfactionItem && pending.value === false);
  const grievance = unhappyPending && !!c.complaint && !c.reservation && (c.restated ? c.value === pending.value : c.value !== false) && !DENIAL.test(text);
  if (grievance && c.value !== null && c.value !== undefined && !c.restated) {
    const own = opts.interpret(text, l.ls.expect, interpretCtx(session.ctx, now));
    if (own.value !== null && own.value !== undefined && own.value !== pending.value && own.confidence >= SURE) return null;
  }
  if (c.restated && !grievance) return null;
  if (c.value !== null && c.value !== undefined && !grievance) {
    // "满意，满意" to "您是说“18度”，对吗？" reads as a yes, but says nothing of degrees: a level word
    // for the next question. Only when the reply is no yes/no word and says nothing of this step.
    if (l.ls.expect.kind === 'yesno' || AGREE.test(text) || DENIAL.test(text) || isBareReply(text)) return null;
    const own = opts.interpret(text, l.ls.expect, interpretCtx(session.ctx, now));
    if (own.value !== null && own.value !== undefined) return null;
  }
  // The value read back, taken as if agreed (the yes carries no words of its own).
  const agreed: Candidate = { raw: pending.raw, via: 'dtmf', value: true, intent: null, confidence: 1, at: null };
  const taken = dialog.machine.transition(snap, { type: 'ANSWER', c: agreed }, dialog.scope) as AnyMachineSnapshot;
  const state = String(taken.value);
  const next = taken.status === 'done' ? null : listenOf(dialog, state);
  if (!next || next.confirm || next.ls.isReschedule || next.ls.id.startsWith('__')) return null;
  const ctx = taken.context as EngineContext;
  const c2 = fromText(dialog, opts, state, ctx, text, asrConfidence, now);
  if (c2.intent) return null;
  if (next.ls.expect.kind === 'text') {
    if (!unhappyPending || !c2.complaint || c2.reservation) return null;
  } else if (grievance || c2.value === null || c2.value === undefined || c2.confidence < SURE) return null;
  // The next question is not asked: it was answered already.
  const out = ctx.out.filter((e) => !((e.type === 'prompt' || e.type === 'listen') && e.stepId === next.ls.id));
  const quiet = { ...taken, context: { ...ctx, out } } as AnyMachineSnapshot;
  return dialog.machine.transition(quiet, { type: 'ANSWER', c: c2 }, dialog.scope) as AnyMachineSnapshot;
}

/** The result of a session, complete once the outcome is set (levels by `levelRules`, default the domain's). */
export function resultOf(dialog: CompiledDialog, session: Session, levelRules?: LevelRules): DialogResult {
  const ctx = session.ctx;
  const answers: DialogResult['answers'] = {};
  for (const [k, a] of Object.entries(ctx.answers)) answers[k] = { raw: a.raw, value: a.value };
  let score: DialogResult['score'] = null;
  const scoreStep = dialog.spec.score;
  if (scoreStep) {
    const a = ctx.answers[scoreStep];
    const ls = dialog.listens.get(scoreStep);
    const scale = ls ? scaleName(ls.expect) : null;
    if (a && scale && (typeof a.value === 'number' || typeof a.value === 'string')) {
      score = { stepId: scoreStep, scale, raw: a.value, level: levelOf(scale, a.value, levelRules) };
    }
  }
  return {
    dialog: dialog.spec.id,
    version: dialog.spec.version,
    outcome: ctx.outcome,
    answers,
    score,
    escalation: ctx.escalation,
    callbackAt: ctx.callbackAt,
    flags: ctx.flags,
    stoppedAt: ctx.outcome === 'hung_up' ? ctx.lastAsk : null,
  };
}
