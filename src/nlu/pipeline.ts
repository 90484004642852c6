/**
 * The one answer pipeline (issue 13 item 7): every locale runs the same assembly, with its own
 * parsers. A {@link LocaleParser} knows a language's words (normalisation, intents, polarity,
 * numbers, times, complaints, questions and no-evidence phrases); {@link assemble} decides
 * what an answer means from them, the same way for every language.
 *
 * The rules of the assembly:
 * - **No score without evidence.** A level needs positive evidence for it: a question back,
 *   "I don't know", fillers, off-topic talk give `value: null`.
 * - **Complaints anywhere.** The complaint detector runs on every utterance of every step; a
 *   complaint with no positive answer is `dissatisfied`; a positive answer with a small
 *   reservation keeps its level and carries the category (`reservation: true`); a clear
 *   complaint after a positive answer keeps the level and carries the category (the engine
 *   escalates it); praise with a grievance and no "but" is irony, i.e. dissatisfied.
 * - **Tentative, not absent.** Hedges, ranges and lukewarm yeses keep their value with a low
 *   confidence; deciding to confirm is the engine's job.
 */
import { CONTRAST_OPEN } from './contrast.js';
import { aboutAnotherItem, askedTopics } from './topics.js';
import { SURNAMES_ZH } from './nonanswer.js';
import { decideCsat, decideYesNo, leansSatisfied, levelOfScore } from './decide.js';
import { withoutResolvedPast, withoutSettledGrievances } from './phases.js';
import { notOursZh } from './notours.js';
import { ACCEPTANCE, BENIGN_AFTER_PRAISE, NOT_ABOUT_SERVICE, coldHomeZh, suggestionOnlyZh, EMPHATIC_PRAISE, IRONY_EXTRA, KIND_ACTS, MOCK_GRUMBLE, OUTPACED_HOSPITALITY, MOCK_REPROACH, NEVER_A_SUGGESTION, NEVER_SMALL, NOT_A_RESERVATION, OTHER_THING_SCORED_ZH, OVERALL_LEVEL, RECEIPTED_OWN_ASK_ZH, RESERVATION_CONTRAST, RESERVATION_CUE, RHETORICAL, TOPIC_SHIFT, VAGUE_SHORTFALL, type ComplaintMatch } from './complaints.js';
import type { Analysis } from './scan.js';
import { askTimeKey, resolveTime, type TimeSpec } from './time.js';
import type { ChoiceOption, Csat3, Expectation, Intent, InterpretContext, Interpretation } from './types.js';

/** A detected intent and the span of text that said it. */
export interface IntentMatch {
  intent: Intent;
  confidence: number;
  start: number;
  end: number;
  /** The matched words also answer the question (不方便 = no): keep them for the value. */
  keep: boolean;
  /** wrong_person: a relative answering for the customer, or a wrong number. */
  person?: 'relative' | 'wrong_number';
}

export interface ScoreResult {
  value: number | null;
  confidence: number;
  /** The score was a range such as 七八分, or a fraction on a whole-number scale. */
  approximate?: boolean;
  /** A bare number among other words, framed neither as points (分) nor in the unit (度). */
  loose?: boolean;
  /** A mark out of a hundred (九十分 on 0–10) scaled to the scale asked. */
  scaled?: boolean;
}

/** What one language contributes to the pipeline. */
export interface LocaleParser {
  normalize(text: string): string;
  detectIntent(norm: string): IntentMatch | null;
  analyze(norm: string): Analysis;
  findScore(norm: string, min: number, max: number, unit?: string): ScoreResult;
  matchChoice(norm: string, options: ChoiceOption[]): { value: string | null; confidence: number };
  parseTime(norm: string): TimeSpec | null;
  complaint(norm: string): ComplaintMatch | null;
  /** The nearest category of a stated grievance no pattern named (complaints.ts nearestComplaint). */
  nearestComplaint(norm: string): ComplaintMatch | null;
  /** A question back, asked instead of an answer (你问的是哪个？ / what do you mean?). */
  isQuestion(norm: string, raw?: string): boolean;
  /**
   * The utterance (as said) without the clauses that ask, normalised: a level word, a number or
   * a verb echo inside a question (非常满意是按一还是按二, 五分是非常满意对吧, Is very satisfied one
   * or two?) is mentioned, not said. With `presupposed`, a clause asking why (为什么老是断网) stays.
   */
  stated?(raw: string, presupposed?: boolean): string;
  /**
   * Every clause only mentions the words of an answer, it says none (a name spelled out: 王星 三横一竖的王
   * 星星的星; the prompt read back: 非常满意请按一 满意请按二; a question about the options: 满意的话有没有积分送,
   * 非常满意跟满意有啥区别): no value, whatever level word, number or yes is in it.
   */
  mentionsOnly?(raw: string): boolean;
  /**
   * The utterance is said to someone else where the customer is (妈 你说呢, 宝宝乖 自己玩 妈妈接个电话,
   * 你先把鞋穿上): it answers nothing, and no grievance in it is about the service.
   */
  addressesOther?(raw: string): boolean;
  /** Round 15: the utterance (as said) without its clauses said to someone in the room (满意，别吵了 → 满意). */
  withoutRoomTalk?(raw: string): string;
  /** Round 24 (t24F): the answer (as said) after a question who calls or a memory failing, settled with 哦 (你是哪儿？哦暖气公司啊，热了), or null. */
  recalledPreface?(raw: string): string | null;
  /** Round 10: only talk about the call line (喂？怎么没声音了, the line's really bad): no answer and no grievance. */
  lineTalkOnly?(norm: string): boolean;
  /** Says there is nothing to evaluate yet (不知道, 还没试, 我想想, no idea). */
  noEvidence(norm: string): boolean;
  /** Round 22 (t22G): any level will do (都行, 你们随便写), said to a level question: no level chosen (nonanswer.ts). */
  anyLevelWillDo?(norm: string): boolean;
  /** Round 13: the utterance as said is no answer at all (nonanswer.ts): no value, intent or complaint. */
  notAnAnswer?(text: string): boolean;
  /** Round 16 (t16V2): "fine" said to the call, then the caller let go on (蛮好，你讲): no level (nonanswer.ts). */
  acknowledgedOnly?(text: string): boolean;
  /** Round 15 (t15N): an auto-reply or a reply relayed by a call assistant (自动回复：…, 机主回复：…): a reschedule in it is kept. */
  relayedReply?(text: string): boolean;
  /** A verb echoed as the answer (会/不会, 有/没有, 能用了): true/false, or null. */
  echo(norm: string): boolean | null;
  /** The customer says they complain (我要投诉; a negated 没有要投诉的意思 does not count). */
  saysComplaint(norm: string): boolean;
  /** The utterance without filler words (嗯, 呃, um). */
  stripFillers(norm: string): string;
  /** The utterance opens with an answer word (是我, 对, 有的): a mid-sentence copula 是 (师傅是下午来的) is none. */
  answerAtStart(norm: string): boolean;
  /** A cleft sentence (是上个礼拜修的): a statement of fact, not a yes. */
  cleft(norm: string): boolean;
  /** The whole utterance is a bare yes or no (是的, 对, 嗯, 不是, yes, no). */
  bareAnswer(norm: string): boolean;
  /**
   * A bare acknowledgement (好, 对, 没事, okay): agreeing to what the caller asks (to hold the line,
   * to go on), not answering the question. Unlike `bareAnswer` it holds no "no" and takes 没事.
   */
  acknowledges(norm: string): boolean;
  /** A go-ahead (你说吧, 问吧, go ahead, shoot): yes to "is now a good time". */
  goAhead(norm: string): boolean;
  /** Said tentatively (算是满意吧, 基本解决了, 应该会, I guess): the value stands, to be confirmed. */
  tentative(norm: string, kind: Expectation['kind']): boolean;
  /** Praise of a person or one aspect (师傅挺好, 态度不错, the guy was nice), not of the service asked about. */
  praisesSomeone(norm: string): boolean;
  /** The customer did not hear or understand the question (没听清, I can't hear you). */
  cannotHear(norm: string): boolean;
  /** A concession (满意是满意, 好是好, it is fine I suppose): what follows is the verdict. */
  concession(norm: string): boolean;
  /** Irony said as a reproach (呵呵, 你们可真行, 我谢谢你们了, oh brilliant). */
  irony(norm: string): boolean;
  /** A contrast word (但是, 就是, 不过, but) before `at`, or a wish (要是……就更好). */
  contrastBefore(norm: string, at: number): boolean;
  /** Where the last contrast word before `at` starts, or -1. */
  contrastAt(norm: string, at: number): number;
  /**
   * Round 15 (t15A): whether the grievance at `at` is another household member's view, said after the speaker's own
   * level (我满意，我老伴嫌网慢): the speaker's level stands, the grievance is a reservation beside it. Optional.
   */
  householdView?(norm: string, at: number): boolean;
  /** The customer declines to give a score (不打分, I won't rate): no level word becomes one. */
  refusesScore(norm: string): boolean;
  /** A level said in words on a numeric scale (非常满意 on 0–5), from the scale's meanings. */
  levelWords?(norm: string): Csat3 | null;
}

const round = (x: number) => Math.round(x * 100) / 100;

/** Words that name the satisfaction level itself (not praise of one aspect). */
const LEVEL_WORD = /满意|satisf|happy|pleased|content/;
/** Round 21 (t21G): a level said in so many words beside a request to stop calling. */
const OPT_OUT_LEVEL = /满意|不错|挺好|很好|还行|还可以|一般|凑合|好评|差评|差劲|太差|很差|真差|不好|垃圾|糟糕|satisf|happy|pleased|great|good|fine|terrible|awful|poor|bad/;
/** Round 20 (t20K): a csat3 key's option said aloud, clearly (按一, 二, press two): read as surely as the key pressed. */
const KEY_OPTION_SAID = 0.8;
/** A bare "no" said as the opening clause, a pause (comma, space, ellipsis) after it and more said (没有，…; 不会 …; 没 …). */
const NO_OPENING_ZH = /^\s*(?:嗯|呃|哦)?[,，\s]*(?:没有没有|没有|没|不会|不是)[啊呀的]?[,，。!！;；…\s]+(?=\S)/u;
/** A concession of the level word itself (满意是满意, 好是好, 满意倒是满意): the level is given, unlike 处理是处理了 (a fact). */
const LEVEL_CONCESSION = /(满意|好|不错|可以|还行)(倒|也|倒也)?是(挺|还|蛮|很)?\1/;

/** Round 23 (t23F): today said of a call or of the customer's being in (今天再打, 今天回来, 今天在家): a time to reach the customer. */
const RELATIVE_TODAY_CALL_ZH = /今天[^，]{0,6}(打|联系|来电|回来|回家|到家|在家|有空|方便)/;

/** A request to hold the line said after it (你稍等一下, 等我一下). */
/**
 * Round 20 (t20N): "hold on" said first (等一下啊 孩子在哭; 你稍等，我关个火), with no call back asked, on a yes/no step that
 * does not ask whether now is convenient (recommend, fixed, violations): the customer will answer after, so the step gets
 * no value yet (issue 13: no score without evidence). On "is now a good time?" (or the identity step) it stays a no.
 */
const HOLD_ON_FIRST_ZH = /^(喂[，,\s]*)?(你|您)?(先)?(稍等|等等|等一下|等下|等会儿?|等一会儿?)(?![午就])/;
const CALL_BACK_ASKED_ZH = /再(打|来电|联系|说)|打过来|回(个)?电|晚点|晚些|回头|改天|明天|后天|下午|晚上|(分钟|小时|钟头)/;
/** Round 21 (t21C): a satisfied level opening the answer, and an obstacle overcome after it (才接通, 才装好, 才来人). */
const LEVEL_FIRST_ZH = /^(嗯|呃)?(还算|算是|挺|很|比较|蛮|还|总体|整体)?满意(吧|啊|的|了)?(?!度)/;
// (Lead, at the merge: the level as said, not a rhetorical 能不满意吗 that the normaliser makes a 满意; not with a sarcastic
// [微笑] or 呵呵: 满意[微笑] 电话打了八遍才接 is irony, no small reservation.)
const SARCASM_ZH = /\[(微笑|呵呵|笑)\]|呵呵/;
// Round 24 (t24C): also the state reached at last (第二回来才彻底弄好, 跑了两趟才弄热乎, 换了人才修利索).
const OVERCOME_ZH = /才(彻底|算|总算|终于|给)?(接通|打通|通|接|约上|约到|修好|装好|弄好|搞好|来人|来|有人|弄热乎?|弄暖和|热|暖和|修利索|弄利索)/;
/** Round 24 (t24C): the work praised as the first clause (修得不错, 弄得挺好, 挺好): a verdict said first, as LEVEL_FIRST_ZH's level is. */
const PRAISE_FIRST_ZH = /^(嗯|呃)?((修|弄|干|装|做|整)得)?(还|挺|很|蛮|真|都)?(不错|挺好|很好|利索|漂亮|到位)(的|了|啊)?(?=$|[，,。\s])/;

/** Round 21 (t21M): a word that declines the time asked about (不方便, 没空, 在忙, 别打了; not now, busy, call later). */
const NOT_NOW_WORD = /不方便|不太方便|没空|没时间|没工夫|不行|不可以|不能|没法|(在|正|太)忙|忙着|开车|开会|上班|别打|不要打|甭打|再打|晚点|回头|改天|^(不|没|no\b)|\b(not now|busy|bad time|not a good time|call (me )?(back|later)|later|no time|driving)\b/;

function holdOnElsewhere(norm: string, ctx: InterpretContext): boolean {
  if (!ctx.question || askedTopics(ctx.question, ctx.locale ?? 'zh-CN').has('convenient')) return false;
  return HOLD_ON_FIRST_ZH.test(norm) && !CALL_BACK_ASKED_ZH.test(norm);
}
const HOLD_ON_TAIL = /(你|您)?(先)?(稍等|等)(我)?(一下|一会儿?|会儿?|下)?(啊|哈|哦)?$/;

/** A level said in words of the whole (满意, 不满意, 差劲, 太差, terrible): on a scale beside a grievance it still scores. */
const SATISFACTION_WORD = /满意|差劲|极差|最差|太差|垃圾|糟糕|satisf|terrible|awful|worst/i;
/** Round 22 (t22C): a bad word said of one aspect (态度太差了, 质量差劲, 网速太差): the aspect's verdict, not a level of the whole. */
const ASPECT_BAD_ZH = /(态度|口气|语气|脾气|素质|质量|做工|手艺|效率|网速|信号|速度)(也|都|真|是|实在|简直)?(太差|差劲|极差|最差|垃圾|糟糕)(了|的|劲)?/g;

/** Round 23 (t23C): a dissatisfied level word, which a refusal to score beside it does not take back (我不满意 不想打分). */
const DISSATISFIED_WORD_ZH = /不满意|差劲|太差|极差|失望|dissatisf/;
/** Round 24 (t24F): a level that is itself the full mark on 0–10 (十分满意, 完全满意, 百分之百满意), not 十分 as part of a number (二十分). */
const TOP_SAID_ON_TEN_ZH = /(?<![零一二两三四五六七八九百千\d])十分满意|(?<!不)完全满意|百分之百满意|百分百满意/;
/** Round 23 (t23C): 不满意 said plainly, with no degree before it (非常不满意, 很不满意 are point 1's words on 0–5). */
const PLAIN_DISSATISFIED_ZH = /(^|[^非很特十极相太常别真超好蛮挺])不满意/;
/** Round 23 (t23C): the 0–5 scale's bottom point in its own words (感觉极差, 最差, 不考虑再次合作) and the degree of point 1. */
const BOTTOM_POINT_WORDS = /极差|最差|(不会|不再|再也不|绝不|不可能|不想|不考虑|不打算)(再次|再)?(跟你们|和你们)?(合作|找你们|用你们|选你们)|never again|worst|(非常|很|特别|十分|极|相当|太|真|超)不满意/;

/** Is the scale a count of whole points (a score), not a measure in a unit (度)? */
const wholeScale = (e: Extract<Expectation, { kind: 'scale' }>) => e.unit === undefined && Number.isInteger(e.min) && Number.isInteger(e.max);

/** The score a level word stands for on a scale, by the 004 第五篇 reading of 0–5 and the top of any other. */
export function scoreOfLevel(level: Csat3, words: 'very_bad' | 'bad' | null, min: number, max: number): { value: number; confidence: number } | null {
  if (max - min === 5) {
    if (level === 'very_satisfied') return { value: max, confidence: 0.7 };
    if (level === 'satisfied') return { value: min + 4, confidence: 0.65 };
    if (level === 'neutral') return { value: min + 3, confidence: 0.6 };
    return { value: words === 'very_bad' ? min : words === 'bad' ? min + 1 : min + 2, confidence: 0.55 };
  }
  if (level === 'very_satisfied') return { value: max, confidence: 0.55 };
  // 不满意, 十分差劲 on 0–10: a score inside the dissatisfied band, to confirm (the customer must reach a person).
  if (level === 'dissatisfied') return { value: words === 'very_bad' ? min : words === 'bad' ? min + 1 : min + Math.round(0.3 * (max - min)), confidence: 0.45 };
  return null;
}

/**
 * A level taken back and said again as its own clause (满意，哦不对，一般吧; 不满意，也不是，就是一般;
 * 非常满意，啊不，就满意吧; 按二，不对，按一; satisfied, well, no, actually it's just okay): what is said
 * after the correction stands. (也不是不满意 and 不是很满意 are one clause: no correction.) The satisfaction
 * step's finer reading, beside the interpreter's general one (corrections.ts, used in index.ts): it also
 * takes a bare 不 or "well, no" as the marker, since it needs a level said on both sides of it.
 */
// Round 16 (t16V): also a level unsaid (也不能这么说, 这么说不对), a key pressed by mistake (哦按错了), the question understood only
// now (哦，是问供热啊, then 那一般: the level said after it answers what is asked), and English take-backs (oh sorry, scratch that,
// well, scratch that).
const LEVEL_CORRECTION = /^(哦|噢|啊|呃|额|嗯|诶|哎|oh|well)*(不对|不是不是|不是|不不|不|也不是|(我|刚才|刚刚)*说错了|(我|刚才|刚刚)*说反了|口误|(也|倒也)?不能这么说|这么说(也)?不对|(我|刚才|刚刚)*按错了|(原来)?是问[\u4e00-\u9fff]{1,6}|no|no wait|wait|wait no|well no|no no|sorry|oh sorry|i mean|actually no|scratch that|well scratch that|strike that)(了|啊|呀|的|呢)?$/;
function corrected(P: LocaleParser, said: string): string | null {
  if (!/不|说错|说反|口误|按错|是问|no|wait|sorry|mean|scratch|strike/i.test(said)) return null;
  // (A space parts clauses beside Chinese; between English words it is inside one: not bad.)
  const clauses = said.split(/[,，.。!！?？;；、…~～]+|(?<=[\u4e00-\u9fff])\s+|\s+(?=[\u4e00-\u9fff])/).filter(Boolean).map((c) => P.normalize(c)).filter(Boolean);
  const marker = clauses.map((c) => LEVEL_CORRECTION.test(P.stripFillers(c) || c));
  const says = (cs: string[]) => {
    const n = P.normalize(cs.join(' '));
    const a = n === '' ? null : P.analyze(n);
    return !!a && (a.signals.some((x) => x.cls === 'eval' || x.cls === 'answer') || a.hedges.length > 0 || P.findScore(n, 0, 10).value !== null);
  };
  for (let i = clauses.length - 1; i > 0; i--) {
    if (!marker[i]) continue;
    const after = clauses.slice(i + 1).filter((_, j) => !marker[i + 1 + j]);
    if (says(after) && says(clauses.slice(0, i).filter((_, j) => !marker[j]))) return P.normalize(after.join(' '));
  }
  return null;
}

/** Better than before by a little, and nothing else (比之前强点吧, 比原来好一些): lukewarm. */
/** Round 12: a hedged level that opens the answer (还行吧, 还可以, 还凑合, 马马虎虎, 过得去), as normalised (no pauses). */
const HEDGE_OPENING = /^(嗯|哎|唉|那|就|也)?(还行|还可以|还凑合|凑合|马马虎虎|过得去|还过得去|说得过去|将就|还将就)(吧|啊|呗|了)?/;
/**
 * Round 12: a small thing left undone or a little too much, said after a "but" (就是有根踢脚线没打胶, 还得收收尾, 说话声音大了点,
 * 贵了点): a grievance no pattern names, so a reservation beside the yes or the score.
 */
// (Round 21, t21F: a degree or two short, 比邻居家差那么一两度, 差个两度: a small shortfall, now that 一两 is read as a number.)
const SMALL_SHORTFALL = /差(那么|个|了)?[一两二三几\d]{1,2}度|(?<!没)没(有)?(打胶|收尾|收口|封边|补|贴|刷|擦|清|拧紧|固定|对齐)|还(得|要|需要)(收收尾|收尾|补补|修修|处理一下|弄一下)|(大|小|慢|贵|吵|响|晚|多|少|短|长|高|低|暗|亮|差)了(一)?点(儿)?(?![吗么])/;
/** Round 12: the state compared with before (比以前稍微差一丁点). */
const COMPARED_TO_BEFORE = /比(以前|之前|原来|过去|去年|往年|上回|上次)/;
/** Round 12: a shortfall said softly (不太热, 不大好用, 不怎么快): "not very", a small matter. */
const SOFT_NEGATION = /不太|不大|不怎么|没那么|不是很|不算太/;
// (Round 12: 上回, 上一次, 往年 too.)
const BETTER_A_LITTLE = /^(感觉|反正|总之)?比(之前|以前|原来|上次|上回|上一次|上一回|修之前|过去|去年|往年|以往)(要)?(强|好)(了)?(一)?(点|些|点儿)(了)?(吧|吧我觉得|啊)?$/;
/**
 * Round 17 (t17S): better than before, with no "a little" (比去年强; 比上回强，上回等了三天): a level above the middle, to confirm.
 * What follows may only tell how it was then, opened with the time compared (去年冻得够呛: last year's cold, no grievance now).
 */
const BETTER_THAN_BEFORE = /^(感觉|反正|总之)?比(?<then>之前|以前|原来|上次|上回|上一次|上一回|修之前|过去|去年|往年|以往)(要|可|还)?(强|好)(了)?(吧|啊|呀)?($|\k<then>)/;
/** A backchannel alone, on a satisfaction question (嗯嗯, 哦好的, 好嘞; mm-hmm, uh-huh). */
// (A bare 好 stays a weak satisfied, as test/nlu/eval-set.tsv reads it; 好的 and 嗯嗯 are filed as no evidence by
// the dev5–dev9 authors, h-a-no_evidence-004/009, j-a-no_evidence-005/021, k-a-no_evidence-061, l-a-no_evidence-005.)
const BACKCHANNEL = /^(?!好$)((嗯|恩|哦|噢|喔|好|好的|好嘞|好滴)+(呢|啊|呀)?|(mm|mhm|uh huh|mm hmm|hmm)+)$/;
/**
 * A keypad key typed (or an SMS survey's reply code) as the whole answer: 1, １, 回复1, 1！！！, 111, 二 按二,
 * Press 2, *. (Chinese digits count only beside a key word: 按二.) The key and whether the rest of the
 * utterance follows it (1，问吧), or null.
 */
const KEY_WORD = '(?:回复|回|按键?|选|摁|输入|reply|press(?:ed)?|option|key|dial)';
// (A row of stars, ***, is a mask or noise, no key.)
const TYPED_KEY = new RegExp(`^(?:${KEY_WORD}\\s*)?(?:([0-9])(?:[\\s,，、]*(?:${KEY_WORD}\\s*)?\\1)*|([*#]))$`);
const KEY_THEN_WORDS = new RegExp(`^(?:${KEY_WORD}\\s*)?([12])[\\s,，。!！]+(?![0-9])(?=.*[\\u4e00-\\u9fffa-z])(.+)$`);
/** Chat letters for yes and no typed alone (y, Y, k, kk, n): every yes/no script's answer, typed short. */
const LETTER_YES = /^(y|k|kk)$/;
const LETTER_NO = /^n$/;
/** Where a key can start (a cheap test before the rest). */
const KEY_START = new RegExp(`^\\s*(?:${KEY_WORD}\\s*)?[0-9*#０-９＊＃一二三四幺]`, 'iu');
const KEY_WORD_RE = new RegExp(KEY_WORD);
function typedKey(text: string): { key: string; rest: string | null } | null {
  if (!KEY_START.test(text)) return null;
  let t = text.normalize('NFKC').toLowerCase().trim().replace(/[\s!！。.，,~～…]+$/u, '');
  if (KEY_WORD_RE.test(t)) t = t.replace(/[一幺]/g, '1').replace(/二/g, '2').replace(/三/g, '3').replace(/四/g, '4');
  const m = TYPED_KEY.exec(t);
  // (666 is the chat's "awesome", praise, not key 6 pressed thrice.)
  if (m) return /^6{2,}$/.test(t) ? null : { key: (m[1] ?? m[2])!, rest: null };
  const w = KEY_THEN_WORDS.exec(t);
  return w ? { key: w[1]!, rest: w[2]! } : null;
}

/**
 * Round 11 (dev10 asr): a keypad digit said alone, as the recogniser writes it (一, 二吧), on a step whose keys are the
 * only reading of it: a yes/no step (every script keys 1 yes, 2 no) and a room-temperature step (keys 1–4 are bands;
 * no home is at 一 to 四 度). On a points scale or a satisfaction step a lone numeral keeps its own reading.
 */
const DIGIT_ALONE = /^(?:嗯|呃|额|啊|那)?[\s,，]*([一幺二三四])(?:[\s,，]+\1)*[\s,，]*(?:吧|啊|呀|嘛)?[\s。.!！]*$/u;
/**
 * Round 12 (dev11 asr): a key said with its verb in a sentence of its own (我按一, 按二吧, 就按三, 按三 按了三了,
 * 我选二号): the same key as 按N typed. Only the key, its verb, 我/就/了 and a closing particle; anything else
 * (按一还是按二, 按错了) is not this.
 */
