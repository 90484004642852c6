/**
 * Answer understanding ("NLU"): what did the customer mean?
 *
 * `interpret` is the {@link Interpreter} the dialog engine calls; it dispatches on the locale
 * (default zh-CN). Everything here is pure: no clock, no IO, deterministic.
 */
import { HuifangError } from '../shared/errors.js';
import { EN_PARSER } from './en.js';
import { isPinyin } from './normalize.js';
import { correctionEnd, recallSpan } from './corrections.js';
import { secondOpinion } from './learned.js';
import { assemble } from './pipeline.js';
import { ELLIPSIS_ZH, withoutLatinPlaces } from './nonanswer.js';
import type { Expectation, InterpretContext, Interpretation, Interpreter, Locale } from './types.js';
import { forgetNormalized, remarkAboutEveryoneZh, ZH_PARSER } from './zh.js';

export { COMPLAINT_CATEGORIES, type ComplaintCategory } from './complaints.js';

export type { Csat3, Expectation, Intent, InterpretContext, Interpretation, Interpreter, Locale } from './types.js';

/**
 * Interpret one answer.
 * @param text the utterance as heard (recognizer output or typed text)
 * @param expect what the question expects
 * @param ctx locale (default zh-CN), `now` for callback times, time zone, calling hours
 * @returns value, intent, confidence (0..1) and callback time (`at`)
 */
export const interpret: Interpreter = (text: string, expect: Expectation, ctx: InterpretContext): Interpretation => {
  // One reading may normalise the same words several times (zh.ts keeps them, normalizeMemo); what is kept lives for one
  // reading only, so that every call, and every benchmark of one, pays for its own normalising.
  if (readingDepth === 0) forgetNormalized();
  readingDepth++;
  try {
    return interpretOnce(text, expect, ctx);
  } finally {
    readingDepth--;
  }
};
/** How deep the current reading is (interpretOnce reads parts of an answer with interpret again). */
let readingDepth = 0;

