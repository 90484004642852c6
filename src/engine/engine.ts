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
import { NEVER_A_SUGGESTION, NEVER_SMALL } from '../nlu/complaints.js';
import { TURNED_REPLY } from '../nlu/contrast.js';
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

/**
 * A key typed as the whole message (SMS or chat: "1", "回复1", "【3】", full-width "１"): the customer answers with the
 * option the prompt gives that key, as a keypad press would. Only a key the step's keypad (or a confirmation's) maps;
 * spoken answers (with a recogniser confidence) are words, never keys.
 */
const TYPED_KEY = /^(?:回复|回|按|选|输入|reply|press)?\s*[【[(（「]?\s*([0-9*#])\s*[】\])）」]?\s*[。.!！]?$/i;
function typedKey(dialog: CompiledDialog, state: string, text: string): string | null {
  const m = TYPED_KEY.exec(text.normalize('NFKC').trim());
  if (!m) return null;
  const l = listenOf(dialog, state);
  if (!l) return null;
  const map: Record<string, unknown> = l.confirm ? CONFIRM_KEYPAD : l.ls.keypad;
  return map[m[1]!] === undefined ? null : m[1]!;
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
  // The learned reader (src/nlu/learned.ts) guesses answers about the service only: a level, or a
  // survey item whose answer reaches a person. Who is speaking, whether now is a good time and a
  // confirmation reply are read by the rules alone.
  const aboutService = !!l && !l.confirm && !!l.ls.learnedReads;
  // Round 15 (t15S): the interpreter is told the words asked (the step's prompt), so an answer about another item
  // gives no yes or no (src/nlu/topics.ts); a confirmation reply answers "您是说……，对吗？", not the prompt.
  const asked = l && !l.confirm ? { question: l.ls.prompt } : {};
  const ictx = aboutService ? { ...interpretCtx(ctx, now), ...asked } : { ...interpretCtx(ctx, now), ...asked, learned: false };
  // Whoever takes the phone says hello first ("喂喂是我是我"; after the engine waited while a relative
  // fetched the customer, "喂，是我"), or that they can hear us ("能听见能听见，热了"): the hello and
  // the line check are no part of the answer.
  if (l && !l.confirm) {
    const rest = text.replace(PICKUP_GREETING, '');
    if (rest.trim() && (Object.keys(ctx.answers).length === 0 || LINE_CHECK.test(text))) text = rest;
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
  // "你等会儿，我把电话给我妈": the 等会儿 there is "hold on", not a time to call back.
  if (r.intent === 'wrong_person' && r.person === 'relative' && HANDOVER.test(text) && (r.at === null || HOLD_ON.test(text))) {
    c.handover = true;
    c.at = null;
  }
  // Round 15 (t15E): someone going for the customer in other words (等着……小磊！小磊！; 老头子，电信找你; 你等下我让他接;
  // 我让我儿子跟你说; 你跟我闺女说……; 你等一下我叫他; 他下楼扔垃圾了，你等会儿，马上上来……): with a hold-on, or said to the
  // person fetched, it is no time to call back, no wrong number and no answer; the engine waits once. Before any
  // answer of the call, or (我不太懂，你等下我让他接) to hand one question to the one who knows. Not "叫他回电话" /
  // "让他给你回过去" (a call back), and not with a time of its own (他晚上回来，你七点再打).
  // Round 16 (t16C): also when a relative, asked when the customer can be reached, says they are here after all (他在家，你等下).
  else if (l && !l.confirm && (!l.ls.isReschedule || l.ls.forRelative) && (!r.intent || r.intent === 'reschedule' || r.intent === 'wrong_person') && FETCHING.test(text) && !CALL_BACK_LATER.test(text)) {
    const timeOwn = r.at !== null && !HOLD_ON.test(text) ? true : r.at !== null && opts.interpret(text.replace(HOLD_ON_ALL, ' ').replace(COMING_NOW, ' '), { kind: 'time' }, ictx).at !== null;
    if (!timeOwn) {
      c.handover = true;
      c.intent = null;
      c.value = null;
      c.confidence = 0;
      c.at = null;
      if (c.reservation) c.complaint = null;
    }
  }
  // (Round 15, lead: a relative who comes to the phone after the wait is still not the customer: 我替我妈说吧 and 我是她爱人，
  // 满意 give no survey, as issue 13 item 4 says — "a spouse, parent or child answering for the customer: no survey, ever".
  // The wait is for the customer; the relative's answer stays a wrong person.)
  // "我是他老伴，他下楼遛弯去了，一会儿就回来": a relative's "soon" is a vague time; the engine asks
  // when the customer can be reached instead of taking a guess as the time (the guess is kept).
  if (r.intent === 'wrong_person' && r.person === 'relative' && r.at !== null && !c.handover && expect.kind !== 'time') {
    const t = opts.interpret(text, { kind: 'time' }, ictx);
    if (t.at === null || t.confidence <= VAGUE_TIME) c.vagueAt = true;
  }
  // The recogniser itself was unsure of the words: never taken as said without a yes.
  if (asrConfidence !== undefined && asrConfidence < dialog.settings.confirmBelow) c.misheard = true;
  // "这个我不懂，都是我爱人管的" to a survey item, once the customer has answered questions of the
  // call: a relative's words defer the question (no evidence); they are no "no" to it.
  if (l && !l.confirm && expect.kind === 'yesno' && r.intent === 'wrong_person' && r.person === 'relative' && Object.keys(ctx.answers).length > 0) {
    c.value = null;
    c.confidence = 0;
  }
  // "别再打了，打了好几回了" / "你们别再打电话了，一天打三回": with an opt-out, the calls counted are the
  // reason for it (our own calls), not repeated visits for the customer's fault. So is the hour of
  // this call with a reschedule ("方便是方便 就是太晚了 …那明天吧"): no grievance about a late visit.
  // The answer is what the other clauses say (解决了，别再打了，一天打三回 -> 解决了).
  const aboutTheCall =
    r.intent === 'opt_out' && c.complaint === 'repeat_visit' ? CALLS_COUNTED : r.intent === 'reschedule' && c.complaint === 'late' ? CALL_HOUR : null;
  if (aboutTheCall && aboutTheCall.test(text)) {
    const rest = clausesOf(text).filter((cl) => !aboutTheCall.test(cl)).join('，');
    const o = rest ? opts.interpret(rest, expect, ictx) : null;
    c.complaint = o?.complaint ?? null;
    if (r.intent === 'opt_out') {
      c.value = o?.value ?? null;
      c.confidence = o ? heard(o.confidence) : 0;
    }
  }
  // Round 16 (t16C2): "她晚上下班回来，晚上再打吧" to "什么时候方便联系本人？": on a time question, lateness read out of the
  // times themselves (晚上, 下班回来) is when to call, no grievance; a late visit told in a clause with no time of its own
  // (师傅来得太晚了，明天再打吧) stays one.
  if (expect.kind === 'time' && r.at !== null && c.complaint === 'late') {
    const told = clausesOf(text).some((cl) => opts.interpret(cl, expect, ictx).at === null && opts.interpret(cl, { kind: 'yesno' }, ictx).complaint === 'late');
    if (!told) c.complaint = null;
  }
  // Round 16 (t16C2): "别再打这种电话了，烦死了" / "烦不烦啊，以后别打了": with an opt-out, annoyance said on its own (烦死了,
  // 真烦人, so annoying) is at the calls, not a verdict on the service; the level is what the other clauses say, if anything
  // ("不满意，以后别打了" and "两分，别打了" keep theirs; "服务太差了，别打了" too).
  if (r.intent === 'opt_out' && c.value !== null && c.value !== undefined && clausesOf(text).some((cl) => ANNOYED_AT_CALL.test(cl.trim()))) {
    const rest = clausesOf(text).filter((cl) => !ANNOYED_AT_CALL.test(cl.trim())).join('，');
    const o = rest ? opts.interpret(rest, expect, ictx) : null;
    c.value = o?.value ?? null;
    c.confidence = o && o.value !== null && o.value !== undefined ? heard(o.confidence) : 0;
  }
  // "不是，你问啥来着" / "嗯，你说啥？": a bare particle said before asking the question again is no
  // answer (the customer did not take the question in); the question is said again.
  if (!r.intent && l && !l.confirm && expect.kind !== 'text') {
    const cls = clausesOf(text);
    if (cls.length > 1 && cls.slice(0, -1).every((cl) => isBareReply(cl))) {
      const last = opts.interpret(cls[cls.length - 1]!, expect, ictx);
      if (last.intent === 'repeat' && (last.value === null || last.value === undefined)) {
        c.intent = 'repeat';
        c.value = null;
        c.confidence = 0;
      }
    }
  }
  // "不满意，我要投诉处理的那个人" / "零分，我要投诉这个师傅" on a level question: the request to complain
  // alone is no level ("我要投诉" asks for a person), but a level word or a score said in a clause of
  // its own beside it, for sure, is the customer's answer (issue 13 item 2: an explicit 不满意 reaches
  // a person and is counted as said). Not a grievance without a level word: that reading is the
  // request's (the keepAnswer rule in compile.ts).
  if (r.intent === 'complaint' && l && !l.confirm && (expect.kind === 'csat3' || (expect.kind === 'scale' && !expect.unit))) {
    const cls = clausesOf(text);
    const rest = cls.filter((cl) => !COMPLAINT_REQUEST.test(cl));
    if (rest.length && rest.length < cls.length && (expect.kind !== 'csat3' || rest.some((cl) => LEVEL_WORD.test(cl)))) {
      const o = opts.interpret(rest.join('，'), expect, ictx);
      if (o.value !== null && o.value !== undefined && !o.intent && heard(o.confidence) >= SURE) {
        c.value = o.value;
        c.confidence = heard(o.confidence);
        c.saidApart = true;
      }
    }
  }
  // Round 16 (t16C): "Satisfied. Actually, can I speak to a real person about my bill?": a level said in a clause of its own
  // beside a request for a person or an opt-out, when the whole reply gave none, is the customer's answer, read apart (the
  // clauses that carry the request left out); keepAnswer records it before the call goes on to the person or the opt-out
  // (issue 13: the level stays what the customer said).
  if ((r.intent === 'human' || r.intent === 'opt_out') && (c.value === null || c.value === undefined) && l && !l.confirm && l.ls.score && (expect.kind === 'csat3' || (expect.kind === 'scale' && !expect.unit))) {
    const cls = clausesOf(text);
    const rest = cls.filter((cl) => opts.interpret(cl, expect, ictx).intent !== r.intent);
    // (A level word on a satisfaction question: 打了好几回了 beside 别再打了 counts our calls, it rates nothing.)
    if (rest.length && rest.length < cls.length && !aboutTheCall && (expect.kind !== 'csat3' || rest.some((cl) => LEVEL_WORD.test(cl)))) {
      const o = opts.interpret(rest.join('，'), expect, ictx);
      if (o.value !== null && o.value !== undefined && !o.intent && heard(o.confidence) >= SURE) {
        c.value = o.value;
        c.confidence = heard(o.confidence);
        c.saidApart = true;
      }
    }
  }
  // "你说啥？哦，方便": a "say again" the customer answered themselves; what follows it, said for sure
  // and with no intent of its own, is the answer (not asked again).
  // Round 20 (t20K): also after a bare particle (啊 你说啥 热力公司啊 热了热了), and an answer that stands as said on its own (a
  // verb echo, 热了, at or above the confirmation threshold) stands after the "say again" too.
  if (r.intent === 'repeat' && l && !l.confirm) {
    const cls = clausesOf(text);
    const at = cls.findIndex((cl) => !BARE_FILLER.test(cl.trim()));
    if (at >= 0 && cls.length > at + 1) {
      const first = opts.interpret(cls[at]!, expect, ictx);
      const after = opts.interpret(cls.slice(at + 1).join('，'), expect, ictx);
      if (first.intent === 'repeat' && !after.intent && after.value !== null && after.value !== undefined && heard(after.confidence) >= dialog.settings.confirmBelow && expect.kind !== 'text') {
        c.intent = null;
        c.value = expect.kind === 'time' ? after.at : after.value;
        c.confidence = heard(after.confidence);
        c.at = after.at;
        c.complaint = after.complaint ?? null;
        if (after.reservation) c.reservation = true;
      }
    }
  }
  // Asked to press a key after two tries without evidence, the customer only hums (嗯……, 呃): a filler
  // said in hesitation is no answer (README: a bare 嗯 is at most a weak yes), and the engine does not
  // put a level in their mouth by confirming it; the ladder ends the call without a score.
  if (l && !l.confirm && ctx.keypadOnly && BARE_FILLER.test(text.trim()) && (confidence < dialog.settings.confirmBelow || HESITANT.test(text))) {
    c.value = null;
    c.confidence = 0;
  }
  // "方便，正好我要反映个事，你们做的防水漏了" / "方便，你说吧，我耳朵不太好，你说慢点" to "现在方便吗？":
  // the go-ahead said first, in its own clause and for sure, is the answer to the question; what
  // follows is the customer's next thing to say (a grievance, which the complaint detector still
  // reads, or how to speak to them), not a doubt about the time. Not when the rest says it is no
  // good time after all (方便，就是一会儿要出门), and not with an intent (a reschedule, an opt-out).
  if (l && !l.confirm && l.ls.convenience && !r.intent && !(r.value === true && confidence >= dialog.settings.confirmBelow)) {
    const m = FIRST_CLAUSE.exec(text);
    const rest = m ? text.slice(m[0].length) : '';
    if (m && rest.replace(/[\p{P}\p{S}\s]/gu, '').length > 0 && !NOT_NOW.test(rest)) {
      const head = opts.interpret(m[1]!, expect, ictx);
      if (head.value === true && !head.intent && heard(head.confidence) >= SURE) {
        c.value = true;
        c.confidence = heard(head.confidence);
      }
    }
  }
  // "有，水电工跟我要红包，说不给就往后拖" to "是否发现……违反公司规定的行为？": a bare yes or no said
  // first, in its own clause and for sure, answers the question; what follows tells of it. When the
  // whole reply reads the same way, only less surely (the details carry words of their own, 不给,
  // 不加钱), the answer said first is taken as said, not confirmed. Not when the reply reads the other
  // way or not at all, and not with an intent.
  if (l && !l.confirm && expect.kind === 'yesno' && !l.ls.convenience && !r.intent && typeof r.value === 'boolean' && confidence < dialog.settings.confirmBelow) {
    const m = FIRST_CLAUSE.exec(text);
    const rest = m ? text.slice(m[0].length) : '';
    if (m && isBareReply(m[1]!) && rest.replace(/[\p{P}\p{S}\s]/gu, '').length > 0) {
      const head = opts.interpret(m[1]!, expect, ictx);
      if (head.value === r.value && !head.intent && heard(head.confidence) >= SURE) c.confidence = heard(head.confidence);
    }
  }
  // "建议就是取暖费能不能便宜点" / "没有，就盼着一直这么热乎" to the closing question (意见或建议):
  // a wish or a suggestion is what the question asks for, not a grievance, unless it describes one
  // (建议你们管管那个师傅，态度太差了: the clause outside the wish still complains) or it is money or a
  // hazard (000 第四十三条, 第二十七条, 第三十条: NEVER_SMALL). It is flagged for review, not escalated.
  if (l && !l.confirm && l.ls.closing && c.complaint && !c.reservation && !NEVER_SMALL.has(c.complaint) && !r.intent) {
    const clauses = clausesOf(text);
    let wished = false;
    const rest: string[] = [];
    for (const cl of clauses) {
      if (WISH.test(cl)) wished = true;
      else if (!(wished && WISH_GOES_ON.test(cl))) rest.push(cl);
    }
    if (wished && !rest.some((cl) => {
      const o = opts.interpret(cl, expect, ictx);
      return !!o.complaint && !o.reservation;
    })) c.reservation = true;
  }
  // Round 19 (t19C2): "没什么大意见，就是热线有时候占线" to the closing question: no big complaint said first, then "just" one
  // point, is the small point the question asks for: flagged for review, not escalated. Not money, a hazard, a bill in
  // dispute or a fault still there (NEVER_A_SUGGESTION), which are never a mere suggestion.
  if (l && !l.confirm && l.ls.closing && c.complaint && !c.reservation && !NEVER_A_SUGGESTION.has(c.complaint) && !r.intent) {
    // One point only: a second grievance after it (……电话老打不通，橱柜门坏了找不着人) is no small point (dev11 n-c-renovation-032).
    const clauses = clausesOf(text);
    const [first, next] = clauses;
    if (clauses.length === 2 && first && next && NO_BIG_GRIEVANCE.test(first) && JUST_ONE_POINT.test(next)) c.reservation = true;
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
  // Round 20 (t20K): but a day named, only put off (明天吧, 明天再说吧, 周五再打吧), answers the question asked: the day is the
  // customer's time (the hour within calling hours is ours to pick), read as surely as the day said alone.
  if (expect.kind === 'time' && r.at !== null && confidence <= VAGUE_TIME && !dayNamedOnly(opts, text, r.at, ictx)) c.vagueAt = true;
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
  // "您是说“不是”，对吗？" (暖气热了吗) answered "也就十六度": read with the step's question it says the
  // same answer again, less surely: no denial of the confirmation, but agreement in the customer's words.
  if (
    l?.confirm &&
    l.ls.expect.kind === 'yesno' &&
    c.value !== null &&
    c.value === ctx.pending?.value &&
    !c.intent &&
    confidence >= dialog.settings.confirmBelow &&
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
    // "对，但是中间打了十几个电话都没人管" / "yes, but he made me pay cash" to "您是说满意，对吗？": the yes
    // confirms the level; the clause turned with 但是/but adds a grievance, it does not take the level
    // back (issue 13: the level stays what the customer said, the complaint is recorded apart). Only
    // when the turned clause names no level of its own (对，但是不太满意 is a correction).
    // (TURNED_REPLY: src/nlu/contrast.ts, the pipeline's list of turns without its "just" words.)
    if (!bare && l.ls.expect.kind === 'csat3' && TURNED_REPLY.test(content) && !LEVEL_WORD.test(content)) {
      c.complaint = own.complaint ?? c.complaint ?? null;
      if (own.complaint) {
        if (own.reservation) c.reservation = true;
        else delete c.reservation;
      }
      return c;
    }
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
      // "您是说“不满意”，对吗？" answered "来得太慢了": no denial word, only the grievance again, which
      // the step's own question reads as the very answer held: agreement in the customer's words (as
      // "三分" to "您是说“3分”，对吗？"), not a "no" that asks the question all over again.
      if (!m && own.value !== null && own.value !== undefined && !own.intent && sure >= SURE && own.value === ctx.pending?.value) return { ...c, value: true, confidence: sure };
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
  /我(?:这就|马上|现在)?去?(?:叫|喊|找)(?:一下)?(?:他|她)(?:一下|过来|来)?(?:接|听)?(?![^，,。]{0,3}(?:回|打给|给你))|(?:叫|让|喊)(?:他|她)(?:过)?来?(?:接|听)(?:电话)?|把(?:电话|手机)(?:递|交|拿)?给(?:他|她|我(?:妈|爸|老伴|爱人|老婆|老公|媳妇|丈夫|妻子|爷爷|奶奶|姥姥|姥爷|外婆|外公|父亲|母亲|儿子|女儿|闺女))|(?:递|交)给(?:他|她)|(?:他|她)(?:来了|过来了|马上来|就来)|\b(?:i'?ll|let me|i will|i'?m going to|gonna) (?:go )?(?:get|grab|fetch) (?:him|her|my (?:mom|mum|mother|dad|father|wife|husband))\b|\b(?:put|pass|hand) (?:him|her) (?:on|the phone)|\bhere (?:he|she) is\b|\b(?:dad|daddy|mum|mom|mummy|mommy|mother|father|grandma|grandpa|nana|honey|love|dear)[!,.]\s*(?:(?:it'?s )?(?:the )?(?:phone|telephone)(?: for you)?|(?:it'?s )?for you)\b/i;

/**
 * Round 15 (t15E): going for the customer, in words HANDOVER does not name: a hold-on with the person fetched
 * called (小磊！小磊！; 老头子，电信找你) or coming (马上上来, 这就来), a hold-on trailing off after "I am his wife"
 * (我是他媳妇，你等下……), or the phone handed to someone to talk (我让他接, 让我儿子跟你说, 你跟我闺女说, 我叫他).
 */
const FETCHING = new RegExp(
  [
    '(?:让|叫|喊)(?:他|她|我(?:家)?(?:KIN))(?:来)?(?:接|听|跟你说|和你说|跟您说|和您说|说)',
    '(?:你|您)(?:跟|和)(?:我(?:家)?(?:KIN)|他|她)(?:说|讲)',
    '(?:等(?:一)?下|等会儿?|等着|稍等)[^。]{0,4}我(?:去)?(?:叫|喊)(?:他|她|(?:KIN))(?![^，,。]{0,3}(?:回|打给|给你))',
    '(?:KIN|[\\u4e00-\\u9fff]{1,2})[！!，,]\\s*(?:[^，,。！!]{0,6})找你(?!们)',
    '(?:等会儿?|等一下|等下|稍等|等着)[^。]{0,8}(?:马上|这就|就)(?:上来|过来|回来|来)',
    '(?:等着|等一下|等下|等会儿?|稍等)[^。]{0,6}?([\\u4e00-\\u9fff]{2,3})[！!]+\\s*\\1[！!]',
    '(?:KIN)[^。！!？?]{0,10}?[，,\\s](?:你|您)?(?:等下|等一下|等会儿?|稍等)(?:…|\\.\\.|。。|$)',
    // Round 16 (t16C): the phone passed on in English (let me pass you to him, I'll put you on to my son).
    "\\b(?:pass|put|hand) you (?:over |on |through )?(?:to|on to|onto) (?:him|her|my (?:son|daughter|wife|husband|mom|mum|dad|mother|father|partner|kid))\\b",
    // Round 16 (t16C): the owner coming to the phone, told by the answering assistant or whoever screened the call (机主说马上接,
    // 他这就来接).
    '(?:机主|主人|他|她)(?:说)?(?:马上|这就|立刻|一会儿?就?)(?:接|来接|过来接|接听|就来)',
    // Round 16 (t16C): the customer is at hand, with a hold-on (他在家，你等下; 她就在旁边，稍等).
    '(?:他|她)(?:就|正好|刚好|现在)?在(?:家|这|这儿|旁边|边上|屋里|楼下|跟前)[^。？?]{0,3}[，,\\s]+(?:你|您)?(?:等下|等一下|等会儿?|稍等|等着)',
    // Round 16 (t16C2): the customer called to the phone by name or kin (老陈！电话！; 老公，电信的电话; 小芳，你的电话; Dad! Phone!),
    // or the call put through by whoever answered (我给你叫; 我给您转过去，请稍等); in English, in HANDOVER. Not "打他的电话吧" (no call-out: a number to ring).
    // (Round 21, t21M: called across the room with a long call, 妈——电信的电话, or with what the call is, 老公，电信回访！.)
    '(?:KIN|[\\u4e00-\\u9fff]{1,3})(?:[！!，,]|——|—|…|～|~)+\\s*(?:(?:你|您)的|(?:电信|联通|移动|找你)的)?(?:电话|(?:电信|联通|移动|热力|公司)(?:的)?回访(?:电话)?)(?:[！!。]|$)',
    '我(?:这就|马上|现在)?(?:给你|给您|帮你|帮您)(?:叫|喊|找)(?:一下|去)?(?:他|她|KIN)?(?:来|过来)?(?:[，,。！!…]|$)',
    '(?:我)?(?:给|帮)(?:你|您)转(?:过去|接过去|一下)(?![^，,。]{0,3}(?:回|打给|给你))',
  ].join('|').replace(/KIN/g, '妈|爸|老伴|爱人|老婆|老公|媳妇|丈夫|妻子|爷爷|奶奶|姥姥|姥爷|外婆|外公|儿子|女儿|闺女|老头子?|老太婆|孩子|儿媳|女婿'),
);

/** A call back asked for instead (让他回电话, 叫他给你回过去, 你晚点再打). */
// Round 21 (t21L): also a later call asked for in a while (让你等会儿打, 过一会儿打过来): the one fetched is busy, the call ends with a time.
const CALL_BACK_LATER = /回(?:电话|过去|个电话|你)|再打|晚点打|打回|(?:等|过|待)一?会儿?打/;

/** Coming to the phone now (马上上来, 这就过来): no time to call back. */
const COMING_NOW = /(?:马上|这就|就)(?:上来|过来|回来|来)(?:了)?/g;

/** Every hold-on in a reply. */
const HOLD_ON_ALL = /(?:你|您)?(?:等会儿?|等一会儿?|等一下|等下|稍等|等着)|\bhold on\b|\bone (?:sec|second|moment)\b/gi;

/** A hold-on said by a relative fetching the customer (你等会儿, 稍等, 等一下, hold on). */
const HOLD_ON = /(?:你|您)?(?:等会儿?|等一会儿?|等一下|等下|稍等|等着)|\bhold on\b|\bone (?:sec|second|moment)\b/i;


/** The first clause of a reply (up to the first comma or stop), and its separator. */
const FIRST_CLAUSE = /^\s*([^，,。.！!？?；;\s]{1,8})[，,。.！!；;\s]+/u;

/** Words that say the time is no good after all (busy, going out, later, another day). */
const NOT_NOW = /不方便|没空|没时间|忙|开车|开会|上班|出门|马上要|一会儿?要|等会儿?要|改天|回头|晚点|晚些|下次|明天|不太方便|\bbusy\b|\blater\b|\bdriving\b|\bnot a good time\b/i;

/** A request to complain or to report someone (我要投诉, 举报, I want to complain). */
const COMPLAINT_REQUEST = /投诉|举报|\bcomplain/i;

/** The clauses of a reply: split at punctuation, and at spaces between Chinese words. */
const clausesOf = (text: string): string[] => text.split(/[，,。.！!？?；;]+|(?<=[\u4e00-\u9fff])\s+(?=[\u4e00-\u9fff])/u).filter((x) => x.trim());

/** Round 16 (t16C2): annoyance alone, in a clause of its own (烦死了, 真烦人, 烦不烦啊, 好烦, so annoying). */
const ANNOYED_AT_CALL = /^(?:真|太|好|快|都)?(?:是)?烦(?:死了?|死人了?|人|得很|透了?|不烦|死我了)?(?:了|啊|呀|哦|啦)*$|^(?:so |how |this is |that s |that is )?(?:annoying|irritating)$/iu;

/** Our calls counted (打了好几回, 一天打三回, 老打电话, you keep calling). */
const CALLS_COUNTED = /打了?(?:好几|几|[一二两三四五六七八九十\d]+)(?:回|次|遍|通)|(?:一天|天天|每天|老|总|老是|总是|又)[^，,。]{0,4}打|打电话|来电话?|\b(?:calls?|called|calling|ring(?:ing)?)\b/iu;

/** The hour of this call (太晚了, 这么晚, 都几点了, 大晚上, 一大早). */
const CALL_HOUR = /(?:太|这么|那么|都这么|有点|也)晚了?|都几点了|大晚上|大半夜|一大早|太早了?|\btoo (?:late|early)\b/i;

/** Only a filler or a hum (嗯, 嗯……, 呃, 哦, um, hmm). */
const BARE_FILLER = /^(?:嗯|恩|呃|额|哦|噢|啊|唔|em+|um+|uh+|hmm+|mm+)+[\s.。…~～,，、]*$/iu;

/** Said trailing off (嗯……, um...). */
const HESITANT = /…|\.\.|。。/;

/** A wish or a suggestion (建议, 希望, 盼着, 最好, 能不能, 要是……就好了; I wish, it would be nice, maybe you could). */
const WISH = /建议|希望|盼|期望|期待|但愿|最好|能不能|能否|可不可以|可以的话|要是[^，]{0,14}就(更|好|完美)|如果[^，]{0,14}就(更|好|完美)|\b(?:i wish|i hope|hopefully|suggest|suggestion|it would be (?:nice|good|great|better)|would be nice|maybe you could|you could|you should|please)\b/i;

/** No big complaint said first (没什么大意见, 也没啥大问题, 别的都挺好, nothing major). */
const NO_BIG_GRIEVANCE = /^(?:嗯|那个|其实|总的来说|总体)?[，,\s]*(?:也|倒|都|倒也)?没(?:有)?(?:什么|啥|啥子)?大(?:的)?(?:意见|问题|毛病)|^(?:别的|其他|其它|其余)(?:都|也)?(?:挺好|还行|不错|可以|没(?:什么|啥)?问题)|\bnothing (?:major|big|serious)\b/i;

/** Then "just" one point (就是……, 只是……, 就……, 唯一……, just …, only …). */
const JUST_ONE_POINT = /^(?:就是|只是|就|唯一|不过|\bjust\b|\bonly\b|\bexcept\b)/i;

/** A clause that goes on with a wish said before it (……，别老让跑营业厅 / 省得…… / 不然……). */
const WISH_GOES_ON = /^(?:别|不要|省得|免得|不然|要不|这样|那样|就好|就行|就更好)/;

/** A hello said by whoever takes the phone (喂, 喂喂, hello, hi). */
const PICKUP_GREETING = /^\s*(?:(?:(?:喂|哎|诶)+|hello|hi)[\s,，。.!！?？]*)?(?:(?:(?:能|可以)?听(?:得)?(?:见|到)(?:了|的)?)+[\s,，。.!！]+)?/i;

/** "I can hear you" said before the answer (能听见能听见，热了). */
const LINE_CHECK = /^\s*(?:(?:喂|哎|诶)+[\s,，。.!！?？]*)?(?:(?:能|可以)?听(?:得)?(?:见|到)(?:了|的)?)+[\s,，。.!！]+/;

/** A satisfaction level phrase (不满意, 非常满意, dissatisfied), to read what is said besides it. */
const LEVEL_PHRASE = /(?:非常|很|挺|特别|太|不太|不怎么|不)?满意(?!度)|\b(?:very |not )?(?:dis|un)?satisfied\b/gi;

/** A satisfaction level word (满意 / 不满意 / satisfied), not the survey's name (满意度, satisfaction). */
const LEVEL_WORD = /满意(?!度)|\b(?:dis)?satisfied\b|\bunhappy\b/i;


/** Round 20 (t20K): a deferral's words after a time (再说吧, 再打吧, 吧) that make a day named a guess at the hour. */
const PUT_OFF_TAIL = /(?:再说|再打|再联系|打)?(?:吧|呗)[。.!！\s]*$/u;
/** A day named (not 过两天, 改天: those say only "later"). */
const NAMED_DAY = /明天|明儿|后天|(?:周|星期|礼拜)[一二三四五六日天1-7]|周末|[0-9一二三四五六七八九十]+(?:号|日)|初[一二三四五六七八九十]|tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekend/iu;
/** A time answer that is a day named and put off (明天吧): read without the deferral, the same time, surely. */
function dayNamedOnly(opts: EngineOptions, text: string, at: string, ictx: Parameters<EngineOptions['interpret']>[2]): boolean {
  const bare = text.replace(PUT_OFF_TAIL, '').trim();
  if (!bare || bare === text.trim() || !NAMED_DAY.test(bare)) return false;
  const t = opts.interpret(bare, { kind: 'time' }, ictx);
  return t.at === at && t.confidence > VAGUE_TIME;
}

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
    case 'answer': {
      const key = input.confidence === undefined ? typedKey(dialog, session.state, input.text) : null;
      event = key !== null
        ? { type: 'ANSWER', c: { ...fromDigits(dialog, opts, session.state, session.ctx, key, input.now), raw: input.text } }
        : input.text.trim()
          ? { type: 'ANSWER', c: fromText(dialog, opts, session.state, session.ctx, input.text, input.confidence, input.now) }
          : { type: 'NO_INPUT' };
      break;
    }
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
  const ahead =
    input.type === 'answer' && event.type === 'ANSWER'
      ? takenBack(dialog, opts, session, event.c, input.text, input.confidence, input.now) ??
        answeredAhead(dialog, opts, snap, session, event.c, input.text, input.confidence, input.now) ??
        movedOn(dialog, opts, session, event.c, input.text, input.confidence, input.now)
      : null;
  const next = ahead ?? (dialog.machine.transition(snap, event, dialog.scope) as AnyMachineSnapshot);
  return toSession(dialog, next, session.turn + 1, opts.levelRules);
}

// Round 15 (t15E): an unhappy answer taken back on the very next turn.
/**
 * The customer says they pressed or said the wrong thing (按错了, 说错了, 说反了, 看错了, 口误; I pressed
 * the wrong key, I misspoke, I meant): the words that follow the admission are the answer they meant.
 * Not 打错了 (a wrong number), and not a bare 不对 (an answer of its own to many questions).
 */
const RETRACTION =
  /(?<![你您他她们])(?:按|点|摁|输|选|看|说|听|搞|弄|记)(?:错|岔|反)了?|口误|\b(?:pressed|hit|pushed|picked|chose|said|read) the wrong (?:one|key|button|number|thing)\b|\bwrong (?:key|button)\b|\bi misspoke\b|\bmy mistake\b|\bi (?:mixed|got) (?:it|them|that) (?:up|mixed up|wrong|backwards)\b|\bi meant\b/gi;

/** A clause that denies a value said before (不是四分, 不是不满意, not four): no part of the answer meant. */
const DENIED_CLAUSE = /^\s*(?:而)?不是|^\s*not\b/i;

/** What was meant, said after the admission (应该是, 本来想说, 我是说). */
const MEANT_LEAD = /^\s*(?:我)?(?:本来|其实)?(?:应该|想|要)(?:是|说)(?=.)/u;

/** A key named in words (我想按2的, 应该按一, I meant to press 2). */
const KEY_IN_WORDS = /(?:按|摁|点|选|press(?:ed)?|hit)\s*([0-9一二三四五六七八九零])/i;
const KEY_DIGIT: Record<string, string> = { 零: '0', 一: '1', 二: '2', 三: '3', 四: '4', 五: '5', 六: '6', 七: '7', 八: '8', 九: '9' };

/**
 * "按错了按错了，我想按2的，满意的" / "哦我说反了，我是满意的" / "我说错了，是十分，不是四分" / "不对不对，我看错了，
 * 我家的好着呢", said to the question that follows an unhappy answer (the reason asked, or the next
 * item): the customer takes that answer back, as an agent on the phone would hear it. The answer is
 * recorded again with what they meant, the escalation it opened is withdrawn, and the call goes on
 * from that question as the new answer leads (the reason is not asked for a satisfied customer).
 *
 * The escalation opened at the unhappy answer (issue 13 item 3) keeps its guarantee: only an explicit
 * admission of a mistake, on the very next turn (the next question asked once, nothing in between),
 * with the other answer said for sure and no grievance beside it, withdraws it. A hang-up, silence,
 * a re-ask, a vague reply or any grievance keep it. Not when the escalation was already given to the
 * channel, nor when anything else in the call is unhappy (another answer, a complaint). Returns null
 * when it does not apply.
 */
function takenBack(
  dialog: CompiledDialog,
  opts: EngineOptions,
  session: Session,
  c: Candidate,
  text: string,
  asrConfidence: number | undefined,
  now: string | undefined,
): AnyMachineSnapshot | null {
  const l = listenOf(dialog, session.state);
  const ctx = session.ctx;
  if (!l || l.confirm || l.ls.isReschedule || c.via === 'dtmf' || c.misheard) return null;
  if (ctx.tries !== 0 || ctx.keypadOnly || ctx.pending || ctx.mode !== 'ask' || ctx.escalationSaid) return null;
  const ids = Object.keys(ctx.answers);
  const prevId = ids[ids.length - 1];
  if (!prevId || prevId === l.ls.id || ctx.answers[l.ls.id]) return null;
  const prev = dialog.listens.get(prevId);
  if (!prev || prev.isReschedule || prev.expect.kind === 'text') return null;
  const unhappy = (ls: ListenStep, v: unknown): boolean =>
    v !== null && v !== undefined && ((ls.escalateWhen !== undefined && matchesWhen(v, ls.escalateWhen)) || (ls.satisfactionItem && v === false));
  const before = ctx.answers[prevId]!;
  if (!unhappy(prev, before.value)) return null;
  // The admission, and what is said after it.
  let end = -1;
  for (const m of text.matchAll(RETRACTION)) end = m.index! + m[0].length;
  if (end < 0) return null;
  const after = text.slice(end).replace(/^[了的啊呀吧\s]*/u, '');
  const cls = clausesOf(after);
  // After an admission, 应该是 / 本来想说 tells what was meant, not a guess (应该是非常满意).
  const meant = cls.filter((cl) => !DENIED_CLAUSE.test(cl)).map((cl) => cl.replace(MEANT_LEAD, ''));
  if (!meant.length) return null;
  const ictx = { ...interpretCtx(ctx, now), learned: false };
  let said = meant.join('，');
  let own = opts.interpret(said, prev.expect, ictx);
  if ((own.value === null || own.value === undefined) && !own.intent && meant.length > 1) {
    // "我是说十分，师傅挺好的": the one clause that answers the question, the rest said about it.
    const each = meant.map((cl) => ({ cl, o: opts.interpret(cl, prev.expect, ictx) }));
    const answering = each.filter((x) => x.o.value !== null && x.o.value !== undefined);
    if (answering.length === 1 && !each.some((x) => x.o.intent || (x.o.complaint && !x.o.reservation))) ({ cl: said, o: own } = answering[0]!);
  }
  if (own.intent || (own.complaint && !own.reservation)) return null;
  let value: unknown = prev.expect.kind === 'time' ? own.at : own.value;
  let confidence = Math.min(own.confidence, asrConfidence ?? 1);
  if (value === null || value === undefined) {
    // "按错了，我想按2": the key meant, through the step's keypad.
    const k = KEY_IN_WORDS.exec(said);
    const digit = k ? KEY_DIGIT[k[1]!] ?? k[1]! : null;
    const mapped = digit !== null ? prev.keypad[digit] : undefined;
    if (mapped === undefined) return null;
    value = prev.expect.kind === 'yesno' ? mapped === true || mapped === 'yes' ? true : mapped === false || mapped === 'no' ? false : mapped : mapped;
    confidence = Math.min(1, asrConfidence ?? 1);
  }
  if (value === null || value === undefined || unhappy(prev, value) || confidence < SURE) return null;
  // Nothing else in the call reaches a person: no other unhappy answer, no complaint of another turn.
  if (ids.some((id) => id !== prevId && dialog.listens.get(id) && unhappy(dialog.listens.get(id)!, ctx.answers[id]!.value))) return null;
  const first = before.via === 'dtmf' ? null : opts.interpret(before.raw, prev.expect, ictx);
  const theirs = new Set([prev.escalateReason, ...(first?.complaint ? [`complaint:${first.complaint}`, `reservation:${first.complaint}`] : [])]);
  if (ctx.escalation && !theirs.has(ctx.escalation.reason)) return null;
  if (ctx.flags.some((f) => /^complaint:/.test(f) && !theirs.has(f))) return null;
  const answers = { ...ctx.answers };
  delete answers[prevId];
  const back = {
    ...ctx,
    ...(now ? { now } : {}),
    answers,
    escalation: null,
    flags: ctx.flags.filter((f) => !theirs.has(f)),
    tries: 0,
    keypadOnly: false,
    pending: null,
    mode: 'ask' as const,
    lastAsk: prevId,
    out: [],
  } as EngineContext;
  const meantAnswer: Candidate = { raw: text, via: asrConfidence === undefined ? 'text' : 'speech', value, intent: null, confidence, at: own.at, complaint: own.complaint ?? null, ...(own.reservation ? { reservation: true } : {}) };
  const there = dialog.restore(prevId, back);
  return dialog.machine.transition(there, { type: 'ANSWER', c: meantAnswer }, dialog.scope) as AnyMachineSnapshot;
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
    const own = opts.interpret(text, l.ls.expect, { ...interpretCtx(session.ctx, now), question: l.ls.prompt });
    if (own.value !== null && own.value !== undefined && own.value !== pending.value && own.confidence >= SURE) return null;
  }
  if (c.restated && !grievance) return null;
  if (c.value !== null && c.value !== undefined && !grievance) {
    // "满意，满意" to "您是说“18度”，对吗？" reads as a yes, but says nothing of degrees: a level word
    // for the next question. Only when the reply is no yes/no word and says nothing of this step.
    if (l.ls.expect.kind === 'yesno' || AGREE.test(text) || DENIAL.test(text) || isBareReply(text)) return null;
    const own = opts.interpret(text, l.ls.expect, { ...interpretCtx(session.ctx, now), question: l.ls.prompt });
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
    // "您是说“不是”，对吗？" (暖气热了吗) answered "也就十六度": the grievance agrees, and it is the sure
    // answer to the measure asked next (a number in its unit is no accident of the words).
    // "您是说“18度”，对吗？" answered "还行吧": a hedge to the satisfaction question asked next; it is
    // asked again as the either-or question (the clarify ladder), as a hedge said there would be.
  } else if (
    (grievance && !(next.ls.expect.kind === 'scale' && next.ls.expect.unit)) ||
    c2.value === null ||
    c2.value === undefined ||
    (c2.confidence < SURE && !(c2.value === 'neutral' && next.ls.expect.kind === 'csat3' && !AGREE.test(text) && !DENIAL.test(text)))
  ) return null;
  // The next question is not asked: it was answered already.
  const out = ctx.out.filter((e) => !((e.type === 'prompt' || e.type === 'listen') && e.stepId === next.ls.id));
  const quiet = { ...taken, context: { ...ctx, out } } as AnyMachineSnapshot;
  return dialog.machine.transition(quiet, { type: 'ANSWER', c: c2 }, dialog.scope) as AnyMachineSnapshot;
}

/**
 * "请问屋里大概多少度？" asked again and answered "满意": the customer could not say the measure
 * (不知道多少度，家里没温度计) and has moved on to the satisfaction question that comes next. A
 * measure is no score (no level rests on it), so it is left without a value, and the reply is
 * taken as the sure answer to the next question, which is not asked. Only on a measure step
 * already asked again, whose next step is the score's level question, for a level word said
 * for sure with nothing else (no intent, nothing for this step). Returns null when it does not apply.
 */
function movedOn(
  dialog: CompiledDialog,
  opts: EngineOptions,
  session: Session,
  c: Candidate,
  text: string,
  asrConfidence: number | undefined,
  now: string | undefined,
): AnyMachineSnapshot | null {
  const l = listenOf(dialog, session.state);
  if (!l || l.confirm || l.ls.score || l.ls.expect.kind !== 'scale' || !l.ls.expect.unit) return null;
  if (session.ctx.tries < 1 && !session.ctx.keypadOnly) return null;
  if (c.via === 'dtmf' || c.intent || c.misheard || c.complaint || (c.value !== null && c.value !== undefined)) return null;
  if (l.ls.branches.length || !LEVEL_WORD.test(text)) return null;
  const next = dialog.listens.get(l.ls.next);
  if (!next || !next.score || next.isReschedule || next.expect.kind !== 'csat3') return null;
  const ctx = { ...session.ctx, ...(now ? { now } : {}), tries: 0, keypadOnly: false, pending: null, mode: 'ask' as const, lastAsk: next.id, out: [] } as EngineContext;
  const c2 = fromText(dialog, opts, next.id, ctx, text, asrConfidence, now);
  if (c2.intent || c2.value === null || c2.value === undefined || c2.confidence < SURE) return null;
  const there = dialog.restore(next.id, ctx);
  return dialog.machine.transition(there, { type: 'ANSWER', c: c2 }, dialog.scope) as AnyMachineSnapshot;
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