const KEY_SAID = /^(?:嗯|呃|额|啊|那)?[\s,，]*(?:我)?(?:就)?(?:按|选|摁)了?([一幺二三四1-4])(?:号|键)?了?(?:[\s,，]+(?:我)?(?:就)?(?:按|选|摁)?了?\1(?:号|键)?了?)*[\s,，]*(?:吧|啊|呀|嘛)?[\s。.!！]*$/u;
/** The star key said by its shape (按那个星星, 我按星星键, 摁那个星): * typed. */
const STAR_KEY_SAID = /^(?:嗯|呃|额|啊|那)?[\s,，]*(?:我)?(?:就)?(?:按|摁)了?(?:那个|这个)?(?:星星|星号|星)(?:键|号)?(?:吧|啊|呀|嘛)?[\s。.!！]*$/u;
function keySaid(text: string): { key: string; rest: null } | null {
  if (STAR_KEY_SAID.test(text.trim())) return { key: '*', rest: null };
  const m = KEY_SAID.exec(text.trim());
  if (!m) return null;
  return { key: ({ 一: '1', 幺: '1', 二: '2', 三: '3', 四: '4' } as Record<string, string>)[m[1]!] ?? m[1]!, rest: null };
}
function digitSaidAlone(text: string, expect: Expectation): { key: string; rest: null } | null {
  // Round 17 (t17E): the English key word said alone (one, two) on a yes/no step is the key, as 一 and 二 are.
  // Round 20 (t20E): with its verb too (press one, I'll press two, option one), as 按一 is.
  const en = /^(?:(?:um+|uh+|er+|erm|ok|okay),? )?(?:(?:i )?(?:(?:will|ll|'ll|am going to) )?press(?:ed)? |option |key |number )?(one|two)[\s.!]*$/i.exec(text.trim().replace(/[’‘`]/g, "'").replace(/^(?:i)'ll /i, "i 'll ").replace(/\s+/g, ' '));
  if (en && expect.kind === 'yesno') return { key: en[1]!.toLowerCase() === 'one' ? '1' : '2', rest: null };
  const m = DIGIT_ALONE.exec(text.trim());
  if (!m) return null;
  const key = ({ 一: '1', 幺: '1', 二: '2', 三: '3', 四: '4' } as Record<string, string>)[m[1]!]!;
  if (expect.kind === 'yesno') return key === '1' || key === '2' ? { key, rest: null } : null;
  if (expect.kind === 'scale' && expect.unit === '度') return { key, rest: null };
  return null;
}

/**
 * The answer a typed key gives on the step (dialogs/*.yaml keypads): every script keys its yes/no steps
 * 1 yes, 2 no (renovation.violations too: 1 有); its csat3 steps 1 very satisfied, 2 satisfied, 3 dissatisfied;
 * its room temperatures 1–4 as bands (the parser's reading of 按N); unicom's 0–10 "*" ten; the callback-time
 * step 1–3 its three slots. A key the step does not have gives nothing (null: no evidence). Null when the
 * utterance is no typed key, or when the step's own reading of a number stands (points, free text).
 */
/** Round 21 (t21G): a callback slot's key said, then words (keyAnswer). */
const KEY_THEN_SLOT = /^(?:我)?(?:就)?(?:按|选|摁|press|option|number)?\s*(一|二|三|1|2|3|one|two|three)(?:号|键)?[\s,，。.]+(\S.*)$/iu;
/** Round 22 (t22D): a digit typed with a courtesy before or after it and nothing else (2 thanks, thanks 2, 1 谢谢, 3 pls). */
const COURTESY = '(?:thanks?(?: you)?(?: very much| so much)?|thx|ty|cheers|please|pls|谢谢(?:你|您|啦|了)?|谢了|麻烦了)';
const KEY_WITH_COURTESY = new RegExp(`^(?:([1-3])[\\s,，.。!！]*${COURTESY}|${COURTESY}[\\s,，.。!！:：]*([1-3]))[\\s.。!！]*$`, 'u');
const KEY_WORD_DIGIT: Record<string, string> = { 一: '1', 二: '2', 三: '3', one: '1', two: '2', three: '3' };
function keyAnswer(P: LocaleParser, text: string, expect: Expectation, ctx: InterpretContext): Interpretation | null {
  const none: Interpretation = { text, value: null, intent: null, confidence: 0, at: null, complaint: null };
  if (expect.kind === 'yesno') {
    const letters = text.normalize('NFKC').toLowerCase().trim().replace(/[\s!！。.，,~～]+$/u, '');
    if (LETTER_YES.test(letters)) return { ...none, value: true, confidence: 0.8 };
    if (LETTER_NO.test(letters)) return { ...none, value: false, confidence: 0.8 };
    // Round 11: 又 alone is the recogniser's 有 (zh.ts fixHomophones): a guess, so below the confirmation threshold.
    // (Keys said alone, 一 and 二, are read with the typed keys below: digitSaidAlone.)
    if (letters === '又') return { ...none, value: true, confidence: 0.55 };
  }
  // Round 21 (t21G): on the callback-time step, the key said first and then its slot in words (选一 一小时后; two, this evening; 按三
  // 明天上午): the key's own time, when the words name a time near it (within three hours). Words naming another time (two, maybe
  // three o'clock) are read as said.
  if (expect.kind === 'time') {
    const kw = KEY_THEN_SLOT.exec(text.normalize('NFKC').trim());
    const spec = kw ? askTimeKey(KEY_WORD_DIGIT[kw[1]!.toLowerCase()] ?? kw[1]!) : null;
    const r = spec ? resolveTime(spec, ctx.now, ctx.timeZone ?? 'Asia/Shanghai', ctx.callingHours) : null;
    if (r && typeof r.at === 'string') {
      const said = assemble(P, kw![2]!, expect, ctx);
      const near = typeof said.at === 'string' && Math.abs(Date.parse(said.at) - Date.parse(r.at)) <= 3 * 3600_000;
      if (near) return { ...none, at: r.at, confidence: r.confidence };
    }
  }
  // Round 22 (t22D): on a satisfaction step a key typed with only a courtesy beside it (2 thanks, 1 谢谢, 3 please) is that key.
  if (expect.kind === 'csat3') {
    const c = KEY_WITH_COURTESY.exec(text.normalize('NFKC').toLowerCase().trim());
    const level = c ? ({ '1': 'very_satisfied', '2': 'satisfied', '3': 'dissatisfied' } as Record<string, Csat3>)[c[1] ?? c[2]!] : undefined;
    if (level) return { ...none, value: level, confidence: KEY_OPTION_SAID };
  }
  const k = typedKey(text) ?? keySaid(text) ?? digitSaidAlone(text, expect);
  if (!k) return null;
  if (k.rest !== null) {
    // 1，问吧: the key, then words that say the same or nothing more.
    if (expect.kind !== 'yesno') return null;
    const r = assemble(P, k.rest, expect, ctx);
    return r.value === null && !r.intent ? { ...r, text, value: k.key === '1', confidence: 0.85 } : { ...r, text };
  }
  switch (expect.kind) {
    case 'yesno':
      return k.key === '1' || k.key === '2' ? { ...none, value: k.key === '1', confidence: 0.9 } : none;
    case 'csat3': {
      const level = ({ '1': 'very_satisfied', '2': 'satisfied', '3': 'dissatisfied' } as Record<string, Csat3>)[k.key];
      // Round 20 (t20K): the key typed or said with its verb (按一, 我选三, 按3) names the option as plainly as the key pressed.
      return level ? { ...none, value: level, confidence: KEY_OPTION_SAID } : none;
    }
    case 'scale': {
      if (expect.unit !== undefined) {
        if (!/[1-4]/.test(k.key)) return null;
        // Round 22 (t22D): a number of two same digits typed on a measure (22, 11) is the measure (22度), not a key pressed twice.
        if (/^[0-9]{2,}$/.test(text.normalize('NFKC').trim().replace(/[\s!！。.，,~～…]+$/u, ''))) return null;
        const s = P.findScore(`按${k.key}`, expect.min, expect.max, expect.unit);
        return s.value === null ? null : { ...none, value: s.value, confidence: s.confidence };
      }
      if (k.key === '*') return expect.max - expect.min === 10 ? { ...none, value: expect.max, confidence: 0.8 } : none;
      return k.key === '#' ? none : null;
    }
    case 'time': {
      const spec = /[1-3]/.test(k.key) ? askTimeKey(k.key) : null;
      const r = spec ? resolveTime(spec, ctx.now, ctx.timeZone ?? 'Asia/Shanghai', ctx.callingHours) : null;
      return r ? { ...none, at: r.at, confidence: r.confidence } : null;
    }
    default:
      return null;
  }
}

/** Round 22 (t22D): where the customer is on the way (在地铁上, 我在车上, 正在电梯里) and the line failing there (信号不好, 听不清). */
/** Round 23 (t23D): a tag asking agreement, said right after a later call is asked (再说好吧, 再聊行不行, 再打可以吗), then the clause ends. */
const LATER_TAG_ZH = /(?<=再(说|聊|打|联系|讲|问))[，,\s]?(好吧|好不好|好吗|好嘛|好哇|行吧|行不行|行吗|行啵|可以吧|可以吗|可以不|成吗|成吧|中不中|中吧)(啊|呀|哈|嘛)?(?=$|[，。,！？!?\s])/;
const ON_THE_MOVE_ZH = /在(高铁|地铁|火车|动车|公交|电梯|车|路|飞机|外面|外头|隧道)(上|里)?/;
// (Global, for the blanking below; tested with search(), which ignores lastIndex, so no reading starts where another left off.)
const BAD_LINE_ZH = /(信号|线路|电话)(不好|不太好|太差|差|不行|弱)|听不(清|见|到)/g;
/** Round 20 (t20E): what a person is asked for, named after the request (… a human about my bill, regarding the invoice). */
const HUMAN_ABOUT_TOPIC_EN = /^\s*(about|regarding|concerning|re|on) (my|the|our|this|a) (bill|billing|invoice|charges?|fees?|account|package|plan|contract|payment|refund)( please| thanks| thank you)?\W*$/;
/** Round 19 (t19S): the answerer's name said alone, a hello or a question back (你哪位, 哪里) beside it (SURNAMES as nonanswer.ts's). */
const NAME_ALONE_ZH = new RegExp(`^(喂|哎|诶|你好|您好)?[，,。\\s]*我(就)?(是|叫)[${SURNAMES_ZH}](?![好行满意同对是不没可业户机本])[\u4e00-\u9fff](?![好行满意同对是不没可的家])[\u4e00-\u9fff]?[。.!！]*([，,。\\s]*(你|您)(是)?(哪位|谁|哪里|哪儿|哪个单位)(啊|呀)?[？?]*)?$`, 'u');
/**
 * Round 20 (t20C): the step asks what is still wrong after a repair or a handled complaint (现在还存在什么问题, 现在还有什么
 * 问题), or rates that repair or handling (这次维修服务, 这次投诉的处理). A fault said present there (还是不热, 暖气片上边热下边凉,
 * 电话没声音, 电视没信号, 反正用不了, 让师傅再来一趟) is the visit that did not fix it (not_fixed, 000 第三十三条, 003 九.5), not
 * the heating's or the line's quality as a survey (heating-sampling) reads a cold home.
 */
const STILL_WRONG_ASKED_ZH = /还(存在|有)什么问题/;
const HANDLING_RATED_ZH = /这次(的)?(维修|投诉的?处理)/;
const FAULT_PRESENT_ZH = /用不了|不能用|没(有)?(信号|声音?|画面|网)|打不出去|打不了电话|上不了网|不热|热[^，]{0,3}(下|上)(边|面|头|半截)?(凉|冷|不热)|(温|凉)的|温乎|冰凉|凉|冷|冻|(哗哗|咕噜|咕咚|嗡嗡)[^，]{0,2}响|(师傅|人)?再来(一趟|一次|一回|看看)/;
/** Round 21 (t21K): a level word said before a concessive 虽然/虽说/尽管, or after the clause it opens. */
/** Round 24 (t24B): a fix reached only after more than it should (才给弄好, 才修通), then the level of now (现在挺满意). */
const OVERCOME_THEN_LEVEL_NOW_ZH = /才(给|把)?[^满，。]{0,4}(弄|修|搞|整|处理|解决|调)(好|通|利索)(了)?[，,\s]*(现在|目前|如今|这会儿?)(挺|很|非常|还|都|也|还是|倒是|还算)?满意/;
const CONCEDED_BESIDE_LEVEL_ZH = /满意[^虽尽]{0,3}(虽然|虽说|尽管)|(虽然|虽说|尽管)[^满]{1,16}(但是?|可是?|不过)?(还是|总体|整体|总的来说)?(挺|很|非常|还|都|也)?满意/;
/** Round 21 (t21K): a wish, a "but" or a shortfall met (希望热线好打一点, 挺好的 就是…, 每次都busy, 别让我天天催): no praise alone. */
const WISH_OR_BUT_ZH = /希望|建议|最好|能不能|要是|别|就是|但|不过|可是|只是|每次|有时|等|催|busy/;
/** Round 22 (t22D): the whole answer a wish that it stays as it is (希望明年也这么热, 但愿以后都像今年这样暖和, 希望一直这么快): praise, no wish for a change. */
const KEEP_IT_SO_ZH = /^(就)?(希望|但愿|盼着)(明年|以后|下次|下回|往后|今后|一直|每年)?(也|还|继续|都|一直)(能|会)?(像)?(今年|这次|这回)?(这么|这样|一样)(的)?(热|暖和|好|快|及时|热乎|暖)(就好|就行)?(了)?(啊|呀|吧)?$/;
/** Round 21 (t21K): the customer will come to us again (以后有事我还打你们热线, 下回还找你们): loyalty, no grievance. */
const STAYING_WITH_US_ZH = /(以后|下回|下次|往后|今后)[^，]{0,4}(我|我们|俺)?(还|也|就|再)(会|要)?(打|找|用|选|联系)(你们|您们)/;

/** Not the fault left: the speed against the plan, the charges, the workmanship or a place (quality, billing), the hotline (unreachable). */
const NOT_THE_FAULT_LEFT_ZH = /兆|套餐|费|钱|交了|(线|管|卡子)[^，]{0,6}(乱|没固定|耷拉|没钉)|位置|客服|热线|人工|没人|打过去|打进|转来转去/;
/** The heating still cold said on the rating of its repair or handling (暖气一点都不热, 暖气还不是很热). */
const STILL_COLD_ZH = /(一点(都|也)?|还(是)?|根本|压根)(不(是很|太|怎么)?热|没热|凉|冷)|不热/;
/**
 * Round 20 (t20C): the survey of the season's heating (本季的供热效果, 哪方面不满意) asks after no repair: a home still cold there
 * (屋里还是冷) is the heating's quality (003 三.2), unless a repair or a report is told (修完还是不热, 报了好几次, 又漏了).
 */
const SEASON_SURVEYED_ZH = /本季的供热效果|哪方面不满意/;
const REPAIR_TOLD_ZH = /修|报|反映|来人|派人|又|漏|解决|办|去年|上次|上回|没变|那样|到现在|一直|从/;
function coldSurveyedZh(norm: string, comp: ComplaintMatch | null, question: string | undefined): boolean {
  return !!question && comp?.category === 'not_fixed' && SEASON_SURVEYED_ZH.test(question) && /冷|凉|不热/.test(norm) && !REPAIR_TOLD_ZH.test(norm);
}
const SERVICE_BAD_ALONE_ZH = /^(就是|就|反正)?(你们|他们|他的|你们的)?服务(态度)?(太|真|很|也|就是)?(不好|差劲?|不行|不咋地|不到位)(呗|吧|啊|呀)?$/;
function faultLeftZh(norm: string, comp: ComplaintMatch | null, expect: Expectation, question: string | undefined): boolean {
  if (!question || NOT_THE_FAULT_LEFT_ZH.test(norm)) return false;
  if (comp && comp.category !== 'quality' && comp.category !== 'unreachable' && comp.category !== 'repeat_visit') return false;
  if (expect.kind === 'text' && STILL_WRONG_ASKED_ZH.test(question)) return FAULT_PRESENT_ZH.test(norm) && (comp?.category !== 'repeat_visit' || /再来/.test(norm));
  if (expect.kind === 'csat3' && HANDLING_RATED_ZH.test(question)) return comp?.category === 'quality' && (!comp.diminished || /一点(都|也)(不|没)/.test(norm)) && STILL_COLD_ZH.test(norm) && !RESERVATION_CUE.test(norm);
  return false;
}
/** What the rules read, with no value (a text step keeps its words) and no complaint: only an intent said beside, at its confidence. */
function intentOnly(P: LocaleParser, text: string, expect: Expectation, ctx: InterpretContext): Interpretation {
  const r = assembleRules(P, text, expect, ctx);
  return { ...r, value: expect.kind === 'text' ? r.value : null, confidence: r.intent ? r.confidence : 0, complaint: null };
}
/** Assemble an interpretation from a locale's parsers. Pure and deterministic. */
const UNCHANGED_BUT_WORKING_ZH = /^(还是|还|也)?(那样|老样子|一个样|(跟|和)(原来|以前|没坏(之前|以前|的时候))一样)(了|的)?[，,。\s]*(?=(挺|很|蛮|都|也|一直|又)?(好使|好用|挺好|好好的|正常|稳定|没毛病|没问题|没事)(?![^，,。]{0,2}(吗|么|\?|？)))/;
export function assemble(P: LocaleParser, text: string, expect: Expectation, ctx: InterpretContext): Interpretation {
  // A keypad key typed as the whole answer (1, 回复1, 1！！！, Press 2, *): the step's keypad (keyAnswer).
  const keyed = keyAnswer(P, text, expect, ctx);
  if (keyed) return keyed;
  // Round 13 (t13N): the television, a name spelt out, talk to someone in the room … (nonanswer.ts) is no answer:
  // no value and no grievance. A request said with it (打错了吧, 转人工, 别再打了) stands; "hold on a minute" is no
  // reschedule, and a relative's number named (合同上留的是我女婿的号) is no relative answering.
  if (P.notAnAnswer?.(text)) {
    const found = P.detectIntent(P.normalize(text));
    // Round 20 (t20Y): a later call asked for in so many words (我在地铁上 听不清 晚点打吧) is a reschedule, not a hold.
    const callLater = found?.intent === 'reschedule' && /(晚点|晚些|晚一点|待会|等会|回头|改天|明天|后天|下午|晚上|一会|过会|再)[^，]{0,3}(打|联系|来电|回电)/.test(P.normalize(text).slice(found.start, found.end));
    if (found && (found.intent !== 'reschedule' || callLater || !!P.relayedReply?.(text)) && !(found.intent === 'wrong_person' && found.person === 'relative')) {
      const r = assembleRules(P, text, expect, ctx);
      return expect.kind === 'text' ? { ...r, complaint: null } : { ...r, value: null, complaint: null, at: r.intent === 'reschedule' ? r.at : null };
    }
    const none: Interpretation = { text, value: null, intent: null, confidence: 0, at: null, complaint: null };
    return expect.kind === 'text' && text.trim() ? { ...none, value: text.trim(), confidence: 1 } : none;
  }
  // Round 20 (t20Y): a bare 啊 heard with no question mark is a sound of hearing (as 嗯, 呃), no request to repeat and no answer;
  // 啊？ asks "what?" (the mark is gone once normalised, so it is read here).
  if (/^\s*啊+[。.!！…\s]*$/u.test(text)) return { text, value: null, intent: null, confidence: 0, at: null, complaint: null };
  // Round 19 (t19S): a name said alone (我是陈建华; 喂，我是韩梅，你哪位) tells who speaks and answers nothing but the identity
  // step: off it, no value (a question back said with it keeps its intent).
  if (NAME_ALONE_ZH.test(text.trim()) && !(ctx.question && askedTopics(ctx.question, ctx.locale ?? 'zh-CN').has('identity'))) {
    return intentOnly(P, text, expect, ctx);
  }
  // Round 16 (t16V2): 蛮好，你讲，我听着 on a level step acknowledges the call and rates nothing (nonanswer.ts acknowledgedOnlyZh).
  if ((expect.kind === 'csat3' || expect.kind === 'scale') && P.acknowledgedOnly?.(text)) {
    return intentOnly(P, text, expect, ctx);
  }
  // 老样子，好使; 还那样，挺好的，一直没毛病; 跟原来一样快了: on a yes/no step "as before" said of a state that works (the words
  // after it praise the working state) is that it works, not the fault still there; the unchanged word is set aside.
  if (expect.kind === 'yesno') {
    const fine = UNCHANGED_BUT_WORKING_ZH.exec(text);
    if (fine) return { ...assemble(P, text.slice(fine[0].length), expect, ctx), text };
  }
  // Round 24 (t24F, elderly): who calls asked, or the matter not recalled, then settled by the customer with 哦 and the answer
  // said after it (你是哪儿？哦暖气公司啊，热了热了; 我记不清了…哦是那个电话费的事，退了): the answer is read alone.
  const recalled = P.recalledPreface?.(text);
  if (recalled) return { ...assemble(P, recalled, expect, ctx), text };
  // Round 15 (t15D): a level said to the caller beside words to someone in the room (满意，你先把鞋穿上; 满意，你慢点喝):
  // the aside clauses give nothing, the rest is read.
  const own = expect.kind === 'text' ? text : (P.withoutRoomTalk?.(text) ?? text);
  if (own !== text && own) return { ...assembleRules(P, own, expect, ctx), text };
  return assembleRules(P, text, expect, ctx);
}

/** Round 21 (t21A): the state now good said first to "is it fixed?" (好了, 好是好了, 修好了, 用着呢, 能用了), not asked back. */
const FIXED_NOW_FIRST_ZH = /^(嗯|对|是|哎|诶)?(好了|修好了|弄好了|好是好了|修是修好了|能用了|用着呢|正常了|通了)(?![吗么没])/;
/** Round 21 (t21F): a level word and nothing but its taking back (非常满意……才怪, 太满意了才怪呢, 好评骗你的). */
const LEVEL_TAKEN_BACK_ONLY_ZH = /^[\s，,。.…!！]*(非常|很|特别|太|十分|超级|相当|可)?(满意|好评|好|不错|推荐|五星|满分)(了)?[\s，,。.…!！]*(才怪|骗你的|开玩笑的?)(呢|啦|吧|咧)?[\s，,。.…!！]*$/;
function assembleRules(P: LocaleParser, text: string, expect: Expectation, ctx: InterpretContext): Interpretation {
  // 一开始……后来……现在好了 / at first…, but…: an earlier phase a later one resolved is over (phases.ts).
  // 满意，之前墙面开裂那块已经给补好了; 电梯老坏，跟你们没关系: a settled or disclaimed grievance is none (phases.ts).
  const { said, settled, excused } = withoutSettledGrievances(P, withoutResolvedPast(P, text));
  const norm = P.normalize(said);
  const result: Interpretation = { text, value: null, intent: null, confidence: 0, at: null, complaint: null };
  // (Nothing left once a disclaimed grievance is set aside: no evidence, though on a free-text step the words stand.)
  if (!norm && settled && expect.kind === 'text') return { ...result, value: text.trim(), confidence: 1 };
  // Round 20 (t20V2): the asked word echoed first, then the cause owned or excused (没按期 是我们自己改了方案耽误的 不怪他们): the
  // echo still answers the question; the excused grievance is none.
  if (!norm && (settled || excused) && expect.kind === 'yesno') {
    const head = /^\s*([^，,。.!！?？;；\s]+)[，,。.!！;；\s]/u.exec(text);
    const echoed = head ? P.echo(P.normalize(head[1]!)) : null;
    if (echoed !== null) return { ...result, value: echoed, confidence: 0.6 };
    // Round 22 (t22C): asked whether the work kept to schedule, a delay told and then owned by the customer (晚了几天 那是我自己中途
    // 改了设计 不怪他们; 拖了几天，是我自己改方案改的): nothing of the firm's was late, a yes, confirmed. (没按期 …, the asked word
    // echoed, stays the no above.)
    if (head && ctx.question && askedTopics(ctx.question, ctx.locale ?? 'zh-CN').has('schedule') && /^(晚|拖|延|耽误|耽搁|推迟|慢)/u.test(P.normalize(head[1]!))) return { ...result, value: true, confidence: 0.55 };
  }
  if (!norm) return result;
  const zone = ctx.timeZone ?? 'Asia/Shanghai';
  const direct = P.detectIntent(norm);
  const found = direct ?? laterClauseAtEnd(P, said, norm, expect);
  // The words that asked to stop, for a person or for a repeat are not part of the answer.
  // (On a time or choice step, 下午吧 is the answer: kept.)
  const strip = found && !found.keep && !(found.intent === 'reschedule' && (expect.kind === 'choice' || expect.kind === 'time'));
  // (七点以后打吧: the numerals of a time said in the request belong to it, they are no score.)
  let cutFrom = found?.start ?? 0;
  while (strip && cutFrom > 0 && /[零一二两三四五六七八九十\d半]/.test(norm[cutFrom - 1]!)) cutFrom--;
  // Round 22 (t22D): a call put off from where the line is bad (在地铁上 信号不好 回头说, 我在车上 听不清 晚点打): the signal is this call's,
  // no verdict on the service, and no part of what is read for one (the words blanked, their length kept). (宽带信号不好 你们晚点再打
  // names no place the customer is at: it stays.)
  const lineOnTheMove = found?.intent === 'reschedule' && ON_THE_MOVE_ZH.test(norm) && norm.search(BAD_LINE_ZH) >= 0;
  const vmoved = lineOnTheMove ? norm.replace(BAD_LINE_ZH, (m) => '，'.repeat(m.length)) : norm;
  // Round 23 (t23D): a later call asked with a tag for agreement after it (回头再说好吧, 在外面呢 回头再聊行吧, 改天再打可以吗): the tag
  // asks the caller's leave, it rates nothing (no 好吧 → neutral); blanked, its length kept.
  const vsource = found?.intent === 'reschedule' && vmoved.includes('再') ? vmoved.replace(LATER_TAG_ZH, (m) => '，'.repeat(m.length)) : vmoved;
  let vnorm = strip ? vsource.slice(0, cutFrom) + vsource.slice(found.end) : vsource;
  const social = found && (found.intent === 'wrong_person' || found.intent === 'who_calling');
  // "信号不好，你再说一下": talk about the line, not the service.
  let comp = social || found?.intent === 'repeat' ? null : P.complaint(norm);
  // Round 22 (t22C): a charge the customer asked for, receipted (收了三十 开了收据 是我自己要的), told across clauses the phases
  // read apart (the own request set aside as an excuse): no money asked for by staff (complaints.ts RECEIPTED_OWN_ASK_ZH).
  if (comp?.category === 'money' && RECEIPTED_OWN_ASK_ZH.test(P.normalize(text))) comp = null;
  // 你是AI吗 好吧 不满意 暖气不热: a grievance stated after asking who calls is still a grievance;
  // so is one a relative passes on with the customer's verdict (我替我爸说一声 他不太满意 师傅来晚了俩钟头:
  // it must reach a person, 000 第十三条; 两口子都上班呢 or 热不热我也是刚来 pass on none).
  const passedOn = (s: string) => found?.intent === 'who_calling' || (found?.person === 'relative' && P.analyze(s).signals.some((x) => x.pol < 0 && (x.cls === 'eval' || (x.cls === 'fact' && x.w >= 0.8))));
  if (social && passedOn(norm.slice(found.end)) && !P.isQuestion(norm.slice(found.end), norm.slice(found.end)) && !P.noEvidence(norm.slice(found.end))) {
    const after = P.complaint(norm.slice(found.end));
    if (after) comp = { ...after, at: after.at + found.end };
  }
  // 满意 太满意了 装个宽带请了我三天假: praise with an impossible degree, then a plain grievance.
  // 处理得真的很"用心"喔: a word of praise in scare quotes is said as a reproach.
  const ironic = !found && (ironicPraise(P, norm) || scareQuoted(P, said));
  // A rhetorical question beside a grievance (我找谁去, 凭啥, 这叫解决吗, 你们不是免费装吗) is said as a reproach, not asked.
  // (Round 13, t13G2: beside a negative verdict or fact no pattern names as well: 推荐啥呀，自己遭这罪就够了; 摄像头全连不上，我找谁说理去.)
  // Round 13 (t13G2): a question only inside quotes (师傅进门头一句就是"你家这线谁给你这么弄的"，跟训孙子似的) is what
  // someone said to the customer, reported beside a grievance; the customer asks nothing.
  const unquoted = said.replace(QUOTED_SPAN, '，');
  const quotedAskOnly = !!comp && unquoted !== said && /[\u4e00-\u9fffa-z]/i.test(unquoted) && !P.isQuestion(P.normalize(unquoted), unquoted);
  // Round 22 (t22D): the times counted with only a question mark (第三次了？, 都第五回了?, 第三次了 seriously?) are exasperation, no
  // question: nothing is asked once the mark is gone. (A question word kept, 怎么又是第三次了？, still asks.)
  const countedInDisbelief = comp?.category === 'repeat_visit' && /[?？]\s*$/.test(said) && !P.isQuestion(P.normalize(said.replace(/[?？]/g, ' ')), said.replace(/[?？]/g, ' '));
  const question = !quotedAskOnly && !countedInDisbelief && P.isQuestion(vnorm, said) && !((comp || P.irony(norm) || unnamedGrievance(P, norm)) && RHETORICAL.test(norm)) && !IRONY_EXTRA.test(norm) && !(comp && (REPORTED_ASK.test(norm) || REPORTED_OWN_ASK.test(norm)) && !/[吗么呢?？]$/.test(said.trim()));
  // What is said outside the clauses that ask (null when nothing asks): a level word, a number or a
  // verb echo only inside a question (非常满意是按一还是按二, 五分是非常满意对吧) is mentioned, not said.
  const stated = question && P.stated && !found ? P.stated(said) : null;
  // 这个要收费吗, 是不是掉线了: a grievance only asked about is none (为什么老是断网 states its own).
  // (Round 13, t13R: asking when the fault will be fixed or the money refunded, 你们啥时候来给我修那个漏水的地方, 尾款啥时候退,
  // reports what is still owed; a question someone else asked the customer, 一进门就问是不是你投诉的, is told, not asked.)
  if (comp && stated !== null && expect.kind !== 'text' && !P.complaint(P.stated!(said, true)) && !OWED_ASKED.test(norm)) comp = null;
  // 我家十四度，你说我满不满意: a home below 18 度 on a step that asks for a level is a grievance about the heating (003 三.2).
  if (!comp && !found && (expect.kind === 'csat3' || (expect.kind === 'scale' && expect.unit === undefined)) && /[\u4e00-\u9fff]/.test(norm)) comp = coldHomeZh(norm);
  // No pattern named the grievance, but the answer states one (a negative fact, or a reason
  // given on a text step): its nearest category, so it still reaches a person with a reason.
  // (我有个事要问人 我家网费怎么扣了两遍: a grievance stated beside a request for a person is still one.)
  if (!comp && (!found || found.intent === 'complaint' || (found.intent === 'human' && expect.kind !== 'text')) && !P.noEvidence(vnorm) && !(question && expect.kind !== 'text')) {
    const a = P.analyze(vnorm);
    const negFact = a.signals.some((x) => x.pol < 0 && x.cls === 'fact' && x.w >= 0.8);
    const negAny = a.signals.some((x) => x.pol < 0 && x.cls !== 'answer');
    // On a text step (the reason asked after 不满意) what is said is the grievance, unless it says nothing.
    // Round 21 (t21K): praise alone on a text step (没有，上次找人工客服态度挺好的) or the customer saying they will come back to
    // us (以后有事我还打你们热线) tells no grievance: a hotline or a person named in good words is no unreachable.
    const praiseOnly = expect.kind === 'text' && !negAny && /[\u4e00-\u9fff]/.test(vnorm) && !WISH_OR_BUT_ZH.test(vnorm) && (a.signals.some((x) => x.pol > 0 && x.cls === 'eval' && !x.negated) || STAYING_WITH_US_ZH.test(vnorm))
      || (expect.kind === 'text' && !negAny && KEEP_IT_SO_ZH.test(P.stripFillers(vnorm)));
    const says = expect.kind === 'text' && !praiseOnly && (negAny || (P.stripFillers(vnorm).length >= 4 && !settled)) && !P.bareAnswer(vnorm);
    // Round 21 (t21F): a level only taken back (非常满意……才怪, 满意才怪呢): dissatisfied, but no grievance told to file.
    const levelOnlyTakenBack = !negFact && !says && LEVEL_TAKEN_BACK_ONLY_ZH.test(P.stripFillers(vnorm));
    if ((negFact || says || ironic || P.irony(norm) || IRONY_EXTRA.test(norm)) && !levelOnlyTakenBack) comp = P.nearestComplaint(vnorm);
  }
  // Round 13 (t13C2): the key pressed by mistake, told on the reason step (我按错了, 手抖了, 我看错了 以为3是满意, 我刚才说岔了): the
  // "dissatisfied" was no verdict, so no grievance is asked for, unless one is named and not excused.
  // Round 15 (t15E): not when the mistake told is the other way round (刚才那个供热我说错了，其实不满意，后半夜就凉了): what
  // follows the admission says 不满意, and the grievance beside it is what the customer meant.
  if (comp && expect.kind === 'text' && MISKEYED_ZH.test(norm) && !TAKEN_BACK_UNHAPPY_ZH.test(norm) && (!P.complaint(norm) || /没关系|不怪|不赖|挺好|不错|满意/.test(norm))) comp = null;
  // Round 13 (t13C): a suggestion of a thing not offered yet, on a text step, with no shortfall told (complaints.ts suggestionOnlyZh).
  if (comp && expect.kind === 'text' && suggestionOnlyZh(norm)) comp = null;
  // 满意。哦对了，他把我家电视柜磕掉一大块漆: a grievance a topic shift opens is its own matter (TOPIC_SHIFT), a clear complaint unless softened or accepted.
  if (comp && !comp.severe && !comp.diminished) {
    const shift = P.contrastAt(norm, comp.at);
    const matter = shift >= 0 ? norm.slice(shift) : '';
    if (shift >= 0 && TOPIC_SHIFT.test(norm.slice(shift, shift + 16)) && !ACCEPTANCE.test(matter) && !RESERVATION_CUE.test(matter) && !/不太|不大|不怎么|\bnot (very|that|too)\b/.test(matter)) comp = { ...comp, severe: true };
  }
  // 这也不怪他们: an excused grievance is never a clear complaint (a reservation at most; money and safety aside).
  if (comp && excused && !NEVER_SMALL.has(comp.category)) comp = { ...comp, severe: false, diminished: true };
  // The only grievance is a vague shortfall (有些地方还不到位): a hedge unless beside a good level.
  const vagueOnly = !!comp && !comp.severe && VAGUE_SHORTFALL.test(norm) && !P.complaint(norm.replace(VAGUE_SHORTFALL, (m) => '　'.repeat(m.length)));
  const noEvidence = P.noEvidence(vnorm);
  const irony = ironic || P.irony(norm) || IRONY_EXTRA.test(norm);
  const mock = !found && !irony && mockGrumble(norm, comp);
  if (mock) comp = null;
  // Round 20 (t20C): a fault said present where the repair or the handled complaint is followed up: the visit did not fix it.
  if (!found && faultLeftZh(norm, comp, expect, ctx.question)) comp = { category: 'not_fixed', severe: true, diminished: false, at: comp?.at ?? 0 };
  else if (comp && coldSurveyedZh(norm, comp, ctx.question)) comp = { ...comp, category: 'quality' };
  // Round 20 (t20C): the service called bad as the whole reason asked for (服务不好呗, 服务太差): the conduct of the company's people
  // (000 第三十六条). (Beside a level or a score, 服务不好，两分, the verdict names no category.)
  if (!comp && !found && expect.kind === 'text' && SERVICE_BAD_ALONE_ZH.test(norm)) comp = { category: 'attitude', severe: false, diminished: false, at: 0 };
  let reservation = false;
  /** Round 20 (t20K): the verdict on the whole said after a named shortfall (稍微拖了几天 总体还行 满意): its 总体 sums up, no hedge. */
  let summedUp = false;

  switch (expect.kind) {
    case 'yesno': {
      const echo = P.echo(vnorm);
      const a = P.analyze(vnorm);
      const d = decideYesNo(a);
      result.value = d.value;
      result.confidence = d.confidence;
      // 不热，还是温乎的: a verb echo that says no answers before a split evaluation barely for yes.
      if (echo !== null && (d.value === null || d.basis === 'weak' || (echo === false && d.value === true && d.confidence < 0.5))) {
        result.value = echo;
        result.confidence = 0.8;
      }
      // Round 21 (t21G): 哦/噢 is "oh, I see" (lexicon: a yes only when nothing else was said). Said before other words that
      // answer nothing (哦 我拿个本记一下; 哦 你往下说; 噢 我去倒杯水), it only acknowledges: no yes. Alone (哦, 哦哦) it stays a weak yes;
      // a go-ahead said last (哦回访啊，来吧) is the yes to "is now a good time?".
      if (result.value === true && d.basis === 'weak' && echo === null && !a.hedges.length && a.signals.every((x) => OH_ONLY.test(x.text)) && vnorm.replace(OH_LEAD, '').length >= 2 && !P.goAhead(P.normalize(said.split(/[，,。.！!？?\s]+/).filter(Boolean).at(-1) ?? ''))) {
        result.value = null;
        result.confidence = 0;
      }
      // Round 14 (t14A): a bare "no" said as a clause of its own before anything else (没有，工人挺规矩，进度也快; 没有 就是中午
      // 我给他们买了点盒饭; 不会 我那些朋友都有自己的熟人) is the answer. Normalising drops the pause, so the scanner reads the
      // 没有 as negating the next word and weighs only the praise or facts after it. Not when a "yes" or the level follows
      // (不是 哦 是是 我是; 没有没有 挺满意的: a correction, or the opposite presupposition denied).
      const noFirst = NO_OPENING_ZH.exec(said);
      if (noFirst && result.value === true && d.basis !== 'answer') {
        const rest = P.analyze(P.normalize(said.slice(noFirst[0].length)));
        if (!rest.signals.some((x) => x.pol > 0 && ((x.cls === 'answer' && !x.weakOnly) || (x.cls === 'eval' && LEVEL_WORD.test(x.text))))) {
          result.value = false;
          result.confidence = 0.75;
        }
      }
      if ((result.value === null || result.value === false && !comp) && P.goAhead(vnorm)) {
        result.value = true;
        result.confidence = 0.85;
      }
      // A question back or "I haven't checked" is no answer (a verb echo or a go-ahead is).
      const evaluates = a.signals.some((x) => x.cls === 'eval');
      // 解决了吧，我也不太清楚: a verb echoed yes first, then unsure, is a tentative yes.
      // "Yes. Is this about the broadband?": a bare answer said as its own sentence before a question stands.
      const firstSentence = /^\s*([^.。!！?？,，]+)[.。!！,，]\s*\S/.exec(said);
      // ("Right, the broadband. And you are from …?": a bare word before the topic named back recognises it, it answers nothing.)
      // ("Yes, this is she. Is this about …?": the identity said after the yes is no topic named back; round 12.)
      const recognised = !!firstSentence && /^\s*[^.。!！?？,，]+[,，]\s*(?!this is (she|he|me|him|her|it|speaking)\b)(the|that|this|your|my|oh)\b[^?？]*[.。!！]/i.test(said);
      const answeredFirst = question && !noEvidence && d.value !== null && !!firstSentence && P.bareAnswer(P.normalize(firstSentence[1]!)) && !recognised;
      // Said outside the clauses that ask: an evaluation or a verb echo.
      // (现在使用正常吗？正常: the question read back, then a state said alone, 正常, 好了, answers it; not when the
      // utterance ends asking: 处理好了？你们什么时候处理的？ says the state rising, it asks it back.)
      const statedSays = stated === null ? evaluates || echo !== null : !!stated && (P.echo(stated) !== null || P.analyze(stated).signals.some((x) => x.cls === 'eval' || (x.cls === 'fact' && x.w >= 1 && P.stripFillers(stated).length <= 4 && !/[?？]\s*$/.test(said))));
      if (noEvidence && !question && echo === true && !comp && !irony && !/[吗么]/.test(vnorm)) {
        result.value = true;
        result.confidence = 0.55;
      }
      else if ((noEvidence || (question && !statedSays && !answeredFirst)) && !P.goAhead(vnorm) && !(irony && a.signals.some((x) => x.pol > 0 && x.cls !== 'answer'))) {
        result.value = null;
        result.confidence = 0;
      }
      // 师傅是下午来的, 我家是三楼: a copula in a statement is no "yes".
      // (Round 12, second pass: a hello said first, 喂？喂？是我是我 / 喂 是我, leaves the 是 at the start of the answer.)
      const yeses = a.signals.filter((x) => x.cls === 'answer');
      if (d.basis === 'answer' && d.value === true && echo === null && !P.goAhead(vnorm) && !P.answerAtStart(vnorm.replace(HELLO_FIRST, '')) && yeses.length > 0 && yeses.length === a.signals.length && yeses.every((x) => x.text === '是' && x.pol > 0)) {
        result.value = null;
        result.confidence = 0;
      }
      // 是上个礼拜修的, 是那个姓李的师傅来的: a cleft 是……的 states a fact, it answers no yes/no.
      if (d.basis === 'answer' && d.value === true && echo === null && P.cleft(vnorm)) {
        result.value = null;
        result.confidence = 0;
      }
      if (found && d.basis === 'weak' && echo === null) {
        result.value = null;
        result.confidence = 0;
      }
      // 解决了，就是拖了几天: the answer is what comes before the "but"; the grievance is its own matter.
      // Round 22 (t22E): a "but" before the grievance cuts there, the story after it left out of the answer (没有 就是有一回在我家沙发上
      // 躺了会儿: the 有 of 有一回 tells the story, the answer is 没有); with none, a softened grievance cuts at itself.
      const butBefore = comp ? P.contrastAt(norm, comp.at) : -1;
      const cut = comp ? (butBefore > 0 ? butBefore : comp.diminished && !comp.severe ? comp.at : -1) : -1;
      if (comp && cut > 0) {
        let before = decideYesNo(P.analyze(norm.slice(0, cut)));
        // 会吧，就是……: a verb echo before the grievance answers too.
        const echoBefore = before.value === null ? P.echo(norm.slice(0, cut)) : null;
        if (echoBefore !== null) before = { value: echoBefore, confidence: 0.7 };
        // Without a 'but', a bare 有/是 before a softened grievance (不太行，有几处裂) is no yes.
        const bareBefore = P.contrastAt(norm, comp.at) <= 0 && before.basis === 'answer' && echoBefore === null && P.analyze(norm.slice(0, cut)).signals.some((x) => x.pol < 0 && x.cls !== 'answer');
        // 处理是处理了，可没解决: a concession before the "but"; the verdict is the grievance after it.
        // (解决是解决了，就是来的人要了二十块钱: another matter after the concession; the yes stands.)
        if (P.concession(norm.slice(0, cut)) && !comp.diminished && comp.category === 'not_fixed') before = { value: false, confidence: 0.75 };
        if (before.value !== null && !bareBefore) {
          result.value = before.value;
          result.confidence = Math.max(before.confidence, 0.6);
          reservation = before.value === true && !comp.severe;
        }
      }
      // Praise with a grievance and no "but" (正常得很，一天断八回): a reproach, not a yes.
      // (满意 安全措施可到位了 工人站窗台上干活连根绳都没有: the only "no" is inside the grievance, the yes rests on the praise.)
      const praiseBasis = d.basis === 'evaluation' || (d.basis === 'answer' && a.signals.some((x) => x.cls === 'answer') && a.signals.every((x) => x.cls !== 'answer' || x.pol < 0));
      // Round 24 (t24C): the visits it took, then the state reached at last and now good (第二回来才弄热乎，现在热了; 跑了三趟才修好
      // 现在正常了): the yes stands, the visits a reservation beside it (repeat_visit or late, not a fault still there).
      const overcomeYes = !!comp && !comp.severe && result.value === true && !irony && !found && (comp.category === 'repeat_visit' || comp.category === 'late') && OVERCOME_ZH.test(norm.slice(comp.at)) && /(现在|如今|这会儿?|眼下)[^，]{0,4}(热|暖和|好|正常|通|能用)/.test(norm.slice(comp.at));
      if (overcomeYes) reservation = true;
      if ((comp && result.value === true && praiseBasis && !reservation && !P.contrastBefore(norm, comp.at)) || (irony && result.value !== false && !found && !(result.value === true && d.basis !== 'evaluation' && echo === null && d.value === true && !a.signals.length))) {
        result.value = false;
        result.confidence = 0.8;
      }
      // Round 20 (t20Y): 有 还有问题 to "正常请按1，还有问题请按2": the bare 有 echoes the option of the fault still there, said out
      // after it; a no.
      if (comp?.category === 'not_fixed' && result.value === true && /^(嗯|呃)?有(啊|呀)?[，,\s]*(还|仍|仍然|依然)(是)?有(点)?(问题|毛病|故障)/.test(vnorm)) {
        result.value = false;
        result.confidence = 0.75;
      }
      // 修的那片热了，另外两片还是凉的; 放了一下气，第二天又不热了: a fault that is still there, or back, is
      // the state now, whatever was fixed on the way; the answer is no unless a yes opened the answer.
      if (comp?.category === 'not_fixed' && result.value === true && !reservation && !irony && !found && !P.answerAtStart(vnorm)) {
        result.value = false;
        result.confidence = 0.75;
      }
      if (comp && result.value === null && !found && !noEvidence && !question && !reservation) {
        // A grievance with no yes or no (瓷砖空鼓了好几块 to "is the quality all right?") answers no.
        result.value = false;
        result.confidence = 0.7;
      }
      // Round 12 (dev11, t12R): a grievance whose only "yes" is an answer word inside its own words (工人在我新装好的卫生间里
      // 抽烟: 好的; 项目经理电话十回有八回不接: 有; 中间停了一个礼拜没人来干活: 中), not said first, no verb echo, no praise or hedge (进度还行，中间停了两天 stays a yes):
      // the grievance is the answer, no (a step whose "yes" reports the problem reads it the other way and is left alone;
      // money asked for is conduct described, 过中秋的时候项目经理管我要购物卡, which the violations question hears as yes).
      if (comp && !comp.diminished && comp.category !== 'money' && result.value === true && d.basis === 'answer' && echo === null && !found && !reservation && !irony && !expect.yesReportsProblem && !P.answerAtStart(vnorm) && !P.goAhead(vnorm) && P.contrastAt(norm, comp.at) <= 0 && !a.hedges.length && !a.signals.some((x) => x.pol > 0 && x.cls !== 'answer')) {
        result.value = false;
        result.confidence = 0.7;
      }
      // 质量一般，墙面有裂缝: a lukewarm yes with a grievance and no "but" answers no.
      if (comp && !comp.severe && !irony && !found && result.value === true && d.basis === 'weak' && echo === null && P.contrastAt(norm, comp.at) <= 0 && !comp.diminished) {
        result.value = false;
        result.confidence = 0.6;
        reservation = false;
      }
      if (comp?.severe && result.value === false) result.confidence = Math.max(result.confidence, 0.8);
      // Round 11: 你说吧，我倒要看看你们怎么说，钱收了网不通: a go-ahead said as the first clause answers "is now a good
      // time?" (issue 13 item 4); the grievance after it is its own matter, and reaches a person by its category.
      if (comp && result.value === false && !found) {
        const first = /^\s*([^,，。.!！?？;；]+)[,，。.!！;；]\s*\S/.exec(said);
        // (Round 17, t17V2: 你说呢 put back before a grievance denies, save on a step whose yes reports the problem.)
        if (first && P.goAhead(P.normalize(first[1]!)) && !(RETORT_FIRST.test(said) && !expect.yesReportsProblem)) {
          result.value = true;
          result.confidence = 0.85;
        }
      }
      // Round 12 (t12R2): 方便，你问吧，家里才十五度; 有啥不方便的，我要投诉那个装机的: "convenient" said as the first clause
      // answers "is now a good time?" (issue 13 item 4) even when a complaint follows; the grievance reaches a person by
      // its category (and a complaint intent stays beside the yes).
      // Round 22 (t22D): a space between clauses, as the recogniser or a chat writes them (方便啊 我哪天不方便 反正网也没有), parts them too.
      if (comp && result.value === false && (!found || found.intent === 'complaint')) {
        const first = /^\s*([^,，。.!！?？;；\s]+)[,，。.!！;；\s]\s*\S/.exec(said);
        if (first && CONVENIENT_FIRST.test(P.stripFillers(P.normalize(first[1]!))) && !RETORT_FIRST.test(said)) {
          result.value = true;
          result.confidence = 0.8;
        }
      }
      // 拖了三四天，不过赶上下雨，能理解: a minor grievance accepted after a "but" is a reservation; the answer is yes.
      if (comp && !comp.severe && !irony && !found && result.value === false && P.contrastAt(norm, norm.length) > comp.at && ACCEPTANCE.test(norm.slice(P.contrastAt(norm, norm.length)))) {
        result.value = true;
        result.confidence = 0.6;
        reservation = true;
      }
      // Round 20 (t20K): the asked word with 什么/啥 said alone and nothing after it (解决什么, 修好啥): as often "resolved what?",
      // the customer not placing the matter, as the retort "resolved nothing"; with no grievance or state beside it, a no to
      // confirm, not a verdict to act on (解决什么呀，还是老样子 and 解决啥了？根本没人管 stay a plain no).
      if (result.value === false && !comp && !found && /^(解决|处理|修好|弄好|搞好|修)(什么|啥)(呀|啊)?$/.test(P.stripFillers(vnorm))) result.confidence = Math.min(result.confidence, 0.5);
      // Round 20 (t20K): a small shortfall told first, then the verdict on the whole (稍微拖了几天 总体还行 满意; 晚了两天，整体还是满意的):
      // the overall verdict answers, a yes with a reservation, as an accepted shortfall after a "but" is (above).
      if (comp && !comp.severe && !irony && !found && result.value === false) {
        const whole = norm.slice(comp.at).search(OVERALL_LEVEL);
        const verdict = whole > 0 ? decideYesNo(P.analyze(norm.slice(comp.at + whole))) : null;
        // (Round 22, t22E: after a shortfall said small, 稍微晚了几天 总体还行, a lukewarm whole is the lukewarm yes, at 0.5.)
        if (verdict?.value === true && (verdict.basis !== 'weak' || comp.diminished)) {
          result.value = true;
          // (A lukewarm whole with no level word, 总体来说还行吧, stays to be confirmed.)
          result.confidence = verdict.basis === 'weak' ? 0.5 : LEVEL_WORD.test(norm.slice(comp.at + whole)) ? 0.6 : 0.55;
          reservation = true;
          summedUp = true;
        }
      }
      // Round 11: 挺满意 就是灯的位置后来想想不太合理: praise, then after a "but" only a softened negative (不太合理, 不怎么好):
      // a yes with a reservation, as on a satisfaction step (挺好，就是路由器放的位置不太好), not a no.
      if (!comp && result.value === false && !irony && !found && !question && echo === null && a.contrast) {
        const cutAt = P.contrastAt(norm, norm.length);
        const head = cutAt > 0 ? P.analyze(norm.slice(0, cutAt)) : null;
        const after = a.signals.filter((x) => x.afterContrast && x.pol < 0 && x.cls !== 'answer');
        if (head && head.signals.some((x) => x.pol > 0 && x.cls === 'eval' && !x.negated) && !head.signals.some((x) => x.pol < 0) && after.length && after.every((x) => x.strength === 0 && !LEVEL_WORD.test(x.text)) && grievesBeyondAside(P, norm.slice(cutAt))) {
          result.value = true;
          result.confidence = 0.6;
          comp = { ...(P.nearestComplaint(norm.slice(cutAt)) ?? { category: 'quality', severe: false, diminished: true, at: cutAt }), severe: false, diminished: true, at: cutAt };
          reservation = true;
        }
      }
      // Round 11: a verdict said first, then a "but" and another matter (热是热了，可是阀门那里一直在滴水; 工期倒是准，但是
      // 完工以后卫生间一直漏水; 推荐倒是会推荐，就是售后太差了): the first clause answers; the grievance after it is its own
      // matter (its category stays, and a clear one still reaches a person). Not when the matter after it takes the state
      // back (还是冷, 又不热了, 解决了一半) or the first clause praises a person (师傅挺好，就是没修好).
      const opening = result.value === false && !found ? openingVerdict(P, said, norm, comp, irony) : null;
      if (opening) {
        result.value = true;
        result.confidence = 0.65;
        reservation = !!comp && !comp.severe && opening === 'matter';
        // Round 20 (t20V2): after a lukewarm level a grievance no pattern names (有些地方不太合理) is still the reservation.
        if (!comp && opening === 'matter' && LUKEWARM_FIRST.test(P.normalize(said.split(/[，,。.!！;；\s]+/)[0] ?? ''))) {
          comp = unnamedReservation(P, norm, true) ?? { ...(P.nearestComplaint(norm) ?? { category: 'quality', at: 0 }), severe: false, diminished: true };
          reservation = true;
        }
        // (设计满意，施工不满意: an explicit 不满意 on another item reaches a person, issue 13 item 2.)
        if (opening === 'aspect') comp = { ...(comp ?? P.nearestComplaint(norm) ?? { category: 'quality', diminished: false, at: 0 }), severe: true };
      }
      // Round 17 (t17V2): the asked word said back as a question, then a challenge to the caller (按期？你看看现在都几号了; 热？你来我家
      // 坐坐就知道了，穿着羽绒服呢; 解决啥了？你问问你们自己): a retort that denies it, when nothing after it praises or says a good state.
      const echoedBack = ECHO_RETORT.exec(said);
      if (echoedBack && !found && result.value !== false && (P.echo(P.normalize(echoedBack[1]!)) !== null || !!echoedBack[2])) {
        const rest = P.analyze(P.normalize(said.slice(echoedBack[0].length)));
        if (!rest.signals.some((x) => x.pol > 0 && !x.negated && x.cls !== 'answer')) {
          result.value = false;
          result.confidence = 0.75;
          reservation = false;
        }
      }
      // Round 17 (t17V2): a good state told, then asked back as beyond doubt (提前两天完工，你说满不满意; 天天收拾得干干净净，还有啥说的),
      // or the question put back first and the good state after it (你觉得呢？反正比以前强): the state told answers, yes.
      if (!comp && !found && !irony && result.value !== true) {
        const closing = PRAISE_RETORT_END.exec(norm);
        const told = closing ? norm.slice(0, closing.index) : RETORT_FIRST.test(said) ? P.normalize(said.replace(RETORT_FIRST, '')) : null;
        const t = told ? P.analyze(told) : null;
        if (t && t.signals.some((x) => x.pol > 0 && x.cls !== 'answer' && !x.negated) && !t.signals.some((x) => x.pol < 0 && !x.negated) && !P.isQuestion(told!, told!)) {
          result.value = true;
          result.confidence = 0.7;
        }
      }
      // Round 12 (t12R2): the hotline or the manager unreachable set against this very call (热线打不通，倒挺会往外打电话的;
      // 电话不接，回访倒是挺积极): a reproach of the call, which answers neither yes nor no to the question; the grievance
      // reaches a person by its category (unreachable, 000 第三十六条 首问负责).
      if (result.value === false && !found && comp?.category === 'unreachable' && CALLING_SNEER.test(norm)) {
        result.value = null;
        result.confidence = 0;
      }
      // Round 12 (t12R2): the line conceded to work, then its speed taken back (能上网但是慢得很; 能用是能用，网速跟乌龟爬似的):
      // a line too slow to use is the fault still there (000 第三十三条 即修即通, 第三十七条), no yes.
      if (result.value === true && !found && SLOW_AFTER_CONCEDED.test(norm)) {
        result.value = false;
        result.confidence = 0.7;
        reservation = false;
        comp = { ...(comp ?? P.nearestComplaint(norm) ?? { category: 'quality', diminished: false, at: 0 }), severe: true, diminished: false };
      }
      // Round 11: the asked word said with a sneer (好了个鬼, 解决个屁, 按期个啥呀, 热个啥): a no.
      const sneered = found ? null : SNEERED_ECHO.exec(vnorm);
      if (sneered) {
        result.value = false;
        result.confidence = 0.8;
        reservation = false;
        // (A fault's state sneered at is the fault still there; a schedule, a delay.)
        const word = sneered[1] ?? sneered[3] ?? '';
        if (!comp && /好|解决|修好|热|正常|能用|通|行/.test(word)) comp = { category: 'not_fixed', severe: true, diminished: false, at: 0 };
        else if (!comp && word === '按期') comp = { category: 'late', severe: true, diminished: false, at: 0 };
      }
      // Round 11: forbidden conduct described (money, gifts, meals or cigarettes asked for: 000 第四十三条(一)(三)(四))
      // is a "yes, there was" to the yes/no step that asks about it.
      let conduct = misconduct(P, norm, comp, vnorm, a, found, question);
      // Round 12 (t12R2): smoking in the customer's home described (工人天天在我家抽烟, 在屋里吸烟) is forbidden conduct
      // (000 第四十三条(六)(七); attitude in the corpus): on the step whose "yes" reports a violation it is that yes
      // (on the attitude step it stays the grievance that answers no, misconduct() above leaves it alone).
      if (conduct === null && expect.yesReportsProblem && comp?.category === 'attitude' && !question && SMOKED_IN_HOME.test(norm) && !/^(不|没|冇|莫|无)/.test(P.stripFillers(norm))) conduct = true;
      if (conduct !== null) {
        result.value = conduct;
        result.confidence = conduct ? 0.75 : 0.6;
        reservation = false;
      }
      // 设计满意的，效果图跟实际颜色有一丢丢出入: a yes with a reservation no pattern names.
      // (Round 12: a yes said as the fact asked, likewise, when what follows compares it with before or names a small thing
      // left undone: 热了，就是比以前稍微差一丁点.)
      if (!comp && result.value === true && !irony && !found && !question && a.signals.some((x) => x.pol > 0 && (x.cls === 'eval' || (x.cls === 'fact' && x.w >= 1 && (COMPARED_TO_BEFORE.test(norm) || SMALL_SHORTFALL.test(norm)))) && !x.negated)) {
        comp = unnamedReservation(P, norm, true);
        reservation = !!comp;
      }
      // Round 11 (lead): where "yes" reports a problem (renovation's violations question, 004 第五篇; the engine passes
      // the script's escalateWhen: yes), praise or a verdict on the work (工人都挺好的, 满意, 挺好的没问题, 都挺规矩的) says
      // "nothing of the kind". Only a yes said as such (有, 是的, 对), the verb echoed (发现了) or the conduct described is one.
      // (Round 15, t15S: not money asked for or taken, told without a denial, 管我要购物卡, 剩下的瓷砖让工人拉走了: conduct described;
      // nor a denial denied, 不能说没有, 也不是没有: a yes said reluctantly.)
      const moneyTold = comp?.category === 'money' && !comp.diminished && !/^(不|没|冇|莫|无|别)/.test(P.stripFillers(norm));
      if (expect.yesReportsProblem && result.value === true && conduct === null && !moneyTold && !DOUBLE_DENIED_NO.test(said) && echo !== true && !a.signals.some((x) => x.cls === 'answer' && x.pol > 0 && REPORTED_YES.test(x.text))) {
        result.value = false;
        result.confidence = Math.min(result.confidence, 0.75);
        reservation = false;
      }
      // (There: 都挺规矩的, 挺守规矩 say no; 发现过, 遇到了 say yes, the question's own verb.)
      if (expect.yesReportsProblem && result.value === null && conduct === null && !question) {
        if (RULES_KEPT.test(vnorm)) { result.value = false; result.confidence = 0.75; }
        else if (RULES_BROKEN_SEEN.test(vnorm)) { result.value = true; result.confidence = 0.75; }
      }
      // Round 12 (t12P2): a recommendation on a condition (价格要是能再便宜点我就推荐, 只要不遇上那个水电工我就推荐, 换个队
      // 我就介绍) or conceded (推荐是会推荐, 推荐倒是会推荐): a yes with its condition, not a no (要不是……我就推荐了, what
      // would have been, stays as read).
      if (result.value !== true && !found && !question && !irony && (CONDITIONAL_RECOMMEND.test(said) || CONCEDED_RECOMMEND.test(vnorm))) {
        result.value = true;
        result.confidence = 0.6;
      }
      // Round 20 (t20K2): a bare 不一定 (那可不一定, 不一定会) to "would you recommend us?": a lukewarm no, the promise withheld;
      // 看情况, 说不准 and 不一定 with a reason after it (不一定，看他们预算) stay unanswered.
      if (result.value === null && !found && !comp && !question && ctx.question && askedTopics(ctx.question, ctx.locale ?? 'zh-CN').has('recommend') && RECOMMEND_WITHHELD_ZH.test(P.stripFillers(vnorm))) {
        result.value = false;
        result.confidence = 0.6;
      }
      // Round 20 (t20V2): too ashamed to recommend, said without a pause (现在这个样子我不好意思推荐, 没脸给人介绍): a no, whatever hedge
      // came first (看情况吧); 不好意思，会推荐的 is an apology, then a yes.
      if (result.value !== false && !found && !question && ASHAMED_TO_RECOMMEND_ZH.test(said)) {
        result.value = false;
        result.confidence = 0.75;
        reservation = false;
      }
      // Round 15 (t15Y): the state coming and going (一会儿热一会儿凉, 时好时坏, 有时候通有时候不通) or good earlier and bad now
      // (上午热乎，这会儿不太热; 昨天还好好的，今天又卡了): the fault is there now, a no (not_fixed unless a category was read).
      if (result.value === true && !found && !irony && (COMES_AND_GOES_ZH.test(norm) || GOOD_THEN_BAD_NOW_ZH.test(norm))) {
        result.value = false;
        result.confidence = 0.7;
        reservation = false;
        comp = { ...(comp ?? { category: 'not_fixed', at: 0 }), severe: true, diminished: false };
      }
      // Round 15 (t15Y): the bar set at sparing the company (推荐？我不骂你们就不错了; 我不劝人别找你们就算积德了; 我不投诉就算客气的了):
      // a sneer that answers no, whatever word it echoes.
      // Round 21 (t21F): others warned off the company (我还劝他们千万别找你们, 我都跟朋友说别用你们家): the opposite of a recommendation, a no.
      if (result.value !== false && !found && (SPARED_AT_BEST_ZH.test(norm) || WARNED_OFF_ZH.test(norm))) {
        result.value = false;
        result.confidence = 0.75;
        reservation = false;
      }
      // Round 12 (t12P2): the customer says who they are in a clause of its own (我是啊，怎么了？; 我是我是，喂？;
      // 你说刘建国？那就是我; 算是吧，户主写的是我): the identity confirmed, whatever is asked or said beside it.
      if (result.value === null && !found && identityClaimed(said)) {
        result.value = true;
        result.confidence = 0.8;
      }
      // Round 16 (t16C): asked who is speaking, "it's me" as a clause of its own answers, whatever "no" another clause says of
      // something else (王建国？我就是啊，平时没人叫我大名，吓我一跳); a denial of who is speaking is no claim (identityClaimed).
      if (result.value === false && !found && !comp && expect.kind === 'yesno' && ctx.question && askedTopics(ctx.question, ctx.locale ?? 'zh-CN').has('identity') && identityClaimed(said)) {
        result.value = true;
        result.confidence = 0.8;
      }
      // Round 14 (t14A): a go-ahead said as a clause of its own beside something else (你说你说 我把电视关了; 正好闲着，你说;
      // 说呗 啥事; 在路边停着呢，你说): "go on" answers "is now a good time?". The go-ahead patterns are anchored to the
      // whole utterance, and normalising drops the pause, so each clause is tried as said. Not beside a grievance, a "no"
      // or a question (你说，这叫解决了吗: "you tell me" asks back).
      if (result.value === null && !found && !comp && !noEvidence && !a.signals.some((x) => x.pol < 0) && ((!question && goAheadClause(P, said)) || goAheadOnTerms(P, said))) {
        result.value = true;
        result.confidence = 0.8;
      }
      // Asked whether the fault is mended (修好了吗, 现在热了吗, 解决了吗), a "no" with the state described (不热！一点都不热;
      // 还是恼火，一卡一卡的; 正常断网) is the fault still there, not_fixed, not a shortfall of the work's quality; the bare
      // state denied (不通, 不热) is the same fault. (A yes with a reservation, 热是热了，就是有点响, keeps its quality.)
      // Round 19 (t19V1): asked whether the fault is mended, a yes said a little or conceded (热了一点点; 有点温乎; 能上是能上), then
      // the same state taken back in the next clause (还是不够热; 离热还差得远; 就是隔一会儿断一下): the fault is still there, no.
      // (热是热了，阀门还在漏水: another matter beside the state keeps the yes; only the state asked about is taken back here.)
      if (result.value === true && !found && !question && (!comp || comp.category === 'not_fixed' || comp.category === 'quality') && !expect.yesReportsProblem && ctx.question && askedTopics(ctx.question, ctx.locale ?? 'zh-CN').has('fixed')) {
        const m = /^\s*([^，,。.!！;；\s]+)[，,。.!！;；\s]+(\S.*)$/su.exec(said);
        const back = m ? P.normalize(m[2]!) : '';
        const saidALittle = !!m && SAID_A_LITTLE_ZH.test(m[1]!);
        if (m && (FAULT_RECURS_ZH.test(back) || (FIXED_TAKEN_BACK_ZH.test(back) && saidALittle)) && (STATE_CONCESSION.test(m[1]!) || saidALittle)) {
          result.value = false;
          result.confidence = 0.7;
          reservation = false;
          comp = { ...(comp ?? { at: 0 }), category: 'not_fixed', severe: true, diminished: false };
        }
      }
      // Round 20 (t20G): a bare "no" said as its own clause, then the grievance (没有 多扣的钱还没退回来, 不会 这质量谁敢推荐,
      // 没有啊 谁给处理了): normalising drops the pause, so the 没有 read as negating the grievance hid it; the rest is read alone,
      // only when it says something negative, and not where the no is the good answer (did staff break the rules? 没有，一分钱都没多要;
      // 没有，垃圾天天带走: the no explained).
      // (A rhetorical "who did" after it, 没有啊 谁给处理了, on the fixed question: the fault still there, below.)
      let grievanceAfterNo = false;
      if (result.value === false && !comp && !found && !expect.yesReportsProblem) {
        const no = NO_OPENING_ZH.exec(said);
        const rest = no ? P.normalize(said.slice(no[0].length)) : '';
        if (rest && !P.noEvidence(rest) && (!question || RHETORICAL.test(rest))) {
          // Round 22 (t22C): or a fault the complaint reader names in the rest (没有 一点变化都没有, 没有 跟原来一个样), words the
          // polarity lexicon reads as no evaluation; the bare no before it negated the pattern in the whole.
          grievanceAfterNo = P.analyze(rest).signals.some((x) => x.pol < 0 && x.cls !== 'answer') || P.irony(rest) || RHETORICAL.test(rest) || P.complaint(rest)?.category === 'not_fixed';
          const restComp = grievanceAfterNo ? P.complaint(rest) ?? P.nearestComplaint(rest) : null;
          if (restComp) comp = { ...restComp, at: restComp.at + Math.max(0, norm.length - rest.length) };
        }
      }
      if (result.value === false && !found && (!question || grievanceAfterNo) && expect.kind === 'yesno' && !expect.yesReportsProblem && ctx.question && askedTopics(ctx.question, ctx.locale ?? 'zh-CN').has('fixed')) {
        if (comp?.category === 'quality') comp = { ...comp, category: 'not_fixed' };
        else if (!comp && (grievanceAfterNo || STATE_DENIED_ZH.test(P.stripFillers(vnorm)))) comp = { category: 'not_fixed', severe: true, diminished: false, at: 0 };
      }
      // Round 20 (t20Y2): asked whether the fault is mended, a retort that denies it (解决啥了 根本没人联系我; 热什么呀 一点都不热;
      // 谁跟你说处理好了 师傅压根就没来; 说是处理了 其实还是一样卡) or the fault still or again there now (今天早上还是断了一次;
      // 还是有问题 电话打出去对方听不见; 还没有 说是要等主管网那边): the fault not fixed (000 第三十三条), a no. Not the asked word
      // said back with our voice unheard (解决什么 你声音断断续续的: a hearing trouble, no answer).
      if (result.value !== false && (!found || found.intent === 'human') && expect.kind === 'yesno' && !expect.yesReportsProblem && ctx.question && askedTopics(ctx.question, ctx.locale ?? 'zh-CN').has('fixed')) {
        const denied = FIX_DENIED_ZH.exec(said);
        const rest = denied ? P.normalize(said.slice(denied.index + denied[0].length)) : '';
        const retort = !!denied && !!rest && !OUR_VOICE_ZH.test(rest) && (P.analyze(rest).signals.some((x) => x.pol < 0 && x.cls !== 'answer') || !!P.complaint(rest) || FIX_DENIED_REST_ZH.test(rest));
        if (retort || (!P.answerAtStart(vnorm) && stillNowZh(said) && !OUR_VOICE_ZH.test(said))) {
          result.value = false;
          result.confidence = 0.75;
          reservation = false;
          const restComp = retort ? P.complaint(rest) : null;
          if (!comp || comp.category === 'quality' || (retort && comp.category === 'late')) comp = { ...(restComp ?? { at: 0 }), category: restComp && restComp.category !== 'quality' && restComp.category !== 'late' ? restComp.category : 'not_fixed', severe: true, diminished: false };
        }
      }
      // Round 20 (t20Y2): asked whether the fault is mended, only the visit told (师傅今天早上八点就来了 挺早的; 师傅来了给放了放气
      // 又紧了紧阀门; 修是来修了 可师傅找我要了一百块钱的材料费) or what a call said (上周五给我打的电话 说已经处理了): the state now is
      // not said, no value (the step asks again); a grievance beside it keeps its category.
      if (result.value === true && !found && !irony && !P.answerAtStart(vnorm) && ctx.question && askedTopics(ctx.question, ctx.locale ?? 'zh-CN').has('fixed')) {
        const pos = a.signals.filter((x) => x.pol > 0 && !x.negated);
        if ((!STATE_NOW_SAID_ZH.test(vnorm) && pos.length && pos.every((x) => VISIT_WORD_ZH.test(x.text)) && VISIT_CAME_ZH.test(vnorm)) || CALL_SAID_HANDLED_ZH.test(vnorm)) {
          result.value = null;
          result.confidence = 0;
          reservation = false;
        }
      }
      // Round 20 (t20Y2): asked whether the matter is solved, a refund told as done (那个钱的事啊 我闺女说退了; 多收的钱退回来了): the matter put right, a yes to
      // confirm (a refund not yet made, 还没退, stays a no).
      if (result.value === null && !found && !comp && !question && ctx.question && askedTopics(ctx.question, ctx.locale ?? 'zh-CN').has('fixed') && REFUND_DONE_ZH.test(vnorm)) {
        result.value = true;
        result.confidence = 0.6;
      }
      // Round 20 (t20Y2): asked whether it is warm now, a room reading of 18 度 or more said plainly (现在屋里二十二度): the heating's
      // minimum met (a reading below it is read as the cold, zh.ts), a yes to confirm.
      if (result.value === null && !found && !comp && !question && expect.kind === 'yesno' && ctx.question && /热|暖/.test(ctx.question) && askedTopics(ctx.question, ctx.locale ?? 'zh-CN').has('fixed')) {
        const r = /度/.test(vnorm) ? P.findScore(vnorm, 0, 40, '度') : null;
        if (r && r.value !== null && !r.loose && !r.approximate && r.value >= 18 && r.value <= 30) {
          result.value = true;
          result.confidence = 0.7;
        }
      }
      // Round 21 (t21M): asked "is now a good time?", a grievance told with no word on the time (上午不是打过一回了吗，怎么又打;
      // 说好八点打的，现在都八点半了; 你们那个师傅，我跟你说，抽了一屋子烟) is no "no": the customer stays on the line to talk, the
      // question is asked again (the corpus reads such words null or yes, never a reschedule). A go-ahead said last after it
      // (我这正跟我儿子吵架呢，你说你说) is the yes. Not with a word that declines the time (不方便, 没空, 在忙, 别打了).
      if (result.value === false && comp && !found && !irony && ctx.question && askedTopics(ctx.question, ctx.locale ?? 'zh-CN').has('convenient') && !NOT_NOW_WORD.test(vnorm)) {
        const last = said.split(/[，,。.！!？?；;\s]+/).filter(Boolean).at(-1) ?? '';
        if (P.goAhead(P.normalize(last))) {
          result.value = true;
          result.confidence = 0.8;
        } else {
          result.value = null;
          result.confidence = 0;
        }
      }
      break;
    }
    case 'csat3': {
      // 满意，哦不对，一般吧: the level said after a correction is the answer.
      const fixed = found ? null : corrected(P, said);
      if (fixed !== null) vnorm = fixed;
      const a = hedgedShortfall(P, vnorm);
      // A complaint word counts only when the customer says they complain (not 没有要投诉的意思).
      if (!P.saysComplaint(vnorm) && !P.saysComplaint(norm)) a.signals = a.signals.filter((s) => s.cls !== 'complaint');
      let d = decideCsat(a);
      // (不到五分: the 不 read as a bare "no" gives way to the points said.)
      // Round 14 (t14V): 优秀 said alone (or 打个优秀) is the top of the school grades (优 良 中 差), the top level, like 给个A.
      if (!comp && !question && /^(?:给|打|评|算)?(?:你们|他|她|师傅)?(?:给|打|评|算)?(?:个|一个)?优秀(?:吧|啊|呀|的|了)?$/.test(P.stripFillers(vnorm))) d = { value: 'very_satisfied', confidence: 0.6 };
      if (d.value === null || d.basis === 'answer') {
        // A number for a satisfaction question (打九分): read it on a 0–10 scale, to confirm.
        // A key said aloud (按三, 我按一, a bare 一/二/三): every csat3 script keys 1 very satisfied, 2 satisfied, 3 dissatisfied.
        // (按幺: 幺 is the digit one read aloud.)
        const key = /^(我)?(按|选|按键)?([一二三123])(键|号)?$/.exec(P.stripFillers(vnorm).replace(/(?<=^(我)?(按|选|按键)?)幺(?=(键|号)?$)/, '一'));
        // (English: two, press two, option three.)
        // (I'll press one, I pressed two, two I guess: the key said with its verb or a hedge.)
        const keyEn = /^(?:i )?(?:(?:will |would |ll |d |am going to |)press(?:ed)? |option |number |key )?(one|two|three)(?: please| then|( i guess| i suppose| i think))?$/.exec(P.stripFillers(vnorm).replace(/^((?:i )?(?:(?:will |would |ll |d |am going to |)press(?:ed)?|option|number|key)) ([123])\b/, (_m: string, w: string, d: string) => `${w} ${['one', 'two', 'three'][Number(d) - 1]}`));
        const s = P.findScore(vnorm, 0, 10);
        // 五颗星 / 四颗星: stars are out of five (all five is the top, taken like 满分; fewer, to confirm).
        // Round 17 (t17S2): a mark out of five said in English (three out of five; if it's out of five, a three; one to five) is
        // read like stars, not on ten (three out of five is the middle, not dissatisfied); the scale's own five is no mark.
        const stars = /星/.test(vnorm) ? P.findScore(vnorm, 0, 5) : FIVE_SCALE_EN.test(vnorm) ? P.findScore(vnorm.replace(FIVE_SCALE_EN, ' ').replace(/\s+/g, ' ').trim(), 0, 5) : null;
        // 给个A吧, 打个B: a school grade for the service (A the top), to confirm.
        // (打个优, 良, 优秀: the Chinese grades, 优 良 中 差, read the same way.)
        const grade = /^(?:给|打|评|算|就)?(?:你们|他|她|师傅)?(?:给|打|评|算)?(?:个|一个|你们|他)?([abcd]|优(?=秀|$|[吧啊呗的+加])|良(?=好|$|[吧啊呗的])|中等)(?:秀|好)?(?:\+|加)?(?:吧|啊|呗|的)?$/.exec(P.stripFillers(vnorm));
        // Round 17 (t17S): a grade framed as given after other words (这回处理的，我给个C; 打个B减; 给你们打个甲等): the school grades
        // 甲 乙 丙 丁 read as A B C D; a minus keeps B's level and takes A down to satisfied (A减 is not the top).
        const framedGrade = grade ? null : GRADE_GIVEN_ZH.exec(P.stripFillers(vnorm));
        if (!grade && framedGrade && !comp && !question) d = { value: gradeLevel(framedGrade.groups!.g!, framedGrade.groups!.sign), confidence: 0.55 };
        // Round 20 (t20K): a key's option said aloud is as clear as the key pressed (按一, 我选三, 二, two, press two): taken,
        // not confirmed. Still confirmed: a hedge beside it (two I guess), and a bare 一, which is as often the first syllable
        // of a word cut off (一般……, 一点……) as the key.
        else if (keyEn) d = { value: (['very_satisfied', 'satisfied', 'dissatisfied'] as const)[['one', 'two', 'three'].indexOf(keyEn[1]!)]!, confidence: keyEn[2] ? 0.55 : KEY_OPTION_SAID };
        else if (key) d = { value: (['very_satisfied', 'satisfied', 'dissatisfied'] as const)[Number('一二三'.includes(key[3]!) ? '一二三'.indexOf(key[3]!) : Number(key[3]) - 1)]!, confidence: key[3] === '一' && !key[1] && !key[2] && !key[4] ? 0.55 : KEY_OPTION_SAID };
        else if (stars && stars.value !== null && stars.confidence >= 0.6 && Number.isInteger(stars.value)) d = { value: levelOfScore(stars.value, 0, 5), confidence: stars.value === 5 ? 0.6 : 0.55 };
        else if (grade) d = { value: (['very_satisfied', 'satisfied', 'neutral', 'dissatisfied'] as const)['abcd'.indexOf(grade[1]!.replace('优', 'a').replace('良', 'b').replace('中等', 'c'))]!, confidence: 0.55 };
        // (九十分: a mark out of a hundred, scaled by findScore (`scaled`) and read the same way, to confirm.)
        else if (s.value !== null && (s.confidence >= 0.9 || (s.confidence >= 0.6 && s.scaled)) && Number.isInteger(s.value)) d = { value: levelOfScore(s.value, 0, 10), confidence: 0.55 };
        // 八九分吧, 不到五分: a range of points, read at its lower end (as on a points scale), to confirm.
        else if (s.value !== null && s.approximate && s.confidence >= 0.45) d = { value: levelOfScore(Math.floor(s.value), 0, 10), confidence: 0.5 };
        // (Round 21, t21F: the satisfaction put at a hundred, 满意度一百, 满意度百分之百, is the full mark too.)
        else if (/100|一百分|满分|满意度(是|有|打|给)?(一百|百分之百)/.test(vnorm) && !noEvidence) d = { value: 'very_satisfied', confidence: 0.6 };
        // Round 16 (t16V): the full mark said as a number (给你们打一百分, 打十分) is the top level as plainly as 满分 is (0.6, no
        // confirmation); a mark in the top tenth of a hundred that is no whole tenth (九十九分，少一分怕你们骄傲; 九十五分) is the top level too.
        if (d.value === 'very_satisfied' && d.confidence === 0.55 && !key && !keyEn && !grade && !stars && s.value === 10 && !s.approximate) d = { value: 'very_satisfied', confidence: 0.6 };
        // Round 21 (t21J): the bottom said as plainly (零分, 给个零蛋, 一分都不想给) is as sure as 满分 is at the top: dissatisfied,
        // not confirmed (the customer's next words answer the reason question). A hedge or a range (零分吧…, 零到两分) still confirms.
        if (d.value === 'dissatisfied' && d.confidence === 0.55 && !key && !keyEn && !grade && !stars && s.value === 0 && s.confidence >= 0.9 && !s.approximate && !a.hedges.length) d = { value: 'dissatisfied', confidence: 0.6 };
        if (d.value === null && s.value === null && !noEvidence && !comp) {
          const s100 = P.findScore(vnorm, 0, 100);
          if (s100.value !== null && s100.confidence >= 0.9 && s100.value >= 90 && s100.value < 100 && !Number.isInteger(s100.value / 10)) d = { value: 'very_satisfied', confidence: 0.6 };
        }
        // Round 14 (t14R): a ceiling on the score (最多六分, 顶多给六分, six out of ten tops): when even the most the
        // customer will give is only the middle, the answer is a complaint, not a lukewarm level.
        if (d.value === 'neutral' && SCORE_CEILING.test(vnorm)) d = { value: 'dissatisfied', confidence: 0.55 };
      }
      // Satisfied by half or a little more (六成满意, 百分之五十满意, 五五开, 一半满意一半不满意): the share of the top is the middle
      // of the scale, lukewarm, to confirm (by the share rule of the marks: half to seven tenths is neutral).
      if (!comp && !irony && !question && MIDDLING_SHARE_ZH.test(vnorm)) d = { value: 'neutral', confidence: 0.55 };
      // Round 17 (t17S): a score said on a scale the customer names (满分十分我给八分; 八分，十分制的): the number given on it is the
      // level, not the 满分 or 十分 of the scale's name read as praise. (The scale named is no full mark given.)
      if (!comp && !irony && !question && d.value === 'very_satisfied' && d.basis !== 'answer' && SCALE_NAMED_CSAT.test(vnorm)) {
        const own = scoreLevelSaid(P, vnorm);
        if (own && own !== 'very_satisfied') d = { value: own, confidence: 0.55 };
      }
      // Round 17 (t17S): the grades listed and one chosen (优良中差，我选中; 好中差的话选中): the one chosen is the level, not the 差
      // of the list read as a complaint.
      const listed = comp || question ? null : GRADE_LISTED_ZH.exec(P.stripFillers(vnorm));
      if (listed) d = { value: LISTED_LEVEL[listed.groups!.g!]!, confidence: 0.55 };
      // Round 11: 比之前强点吧 alone: better than before by a little, the level lukewarm (neutral, to confirm). (On a yes/no
      // question the same words answer neither way: 比原来强点 但还是不够热 is the "but".)
      if (d.value === null && !comp && !question && BETTER_A_LITTLE.test(vnorm)) d = { value: 'neutral', confidence: 0.55 };
      else if ((d.value === null || d.value === 'dissatisfied') && !question && !irony && BETTER_THAN_BEFORE.test(vnorm) && (!comp || BETTER_THAN_BEFORE.exec(vnorm)![0].length < vnorm.length) && !BETTER_A_LITTLE.test(vnorm)) {
        d = { value: 'satisfied', confidence: 0.55 };
        comp = null;
      }
      // Round 21 (t21K): a level given despite what is conceded (满意，虽然折腾了一阵，现在好了就行; 虽然等了两天，还是满意): the level
      // stands and what 虽然 concedes is beside it (a small reservation; money, a bill or a hazard stays a clear complaint, NEVER_A_SUGGESTION).
      // (The level itself denied, 虽然修好了 但我不满意, or a fault still there is no concession of this kind.)
      if (d.value === 'dissatisfied' && !irony && !question && CONCEDED_BESIDE_LEVEL_ZH.test(vnorm) && (!comp || comp.category !== 'not_fixed') && !a.signals.some((x) => x.pol < 0 && x.cls === 'eval' && LEVEL_WORD.test(x.text))) {
        const kept = positiveLevel(a);
        if (kept && kept.value !== 'neutral') {
          d = { value: kept.value, confidence: 0.85 };
          comp = comp ? (NEVER_A_SUGGESTION.has(comp.category) ? comp : { ...comp, severe: false, diminished: true }) : unnamedReservation(P, norm) ?? { category: 'quality', severe: false, diminished: true, at: 0 };
        }
      }
      result.value = d.value;
      result.confidence = d.confidence;
      const positive = positiveLevel(a);
      // 挺好，就是路由器放的位置不太好: a softened grievance after a positive level and a "but" is a
      // reservation even when no pattern names it (its nearest category, else quality).
      if (!comp && positive && !irony) {
        const cut = P.contrastAt(norm, norm.length);
        const after = cut > 0 ? a.signals.filter((x) => x.pol < 0 && x.afterContrast && x.cls !== 'answer') : [];
        // (Round 17, t17C2: the level itself said softly after the "but", 也不好意思说不满意……但确实不太满意, 满意吧，但说实话不太满意: the
        // verdict, dissatisfied, not a reservation about some aspect; every 不满意 reaches a person, 004 第五十二条.)
        // (Only the level alone after it, 但确实不太满意; 就是有个地方不太满意 is an aspect, a reservation as before.)
        const levelAfter = after.some((x) => LEVEL_WORD.test(x.text)) && SOFT_LEVEL_ALONE.test(norm.slice(cut));
        if (levelAfter && !OVERALL_LEVEL.test(norm.slice(0, cut))) {
          result.value = 'dissatisfied';
          result.confidence = 0.7;
        } else if (after.length && after.every((x) => x.strength === 0 || x.w < 1) && grievesBeyondAside(P, norm.slice(cut))) {
          comp = { ...(P.nearestComplaint(norm.slice(cut)) ?? { category: 'quality', severe: false, diminished: true, at: cut }), severe: false, diminished: true, at: cut };
        } else if (!after.length && a.signals.some((x) => x.pol > 0 && x.cls === 'eval' && !x.negated)) comp = unnamedReservation(P, norm);
      }
      if (comp) {
        // The level the customer said (满意，不过……) stands beside a clear complaint; praise of one
        // aspect (师傅挺好，就是问题没解决) or a concession (满意是满意，就是……) does not.
        // 满意是满意，但是……, 好是好: the concession is of the level itself, which the customer still gives; the
        // grievance after it is beside the level (a reservation, or a clear complaint that reaches a person).
        // (满意是满意，就是网还是断: a fault still there takes back the level conceded; the verdict is the fault.)
        const levelConceded = LEVEL_CONCESSION.test(norm) && comp.category !== 'not_fixed';
        const saidLevel =
          (a.signals.some((x) => x.pol > 0 && x.cls === 'eval' && LEVEL_WORD.test(x.text)) || (!P.praisesSomeone(norm.slice(0, comp.at)) && a.signals.some((x) => x.pol > 0 && (x.cls === 'eval' || x.cls === 'answer')))) && (!P.concession(norm) || levelConceded);
        // (宽带装好了，但是网速不行: a fact done is no level said; the clear complaint after it is the verdict.)
        // 处理是处理了，但是……: a concession of a fact with an undiminished grievance after it is no reservation.
        const conceded = P.concession(norm) && !comp.diminished && !levelConceded;
        // 师傅来晚了，但是修得很好，满意: a minor grievance before a "but" and the level after it.
        const butAt = P.contrastAt(norm, norm.length);
        const after = butAt > comp.at && !comp.severe ? P.analyze(norm.slice(butAt)) : null;
        const levelAfter = after && (after.signals.some((x) => x.pol > 0 && LEVEL_WORD.test(x.text)) || /没关系|不要紧|no big deal|no matter/.test(norm.slice(butAt))) ? positiveLevel(after) : null;
        // 要是先打个电话就更好了, just wish he'd called, 晏咗少少: a reservation cue softens the grievance.
        // Round 21 (t21C): the level said first, then an obstacle told as overcome (还算满意吧 报修电话等了挺长时间才接通, 满意吧 跑了两趟才装好):
        // Round 24 (t24C): the work praised first (修得不错，第二回来才彻底弄好) is a verdict said first as the level is.
        // the wait ended in what was wanted, a small reservation beside the level even without 就是 (the level said twice, 满意 真满意, 满意啊 怎么不满意, is irony).
        // Round 24 (t24B): or a fix that took more than it should, then the level of now (又来了一个才给弄好 现在挺满意, 跑了两趟才修通
        // 现在还算满意): the road to the fix is beside the level said of now, a small reservation, not a story closed.
        const cued = !comp.severe && (OVERCOME_THEN_LEVEL_NOW_ZH.test(norm.slice(comp.at)) || RESERVATION_CUE.test(norm.slice(0, comp.at + 12)) || OVERALL_LEVEL.test(norm.slice(0, comp.at)) || ACCEPTANCE.test(norm.slice(comp.at)) || (((LEVEL_FIRST_ZH.test(norm) && LEVEL_FIRST_ZH.test(text.trim())) || PRAISE_FIRST_ZH.test(text.trim())) && !/满意[^，]{0,6}满意/.test(norm) && !SARCASM_ZH.test(text) && OVERCOME_ZH.test(norm.slice(comp.at))));
        // 师傅没得说，但……热线打了二十多遍没人接，这个我不满意: the level denied after the "but" is the verdict.
        const deniedAfter = a.signals.some((x) => x.afterContrast && x.pol < 0 && x.cls === 'eval' && x.strength > 0 && LEVEL_WORD.test(x.text));
        const othersView = !!P.householdView?.(norm, comp.at);
        // Round 17 (t17V): 那天我家卫生间那组片子漏水，师傅来了……还把地上的水给擦干净了，挺好的，满意: a story of the visit told
        // first (the fault that was reported, what the engineer did), with no "but" and nothing still wrong, then the level as
        // the closing clause: the fault told is why they came, the level is the verdict (README "a past problem made good").
        const storyThenLevel = storyClosedByLevel(P, said);
        // (Round 17, t17C: the level conceded is itself the contrast, 满意是满意 你们热线倒是难打: the grievance after it is beside
        // the level with no 就是 or 但是 said, as with one.)
        if (positive && !COUNTERFACTUAL_LEVEL.test(norm) && (realContrastBefore(P, norm, comp.at) || comp.diminished || levelAfter || cued || othersView || storyThenLevel || levelConceded) && !irony && (!comp.severe || saidLevel || othersView) && !conceded && !deniedAfter) {
          // A positive answer with a reservation or a clear complaint after it: the level stands.
          // (Round 15, t15A: another household member's grievance after the speaker's own level is a reservation.)
          result.value = positive.value;
          result.confidence = Math.min(positive.confidence, 0.85);
          reservation = !comp.severe || othersView;
          // (The fault of a story closed by the level is the one reported, made good by the visit: no grievance left.)
          if (storyThenLevel && !realContrastBefore(P, norm, comp.at) && !cued && !othersView && !levelAfter) {
            comp = null;
            reservation = false;
          }
        } else if (positive?.value === 'neutral' && comp.category !== 'not_fixed' && !irony && !deniedAfter && !question && (HEDGE_OPENING.exec(norm)?.[0].length ?? Infinity) <= comp.at) {
          // Round 12: a hedged level said first (还行吧，跑了两趟才修好; 还凑合 热是热了 不太热; 还可以吧，就是收了一百块钱安装费)
          // is the level the customer gave, neutral and to confirm; the grievance after it keeps its category: a small one
          // (不太, 有点) is a reservation, any other a clear complaint that reaches a person (the engine escalates it).
          // (A fault still there, 还行吧 网还是老断, takes the level back as before: dissatisfied.)
          result.value = 'neutral';
          result.confidence = 0.55;
          reservation = !comp.severe && (comp.diminished || SOFT_NEGATION.test(norm.slice(Math.max(0, comp.at - 2), comp.at + 4)));
        } else if (found?.intent === 'human' && !positive && HUMAN_ABOUT_TOPIC_EN.test(norm.slice(found.end))) {
          // Round 20 (t20E): I want to talk to a human about my bill: the bill is what the person is wanted for, no grievance
          // told and no level said; the request reaches a person with the category (README: "human: any request for a person").
          result.value = null;
          result.confidence = 0;
        } else if (question && (d.value !== 'dissatisfied' || d.basis === 'answer') && !(comp.severe && stated && P.normalize(stated).length < norm.length && !P.isQuestion(P.normalize(stated), stated) && !/(吗|么|呢|不|没|没有)$/.test(P.normalize(stated)) && P.complaint(stated))) {
          // 为什么老是断网？ a grievance asked as a question: it reaches a person (the category), no level.
          // (Round 12: 处理啥了 钱到现在也没退: a clear grievance stated in a clause of its own beside the question is the
          // verdict, dissatisfied; 这个要收费吗 回访要钱不 asks in both clauses.)
          result.value = null;
          result.confidence = 0;
        } else {
          result.value = 'dissatisfied';
          result.confidence = Math.max(d.value === 'dissatisfied' ? d.confidence : 0, positive ? 0.7 : 0.85);
        }
      } else if (irony && P.cannotHear(norm)) {
        // 满意啥？喂，你那边断断续续的: the level word echoed on a bad line asks, it is no reproach.
        result.value = null;
        result.confidence = 0;
      } else if (irony) {
        result.value = 'dissatisfied';
        result.confidence = 0.7;
      } else if ((noEvidence && !levelSaid(a)) || !!P.anyLevelWillDo?.(vnorm) || (question && !(stated !== null ? P.analyze(stated) : a).signals.some((x) => x.cls === 'eval')) || (P.goAhead(vnorm) && !a.signals.some((x) => x.cls === 'eval' && x.text !== '好'))) {
        // 你问的是哪个？ / 还没试呢 / 不好说: no evidence for any level.
        result.value = null;
        result.confidence = 0;
      }
      // A bare yes (是的, 好, 嗯) answers "are you satisfied?" only when it is the whole answer:
      // 户主是孙丽, 好的我记一下 are no verdict.
      if (d.basis === 'answer' && !comp && !irony && !P.bareAnswer(vnorm)) {
        result.value = null;
        result.confidence = 0;
      }
      // Round 10: a backchannel alone (嗯, 嗯嗯, 哦 好的, 好嘞) keeps the line open; it gives no level (a bare 嗯 is at
      // most a weak yes, README "What is expected"; every author accepts null, and the engine asks again).
      // (Said in words: 👍 and [强] read as 好 are a thumbs-up, not a backchannel.)
      if (!comp && !irony && BACKCHANNEL.test(vnorm.replace(/\s+/g, '')) && BACKCHANNEL.test(said.toLowerCase().replace(/[\s\p{P}]+/gu, ''))) {
        result.value = null;
        result.confidence = 0;
      }
      // Round 10: a bare digit that is no key of the csat3 keypad (4, 0; every script keys 1–3) answers nothing.
      if (/^[04-9]$/.test(said.trim())) {
        result.value = null;
        result.confidence = 0;
      }
      // 不是本人 / 不方便 are not a verdict on the service.
      if (found && found.intent !== 'complaint' && d.basis === 'answer' && !comp) {
        result.value = null;
        result.confidence = 0;
      }
      // Round 12 (t12R2): 网是通了，可是慢得像蜗牛爬: the line conceded, its speed taken back, is no satisfied level.
      if ((result.value === 'satisfied' || result.value === 'very_satisfied') && !found && SLOW_AFTER_CONCEDED.test(norm)) {
        result.value = 'dissatisfied';
        result.confidence = 0.7;
        reservation = false;
        comp = { ...(comp ?? P.nearestComplaint(norm) ?? { category: 'quality', diminished: false, at: 0 }), severe: true, diminished: false };
      }
      // Round 17 (t17S): points, stars or tenths held back and the reason for them given (四颗星，少一颗是电话老占线; 八成满意，剩下两成是
      // 等得太久; 满分十分我给八分，扣两分是约了三回才来; 七分，少那三分是因为……): the customer has already weighed the grievance into
      // the score, so the score's level is the answer and the grievance stands beside it (a reservation when small; a clear
      // complaint still reaches a person; the reason is recorded as said, domain.md "What is asked", 004 第五十四条). A score that is
      // itself low stays dissatisfied.
      // Round 17 (t17S2): the same in English (knocked off two points for the mess, so an eight; ninety-five percent, the five is
      // for the dust; I'd say eight, he was a bit late): a score given first, or the points taken off named, then the reason.
      // (Not a score given *for* the grievance, ten out of ten for making me miss a day's work: that is irony.)
      // (Both languages' patterns are tried on every utterance, whatever the locale, as the one pattern they were split from was.)
      const explained = DEDUCTION_EXPLAINED_ZH.test(norm) || DEDUCTION_EXPLAINED_EN.test(norm);
      const deductedEn = !explained && (DEDUCTION_EN.test(norm) || SCORE_FIRST_EN.test(norm)) && !SCORE_FOR_GRIEVANCE_EN.test(norm);
      if (comp && !irony && !found && !question && (explained || deductedEn)) {
        // (An English deduction, DEDUCTION_EXPLAINED_EN, t17C2's, is read by the English score reader too: lead, at the merge of t17C2
        // and t17S2. The reader goes by script, not by which pattern matched: an utterance with Chinese in it is read by the Chinese
        // one, as before the split, so the patterns stay here rather than in each LocaleParser.)
        const own = deductedEn || !/[\u4e00-\u9fff]/u.test(norm) ? scoreLevelSaidEn(norm) : scoreLevelSaid(P, vnorm);
        if (own && own !== 'dissatisfied' && (result.value === 'dissatisfied' || result.value === 'very_satisfied')) {
          // (Something was taken off: not the top level, 九成满意吧，剩那一成是他没穿鞋套.)
          result.value = own === 'very_satisfied' ? 'satisfied' : own;
          result.confidence = 0.6;
          reservation = !comp.severe && !NEVER_SMALL.has(comp.category);
        }
      }
      // Round 14: 满意，就一点啊，下回先打个电话; 挺满意 北屋比南屋凉点 正常吧; satisfied, though he didn't explain the
      // password: the level named as the whole first clause is the customer's verdict; a small matter after it is a
      // reservation beside the level, not a dissatisfied answer (README "a positive answer with a small reservation").
      // (A clear complaint, money or a hazard, the level denied after it, or irony keep the answer dissatisfied.)
      if (result.value === 'dissatisfied' && !irony && !found && !question && (!comp || (!comp.severe && !NEVER_SMALL.has(comp.category)))) {
        const opened = levelOpening(P, said);
        if (opened) {
          result.value = opened;
          result.confidence = 0.6;
          reservation = !!comp;
        }
      }
      break;
    }
    case 'scale': {
      const s = P.findScore(vnorm, expect.min, expect.max, expect.unit);
      result.value = s.value;
      result.confidence = s.value === null ? 0 : s.confidence;
      if (s.value !== null && wholeScale(expect) && !Number.isInteger(s.value)) {
        // 七八分, 八分半: whole points only, confirmed (never 8.5分). A range (六七分) is confirmed at its
        // lower end: the customer gave at least that, and a range that touches a low score must reach the
        // confirmation that can open an escalation; a half point (八分半) rounds up.
        result.value = s.approximate ? Math.floor(s.value) : Math.ceil(s.value);
        result.confidence = Math.min(result.confidence, 0.5);
      } else if (s.value !== null && s.approximate && expect.unit !== undefined && !Number.isInteger(s.value)) {
        // 十八九度: the lower reading (the colder one), confirmed.
        result.value = Math.floor(s.value);
        result.confidence = Math.min(result.confidence, 0.5);
      }
      // 你等一下，五秒钟; 喂 二 二 喂: a number said aside, in a question or on a bad line, framed as no score, is none.
      if (s.value !== null && ((s.loose && (noEvidence || question)) || (stated !== null && P.findScore(stated, expect.min, expect.max, expect.unit).value === null))) {
        result.value = null;
        result.confidence = 0;
      }
      // Round 23 (t23C): a score refused beside a dissatisfied level word (我不满意 不想打分, 不满意，分我就不打了): the level is said, only the
      // number withheld; it is read as 不满意 alone is (a low score to confirm), so the customer reaches a person (issue 13: recall
      // first; README: a level word without a number on a numeric scale is any low score, and must reach a person). A refusal
      // with no level (不想打分, 不打分了 挺好的 is read by its praise elsewhere) still gives nothing.
      const refused = P.refusesScore(vnorm);
      // Round 24 (lead): the refusal asked as a question (不满意 打什么分, 不满意 还打啥分啊) is the same refusal; the question is
      // rhetorical when a dissatisfied level word stands beside it (a plain 打什么分？ alone stays a question, no level).
      const refusedAsked = question && refused && DISSATISFIED_WORD_ZH.test(vnorm) && !/满意不满意|满不满意/.test(vnorm);
      if (result.value === null && wholeScale(expect) && !noEvidence && (!question || refusedAsked) && (!refused || DISSATISFIED_WORD_ZH.test(vnorm))) {
        const level = P.levelWords?.(vnorm) ?? null;
        const a = hedgedShortfall(P, vnorm);
        const d = level ? { value: level } : decideCsat(a);
        // Round 24 (t24E): beside a request to stop calling (莫打了 烦死个人, 别再打了 烦不烦), being fed up is with the calls, not the
        // service: no level for a number on the scale (the opt-out is what is said); a grievance or level word of the service still counts.
        const fedUpWithCalls = found?.intent === 'opt_out' && !level && a.signals.some((x) => x.cls === 'eval') && a.signals.filter((x) => x.cls === 'eval').every((x) => /烦|讨厌|annoy/.test(x.text));
        if (!fedUpWithCalls && (d.value && (a.signals.some((x) => x.cls === 'eval') || a.hedges.length) || level)) {
          // Never again (以后不会再合作了, 不考虑再合作了, never again) is the bottom of the scale: 感觉极差.
          let bad: 'very_bad' | 'bad' | null = /极差|最差|太差|垃圾|糟糕|terrible|awful|worst|never again|(不会|不再|再也不|绝不|不可能|不想|不考虑|不打算)(再次|再)?(跟你们|和你们)?(合作|找你们|用你们|选你们)/.test(vnorm) ? 'very_bad' : /非常不满意|很不满意|特别不满意|十分不满意|极不满意|相当不满意|太不满意|一大堆|very (dis|un)/.test(vnorm) ? 'bad' : null;
          // Round 23 (t23C): on the 0–5 scale the customer who says the plain words of point 2 (不满意 服务太差了, 不满意，太糟糕了) names
          // that point (the script: 2分不满意，服务不好); a 太差 beside it says why, not the bottom. Point 0's own words (感觉极差, 最差,
          // 不考虑再合作) and point 1's (非常不满意) still name theirs.
          if (bad === 'very_bad' && expect.max - expect.min === 5 && PLAIN_DISSATISFIED_ZH.test(vnorm) && !BOTTOM_POINT_WORDS.test(vnorm)) bad = null;
          const sc = d.value ? scoreOfLevel(d.value, bad, expect.min, expect.max) : null;
          // (A grievance whose only evaluation is a softened one, 不买还不高兴, gives no number: the category reaches a person.)
          const softOnly = !!comp && !level && !a.hedges.length && !a.signals.some((x) => x.cls === 'eval' && x.pol < 0 && x.strength > 0);
          // Round 11 (second pass): a grievance with no rating on a numeric scale gives no number, only its category
          // (README "Complaints anywhere": 工期拖了二十天, 非让我买他带的路由器 on 0–5/0–10 → null); a level of the whole
          // said in words beside it (非常不满意，问题一大堆 → 1 by the scale's meanings; 十分差劲 装个宽带来了三趟 → low) still scores.
          if (sc && !(refused && d.value !== 'dissatisfied') && !(comp && d.value !== 'dissatisfied' && !vagueOnly) && !(comp && !vagueOnly && !level && !SATISFACTION_WORD.test(vnorm.replace(ASPECT_BAD_ZH, ''))) && !softOnly) {
            result.value = sc.value;
            result.confidence = sc.confidence;
            // Round 21 (t21J): the bottom point's own words on a 0–5 scale (感觉极差, 极差, 不考虑再合作) name it as plainly as
            // 非常满意 names the top: taken, not confirmed (the next words answer the reason question). 太差, 垃圾 still confirm.
            if (bad === 'very_bad' && sc.value === expect.min && expect.max - expect.min === 5 && !comp && !a.hedges.length && !/吧$/.test(vnorm) && /极差|(不会|不再|再也不|绝不|不可能|不考虑|不打算)(再次|再)?(跟你们|和你们)?合作/.test(vnorm)) result.confidence = 0.6;
            // Round 24 (t24F): the top said on 0–10 in words that are themselves a full mark (十分满意: "ten points" and "very satisfied"
            // at once; 完全满意, 百分之百满意): 10, taken as 满分 is (README: 十分满意 on 0–10 → 10). 非常满意 and a hedge still confirm.
            if (sc.value === expect.max && expect.max - expect.min === 10 && TOP_SAID_ON_TEN_ZH.test(vnorm) && !comp && !irony && !a.hedges.length && !/吧$/.test(vnorm)) result.confidence = 0.6;
          }
        }
      }
      // Round 11: a score below the scale (我给负的, 负分, 打负五分) is its bottom (README: 一分都不想给, 零蛋 → 0).
      if (result.value === null && wholeScale(expect) && /(给|打|评)(个|你们|他)?负(的|分|数|[一二三四五六七八九十\d]+分?)|负分/.test(vnorm)) {
        result.value = expect.min;
        result.confidence = 0.6;
      }
      // 满分 迟到一下午的满分, 给10分行了吧 师傅来了转一圈就走, 来了四趟 真是满分服务啊: the top of the scale beside a
      // grievance with no "but" and nothing softening or accepting it is said as a reproach, as praise with a grievance is
      // on a satisfaction question: no score; the grievance reaches a person. (十分 就是来晚了一点, 满分 垃圾都带走了 就是……
      // keep their score; so does a half mark rounded up to the top, 九分半，那半分扣在他来晚了: the point is taken off.)
      const topWithGrievance = !!comp && !comp.diminished && typeof result.value === 'number' && result.value === expect.max && s.value === expect.max && wholeScale(expect) && !found &&
        P.contrastAt(norm, norm.length) < 0 && !RESERVATION_CUE.test(norm) && !OVERALL_LEVEL.test(norm.slice(0, comp.at)) && !ACCEPTANCE.test(norm.slice(comp.at)) &&
        // (工程师我给十分，信号我只能给五分: the grievance is another thing's score, the top is the service's own.)
        !OTHER_THING_SCORED_ZH.test(norm.slice(comp.at)) &&
        // Round 21 (t21F): the grievance conceded after the top (五分 虽然工期拖了一个礼拜, 满分 尽管来晚了): the top stands despite it.
        !/(虽然|虽说|尽管|即使|即便|哪怕)[^，。]{0,6}$/.test(norm.slice(Math.max(0, comp.at - 10), comp.at));
      if (topWithGrievance) {
        result.value = null;
        result.confidence = 0;
      }
      // 五分，五星级的拖工期: an ironic score beside a grievance is no score; the grievance reaches a person.
      if (irony && wholeScale(expect) && comp && typeof result.value === 'number' && levelOfScore(result.value, expect.min, expect.max) !== 'dissatisfied') {
        result.value = null;
        result.confidence = 0;
      }
      // (满意个啥，两分: a low score given plainly after the sneer is the answer; the sneer only says why.)
      const plainLowScore = typeof result.value === 'number' && s.confidence >= 0.9 && !s.scaled && levelOfScore(result.value, expect.min, expect.max) === 'dissatisfied';
      if (irony && wholeScale(expect) && !comp && (typeof result.value === 'number' || result.value === null) && !plainLowScore) {
        // 五分，五分的折磨: the number is said as a reproach.
        result.value = expect.min;
        result.confidence = 0.5;
      }
      // Round 21 (t21C): a home reading below 18 度 said with a sneer (二十多度？想得美 十二度, 还二十度呢 做梦吧 十四度): the reading
      // stands and the sneer makes it a reproach of the heating, quality (003 三.2); a plain reading (十二度) stays a reading.
      if (irony && !comp && expect.unit === '度' && typeof result.value === 'number' && result.value < 18) comp = { category: 'quality', severe: false, diminished: false, at: 0 };
      // 五分，就一个小问题，开关面板有一个没对齐: a good score with a reservation no pattern names.
      if (!comp && !irony && !found && typeof result.value === 'number' && wholeScale(expect) && levelOfScore(result.value, expect.min, expect.max) !== 'dissatisfied') comp = unnamedReservation(P, norm, true);
      if (comp && typeof result.value === 'number') reservation = !comp.severe && levelOfScore(result.value, expect.min, expect.max) !== 'dissatisfied';
      break;
    }
    case 'choice': {
      const c = P.matchChoice(vnorm, expect.options);
      result.value = c.value;
      result.confidence = c.value === null ? 0 : c.confidence;
      break;
    }
    case 'text':
      result.value = text.trim();
      result.confidence = 1;
      // 客服电话有时候不太好打 to "any suggestions?": a softened grievance said as a suggestion is a
      // reservation (flagged for review); a clear one still reaches a person.
      // (A hazard, money, a bill or a fault still there is never a suggestion, however softly said: NEVER_A_SUGGESTION.)
      reservation = !!comp && comp.diminished && !comp.severe && !irony && !NEVER_A_SUGGESTION.has(comp.category);
      break;
    case 'time': {
      const spec = askTimeKey(P.stripFillers(norm)) ?? P.parseTime(norm);
      if (spec?.any) {
        // 随便 / whenever: no time, left to the caller ('any'); the engine picks a polite slot.
        result.value = 'any';
        result.confidence = 0.8;
      } else if (spec) {
        const r = resolveTime(spec, ctx.now, zone, ctx.callingHours);
        if (r) {
          result.at = r.at;
          result.confidence = r.confidence;
        } else result.confidence = 0.3;
      }
      break;
    }
  }

  // 这师傅可真犟 留他吃饭死活不吃: praise said as a complaint is praise (the level is the customer's to confirm).
  if (mock && expect.kind === 'csat3' && result.value !== 'very_satisfied') {
    result.value = 'satisfied';
    result.confidence = 0.6;
  } else if (mock && expect.kind === 'yesno' && result.value !== true) {
    result.value = true;
    result.confidence = 0.6;
  }
  // Round 15 (t15S): the question known (ctx.question), an answer that speaks only of other items (进度挺快的 to "文明施工和
  // 安全措施是否满意？"; 师傅挺好的 to "暖气热了吗？"; 满意的 to "您是王先生本人吗？") answers neither yes nor no to it
  // (topics.ts); a grievance about another item is still a grievance. Not when a yes or no opens the answer (有，
  // 工人在屋里抽烟; 满意，设计也挺好 to the quality question) nor when it names the asked item too.
  // Round 20 (t20Y2): asked whether the matter is solved, the recogniser's 介绍了 said alone is 解决了 (jie-jue heard as jie-shao;
  // no recommending is asked there), not an answer about another item.
  // (Normalising again is dear: only where it can matter, a yes/no heard about another item.)
  const misheardSolved = (question: string) => askedTopics(question, ctx.locale ?? 'zh-CN').has('fixed') && !askedTopics(question, ctx.locale ?? 'zh-CN').has('recommend') && MISHEARD_SOLVED_ZH.test(P.stripFillers(P.normalize(text)));
  // Round 21 (t21A): asked whether the fault is fixed, an answer that opens with the state now good (好了, 好是好了, 修好了, 用着呢,
  // 能用了) says yes; a grievance of another kind after it (这都第四回来修了, 话费多扣了八十, a wire left sparking) reaches a person
  // beside the yes, it does not take the yes back nor make the answer one about another item. (A fault still there, not_fixed, does.)
  const fixedNowFirst = expect.kind === 'yesno' && !!comp && comp.category !== 'not_fixed' && !found && !irony && FIXED_NOW_FIRST_ZH.test(norm) && !!ctx.question && askedTopics(ctx.question, ctx.locale ?? 'zh-CN').has('fixed');
  if (fixedNowFirst && result.value !== true) {
    result.value = true;
    result.confidence = 0.8;
  }
  if (expect.kind === 'yesno' && !fixedNowFirst && result.value !== null && ctx.question && aboutAnotherItem(text, ctx.question, ctx.locale ?? 'zh-CN', comp?.category) && !misheardSolved(ctx.question)) {
    result.value = null;
    result.confidence = 0;
    reservation = false;
  }

  // 王星 三横一竖的王 星星的星; 非常满意请按一 满意请按二; 妈 热力公司问服务满不满意 你说呢: a name, the
  // prompt read back, a question about the options, or words to someone in the room give no value and no grievance.
  const aside = expect.kind !== 'text' && expect.kind !== 'time' && (!!P.mentionsOnly?.(said) || !!P.addressesOther?.(said) || !!P.lineTalkOnly?.(norm));
  if (aside) {
    result.value = null;
    result.confidence = 0;
    comp = null;
    reservation = false;
  }

  // The one point that decides what is never a small reservation (the engine trusts `reservation`).
  if (reservation && comp && NEVER_SMALL.has(comp.category)) reservation = false;

  // A hedged answer keeps its value with a confidence the engine confirms (never a clear complaint;
  // a reservation beside a hedged level, 还算满意，只是……, is confirmed too).
  // (A measure said "about 20 度" is as exact as people measure: only its ranges are confirmed.)
  const measure = expect.kind === 'scale' && expect.unit !== undefined;
  // Round 21 (t21J): a hedge inside the reservation after its "but" (满意的 只是网速好像比说的稍微慢一点点) softens the grievance, not
  // the level said plainly before it: only the words before the "but" are weighed (还算满意，只是…… is still confirmed); the
  // weighing only takes a hedge away, never adds one (lead, at the merge: 满意吧 就是地上留了点灰 stays as sure as before).
  const butAt = reservation && comp && comp.at > 0 ? P.contrastAt(norm, comp.at) : -1;
  // Round 22 (t22G): so with no "but", when the level is said in a clause of its own before the reservation (满意 师傅可能赶时间 说话有点急):
  // a hedge in the later clauses is about the grievance (the engineer probably in a hurry), not the level said plainly first.
  const firstSaid = butAt > 0 || !reservation || !comp ? '' : P.normalize(said.split(/[，,。；;！!？?\s]+/).filter(Boolean)[0] ?? '');
  const pause = firstSaid.length > 0 && firstSaid.length < vnorm.length && vnorm.startsWith(firstSaid) ? firstSaid.length : -1;
  const ownClause = pause > 0 && comp !== null && comp.at >= pause && LEVEL_WORD.test(firstSaid) && norm.startsWith(firstSaid) ? pause : -1;
  const weighed = butAt > 0 && norm.startsWith(vnorm.slice(0, butAt)) ? vnorm.slice(0, butAt) : ownClause > 0 ? vnorm.slice(0, ownClause) : vnorm;
  if (result.value !== null && result.value !== undefined && (!comp || reservation) && !irony && !measure && (expect.kind === 'csat3' || expect.kind === 'yesno' || expect.kind === 'scale') && P.tentative(summedUp ? weighed.replace(new RegExp(OVERALL_LEVEL.source, 'g'), '') : weighed, expect.kind) && (weighed === vnorm || P.tentative(summedUp ? vnorm.replace(new RegExp(OVERALL_LEVEL.source, 'g'), '') : vnorm, expect.kind))) {
    result.confidence = Math.min(result.confidence, 0.55);
  }
  // 感觉一般吧，有些地方还是不到位: a vague shortfall beside no good level is the hedge, not a complaint.
  if (comp && vagueOnly) {
    const good = result.value === 'satisfied' || result.value === 'very_satisfied' || result.value === true || (typeof result.value === 'number' && expect.kind === 'scale' && wholeScale(expect) && levelOfScore(result.value, expect.min, expect.max) !== 'neutral' && levelOfScore(result.value, expect.min, expect.max) !== 'dissatisfied');
    if (!good) {
      comp = null;
      reservation = false;
    }
  }
  if (comp) {
    result.complaint = comp.category;
    if (reservation) result.reservation = true;
  }
  if (found) {
    let intent: Intent | null = found.intent;
    // On a time or choice step, "下午吧" is the answer itself, not a request to reschedule.
    if (intent === 'reschedule' && (expect.kind === 'time' || (expect.kind === 'choice' && result.value !== null))) intent = null;
    // 不方便说 to "why?": declining to give the reason, not asking for a later call.
    if (intent === 'reschedule' && expect.kind === 'text' && /^(我|这个)?(不太|不大|不)(方便|想|愿意)(说|讲|透露|告诉你)(了|吧|啊)?$/.test(P.stripFillers(norm))) intent = null;
    // 文明什么？你重说一下: a word of the question echoed with "what?" before asking it again answers nothing.
    if (intent === 'repeat' && found.start > 0 && /^[\u4e00-\u9fff]{1,4}(什么|啥)(啊|呀)?(你|您)?$/.test(norm.slice(0, found.start))) result.value = null;
    // Round 21 (t21G): asked again, then the question's words asked back (你再说一遍 什么问题解决了; 再说一下 哪个修好了): the echo
    // is part of the question not caught, no answer.
    const askedBack = intent === 'repeat' && expect.kind === 'yesno' && found.start <= 2 && REPEAT_ASKED_BACK.test(norm.slice(found.end));
    if (askedBack) result.value = null;
    // "What?" is only a repeat request when nothing was answered.
    if (intent === 'repeat' && result.value !== null && expect.kind !== 'text' && !P.cannotHear(norm)) intent = null;
    // 闺女，你说啥？暖气？热了热了，比原来强多了: "what?" said first, then the answer all the same (the question was
    // caught after all): the answer stands, nothing is to be repeated.
    if (intent === 'repeat' && expect.kind === 'yesno' && found.start <= 3 && !askedBack && !P.cannotHear(norm.slice(found.end))) {
      const rest = norm.slice(found.end);
      const ra = P.analyze(rest);
      const dr = decideYesNo(ra);
      // (Round 12: 热乎了 谢谢你们啊闺女: one state said and thanks for it answer as surely as two.)
      const said2 = ra.signals.filter((x) => x.cls === 'eval' || x.cls === 'fact' || x.cls === 'answer').length;
      const thanked = ra.signals.some((x) => x.cls === 'courtesy' && x.pol > 0) && ra.signals.some((x) => (x.cls === 'fact' || x.cls === 'eval') && !x.negated);
      if (dr.value !== null && !P.isQuestion(rest, rest) && (said2 >= 2 || thanked)) {
        intent = null;
        result.value = dr.value;
        result.confidence = Math.min(dr.confidence, 0.8);
      }
    }
    if (intent === 'repeat' && P.cannotHear(norm) && expect.kind !== 'text') result.value = null;
    // 那你说吧，慢点说: a go-ahead with a wish to hear it slowly is a yes to "is now a good time?".
    if (intent === 'repeat' && expect.kind === 'yesno' && !P.cannotHear(norm) && P.goAhead(norm)) {
      intent = null;
      result.value = true;
      result.confidence = 0.85;
    }
    if ((intent === 'reschedule' || intent === 'wrong_person') && !result.at) {
      // (Round 15: a later time said as the last clause is the time, not 四个钟头 said of the errand before it.)
      const spec = P.parseTime(!direct && found ? norm.slice(found.start, found.end) : norm);
      // 我是他老伴 他一会儿就回来; 我是他儿子 你等会儿: a relative's vague "in a while" is no time to call
      // the customer back (the engine asks when, askTimeOther); a time said (他五点回来, 明天再打吧) is.
      // Round 23 (t23F): nor is a bare 今天 of the relative's own errand (我是他儿子 今天就是过来拿点东西): today, no hour, said of
      // no call and no return of the customer, names no time to reach the customer (a time said, 他今天下午回来, 今天五点再打, is).
      const relativesToday = intent === 'wrong_person' && !!spec && spec.dayOffset === 0 && spec.hour === undefined && !spec.period && spec.offsetMinutes === undefined && !RELATIVE_TODAY_CALL_ZH.test(norm);
      if (spec && !spec.now && !spec.any && !relativesToday && !(intent === 'wrong_person' && spec.vague && spec.offsetMinutes !== undefined)) result.at = resolveTime(spec, ctx.now, zone, ctx.callingHours)?.at ?? null;
    }
    if (intent === 'reschedule' && expect.kind === 'yesno') {
      // 是我，正开会呢: the answer said before it stands; 我在开车 alone is "no" to "is now
      // convenient?"; 回去试了再说 (to check later) answers nothing yet. The engine reschedules on the intent.
      const before = found.start > 0 ? decideYesNo(P.analyze(norm.slice(0, found.start))) : null;
      // 对对 你等会儿 我戴上眼镜; 没事 你稍等一下: a bare word agreeing to hold the line answers nothing yet.
      const holds = P.noEvidence(norm) && found.start > 0 && P.acknowledges(P.stripFillers(norm.slice(0, found.start)).replace(HOLD_ON_TAIL, ''));
      // (方便是方便，就是……要不你明天打: a yes conceded, then a later call, is a no.)
      if (holds || holdOnElsewhere(norm, ctx)) result.value = null;
      // Round 21 (t21D): asked who is speaking, "it's me" said beside the later call (It's me but I'm on the motorway, ring me in an
      // hour) confirms the identity; the engine reschedules on the intent.
      else if (ctx.question && identityClaimed(said) && askedTopics(ctx.question, ctx.locale ?? 'zh-CN').has('identity')) result.value = true;
      else if (before?.value != null && before.basis === 'answer' && P.answerAtStart(norm) && !(before.value === true && P.concession(norm.slice(0, found.start)))) result.value = before.value;
      // (等会儿 我问问我老伴: going to ask someone first answers nothing yet either.)
      else if (/(?<![面考])试|看看|看了|摸|回(去|家)(以后|了)?(再)?(看|瞧)|问问|问一下/.test(norm)) result.value = null;
      else result.value = false;
      result.confidence = result.value === null ? 0 : Math.max(result.confidence, 0.8);
    }
    // Someone else answering (a wrong number or a relative) is a "no" to any yes/no question: the engine acts on the intent.
    if (intent === 'wrong_person' && expect.kind === 'yesno') result.value = false;
    // 又是机器人 算了 满意: a customer who asked who is calling and then answered gives the answer after it;
    // 我是来照顾老人的护工 屋里二十一二度吧: a relative or carer can read a measure (a fact), though a
    // level or a score of theirs is not the customer's.
    const measured = expect.kind === 'scale' && expect.unit !== undefined;
    if ((intent === 'wrong_person' || intent === 'who_calling') && expect.kind !== 'yesno' && expect.kind !== 'text' && !((intent === 'who_calling' || (found.person === 'relative' && measured)) && answersAfter(P, norm.slice(found.end), expect))) {
      result.value = null;
    }
    // 是我是我，你是哪个单位的: an answer said before the question back stands.
    if (intent === 'who_calling' && expect.kind === 'yesno') {
      const before = found.start > 0 ? decideYesNo(P.analyze(norm.slice(0, found.start))) : null;
      // (是回访还是推销, 是不是又是推销的: the 是 opens the question itself; every clause asks, none answers.)
      result.value = before?.value != null && before.basis === 'answer' && P.answerAtStart(norm) && P.stated?.(said) !== '' ? before.value : null;
      // Round 12 (dev11 elderly): the question back answered by the customer, then the answer (你找谁 找老李啊 我就是;
      // 你是哪个单位的 哦热力公司啊 那你问吧): the identity claimed or the go-ahead at the end stands.
      const rest = norm.slice(found.end);
      if (result.value === null && ((!P.isQuestion(rest, rest) && (SELF_CLAIMED_AT_END.test(rest) || (P.goAhead(rest) && GO_AHEAD_AT_END.test(rest)))) || identityClaimed(said))) {
        result.value = true;
        result.confidence = 0.8;
      }
      // Round 17 (t17F2): the question back settled by the customer, then the go-ahead last (你是机器人？行，机器人也问吧): nothing is
      // left to answer about who calls; the questions start (as 哦，机器人啊，行吧，问吧 with no question asked).
      if (result.value === true && !P.isQuestion(rest, rest) && P.goAhead(rest) && GO_AHEAD_AT_END.test(rest) && !SELF_CLAIMED_AT_END.test(rest)) intent = null;
    }
    // 别打了行吗 / 转人工: a request to stop or for a person answers no yes/no question; only an
    // answer said before it stands (还是不行，我要找人工; yes, and don't call again).
    if ((intent === 'opt_out' || intent === 'human') && expect.kind === 'yesno') {
      // (Round 21, t21D: "I'd rather" before the request is part of it, no answer: I'd rather talk to an actual person.)
      let head = norm.slice(0, found.start).replace(/(有没有|有|要|找|转|接|给我|帮我|能不能|可以|能|i\W?d like to|i would like to|i\W?d rather|i would rather|i prefer to|i want to|i wanna|i need to|let me|i want|i need|can i|can you|could you|please)+\s*$/, '').replace(/(但是?|不过|可是|只是|就是|but|and)\s*(我|i)?\s*$/, '');
      const before = head ? decideYesNo(P.analyze(head)) : null;
      // 行了行了，以后别再打了: "enough" said before the stop dismisses the call, it agrees to nothing.
      if (/^(行了|好了|得了|够了|算了|罢了)(吧|啊)?(以后|今后|你们|那)?$/.test(P.stripFillers(head))) head = '';
      const statement = before?.basis === 'weak' || (before?.basis === 'answer' && !P.concession(head) && (!P.answerAtStart(head) || /的[^，]{0,2}$/.test(P.stripFillers(head))));
      result.value = head ? P.echo(head) ?? (statement ? null : before?.value ?? null) : null;
      // Round 15 (t15F2): 方便啥，把你们主管叫来: the question's word thrown back (方便啥, 满意个屁) before the request answers nothing.
      if (/^(方便|满意|好|行|答|回访|问)(啥|什么|个啥|个屁|个鬼|个头)$/.test(P.stripFillers(head))) result.value = null;
      // Round 20 (t20Y2): a person asked for, then the fault still there told after it on the fixed step (找人工 我这暖气还不热呢): a no
      // beside the request (000 第三十三条).
      if (result.value === null && intent === 'human' && ctx.question && askedTopics(ctx.question, ctx.locale ?? 'zh-CN').has('fixed') && stillNowZh(said.slice(said.search(/[，,。\s]/) + 1))) result.value = false;
      if (result.value !== null) result.confidence = Math.max(before?.confidence ?? 0, 0.7);
    }
    // Round 21 (t21G): asked to stop calling on a satisfaction step (你们能不能别老打电话 烦死了; 莫再打了要得不), the annoyance and the
    // 要得/行不行 are about the calls, not the service: no level unless one is said in so many words (满意，下次别打了啊; 不满意，以后
    // 也别给我打这种电话; 服务太差了 别打了).
    if (intent === 'opt_out' && expect.kind === 'csat3' && result.value !== null && !comp && !OPT_OUT_LEVEL.test(norm)) result.value = null;
    result.intent = intent;
    // 找你们领导来: with the request taken out, a word or two left is no answer.
    if (intent !== 'reschedule' && !found.keep && expect.kind !== 'text' && expect.kind !== 'time' && !(intent === 'who_calling' && expect.kind === 'yesno' && identityClaimed(said)) && vnorm.replace(/[嗯啊吧呢呀哦来了的]/g, '').length <= 1) result.value = null;
    if (intent === 'wrong_person' && found.person) result.person = found.person;
    // 我是户主 我叫高明 你记一下: a name given (or words said aside) stays no answer, whatever the intent makes of it.
    if (aside) result.value = null;
    if (intent && (result.value === null || expect.kind === 'text') && result.at === null) result.confidence = Math.max(result.confidence, found.confidence);
    if (intent && result.value === null && result.at !== null) result.confidence = Math.max(result.confidence, round(Math.min(found.confidence, result.confidence || 1)));
  }
  return result;
}

/**
 * Round 15 (t15D): "it's me", one list for its three readers (a hello before it, HELLO_FIRST; a clause of its own,
 * identityClaimed; the end of a question back answered, SELF_CLAIMED_AT_END). ITS_ME is said anywhere (是我, 我就是, 就是我;
 * 是我的问题, 是我自己要的 is no claim); ITS_ME_CLAUSE adds what claims only as a clause of its own (我是, 我本人, 那就是我).
 */
const ITS_ME = '我就是|就是我|是我(?![^，]{0,6}的)';
const ITS_ME_CLAUSE = `${ITS_ME}|我是|那就是我|那是我|这就是我|正是我|我本人`;
/** Round 12 (second pass): a hello said before the customer names themselves (喂 是我, 喂喂 我就是): no part of where the answer starts. */
// (喂 是我 你好, all greeting, stays a greeting: no answer.)
/** Round 21 (t21G): 哦/噢/喔 said as a backchannel (see the yesno case). */
const OH_ONLY = /^(哦|噢|喔)+$/;
/** Round 21 (t21G): what is asked back after "say it again" (什么问题解决了, 哪个修好了). */
const REPEAT_ASKED_BACK = /^[^，,\s]{0,4}(什么|啥|哪个|哪)[^，,\s]{0,8}$/;
const OH_LEAD = /^[哦噢喔啊，,\s]+/;
const HELLO_FIRST = new RegExp(`^(喂|哎|诶|欸)+(?=${ITS_ME})(?!.*(你好|您好)(啊|呀)?$)`);

/** Round 20 (t20K2): a bare 不一定 to the recommend question (那可不一定, 不一定会, 不一定推荐吧). */
const RECOMMEND_WITHHELD_ZH = /^(那|这)?(可|倒)?(也)?不一定(会)?(推荐|介绍)?(吧|啊|呀|哦|呢|的)*$/u;
/** Round 12 (t12P2): a condition (要是, 如果, 只要, ……的话), then 我就推荐 closing a clause; not 要不是, nor 就推荐了 (would have). */
const CONDITIONAL_RECOMMEND = /^(?![^，,。]*要不是)(?=[^，,。]*(要是|如果|假如|只要|的话|换个|换了))[^。]{0,20}?(我|那我)?(就|才|肯定|还是)(会|能|愿意)?(推荐|介绍)(给(人|别人|朋友|他们))?(的|啊|呀)?(?=$|[\s，,。]|别)/u;
/** Round 12 (t12P2): the recommendation conceded (推荐是会推荐, 推荐倒是会推荐, 介绍倒也会介绍). */
const CONCEDED_RECOMMEND = /^(推荐|介绍)(倒|倒是|是|也是|倒也)(会|能)?(推荐|介绍)/u;

/**
 * Round 15 (t15F): a later time said as the last clause of its own, after why the customer cannot talk now (等我送完孩子上学
 * 再说，九点半以后; 老头儿在睡午觉，我不好说话，两点以后吧; 我在跳广场舞，明儿白天吧; 明天下午，我调休): a later call, on a
 * question that is not about a time. The clause holds a time and nothing else (a bare 晚上七点, 两点以后吧, 明儿白天吧),
 * one still to come; a time told of the past (昨天下午三点) or a time with a verb (晚上七点才热) is no such clause. On a yes/no
 * question only.
 */
function laterClauseAtEnd(P: LocaleParser, said: string, norm: string, expect: Expectation): IntentMatch | null {
  // (A yes/no question only: on a measure 十八点八 is a reading, not eight past six.)
  if (expect.kind !== 'yesno') return null;
  const clauses = said.split(/[,，。.!！;；…~～?？\s]+/u).filter((c) => c.trim());
  if (clauses.length < 2) return null;
  const last = P.normalize(clauses[clauses.length - 1]!);
  if (!BARE_LATER_TIME_ZH.test(last)) return null;
  const spec = P.parseTime(last);
  if (!spec || spec.now || spec.any) return null;
  const start = norm.lastIndexOf(last);
  // (Only after words that answer nothing: 热了，晚上七点 answers, 师傅来了吗，下午三点 asks.)
  const rest = start > 0 ? norm.slice(0, start) : '';
  if (!rest || P.analyze(rest).signals.length > 0 || P.isQuestion(rest, clauses.slice(0, -1).join('，'))) return null;
  return start < 0 ? null : { intent: 'reschedule', confidence: 0.8, start, end: start + last.length, keep: false };
}
const LATER_DAY_ZH = '(明天|明儿(个)?|后天|今晚|明晚|明早|周[一二三四五六日天末]|星期[一二三四五六日天]|礼拜[一二三四五六日天]|下(个)?(周|星期|礼拜)[一二三四五六日天]?)';
const LATER_PART_ZH = '(上午|下午|中午|晚上|傍晚|白天|早上)';
const CLOCK_ZH = '([0-9零一二两三四五六七八九十]+点(半|[0-9零一二三四五六七八九十]+(分)?)?(多)?)';
/** Round 15 (t15F): a clause that is only a later time (九点半以后, 两点以后吧, 晚上七点, 明儿白天吧, 明天下午, 下礼拜二上午十点). */
const BARE_LATER_TIME_ZH = new RegExp(`^(那|就|要不)?(${LATER_DAY_ZH}?${LATER_PART_ZH}?${CLOCK_ZH}(以后|之后|过后|后|左右)?|${LATER_DAY_ZH}${LATER_PART_ZH}?|${LATER_PART_ZH})(再打|再说|打|可以|行)?(吧|啊|呗)?$`, 'u');

/** A go-ahead (你说, 说呗, 你问吧) said as one clause of several, the clauses cut where the customer paused. */
function goAheadClause(P: LocaleParser, said: string): boolean {
  const clauses = said.split(CLAUSE_BREAK).filter((c) => c.trim());
  const rest = clauses.filter((c) => !P.goAhead(P.normalize(c)));
  // (The other clauses make room for the call, 正好闲着, 在路边停着呢, 我把电视关了; beside a distraction, 我闺女在那哭呢，
  // 你说你说, the go-ahead is said to end the call quickly, and answers no question.)
  return rest.length > 0 && rest.length < clauses.length && rest.every((c) => ROOM_MADE_ZH.test(c));
}

/**
 * Round 15 (t15F): a go-ahead on terms. The customer settles the length or the number of questions first, asking it back
 * or granting it, or threatens to hang up past it (一分钟是吧？超过一分钟我就挂了啊，你说; 就一分钟哈，掐着表呢，问吧;
 * 几个问题？几个是几个？三个以内我就答; 只有几个问题是吧？那中，来吧): the go-ahead said last stands, the questions before it
 * being the terms. Not when a later call ends the utterance (要十分钟啊？那你晚上打吧, read by the intents) nor when the
 * terms end it (长不长啊？长了我可没工夫 grants nothing).
 */
function goAheadOnTerms(P: LocaleParser, said: string): boolean {
  const clauses = said.split(/[,，。.!！;；…~～?？\s]+/u).filter((c) => c.trim());
  const last = clauses[clauses.length - 1] ?? '';
  const rest = clauses.slice(0, -1);
  return rest.length > 0 && (P.goAhead(P.normalize(last)) || WITHIN_TERMS_GO_ZH.test(P.normalize(last))) && rest.every((c) => CALL_TERMS_ZH.test(P.normalize(c)) || ROOM_MADE_ZH.test(c));
}

/** Round 15 (t15F): the terms of the call (its length, the number of questions, timed, hung up past it, 那中/那行). */
const CALL_TERMS_ZH = /分钟|(几|[零一二两三四五六七八九十\d]+)个(问题|题|以内|之内)|几个是几个|(问|有)(几|多少)个|多长时间|多久|问题[^，]{0,2}(是吧|对吧|吗|啊)|(掐|看|盯)着表|计着时|就挂|(我|就)(可)?挂了|^(那)?(中|行|成|好|可以)(吧|啊)?$/u;
/** Round 15 (t15F): a go-ahead bound to the terms just set (三个以内我就答, 一分钟的话我就听). */
const WITHIN_TERMS_GO_ZH = /(以内|之内|的话)(我)?(就)?(答|回答|听|说)(吧|啊)?$/u;


/** Room made for the call: free, parked, at home, the television off (闲着, 停着呢, 在家, 有空, 不忙, 把电视关了; round 15: 刚下班到家). */
// Round 17 (t17F): also the line made ready (我开着免提呢, 我换个屋, 现在能听见了, 行了/可以了 after a hold), the call already
// taken (接都接了, 你都打过来了) and 齐活 (all set): the customer has made room, and the go-ahead beside it is a yes (004 第五篇).
const ROOM_MADE_ZH = /免提|换(了)?(个|一个)?(屋|房间|地方|地儿)|(能|可以)?(听见|听得见|听清|听得清|听到)了$|^(行|好|可以|妥)了$|接都接了|都打(过来|来)了|^齐活(了|儿)?$|闲着|停(着|下|好)了?|在家|有空|有时间|没事|不忙|没啥事|(关|调小)(了|掉)|方便|正好|刚好|(?<![没不])(刚)?(下班)?(到家|回到家|下班)了?$/u;

const CLAUSE_BREAK = /[,，。.!！;；…~～\s]+/u;

/**
 * Round 12 (t12P2): a clause of its own in which the customer says they are the one asked for (是我, 我是啊, 我是我是,
 * 那就是我, 应该是我吧) or that the account is in their name (户主写的是我, 登记的是我身份证); never beside a denial
 * (不是我, 我不是本人) nor a greeting (喂 是我 你好); a name left (留的是我名字 邓丽) is an aside. 户主是我老公 names someone else and is no claim.
 */
function identityClaimed(said: string): boolean {
  // (喂 是我 你好: a greeting at the line's opening, no answer yet — the corpus's greeting non-answers.)
  if (/不是我|我不是|不是本人|不是他|不是她|你好|您好/.test(said)) return false;
  // Round 21 (t21D): in English a clause that opens "it's me" / "is me" / "that's me" (Ya, is me. Why?; It's me but I'm driving).
  if (/\bme\b/i.test(said) && !/\bnot me\b|\b(isn'?t|is not|wasn'?t|ain'?t) me\b/i.test(said)) return said.split(/[,.!?;，。！？；]+/u).some((c) => SELF_CLAIM_EN.test(c.trim()));
  return said.split(/[，,。.!！?？、;；\s]+/u).some((c) => SELF_CLAIM_CLAUSE.test(c) || REGISTERED_TO_ME.test(c));
}
const SELF_CLAIM_EN = /^(?:(?:yes|yeah|ya|yep|yup|yah|oh|hi|hello)\s+)*(?:it'?s|it’s|it is|is|that'?s|that’s|that is|this is)\s+me\b(?!\s+(?:who|you|that|again|or)\b)/i;
const SELF_CLAIM_CLAUSE = new RegExp(`^(对|是|嗯|哎|诶|欸|噢|哦|啊)*(应该)?(${ITS_ME_CLAUSE})(本人)?(啊|呀|呢|哈|嘛|吧)?((我是|是我)(啊|呀)?)*$`, 'u');
const REGISTERED_TO_ME = /(户主|机主|业主|登记的?|写的)[^，]{0,4}是我(的)?(身份证)?(啊|呀|呢|吧)?$/u;
/** Round 12: the customer names themselves at the end (我就是, 就是我, 是我呀): the identity confirmed. */
const SELF_CLAIMED_AT_END = new RegExp(`(${ITS_ME})(本人)?(啊|呀|呢|哈)?$`);
/** Round 12: a go-ahead closing the utterance (那你问吧, 你说吧). */
const GO_AHEAD_AT_END = /(问|说|讲)吧(啊|呀)?$/;
/** The state taken back after the first clause (还是冷, 又不热了, 没解决, 一半, 摆设): the first clause is no verdict. */
const STATE_TAKEN_BACK = /还是|又|依然|仍然|照样|照旧|根本|一点(也|都|儿)|(没|不)(解决|好|修好|热(?!乎|和)|通|能用|正常|管用|顶用|行)|(?<![不没])(冷|凉|冰)|一半|没变|老样子|白(修|弄|来|干)|摆设|没用|不管用|好几天|能撑|多久|几天/;
/** The first clause concedes the state (热是热了, 热倒是热了, 工期倒是准, 推荐倒是会推荐, 能用是能用). */
const STATE_CONCESSION = /^(.{1,4}?)(倒是|倒|是|也是)(会|能|挺|还|很)?(.{0,2})$/;
/** A leak at a fitting (阀门那儿一直往外渗水, 接头那一直在渗水): a new fault beside the state asked about. */
const LEAK_ELSEWHERE = /(阀门|接头|放气阀|管子|管道|暖气片|地上|地板|水管).{0,8}(滴|渗|漏|冒|滋|往外)/;
/** The aspects of a multi-item survey, said by name (renovation's design, quality, attitude, schedule, site safety). */
const ASPECTS = '设计|施工质量|施工|质量|态度|服务态度|服务|进度|工期|安全|文明施工|价格|效果|材料|售后|网速|信号';
const ASPECT_PRAISED = new RegExp(`^(${ASPECTS})(方面|这块|那块)?(还|倒是|倒|是|都)?(挺|很|比较|还算|非常|蛮)?(满意|可以|不错|没问题|挺好|还行|好)(的|了)?$`);
const ASPECT_OPENS = new RegExp(`^(?:但是|但|可是|可|就是|不过|只是)?(${ASPECTS})`);
/** Names of one aspect (施工 and 施工质量 and 质量 are one; 态度 and 服务态度 and 服务 are one). */
const ASPECT_SAME: Record<string, string[]> = { 施工质量: ['施工', '质量'], 施工: ['施工质量', '质量'], 质量: ['施工质量', '施工'], 态度: ['服务态度', '服务'], 服务态度: ['态度', '服务'], 服务: ['态度', '服务态度'], 进度: ['工期'], 工期: ['进度'], 安全: ['文明施工'], 文明施工: ['安全'] };
/** Emphatic praise opening the answer (正常得很, 好得很, 太满意了): said as a reproach when a grievance follows. */
const EMPHATIC_PRAISE_AT_START = /得很|得不得了|极了|死了|太.{1,3}了|可.{1,2}了|^(非常|特别|超级?)/;
/** The asked word said with a sneer that denies it (好了个鬼, 解决个屁, 按期个啥呀, 满意个啥, 热什么热). */
/** A yes said as such to a question whose "yes" reports a problem (有, 是的, 对, yes): not 好, 行, 没问题, 可以. */
/** Round 13 (t13R): a question that reports a grievance: when the fault will be fixed or money refunded, or a question put to the customer by staff. */
const REPORTED_ASK = /(?<![想要请我])问(我|俺|咱)?(是不是|是否)(你|您)/;
/** Round 14 (t14R): the customer reporting what they asked the worker (我问能不能把线顺着墙角走，他来一句…): told, not asked of the caller. */
const REPORTED_OWN_ASK = /(?<![想要请])我(就|还|当时|跟他|跟师傅)?问(他|她|师傅|人家|工人|他们)?(能不能|可不可以|可以不|行不行|要不要|是不是|有没有|为啥|为什么)/;
/** Round 14 (t14R): a ceiling on a score (最多六分, 顶多给六分, six out of ten tops, at most a six). */
/** A share of satisfaction from a half to under seven tenths (六成满意, 百分之六十的满意, 五五开, 一半满意一半不满意). */
const MIDDLING_SHARE_ZH = /(?<![零一二两三四五六七八九十\d])([五六]成|百分之[五六]十[一二三四五六七八九]?)(的)?满意|五五开|一半满意[^，]{0,2}一半不满意|一半不满意[^，]{0,2}一半满意/;
const SCORE_CEILING = /(最多|顶多|撑死|充其量|至多|最高)(也就|就)?(给|打|算|值|能给)?[零一二两三四五六七八九十\d]+分(?!钟)|\b(at (the )?most|at best)( a)? (\d+|one|two|three|four|five|six|seven)\b|\b(\d+|one|two|three|four|five|six|seven)( out of (ten|10))?,? (tops|at (the )?most|at best|max)\b/;
const OWED_ASKED = new RegExp(`(啥时候|什么时候|几时|多会儿?|何时)[^，]{0,6}(修|处理|解决|退|返|赔)|${REPORTED_ASK.source}`);
/** Round 13 (t13R): the level said only as what would have been (要是能一次修好，我肯定说满意): no level given. */
const COUNTERFACTUAL_LEVEL = /(要是|如果|假如|早)[^，]{0,12}(我)?(肯定|一定|就|早就?)(会)?(说|给|打|是)?(满意|好评|满分|五星)/;
/** Round 15 (t15S): a denial denied (不能说没有, 也不是没有, 倒不是没遇到过): a reluctant yes. */
const DOUBLE_DENIED_NO = /(不能说|不好说|也不是|倒不是|并不是|不是)没(有|发现|遇到|见过|碰到)/;
const REPORTED_YES = /^(有|是|对|嗯|恩|确实|yes|yeah|yep|right|there (was|were))/i;
/** Staff who kept the rules (都挺规矩的, 守规矩, 很本分), and a breach seen (发现过, 遇到了): said to the violations question. */
const RULES_KEPT = /(?<![不没]|不太|不大|不怎么|不够|不是很)(规矩|守规矩|本分|规范|按规矩|按规定)/;
const RULES_BROKEN_SEEN = /(?<![没不未])(发现|遇到|碰到|碰上|遇上)(了|过)/;
/**
 * Round 13 (t13G2): a negative verdict or fact no complaint pattern names (遭这罪, 全连不上), not the echo with 啥 itself, and
 * not taken back by good news after it (解决啥了？哦那个电话没声音的事，好了好了): with RHETORICAL, a reproach.
 */
function unnamedGrievance(P: LocaleParser, norm: string): boolean {
  const sig = P.analyze(norm).signals;
  const last = sig.map((x, i) => (x.pol < 0 && !x.negated && !/啥|什么|^wait$/.test(x.text) && (x.cls === 'eval' || (x.cls === 'fact' && x.w >= 1)) ? i : -1)).reduce((a, b) => Math.max(a, b), -1);
  return last >= 0 && !sig.slice(last + 1).some((x) => x.pol > 0 && x.cls !== 'answer' && !x.negated);
}
/** A span in quotes (reported words). */
const QUOTED_SPAN = /["“「『][^"”」』]{1,40}["”」』]/g;
// The mended state denied as the whole answer (不通, 不热, 还没好, 没修好, 还是不行): the fault still there.
// Round 20 (t20Y2): words of the visit only (来了, 来修了, 修, the 是 of 修是来修了), and the state now said (好了, 热了, 通了…).
// (A person came, 师傅来了, 来修了; not the line back, 网来了, nor a plan changed back, 改回来了.)
const VISIT_CAME_ZH = /(师傅|人|他|她|他们|维修工?|装维|小伙子?)[^，]{0,10}(来|上门)|来修/;
const VISIT_WORD_ZH = /^(来了|来过|来修了|来修|上门了|修|是|要)$/;
const STATE_NOW_SAID_ZH = /好了|修好|弄好|热|暖和|通了|能用|能上|正常|解决|没问题|没事了|行了|不断|不卡|冷|凉|不行|(还是|又)(不|没|断|卡|坏|凉|冷|那样|老样子)/;
const CALL_SAID_HANDLED_ZH = /(打的电话|打电话|来电话|来了个电话|短信|通知)[^，]{0,6}说(是)?(已经)?(处理|解决|修)(好|完)?了(的)?$/;
const MISHEARD_SOLVED_ZH = /^(已经)?介绍了(啊|吧|呀)?$/;
// Round 20 (t20Y2): money said refunded as the last clause (钱……退了, 退回来了, 给我退了), not yet (还没退) nor asked (退了吗).
const REFUND_DONE_ZH = /(钱|费|款)[^，]{0,12}(?<!没|没有|不|还没|未)(退|返|退回来|返还|退给我)(了|啦)(的)?(吧|啊|呀)?$/;
/** Round 20 (t20Y2): the fault still there now (STILL_NOW_ZH), not in a clause said of an earlier time (今天还行 昨天还不热呢). */
function stillNowZh(said: string): boolean {
  const m = STILL_NOW_ZH.exec(said);
  if (!m) return false;
  const from = Math.max(...[...'，,。 '].map((c) => said.lastIndexOf(c, m.index + (/^[，,。\s]/.test(m[0]) ? 0 : -1))));
  return !/昨天|前天|之前|以前|前两天|前几天|那会|当时|刚开始|一开始|上午/.test(said.slice(from + 1, m.index + m[0].length));
}
// Round 20 (t20Y2): the mending retorted (解决啥了, 热什么呀, 修好什么, 谁跟你说处理好了, 说是处理了 其实/谁……) said first, on the fixed step.
const FIX_DENIED_ZH = /^\s*(?:那个啥|那个|哎呀|嗨|唉)?[，,\s]*(?:(?:解决|处理|修好|弄好|热|好|通)(?:什么|啥)(?:了)?(?:呀|啊|呢)?|谁(?:跟|和|给)(?:你|您)(?:们)?(?:说|讲)(?:的)?(?:已经)?(?:处理|解决|修|弄|搞)?(?:好|完)?了?(?:的)?|(?:说是|说|都说)(?:已经)?(?:处理|解决|修好|弄好|修)(?:好|完)?了)[？?！!，,。\s]*/;
// What follows a "说是处理了" that takes it back: in fact, but, still, nobody, who.
const FIX_DENIED_REST_ZH = /^(其实|实际上|可是|可|但是|但|结果|还是|照样|根本|压根|谁|没人|也没|就来了)/;
// Our voice not heard (你声音断断续续的, 听不清你说啥): a hearing trouble, not a retort.
const OUR_VOICE_ZH = /(你|您)(那边)?(的)?(声音|说话|说的|讲的|信号)|听不清(你|您)|(你|您)说(啥|什么)|忘了|不记得|记不(清|得)|想不起/;
// The fault still or again there now, said as a clause (还是断了一次, 还是有问题, 还是一样卡, 还没有 说是要等, 还不热呢).
const STILL_NOW_ZH = /(?:^|[，,。\s])(?:那个啥|那个)?[，,\s]*(?:今天|昨天|早上|今天早上|昨晚|刚才|这两天|现在)?(?:还是|又)(?:有问题|有毛病|不行|一样|老样子|断|卡|掉线|不通|不热|凉|冷)|^\s*还没(?:有)?(?:呢|啊)?[，,\s]+(?:说是?|得|要|等)|(?:暖气|屋里|家里|网|电话)?还(?:是)?不(?:热|通|行)(?:呢|啊)?\s*$/;
const STATE_DENIED_ZH = /^(还|也|都|根本|压根)?(是)?(不通|不热|没(有)?(修)?好|没(有)?通|不行|没解决|不能用)(呢|啊|呀|的)?$/;
const SNEERED_ECHO = /^(?:[^，]{0,4}?)(好|解决|修好|热|正常|能用|按期|满意|推荐|通|行|安全|到位)了?个(鬼|屁|头|锤子|啥|什么|毛线?|球)|^(热|好|解决|正常|按期|推荐|满意)(什么|啥)\3/;
/**
 * Round 19 (t19V1): the state asked about taken back after a yes said a little (还是不够热, 离热还差得远: only after 热了一点点 or
 * 有点温乎; 热是热了，就是不够热 is a yes below standard, quality), or the fault come back after a yes said a little or conceded
 * (能上是能上，就是隔一会儿断一下; 还是断).
 */
const FIXED_TAKEN_BACK_ZH = /(不够|不太|不大|不怎么|没那么|没多)(热|暖和|热乎|快|稳|稳定|正常|好用)|离[^，]{0,3}(热|暖和|正常|好)[^，]{0,3}(还)?(差得远|差远了|远着呢|差得多|差一截|早着呢)/;
/** The yes said a little (热了一点点, 有点温乎, 稍微好些). */
const SAID_A_LITTLE_ZH = /一点|有点|有些|稍微|稍稍|一些/;
const FAULT_RECURS_ZH = /(还是|又|照样|照旧|仍然|依然|老是|总是)[^，]{0,6}(断|卡|掉线|不通|上不去|连不上)|(隔|过|每)(一会儿?|几分钟|半天|一阵|一小时|个把小时)[^，]{0,3}(就)?(断|掉|卡|不通)/;
/** A matter said small (个别, 有点, 稍微, 就一个): a reservation, never the sneer's punchline. */
const SMALL_MATTER = /个别|有点|稍微|一点|不太|就一个|有一个|有个|一两/;

/** The level alone, named plainly (满意, 挺满意的, 算是满意吧, 满意满意, very satisfied, I'm happy). */
/** Round 17 (t17S): a grade given with its verb at the end of the answer (我给个C, 打个B减, 给你们打个甲等, 评个乙吧). */
const GRADE_GIVEN_ZH = /(?:给|打|评|算)(?:了)?(?:你们|他|她|师傅|它)?(?:个|一个)(?<g>(?<![a-z])[abcd](?![a-z])|甲|乙|丙|丁)(?:等)?(?<sign>加|减|\+|-)?(?:吧|啊|呗|的|呀)?$/;
function gradeLevel(g: string, sign: string | undefined): Csat3 {
  const i = 'abcd'.indexOf(g.replace('甲', 'a').replace('乙', 'b').replace('丙', 'c').replace('丁', 'd'));
  const level = (['very_satisfied', 'satisfied', 'neutral', 'dissatisfied'] as const)[i]!;
  return level === 'very_satisfied' && (sign === '减' || sign === '-') ? 'satisfied' : level;
}
/** Round 17 (t17S): the grades listed, then one chosen (优良中差，我选中; 甲乙丙丁选乙; 好中差的话给个中). */
const GRADE_LISTED_ZH = /(?:优良中差|优良差|甲乙丙丁|abcd|好中差|好一般差)(?:的话|里|里面|当中|之中)?(?:我|那我|那)?(?:就)?(?:选|给|打|评|算|是)(?:个)?(?<g>优|良|中|差|甲|乙|丙|丁|[abcd]|好|一般)(?:等|吧|啊|呗|的)?$/;
const LISTED_LEVEL: Record<string, Csat3> = { 优: 'very_satisfied', 甲: 'very_satisfied', a: 'very_satisfied', 良: 'satisfied', 乙: 'satisfied', b: 'satisfied', 好: 'satisfied', 中: 'neutral', 丙: 'neutral', c: 'neutral', 一般: 'neutral', 差: 'dissatisfied', 丁: 'dissatisfied', d: 'dissatisfied' };
/** Round 17 (t17S): the scale named beside a score (满分十分, 满分五分, 十分制, 五分制, 百分制). */
const SCALE_NAMED_CSAT = /满分(是)?(十|五|一百|百|10|5|100)(分|颗)?(?!满意)|(十|五|一百|百|10|5|100)分制/;
/** Round 17 (t17C2): the level alone, said softly after a "but" (但确实不太满意, but honestly I'm not really satisfied). */
const SOFT_LEVEL_ALONE = /^[，,。.…\s]*(但是?|不过|可是?|就是|只是|but|though)?[，,\s]*(说实话|说真的|老实说|讲真|确实|其实|真的|实在|是|我|我们|还是|心里|honestly|to be honest|really|i m|i am|we re|we are|\s)*(不太|不怎么|不大|不是很|不是太|not (really|very|too|that|entirely|quite))\s?(满意|satisfied|happy|pleased)(的|吧|啊|呀|了)?[。.!！…\s]*$/;
/**
 * Round 17 (t17S): the part of the score held back, with its reason (少一颗是, 剩下两成是, 扣两分是因为, 少那三分是因为, 差一颗星就是,
 * 扣的那一分是): what the customer took off, and why.
 */
// (Round 17, t17C2: the number first and the taking-off after it, 那二十分扣在他没穿鞋套, 这一颗星少在…, 差的两分是因为…; a tens
// number, 扣二十分是; and in English, lost a point because, docked two for, minus one for the mud.)
const DEDUCTION_EXPLAINED_ZH = /(少|扣|差|剩下?|缺|减|留)(了|掉|的|下的)?(他|她|你们)?(那|这)?(个)?([一二两三四五六七八九十\d]+|半)(颗|个)?(星|分|成)?(星)?(主要|就|呢)?(是|因为|在于|怪|扣在|为了|算)|(那|这|剩下的?|差的|少的|扣的)(个)?([一二两三四五六七八九十\d]+|半)(颗|个)?(星|分|成)(星)?(就|主要|呢)?(是)?(扣|少|差|丢)(掉)?(在|于|给了|的是|是因为|因为)/;
/** The same in English (lost a point because, docked two for, minus one for the mud): t17C2's part of the one pattern it was. */
const DEDUCTION_EXPLAINED_EN = /\b(lost|loses|losing|docked|dock|minus|knocked off|knock off|took off|take off|taking off)( him| them| it)? (a|one|two|three|\d+|half a) (point|points|mark|marks|star|stars)( off)? (because|for|as|since|due to|over)\b/;
/** Round 17 (t17S2): a scale of five named in English (out of five, on a scale of one to five). */
const FIVE_SCALE_EN = /\b(?:on a scale of |scale of )?(?:from )?(?:one|1) to (?:five|5)\b|\b(?:if it is |if it s |if its )?out of (?:five|5)\b/;
const EN_SCORE = '(?:ten|nine|eight|seven|six|five|four|three|two|one|zero|10|[0-9])';
/** Round 17 (t17S2): points, stars or percent taken off, or the part held back named (knocked off two points, minus one, the five is for). */
const DEDUCTION_EN = new RegExp(`\\b(?:knocked|knock|took|take|taking|docked|dock|minus|deducted|deduct)\\b(?: off)? (?:a |an |${EN_SCORE} )(?:points?|stars?|percent|marks?)?|\\bthe (?:${EN_SCORE}|ten|twenty|five) (?:percent |points? |stars? )?(?:missing |off )?is (?:for|because)\\b`);
/** Round 17 (t17S2): a score out of ten or a percentage given as the whole first clause (I'd say eight, ...; ninety percent, ...). */
const SCORE_FIRST_EN = new RegExp(`^(?:i would say |i d say |i will give (?:it|him|you|them) |i ll give (?:it|him|you|them) |i would give (?:it|him|you|them) |say |give (?:it|him) |an? )?(?:an? )?(?:${EN_SCORE}(?: out of ten)?|(?:ninety|eighty|seventy|sixty)(?: (?:five|one|two|three|four|six|seven|eight|nine))? percent) (?!out |percent |points? |stars? |for )`);
/** Round 17 (t17S2): a score given for the grievance itself (five stars for the mud on my carpet): irony, not a deduction. */
const SCORE_FOR_GRIEVANCE_EN = new RegExp(`(?<!\\b(?:minus|off|less|lose|lost) )\\b(?:${EN_SCORE}|ten out of ten|a plus|five stars?) (?:out of ten |stars? )?for (?!the (?:engineer|guy|man|technician|installer|work|service))`);
const EN_NUM: Record<string, number> = { zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };
/** Round 17 (t17S2): the level of the score an English answer gives (so an eight; I'd say eight; ninety-five percent), or null. */
function scoreLevelSaidEn(norm: string): Csat3 | null {
  const pct = /\b(ninety|eighty|seventy|sixty)(?: (one|two|three|four|five|six|seven|eight|nine))? percent\b/.exec(norm);
  if (pct) return levelOfScore((EN_NUM[pct[1]!]! + (pct[2] ? EN_NUM[pct[2]]! : 0)) / 10, 0, 10);
  const m = new RegExp(`(?:^|\\bso |\\bsay |\\bgive (?:it|him|you|them) )(?:an? )?(${EN_SCORE})\\b(?! (?:points?|stars?|percent) (?:for|off)\\b)(?! out of (?:five|5)\\b)`).exec(norm);
  if (!m) return null;
  const v = /^\d+$/.test(m[1]!) ? Number(m[1]) : EN_NUM[m[1]!]!;
  return levelOfScore(v, 0, 10);
}
/**
 * Round 17 (t17S): the level of the score a satisfaction answer gives in numbers (八分, 四颗星 out of five, 八成, 百分之七十, a mark
 * on a scale the customer names), or null when it gives none clearly.
 */
function scoreLevelSaid(P: LocaleParser, vnorm: string): Csat3 | null {
  if (/星/.test(vnorm)) {
    const st = P.findScore(vnorm, 0, 5);
    if (st.value !== null && st.confidence >= 0.6 && Number.isInteger(st.value)) return levelOfScore(st.value, 0, 5);
  }
  const s = P.findScore(vnorm, 0, 10);
  if (s.value !== null && (s.confidence >= 0.9 || (s.confidence >= 0.6 && s.scaled))) return levelOfScore(Math.floor(s.value), 0, 10);
  return null;
}
const LEVEL_OPENING = /^(我|我们|i m|i am|we re|we are)?(还|还是|也|都)?(算是|算|基本上?|总体|整体|比较|挺|蛮|还挺|还算|很|非常|特别|相当|very|quite|pretty|fairly|really)?\s?(满意|satisfied|happy)(满意)?(的|了)?(吧|啊|呀|哈|嗯)?$/;

/** A lukewarm level named as the whole first clause (一般，线拉得不太好看; 一般般，打热线要等挺久): neutral, beside a small matter. */
const NEUTRAL_OPENING = /^(我|我们)?(觉得)?(还|也|就|算)?(一般|一般般|马马虎虎|凑合|还凑合)(吧|啊|呀|哈|嘛)?$/;

/** Round 14: the level named as the whole first clause, with what follows neither denying it nor sneering. */
/**
 * Round 17 (t17V): a story of the visit closed by the level (…弄完还上楼来让我试了试，挺满意; …这服务，我给满分): at least four
 * clauses, the last a plain positive level, no "but" (但是, 就是, 不过, 可是, 只是) and nothing said to be still wrong
 * (还是, 到现在, 又断): Chinese only.
 */
const STORY_CLOSING_LEVEL = /(?:^|[，,。.!！\s])(?:这回|这次|这服务|总的来说|总之|所以)?[，,]?(?:我|俺)?(?:是真|还是|真|都)?(?:挺|很|非常|特别|可|嘎嘎|贼|相当|老)?满意(?:的|了|啦|啊|呀)?(?:[，,](?:这回|这次)?(?:是真|嘎嘎|非常|特别)?满意(?:的|了|啦|啊|呀)?)?[。.!！\s]*$|(?:^|[，,。.!！\s])(?:这服务[，,]?)?(?:我)?给(?:他|你们|师傅)?(?:打)?满分[。.!！\s]*$/u;
const STORY_BUT = /但是|但|可是|不过|就是|只是|就一点|唯一|美中不足/u;
const STORY_STILL = /还是|仍然|依然|照样|到现在|至今|到今天|又(断|坏|不|漏|凉|冷|卡|掉)|还(没|不|断|漏|凉|冷|卡)|再(断|坏|漏)/u;
function storyClosedByLevel(P: LocaleParser, said: string): boolean {
  if (!/[\u4e00-\u9fff]/u.test(said) || !STORY_CLOSING_LEVEL.test(said)) return false;
  const clauses = said.split(/[，,。.!！?？;；…\s]+/u).filter(Boolean);
  if (clauses.length < 4) return false;
  const body = said.replace(STORY_CLOSING_LEVEL, '');
  return !STORY_BUT.test(body) && !STORY_STILL.test(body) && !/[?？]/u.test(said) && !P.irony(P.normalize(said));
}

function levelOpening(P: LocaleParser, said: string, depth = 0): Csat3 | null {
  const m = /^\s*([^，,。.!！?？;；\s]+(?:\s(?:satisfied|happy))?)[，,。.!！;；\s]+(\S.*)$/su.exec(said);
  if (!m) return null;
  const first = P.normalize(m[1]!).trim();
  const rest = P.normalize(m[2]!);
  // (修得挺快的，满意，就是……: praise of the visit, then the level as a clause of its own: the level opens the verdict.)
  if (!LEVEL_OPENING.test(first) && !NEUTRAL_OPENING.test(first)) {
    const praise = P.analyze(first);
    return !depth && praise.signals.some((x) => x.pol > 0) && !praise.signals.some((x) => x.pol < 0) && !praise.hedges.length && !P.irony(first) ? levelOpening(P, m[2]!, 1) : null;
  }
  if (P.irony(rest) || P.irony(P.normalize(said))) return null;
  // (满意啊，在家还能锻炼抗寒能力: with no "but", small word or acceptance, what follows is the sneer's punchline.)
  // (满意呀，省得开冰箱了: a "saves me the trouble" punchline is a sneer too.)
  if (/省得|省了|倒省/.test(rest)) return null;
  // (A lukewarm level needs no "but": 一般般，打热线要等挺久 tells why it is only that.)
  if (P.contrastAt(rest, rest.length) < 0 && !RESERVATION_CUE.test(rest) && !ACCEPTANCE.test(rest) && !SMALL_MATTER.test(rest) && !NEUTRAL_OPENING.test(first)) return null;
  const after = P.analyze(rest);
  // 满意，就是太不满意了; satisfied? no: the level taken back.
  // (满意，就是太差劲了: an unsoftened verdict after it takes it back too.)
  if (after.signals.some((x) => x.pol < 0 && (LEVEL_WORD.test(x.text) || x.strength === 2 || (x.cls === 'eval' && x.strength > 0 && x.w >= 1)))) return null;
  return NEUTRAL_OPENING.test(first) ? 'neutral' : positiveLevel(P.analyze(first))?.value ?? null;
}

/**
 * Round 11: the first clause said, as a pause or a comma ends it, is an unhedged yes (热了, 正常了, 满意, 热是热了,
 * 工期倒是准) and what follows opens with a "but" (or follows a concession) and does not take the state back: the
 * answer is the first clause's yes. Actions conceded (处理是处理了, 来是来了) and praise of a person are no verdict.
 */
/** Round 20 (t20V2): too ashamed to recommend (我不好意思推荐, 哪好意思跟人介绍), no pause inside. */
const ASHAMED_TO_RECOMMEND_ZH = /(不好意思|没脸|不敢|哪好意思|怎么好意思)(再)?(跟|给|向)?(人|别人|朋友|亲戚|亲朋)?(推荐|介绍)(?!的话)/;
/** Round 20 (t20V2): a delay of a day or a few (晚了两天, 耽误了几天, 拖了一两天). */
const SHORT_DELAY_ZH = /(晚|耽误|拖|推迟|延期|延误|慢|停|歇|停工)了?(一|两|俩|三|几|一两|两三)(个)?(天|日)/;
/** Round 20 (t20V2): a lukewarm level said as a clause of its own (基本满意, 还行吧, 应该还可以, 进度还行吧). */
const LUKEWARM_FIRST = /^(嗯|呃|哦)?(设计|质量|施工|进度|工期|态度|服务|总体|整体)?(应该|也)?(基本(上)?满意|大体满意|还算满意|还行|还可以|还好|凑合|过得去|还过得去)(的|了)?(吧|啊|呀|吧啊)?$/;
function openingVerdict(P: LocaleParser, said: string, norm: string, comp: ComplaintMatch | null, ironic: boolean): 'aspect' | 'matter' | null {
  const m = /^\s*([^，,。.!！?？;；\s]+)[，,。.!！;；\s]+(\S.*)$/su.exec(said);
  if (!m) return null;
  const first = P.normalize(m[1]!);
  const rest = P.normalize(m[2]!);
  if (!first || !rest || P.isQuestion(first, m[1]!) || P.praisesSomeone(first) || P.irony(first) || SNEERED_ECHO.test(first)) return null;
  // 设计满意，施工质量我就呵呵了; 设计满意 施工不满意: one aspect praised, then another named and faulted.
  const aspect = ASPECT_PRAISED.exec(first);
  const other = aspect ? ASPECT_OPENS.exec(rest) : null;
  if (aspect && other && other[1] !== aspect[1] && !(ASPECT_SAME[aspect[1]!] ?? []).includes(other[1]!)) return 'aspect';
  // Round 20 (t20V2): a lukewarm level said first (基本满意, 还行吧, 进度还可以), then a small grievance with no "but" (比说好的晚了两天,
  // 有些地方不太合理, 就是材料老不到 耽误了几天): the level is the answer and carries the reservation itself, a yes with it.
  // (A large one, 拖了三个月, 墙裂了好几道缝 漏水, is no small matter: as read before.)
  if (LUKEWARM_FIRST.test(first) && !ironic && !P.irony(rest) && !comp?.severe && (!!comp || P.analyze(rest).signals.some((x) => x.pol < 0)) && (comp?.diminished || SMALL_MATTER.test(rest) || RESERVATION_CUE.test(rest) || SHORT_DELAY_ZH.test(rest))) return 'matter';
  // (Irony said by the whole (正常得很，一天断八回) takes the first clause back; a sneer inside the rest does too.)
  // (挺好的，就是不太满意: the level itself denied after the "but" is the answer, not another matter.)
  if (STATE_TAKEN_BACK.test(rest) || P.irony(rest) || EMPHATIC_PRAISE_AT_START.test(first) || P.analyze(rest).signals.some((x) => x.pol < 0 && LEVEL_WORD.test(x.text))) return null;
  // 满意 可满意了 三个月的活儿干了半年; 按期 按得可准了: the word said again to elaborate it is the sneer's set-up.
  if (rest.startsWith(first.slice(0, 1)) || (ironic && !SMALL_MATTER.test(rest))) return null;
  if (/处理|来|修(?!好)|弄(?!好)|看|换|去|打(?!通)|联系|回复|上门/.test(first)) return null;
  const a = P.analyze(first);
  if (a.signals.some((x) => x.pol < 0)) return null;
  // (白天是好的, 摸着是温的: a state restricted, not conceded; the concession repeats the word or says 倒.)
  const conceded = STATE_CONCESSION.test(first) && (/倒/.test(first) || /^(.{1,3})(也是|是)(会|能|挺|还|很)?\1/.test(first));
  const echoed = P.echo(first.replace(/^(算是|应该是?|基本(上)?|差不多|大概|好像|总算|终于)/, '')) === true;
  const d = decideYesNo(a);
  if (!conceded && !echoed && !(d.value === true && d.basis !== 'weak')) return null;
  if (conceded || CONTRAST_OPEN.test(rest) || (norm.startsWith(first) && P.contrastAt(norm, norm.length) === first.length)) return 'matter';
  // 热了，阀门那儿一直往外渗水; 正常了 师傅把我阳台的花盆碰碎了: a state echoed, then a leak or damage, money, a
  // delay or the staff's manner is another matter beside the state (the fault itself, not_fixed or quality, is not).
  // (A state said, 正常了, 能用了, is as good as the verb echoed.)
  const stateSaid = echoed || /^(现在)?(已经)?(正常|能用|能上网?|好|通|热|热乎|解决|修好|弄好|恢复)(了)(啊|呀|哈)?$/.test(first);
  if (stateSaid && (LEAK_ELSEWHERE.test(rest) || (!!comp && !['not_fixed', 'quality', 'repeat_visit'].includes(comp.category)))) return 'matter';
  // 满意，比合同晚了一天完工，不过提前打了招呼; 总体满意，个别瓷砖缝不太齐: the level said plainly, then a small matter.
  return /^(总体|整体|总的来说|基本|还算|挺|都)?满意(的|了)?$/.test(first) && (P.contrastAt(rest, rest.length) >= 0 || RESERVATION_CUE.test(rest) || SMALL_MATTER.test(rest)) ? 'matter' : null;
}

/** The customer's own doing, not asked for (是我非要请的, 我自己愿意的, 不是他们要的). */
// Round 24 (t24D): (推 as declining, 他们都推了; not what they pushed on the customer, 他们推的那个牌子, 推销.)
const OWN_INITIATIVE = /是我(自己)?(非要|主动|硬要|愿意|要)|我(自己)?(非要|主动|硬要|自愿|愿意)|不是(他|他们|人家)要的|(他|他们|人家)(都)?(推(?![的销给])|不要|没要|没收|不收)/;
/** The customer asks whether what they tell counts as forbidden conduct (这个算不算, 算不算违规). */
const COUNTS_ASKED = /算不算|算违规(吗|么)|是不是违规|违不违规/;
// Round 12 (t12R2): the staff's honesty praised with a sneer (可清廉了, 多廉洁啊, 可守规矩了) beside money taken.
const INTEGRITY_SNEER = /(可|太|真|多|老|特)(清廉|廉洁|清白|守规矩|规矩|老实)(了|啊|呢|着呢|呀)[^。]{0,6}(就|也就|只|才)(收|拿|要)(了)?/;
// Round 12 (t12R2): smoking inside the customer's home (在我家抽烟, 屋里吸烟, 在新房里抽烟).
const SMOKED_IN_HOME = /(家|屋|房子|房间|新房|室内|客厅|卫生间|厨房)(里|里头|里面|里边)?[^，。]{0,4}(抽烟|吸烟|抽烟头|抽了?(一|好几|几)?(根|支)烟)/;
// Round 12 (t12R2): the line conceded to work (能上网, 网是通了, 能用是能用) and, after a "but" or a comma, its speed
// taken back strongly (慢得很, 慢得像蜗牛爬, 跟乌龟爬似的, 跟没修一样); 有点慢, 稍微慢点 stay a reservation.
// Round 21 (t21J): also the speed said to fail what the line is for or was sold as (网是能用了 但是晚上那速度连视频都放不了 跟套餐差远了):
// a use it cannot bear (连视频都放不了) or the plan missed by far (跟套餐差远了) takes the conceded line back as strongly.
const SLOW_AFTER_CONCEDED = /^(嗯|那个|就是)?(网|宽带|网络|电视)?(是|倒是)?(能上网?|能用|通|好|修好)(了)?(是)?(能上网?|能用|通|好|修好)?(了)?[，,\s]*(但是?|可是?|不过|就是|只是)?([^，。]{0,4}(慢得(很|要命|要死|不行|出奇|离谱|像|跟)|(跟|像)[^，]{0,4}(蜗牛|乌龟|老牛)(爬|走)?(似的|一样)|跟没(修|弄)(过)?一样)|[^，。]{0,6}(速度|网速)[^，。]{0,4}(连[^，。]{0,6}(都|也)(放|看|刷|打开|开|加载|下)不(了|开|动|出来)|(跟|和|比)(套餐|办的|说的|宣传的|签的)[^，。]{0,3}差(得)?(远|太远|老远|一大截)))/;
// Round 12 (t12R2): the calling out praised in a sneer (回访倒是挺积极, 倒挺会往外打电话的, 打推销电话倒是勤快).
const CALLING_SNEER = /(回访|往外打|打电话|打过来|推销)[^，。]{0,4}倒(是)?(挺|很|蛮|还挺)?(积极|勤快?|会|快|及时|上心)|倒(是)?(挺|很|蛮)(会|积极|勤快?)[^，。]{0,3}(往外)?(打|回访)/;
// Round 12 (t12R2): the first clause that says now is convenient (方便, 方便啊, 有啥不方便的, 没什么不方便).
/** Round 15 (t15Y): a state that comes and goes (一会儿热一会儿凉, 时好时坏, 有时候能用有时候不能用, 忽冷忽热). */
const COMES_AND_GOES_ZH = /(一会儿?|有时候?|有的时候)(热|暖和?|好|通|能用|正常|有信号)了?(的)?(一会儿?|有时候?|有的时候)(凉|冷|不热|不好|坏|断|不通|不能用|不正常|没信号)|时好时坏|时断时续|忽冷忽热|时冷时热|一阵热一阵凉|一阵好一阵坏/;
/** Round 15 (t15Y): good earlier, bad now (上午热乎，这会儿不太热; 昨天还好好的今天又卡了). Not bad earlier and good now. */
const GOOD_THEN_BAD_NOW_ZH = /(上午|早上|白天|昨天|前两天|前几天|刚才|之前|头两天|刚修完)(还)?(是)?(挺|很|好)?(热乎?|暖和|好好?|正常|能用|通)(的|了|着)?(呢)?(这会儿?|现在|今天|下午|晚上|这两天)(又|就)?(不太?|不怎么|没那么|开始|又)(热|暖和|好|正常|能用|通|凉|冷|卡|断)/;
/** Round 15 (t15Y): the bar set at sparing the company (我不骂你们就不错了, 我不拦着别人找你们就算积德了, 不投诉你们就算客气的了). */
/** Round 21 (t21F): others warned off (劝他们千万别找你们, 跟朋友说别用你们家); not the bar 我不劝人别找你们就算积德了 (SPARED_AT_BEST_ZH). */
// Round 24 (t24D): also whoever was told (跟她说, 跟我表姐讲) and the company named as 这家, 他家, 这个公司 (千万别找这家).
const WARNED_OFF_ZH = /(?<!不|没)((劝|告诉|提醒|让)(他们|她们|他|她|朋友|亲戚|邻居|同事|别人|大家|人家|身边的人)(们)?|(跟|和|对)(他们|她们|他|她|朋友|亲戚|邻居|同事|别人|大家|人家|身边的人|我[\u4e00-\u9fff]{1,3}?)(们)?(都)?(说|讲))[^，]{0,3}(千万|可|一定)?(别|不要|甭)(找|用|选|来找|装|请)(你们|你家|你们家|他们|他家|他们家|这家|这个公司|这家公司)/;
const SPARED_AT_BEST_ZH = /(我|俺)(都|没|可)?(不|没)(骂|投诉|告|曝光|拉黑|劝|拦|骂街|找你们|找人|去闹|闹)[^，。]{0,12}就(算|已经|是)?(算是|是)?(不错|好的|积德|谢天谢地|烧高香|客气|仁至义尽|给你们面子)/;
const CONVENIENT_FIRST = /^(挺|很|蛮|还)?方便(的|啊|呀|呢|着呢)?$|^(有|没)(啥|什么|什么好|啥好)不方便的?(啊|呀)?$/;
/** A denial said as a sneer: the conduct made light of (……而已, 罢了, 我"自愿"的, 不就是). */
/** Round 15 (t15S): money or a gift taken, told as a trifle (也就要了, 不过就拿了, 只不过收了). */
const TRIFLE_TAKEN = /(也就|也只|就只|只不过|不过就|无非就?)(收|拿|要)(了|过)/;
const MADE_LIGHT = /而已|罢了|(?<!不是)自愿|不就是|无非就是|哪能啊|那哪能/;

/**
 * Round 11: a yes/no answer that describes forbidden conduct (money, gifts, meals, cigarettes asked for)
 * answers "yes, there was" (renovation.violations, 004 第五篇; the
 * conduct is 000 第四十三条's): 工人说要喝水买烟，让我给他们转了两百; 有个工人管我要了两条烟 我没给 (asked for,
 * refused, still asked); 没有违规 人家就是让我请了一桌饭而已 (a denial made light of); 这个算不算？ (asked whether it
 * counts). Null when the answer says something else: a state or an evaluation of its own (这叫解决, 满意，就是……),
 * a plain denial before another matter, a doubt (这不算吧), or no conduct at all.
 */
/** Round 24 (t24D): a result held out on a condition (想线走得漂亮, 要想快点, 如果想做得好): the staff's pitch for money. */
const PITCHED_RESULT_ZH = /(要想|想要|想|要是想|如果想|为了)[^，。]{0,6}(走|做|弄|装|干|铺|贴|刷)?得?(漂亮|好看|好|快|顺|利索|细)(点|一点|些)?/g;
function misconduct(P: LocaleParser, norm: string, comp: ComplaintMatch | null, vnorm: string, a: Analysis, found: IntentMatch | null, question: boolean): boolean | null {
  if (found && found.intent !== 'complaint') return null;
  // (Smoking in the home said alone is filed on the attitude step as often: only money is read as the yes.)
  const money = comp?.category === 'money';
  if (!money) return null;
  // Round 15 (t15S): the money or gift told as a trifle after a denial or a sneer (人家哪会要钱呢 也就要了两条烟; 没有 不过就
  // 拿了个红包): what was taken is told, a yes (a step whose "yes" reports a problem hears it so).
  if (TRIFLE_TAKEN.test(norm) && !found) return true;
  if (P.noEvidence(vnorm) || RHETORICAL.test(norm)) return null;
  const head = P.stripFillers(norm);
  const opensYes = /^(有|有的|有啊|有哦|有个|有一个|有一回|有一次|怎么没有)/.test(head);
  const opensNo = !opensYes && /^(不|没|冇|莫|别|无)/.test(head);
  // (A denial made light of is the sneer that says yes; a plain one, 没有，就是……, is its own "no".)
  // (Round 12, t12R2: a denial with the staff's honesty praised in a sneer and the money told after it, 没有啊 他们可清廉了
  // 就收了我两千块辛苦费: the sneer says yes.)
  if (opensNo) return MADE_LIGHT.test(norm) || INTEGRITY_SNEER.test(norm) ? true : null;
  // Any evaluation or state said beside it answers a question of its own (满意, 解决了, 热了, 这叫解决).
  // (Round 12, t12R2: the price itself complained of beside the money, 非让我去他指定那家店买 贵了不少, is the same grievance.)
  // Round 24 (t24D): (nor the price told as so many times dearer, 比外头贵一倍; not the result the staff held out for the money, 想线走得漂亮 私下给他加八百, 要想快点就得给红包: their pitch,
  // no evaluation of the customer's.)
  const judged = norm.search(PITCHED_RESULT_ZH) >= 0 ? P.analyze(norm.replace(PITCHED_RESULT_ZH, (m) => '　'.repeat(m.length))) : a;
  if (judged.signals.some((x) => x.cls === 'eval' || (x.cls === 'fact' && x.w >= 0.8 && !(x.pol < 0 && /^(贵|太贵|好贵)$|^贵[了出]?[一两几\d]+倍/.test(x.text)))) || P.irony(norm)) return null;
  if (question) return COUNTS_ASKED.test(norm) && !/(?<!算)不算(吧)?$/.test(norm) ? true : null;
  if (/不算(吧|了)|不算啥|不算什么/.test(norm) || OWN_INITIATIVE.test(norm)) return null;
  return true;
}

/** What is said after a question back or a relative's word gives a level or a measure of its own (满意, 二十一二度). */
function answersAfter(P: LocaleParser, rest: string, expect: Expectation): boolean {
  // (说清楚: a demand after the question, no answer.)
  if (P.stripFillers(rest).replace(/\s+/g, '').length < 2 || P.isQuestion(rest, rest) || P.noEvidence(rest) || /^\s*(你|您)?(说|讲)/.test(rest)) return false;
  if (expect.kind === 'scale') return P.findScore(rest, expect.min, expect.max, expect.unit).value !== null;
  return LEVEL_WORD.test(rest);
}

/**
 * A reservation no pattern names, beside a positive answer: a contrast (就是, 不过, 唯一, though)
 * or a reservation cue (稍微, 有一丢丢, 小问题, 要是……就更好, only gripe, just wish) followed by
 * words that are not praise (面板装得稍微有点斜, 师傅手机一直响). Its nearest category by
 * vocabulary, else quality (the work itself). Never on a question, thanks or a bare word.
 */
/**
 * Round 13 (t13C2): what follows the "but" still says something bad once the talk that is not about the service is set aside
 * (就是这天太冷了, 今年太冷 外头零下二十多度, 我想了半天: complaints.ts NOT_ABOUT_SERVICE) and a shortfall said to be none
 * (有点丑 哈哈 不算问题): otherwise there is no reservation to flag.
 */
/** Round 15 (t15E): a mistake admitted, then 不满意 said as what was meant (我说错了，其实不满意; 按错了，应该是不满意). */
const TAKEN_BACK_UNHAPPY_ZH = /(按|点|摁|选|看|说)(错|岔|反)了?[，,。\s]*(其实|实际上|应该是|我是|是)?(不太|不大|不怎么|不)满意/;
const MISKEYED_ZH = /(按|点|摁|输|选|看)(错|岔)了?|我(刚才)?说(错|岔)了|手(抖|滑)了?(?!开)|(本来|其实)?想按[一二三四五1-5]|以为[一二三四五1-5](是|就是)/;

function grievesBeyondAside(P: LocaleParser, tail: string): boolean {
  if (/(不算|算不上|称不上)(是)?(啥|什么|个)?(问题|毛病|事儿?)/.test(tail)) return false;
  // Round 20 (t20S): what notOursZh sets aside (another party's doing, the customer's own window) grieves no more here either.
  const rest = (/[\u4e00-\u9fff]/.test(tail) ? notOursZh(tail) : tail).replace(NOT_ABOUT_SERVICE, (m) => '　'.repeat(m.length));
  return rest === tail || P.analyze(rest).signals.some((x) => x.pol < 0 && x.cls !== 'answer');
}

function unnamedReservation(P: LocaleParser, norm: string, strict = false): ComplaintMatch | null {
  const cut = P.contrastAt(norm, norm.length);
  // (Round 12: on a yes/no or score step a small thing left undone, 四分 有几个小地方还得收收尾, is a cue of its own.)
  const cue = RESERVATION_CUE.exec(norm) ?? (strict ? SMALL_SHORTFALL.exec(norm) : null);
  if (cut <= 0 && !cue) return null;
  const at = cut > 0 && (!cue || cut <= cue.index) ? cut : cue!.index;
  const tail = norm.slice(at);
  if (P.stripFillers(tail).replace(/\s+/g, '').length < 4 || P.isQuestion(tail) || NOT_A_RESERVATION.test(tail)) return null;
  const t = P.analyze(tail);
  if (!grievesBeyondAside(P, tail)) return null;
  // 不过总的来说满意, but overall great: the tail is praise, not a reservation.
  if (t.signals.some((x) => x.pol > 0 && (x.cls === 'eval' || x.cls === 'courtesy' || (x.cls === 'fact' && x.w >= 1)) && !x.negated)) return null;
  const near = P.nearestComplaint(tail) ?? P.nearestComplaint(norm);
  // 就是一般: a hedge after the contrast is the level, not a grievance.
  if (t.hedges.length && !t.signals.some((x) => x.pol < 0 && x.cls !== 'answer')) return null;
  // The tail must name a grievance: a cue, a word of a category, a negative, or (beside a level) a true contrast (就是, 不过, but).
  // (A word of a category alone — 下次再来 — names none: it only chooses the category.)
  if (!cue && !t.signals.some((x) => x.pol < 0 && x.cls !== 'answer') && !SMALL_SHORTFALL.test(tail) && (strict || !RESERVATION_CONTRAST.test(tail))) return null;
  return { category: near?.category ?? 'quality', severe: false, diminished: true, at };
}

/**
 * Irony as a reproach by structure: emphatic praise (太满意了, 可太好了, 好得很, 当然能用, 飞快, repeated
 * or not) opens the answer, and what follows is a statement of its own with no praise, thanks,
 * goodwill or score in it and no "but" (满意 当然满意 我都投诉习惯了; 进度飞快 一个月铺了一面墙).
 * A real "very satisfied" goes on with praise (太好了 师傅来了一趟 暖气片都热乎了) or nothing.
 */
function ironicPraise(P: LocaleParser, norm: string): boolean {
  EMPHATIC_PRAISE.lastIndex = 0;
  let m = EMPHATIC_PRAISE.exec(norm);
  if (!m || m.index > 8) return false;
  const head = norm.slice(0, m.index);
  // 不是太满意了, 说不上好得很: negated praise is no praise.
  if (/(不|没|没有|别|不是|说不上|谈不上)$/.test(head) || P.analyze(head).signals.some((x) => x.pol < 0)) return false;
  let end = m.index + m[0].length;
  // The praise said again (满意 满意得很, 好得很嘛 好得很): the run of praise ends at the last one.
  while ((m = EMPHATIC_PRAISE.exec(norm)) && m.index - end <= 4 && !P.analyze(norm.slice(end, m.index)).signals.length) end = m.index + m[0].length;
  EMPHATIC_PRAISE.lastIndex = 0;
  const rest = norm.slice(end).replace(/^[了啊呀嘛哟哦呢吧的啦]+/, '');
  if (P.stripFillers(rest).replace(/\s+/g, '').length < 4) return false;
  if (P.contrastAt(rest, rest.length) >= 0 || P.isQuestion(rest) || BENIGN_AFTER_PRAISE.test(rest)) return false;
  if (P.findScore(rest, 0, 10).value !== null) return false;
  // Round 17 (t17V2): a fault told and then called fun (一天断八回，贼有意思) is a sneer, no praise; and a fault still there (处理了一个月，
  // 处理出来个寂寞) after the emphatic praise is the reproach, whatever was done (处理了, 修了: the work, no outcome) beside it.
  const fun = FUN_SNEER.exec(rest);
  const told = fun && P.analyze(rest.slice(0, fun.index)).signals.some((x) => x.pol < 0 && x.cls === 'fact' && !x.negated) ? rest.slice(0, fun.index) + rest.slice(fun.index + fun[0].length) : rest;
  const toldSignals = P.analyze(told).signals;
  // Round 24 (t24A): a fault denied after the emphatic praise (可正常了 这几天一次都没断过, 稳定得很 没卡过) confirms it: no sneer.
  if (toldSignals.some((x) => x.negated && x.pol > 0 && x.cls === 'fact')) return false;
  const pos = toldSignals.filter((x) => x.pol > 0 && !x.negated && x.cls !== 'answer');
  const lastPos = pos.length ? told.lastIndexOf(pos[pos.length - 1]!.text) : -1;
  if (pos.length && pos.every((x) => x.cls === 'fact') && lastPos >= 0 && P.complaint(told.slice(lastPos))?.category === 'not_fixed') return true;
  return !pos.length;
}
/**
 * Round 17 (t17V2): the question put back as the first clause (你说呢，墙皮都起鼓了; 您觉得呢？): a retort, whose answer is what
 * follows it — no go-ahead (你说 with 呢 asks back, it gives no turn) and no "convenient".
 */
/** Round 17 (t17V2): the asked word said back rising (按期？, 热？, 解决啥了？), then the caller challenged (你看看, 你来, 你问问). */
const ECHO_RETORT = /^\s*([\u4e00-\u9fff]{1,3}?)(啥|什么)?(了)?[？?]+\s*(?=(你|您)(们)?(自己)?(去|来|看看|瞅瞅|摸摸|问问|猜猜|想想|试试))/;
/** Round 17 (t17V2): a question closing the answer that no one need answer (你说满不满意, 还有啥说的, 还用说吗). */
const PRAISE_RETORT_END = /(你|您)(说|看|觉得)(我)?(满不满意|好不好|行不行|热不热|快不快|干不干净|安不安全|按没按期)(呢|啊|呀)?$|还有(啥|什么)(好)?(说|挑|讲)的(呢|啊|呀)?$|还用(说|问)(吗|么)?$/;
const RETORT_FIRST = /^\s*(那)?(你|您)(说|觉得|看|猜)(呢|咧|嘞|哩)\s*[,，。.!！?？]/;
/** Round 17 (t17V2): 有意思 said of a fault just told (断八回，贼有意思): a sneer. */
// Round 24 (t24A): or likened to something punctual (跟上班打卡一样准时, 比闹钟还准, 像报时似的): the fault's regularity sneered at.
const FUN_SNEER = /(贼|真|可真|真是|太|多|老|挺|怪)有意思(了|啊|呀|哈|嘿)*|(跟|和|像|比)[^，]{1,6}(一样|似的|还)(准时|准点|准|守时|规律|按时)(了|啊|呀|哈)*/;

/**
 * Praise said as a complaint: a grumble about the worker's zeal and, after it, what they did for the customer
 * (这师傅可真够磨叽的 装完还非得挨个屋测网速 测完还教我改密码). A grievance elsewhere in the answer (one not inside
 * the grumble or the kind act) stands, and so does money or a hazard (000 第四十三条, 第二十七条).
 */
function mockGrumble(norm: string, comp: ComplaintMatch | null): boolean {
  const r = MOCK_REPROACH.exec(norm);
  // Round 24 (t24A): or the speed that outpaced the customer's hospitality follows it (这师傅太不像话了 手脚快得我茶还没泡好): mock too.
  const g = MOCK_GRUMBLE.exec(norm) ?? (r && (/(?<![不没])满意|表扬|好评|点赞/.test(norm.slice(r.index + r[0].length)) || OUTPACED_HOSPITALITY.test(norm.slice(r.index + r[0].length))) ? r : null);
  if (!g) return false;
  const acts = [...norm.matchAll(KIND_ACTS)].filter((m) => m.index! > g.index);
  if (!acts.length) return false;
  if (!comp) return true;
  if (NEVER_SMALL.has(comp.category) || comp.category === 'not_fixed') return false;
  // (太磨叽了: the grumble itself, however strongly said, is the only grievance.)
  const inside = (at: number, from: number, len: number) => at >= from && at < from + len + 8;
  // (Round 24, t24A: a reproach rule may open at who is reproached, 这师傅太不像话了: the match starts a few characters before 不像话.)
  return inside(comp.at, g === r ? Math.max(0, g.index - 6) : g.index, g[0].length + (g === r ? 6 : 0)) || acts.some((m) => inside(comp.at, m.index!, m[0].length));
}

/** Quotation marks around a short word inside an answer (很"用心", 太“专业”了, so "professional"). */
const SCARE_QUOTE = /["“「『]([^"“”「」『』]{1,14})["”」』]/g;

/**
 * A word of praise in scare quotes (处理得很"用心", 我“自愿”的 aside, a "professional" job): irony, when the quoted
 * word alone is praise and it is not the whole answer (a prompt option read back, "满意", is no sneer).
 */
function scareQuoted(P: LocaleParser, said: string): boolean {
  if (!/["“「『]/.test(said)) return false;
  SCARE_QUOTE.lastIndex = 0;
  for (let m = SCARE_QUOTE.exec(said); m; m = SCARE_QUOTE.exec(said)) {
    const inner = P.normalize(m[1]!);
    if (!inner || inner.length > 8 || said.replace(m[0], '').replace(/[\s,，。.!！?？~～喔哦啊呀吧呢]/g, '').length < 2) continue;
    // Round 13 (t13N): a name in quotes before a place (那个"还不错"小炒店楼上) is a name, no reproach.
    if (/^[\u4e00-\u9fff]{0,3}(店|馆|小区|花园|苑|大厦|公寓|广场|超市|酒楼|家园|路|街)/u.test(said.slice(m.index + m[0].length))) continue;
    const a = P.analyze(inner);
    if (a.signals.length && a.signals.every((x) => x.pol > 0 && x.cls !== 'answer' && !x.negated)) return true;
  }
  return false;
}

/**
 * The level itself said in words, unnegated (满意, satisfied): a no-evidence phrase in another
 * clause (有时候得多等一会儿, 声音不大, 他忘了) does not take it back.
 */
function levelSaid(a: Analysis): boolean {
  return a.signals.some((x) => x.pol > 0 && x.cls === 'eval' && LEVEL_WORD.test(x.text) && !x.negated && !x.doubleNegated);
}

/**
 * The analysis of an answer, where a vague shortfall (有些地方还是不到位) beside a hedge
 * (感觉一般吧) is read as part of the hedge: the hedge is the level (neutral), not the shortfall.
 */
function hedgedShortfall(P: LocaleParser, vnorm: string): Analysis {
  const a = P.analyze(vnorm);
  if (!a.hedges.length || !VAGUE_SHORTFALL.test(vnorm)) return a;
  return P.analyze(vnorm.replace(VAGUE_SHORTFALL, (m) => '　'.repeat(m.length)));
}

/**
 * A contrast word before `at` that contrasts: 就是 as a copula (暖气片现在就是个摆设, 就是一个摆设)
 * introduces the grievance itself, not a "but".
 */
function realContrastBefore(P: LocaleParser, norm: string, at: number): boolean {
  if (!P.contrastBefore(norm, at)) return false;
  const c = P.contrastAt(norm, at);
  return !(c >= 0 && norm.startsWith('就是', c) && /^(个(?!别)|一个|一堆|一块)/.test(norm.slice(c + 2)) && P.contrastAt(norm, c - 2) < 0);
}

/** The positive level said in an answer, leaving its grievances aside (满意，就是…… -> satisfied). */
function positiveLevel(a: Analysis): { value: Csat3; confidence: number } | null {
  // A weak fact (处理, 修: what was done) beside a yes (处理得可以) does not hide the yes.
  const pos = a.signals.filter((s) => s.pol > 0 && s.cls !== 'courtesy' && (s.cls === 'eval' || s.cls === 'answer' || (s.cls === 'fact' && s.w >= 1)));
  // (Round 20 (t20E): fine, fine although…: a leaning hedge keeps its tentative satisfied.)
  if (!pos.length) return a.hedges.length ? { value: leansSatisfied(a) ? 'satisfied' : 'neutral', confidence: leansSatisfied(a) ? 0.58 : 0.6 } : null;
  const d = decideCsat({ ...a, signals: pos });
  return d.value && d.value !== 'dissatisfied' ? { value: d.value, confidence: d.confidence } : null;
}