const interpretOnce: Interpreter = (text: string, expect: Expectation, ctx: InterpretContext): Interpretation => {
  // Bad input gives a value or null, never an exception: over-long text is cut, controls dropped.
  const t = typeof text === 'string' ? text.slice(0, MAX_CHARS).replace(CONTROL, ' ') : '';
  const c = ctx ?? { locale: 'zh-CN' };
  // Round 13 (t13N): a place named in Latin letters (5 Star Court, 我家住Happy Valley) is a name, not "happy" or "five stars".
  const read = withoutLatinPlaces(t);
  const language = languageOf(read, c.locale ?? 'zh-CN');
  const parser = language === 'en' ? EN_PARSER : ZH_PARSER;
  let r = assemble(parser, read, expect, c);
  // Round 16 (t16C): 你打错了吧……哦刘桂芬啊，那是我 / 打错了……哦，尚尧装饰啊，是我家 / Sorry, wrong number... oh wait, Wei Ling?
  // That's me: a wrong number taken back in the same breath (corrections.ts recallSpan). The last word wins: what follows
  // the recall is the answer, whatever it says (the customer, a relative after all, a go-ahead, a score), when it says
  // something for sure; else the wrong number stands.
  let recalled = false;
  if (expect.kind !== 'text' && expect.kind !== 'time' && RECALL_CUE.test(read)) {
    const span = recallSpan(read);
    if (span) {
      const head = interpret(read.slice(0, span.start), expect, { ...c, learned: false });
      const after = head.intent === 'wrong_person' && head.person === 'wrong_number' ? recalledAnswer(read.slice(span.end), expect, c) : null;
      if (after) {
        r = after;
        recalled = true;
      }
    }
  }
  // 没解决……哦不对不对，解决了: what is said after a self-correction is the answer, when it is one for
  // sure (a value, no intent) and what it takes back was one too (a value or an intent); its grievance
  // comes with it (corrections.ts). (我记得是前天 不对 是昨天, after a question, takes back no answer.)
  let takenBack = false;
  let corr = recalled || expect.kind === 'text' || expect.kind === 'time' ? -1 : correctionEnd(read);
  // Round 17 (t17V): 满意……哎不对，我想想，……不太满意: a reading left with no value only because the customer thought aloud
  // after taking the first word back is corrected too; other answers without a value are left as they were.
  if (corr > 0 && r.value === null && !r.intent && !(TAKEN_BACK.test(read.slice(Math.max(0, corr - 12), corr)) && THOUGHT_ALOUD.test(read.slice(Math.max(0, corr - 8), corr)))) corr = -1;
  // Round 13 (t13N): 第三次了……不是，我是说这是第三个电话: a restatement after 不是 / 不对 corrects too.
  if (corr < 0 && !recalled && expect.kind !== 'text' && expect.kind !== 'time' && (r.value !== null || r.intent)) {
    const m = RESTATE_AFTER.exec(read);
    if (m && m.index > 0) corr = m.index + m[0].length - m[1]!.length;
  }
  // Round 17 (t17V): 不是不满意，是非常不满意 / 不是不热，是根本就没热过 / 不是没解决，是解决了我忘了说: "not X, (but) Y" puts Y in X's
  // place; Y is the answer, whatever the whole read (the litotes 不是不满意 alone would be a yes).
  if (corr < 0 && !recalled && expect.kind !== 'text' && expect.kind !== 'time') {
    const m = NOT_X_BUT_Y.exec(read);
    if (m && m[0].length < read.length) corr = m[0].length;
  }
  // Round 17 (t17V): 一般，哎其实挺好的 / 一般吧……其实挺好的，就是我今天心情不好 / 不太满意，哎其实也不怪师傅……那就满意吧: a lukewarm
  // or low level said first, then 其实 (in truth) and the customer's second thought, which is better: the second thought is the answer.
  let upward = false;
  if (corr < 0 && !recalled && expect.kind === 'csat3' && (r.value === 'neutral' || r.value === 'dissatisfied') && !r.intent) {
    const m = RECONSIDERED.exec(read);
    if (m) {
      corr = m.index + m[0].length;
      upward = true;
    }
  }
  if (corr > 0) {
    const after = interpret(read.slice(corr), expect, c);
    if (upward && after.value !== 'satisfied' && after.value !== 'very_satisfied') after.value = null;
    // (Round 17, t17V: 不太满意，嗯……算了算了，也给解决了，就满意吧: a level named last, even settled for with 吧, is the word that stands.)
    if (after.value !== null && after.value !== undefined && !after.intent && (after.confidence >= SURE_AFTER_CORRECTION || (expect.kind === 'csat3' && LEVEL_LAST.test(read.slice(corr)))) && (after.value !== r.value || r.intent)) r = after;
    // 我的账号好像是……算了不说了，满意: the same value said after the correction is said as surely as it is
    // said there (the hedge was in what is taken back); a grievance said before it stays as read.
    else if (after.value === r.value && !r.intent && !r.complaint && !after.intent && after.confidence > r.confidence) r = { ...r, confidence: after.confidence };
    // Round 13 (t13N): 我们家是twenty……不对，我看看; 第三次了……不是，我是说这是第三个电话: what is taken back (不对, 不是,
    // 说错了, I mean) for "let me look" or a restatement that answers nothing leaves no answer.
    else if ((after.value === null || after.value === undefined) && !after.intent && !after.complaint && TAKEN_BACK.test(read.slice(Math.max(0, corr - 8), corr)) && (RESTATED.test(read.slice(corr)) || parser.noEvidence(parser.normalize(read.slice(corr))))) {
      r = { ...after, value: null, confidence: 0 };
      takenBack = true;
    }
  }
  // Round 17 (t17F2): hold-then-answer. The customer asks the agent to hold, or goes to look, test or ask someone (稍等我拿手机
  //测个速……两百多兆，正常; 你等等我去卧室看看……卧室也热了; 我问问我老伴……喂，老伴说能用; 喂？喂？信号不好……现在能听见了，问吧), and
  // gives the answer after the pause: what follows the last pause is the answer, when the hold before it said none (no value, no
  // grievance) and the words after it say one surely. The hold is no request to call back (domain.md 4.2: a reschedule is asked
  // for, not inferred from "wait a moment"). Extends round 11's wait clause (zh.ts withoutWaitBeforeAnswer), which takes only a
  // bare 等一下 said as its own clause.
  if (!recalled && !takenBack && corr <= 0 && language === 'zh-CN' && expect.kind !== 'text' && expect.kind !== 'time') {
    const held = heldAnswer(read, expect, c);
    if (held) r = held;
  }
  // What the rules found no evidence in, the learned reader may read, as a guess to be confirmed (learned.ts).
  // Not where the rules said there is nothing to read (不确定, 还没试, a question back), nor where
  // nothing is left once the normaliser took out what is no answer (a television advert, names alone).
  r = secondOpinion(r, t, expect, c, () => {
    const norm = parser.normalize(read);
    return takenBack || !norm.trim() || parser.noEvidence(norm) || parser.isQuestion(norm, read) || !!parser.notAnAnswer?.(read)
      || (language === 'zh-CN' && remarkAboutEveryoneZh(read));
  });
  r.text = typeof text === 'string' ? text : '';
  r.confidence = Math.max(0, Math.min(1, Math.round(r.confidence * 100) / 100));
  if (language !== (c.locale ?? 'zh-CN')) r.language = language;
  return r;
};

/**
 * Round 16 (t16C): what is said after a wrong number was taken back, read as the answer: an intent, or a value said
 * surely enough. The name or the matter recalled aloud as a question first (Wei Ling? That's me; 报修的宽带啊？对，是我们店的;
 * 是不是上礼拜网断了我打的那个10000？那是我打的，现在好了) is the customer thinking aloud: what follows it answers.
 */
function recalledAnswer(tail: string, expect: Expectation, c: InterpretContext): Interpretation | null {
  const answers = (o: Interpretation) => !!o.intent || (o.value !== null && o.value !== undefined && o.confidence >= SURE_AFTER_CORRECTION);
  const rest = tail.replace(/^(?:[^？?。.!！]*[？?]+\s*){1,3}/u, '');
  if (rest.trim() && rest !== tail) {
    const o = interpret(rest, expect, c);
    if (answers(o)) return o;
  }
  const o = interpret(tail, expect, c);
  return answers(o) ? o : null;
}

/**
 * Round 17 (t17F2): the answer given after a hold (see interpret): the first stretch before a pause is a hold (HOLD_HEAD_ZH) and
 * reads as no answer, and what follows the last pause reads as a value said surely, with no intent.
 */
function heldAnswer(read: string, expect: Expectation, c: InterpretContext): Interpretation | null {
  const first = PAUSE_ZH.exec(read);
  const hold = first && first.index > 0 ? HOLD_HEAD_ZH.exec(read.slice(0, first.index)) : null;
  if (!first || !hold || !/[等看瞧瞅试听摸测量问换出到信]/u.test(hold[0])) return null;
  let last = first;
  for (const m of read.matchAll(new RegExp(PAUSE_ZH.source, 'gu'))) last = m;
  // (The pause is kept at the tail's start: 他说好了 just after it is the person asked in the hold, zh.ts RELAYED_FINE_ZH.)
  const tail = read.slice(last.index);
  if (!tail.slice(last[0].length).trim()) return null;
  const head = read.slice(0, first.index);
  const h = interpret(head, expect, { ...c, learned: false });
  // (A hold read alone as a reschedule, 你等会儿, or a line heard badly as a request to repeat, 喂？喂？听不清, is still a hold.)
  if (h.value !== null && h.value !== undefined && h.intent !== 'reschedule') return null;
  if (h.complaint && !LINE_TROUBLE_ZH.test(head)) return null;
  if (h.intent && h.intent !== 'reschedule' && !(h.intent === 'repeat' && LINE_TROUBLE_ZH.test(head))) return null;
  const after = interpret(tail, expect, c);
  return after.value !== null && after.value !== undefined && !after.intent && after.confidence >= SURE_AFTER_CORRECTION ? after : null;
}
/** Round 17 (t17F2): a pause in speech as the transcript writes it (nonanswer.ts ELLIPSIS_ZH, one or more). */
const PAUSE_ZH = new RegExp(`(?:${ELLIPSIS_ZH})+`, 'u');
/**
 * Round 17 (t17F2): a hold said as the last clause before a pause: "wait" (稍等, 你等等, 等一下, 你等会儿), going to look, test, listen or ask
 * (我去卧室看看, 我拿手机测个速, 我开窗听听, 我问问我老伴, 我让我儿子看看), moving to talk (我换个屋, 我出去说), the line failing (喂？喂？信号不好). Not a chore named after the wait (等一下啊，我先把这单结了……好，
 * 扫码成功: what follows is said to someone else).
 */
const HOLD_HEAD_ZH = /(?:^|[，,。！!？?\s])(?:喂|嗯|哦|好|那|啊)*[，,\s]*(?=[^，,。！!？?\s])(?:(?:你|您)?(?:先)?(?:稍等一下|稍等|等等|等一下|等下|等一会儿?|等会儿?)(?:啊|哈|哦|呀)?[，,\s]*)?(?:我(?:先|去|再|这就)?[^，,。…]{0,8}?(?:看看|看一下|瞧瞧|瞅瞅|试试|试一下|听听|摸摸|摸一下|测个?速|测一下|量量|量一下|问问|问一下)[^，,。！!？?…]{0,6}|我(?:先)?换个(?:屋|房间|地方)|我(?:先)?(?:出去|到外面|到阳台|到门口)(?:说|接)|信号不好|听不清)?(?:啊|吧|哈|呀)?[，,。！!\s]*$/u;
/** Round 17 (t17F2): the phone line failing (喂？喂？信号不好): the call's trouble, not the service's. */
const LINE_TROUBLE_ZH = /喂[？?，,\s]*喂|听不(清|见|到)/u;

/** Round 16 (t16C): a wrong number said (a cheap test before the recall is looked for). */
const RECALL_CUE = /打错|没这个?人|没有这个?人|没(有)?(报|投诉|装|办|找|约|申请|报名)|不是我|不认识|\bwrong (number|person)\b|\bnever\b|\bnobody\b|\bno one\b/i;

/** A self-correction that takes back what was said (not 算了, which gives up on it). */
const TAKEN_BACK = /不对|不是|说错|记错|记岔|口误|\bwait\b|\bi mean\b/i;
/** 不是，我是说 / 不对，我的意思是 inside an answer: what follows restates it. */
const RESTATE_AFTER = /[，,。.…、!！?？\s]+(?:不是|不对)[，,\s]*(我是说|我的意思是|我说的是)/;
/** What follows a self-correction restating what the customer meant (我是说, 我的意思是). */
const RESTATED = /^[\s，,]*(我是说|我的意思是|我说的是|我是讲|i mean)|^[\s，,]*(我|等我|让我)?(先|再)?(看看|瞅瞅|查查|找找|量量|看一下|查一下)|(你好|您好)[啊呀]?[\s。.!！]*$/i;

/** Round 17 (t17V): a lukewarm or low level said as the first clause, then 其实 after a pause: the second thought follows. */
const RECONSIDERED = /^[\s，,]*(?:嗯|呃|额|这个)?[，,\s]*(?:一般|还行|凑合|不太满意|不大满意|不怎么满意|不满意)(?:吧|啊|呗|嘛)?[，,。.…、!！\s]+(?:哎|嗯|呃|额|唉|诶)?[，,。.…\s]*其实[，,\s]*/;
/** Round 17 (t17V): "not X, but Y" as the whole answer's opening (不是不满意，是非常不满意). */
const NOT_X_BUT_Y = /^\s*(?:也|倒|倒也|并)?不是(?:说)?(?:不|没)[\u4e00-\u9fff]{1,6}[，,]\s*(?:而)?是(?!不是)/;
/** Round 17 (t17V): thinking aloud just after a correction (不对，我想想，). */
const THOUGHT_ALOUD = /想(一)?想[，,。.…、!！\s]*$/;
/** Round 17 (t17V): a level word closing the answer (就满意吧, 那就一般吧, 还是不满意). */
const LEVEL_LAST = /(?:^|[，,。.…、!！\s]|就|那|还是)(?:非常|挺|很|还算|算)?(?:不太|不)?(?:满意|一般)(?:吧|呗|啊|了|的)?[。.!！\s]*$/;
/** How sure the reading after a self-correction must be to replace the whole answer's (the engine's default confirmation threshold). */
const SURE_AFTER_CORRECTION = 0.6;

/** Control characters (a recogniser or a terminal may leave them): read as spaces. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f]/g;

/** Answers longer than this are cut before they are read (no answer to a question is longer). */
export const MAX_CHARS = 2000;

/**
 * The language of one utterance (issue 13 item 5): any Chinese character makes it Chinese (the
 * Chinese parsers gloss the English words of a mixed answer: 挺OK的, 师傅很professional); Latin
 * letters alone make it English; digits, keys or symbols alone keep the dialog's language.
 */
export function languageOf(text: string, fallback: Locale): Locale {
  // (Round 21, t21D: zhuyin, ㄕˋ typed for 是, is Chinese typed phonetically, as pinyin is below.)
  if (/[\u3400-\u9fff\uf900-\ufaff\u3105-\u312f]/u.test(text)) return 'zh-CN';
  // Loanwords Chinese speakers say alone (OK, yes, bye) keep the dialog's language.
  if (/^\s*(ok|okay|yes|no|bye|hello|hi)[\s.!。！]*$/iu.test(text.normalize('NFKC'))) return fallback;
  // Chinese internet abbreviations typed alone (yyds, nb, tql, xswl): Chinese, glossed by the Chinese normaliser.
  if (/^\s*(yyds|nb|nbcs|tql|xswl|awsl|dbq|bhys|okk+|okok|ojbk)[\s.!。！]*$/iu.test(text.normalize('NFKC'))) return 'zh-CN';
  // A chat sticker's code typed alone ([OK], [Yeah]): the chat's Chinese client wrote it, read with the Chinese stickers.
  if (/^\s*(\[[A-Za-z]{1,8}\]\s*)+$/u.test(text.normalize('NFKC'))) return 'zh-CN';
  // Chinese typed in pinyin (man yi, hen hao, 9fen): Chinese, read by the Chinese parsers (normalize.ts readPinyin).
  if (isPinyin(text, fallback === 'zh-CN')) return 'zh-CN';
  if (/[A-Za-z\uff21-\uff3a\uff41-\uff5a]{2,}/u.test(text)) return 'en';
  return fallback;
}

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
