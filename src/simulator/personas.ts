/**
 * Simulated customers. A persona hears what the bot said (the <Say> text before and inside a
 * <Gather>, and the Gather's input modes and hints) and answers by habit. It never knows
 * which dialog runs: it reads the question like a person would (是…吗 / 方便吗 / 满意 /
 * 打分 / 原因 / 什么时候方便 ...) and uses the keypad options the prompt announces
 * ("非常满意请按1" ...).
 *
 * Answers are reproducible: every decision draws from mulberry32 seeded with
 * hash(persona seed / turn / prompt), so the same persona gives the same answer to the same
 * prompt at the same turn, whatever other calls run at the same time.
 */
import { between, hash32, mulberry32, pick, type Rng } from '../shared/random.js';
import type { GatherSpec } from './twiml.js';

export type PersonaKind =
  | 'satisfied'
  | 'dissatisfied'
  | 'busy_later'
  | 'no_answer'
  | 'busy_line'
  | 'hang_up'
  | 'keypad_only'
  | 'human'
  | 'opt_out'
  | 'mumbler'
  | 'machine'
  | 'silent';

export const PERSONA_KINDS: readonly PersonaKind[] = [
  'satisfied',
  'dissatisfied',
  'busy_later',
  'no_answer',
  'busy_line',
  'hang_up',
  'keypad_only',
  'human',
  'opt_out',
  'mumbler',
  'machine',
  'silent',
];

/** How the phone is picked up. */
export type Pickup = 'answer' | 'no-answer' | 'busy' | 'machine';

export type Csat = 'very_satisfied' | 'satisfied' | 'dissatisfied';

/** What the persona heard at a <Gather>. */
export interface Heard {
  /** The bot's words since the customer last answered (Say texts joined). */
  text: string;
  gather: GatherSpec;
  /** 0-based index of this Gather in the call. */
  turn: number;
}

export type Reply =
  | { kind: 'speech'; text: string; confidence: number }
  | { kind: 'dtmf'; digits: string }
  | { kind: 'silence' }
  | { kind: 'hangup' };

export interface PersonaHabits {
  /** Probability of answering by keypad when the prompt offers keys. */
  keypad: number;
  satisfaction: Csat;
  /** The concrete reason a dissatisfied customer gives. */
  reason: string;
  /** When a busy customer wants to be called back, in words. */
  callbackTime: string;
  /** Hang up at this Gather (0-based), or null. */
  hangUpAtTurn: number | null;
  /** Speech confidence range reported for this persona. */
  confidence: [number, number];
  /** Seconds the phone rings before it is picked up (or before no-answer). */
  ringSeconds: number;
  /** Seconds the customer thinks before answering. */
  thinkSeconds: number;
  /** Status callbacks for this customer's calls come twice (robustness tests). */
  duplicateCallbacks: boolean;
  /** Progress callbacks come after the final one, and the final one is late (robustness tests). */
  lateCallbacks: boolean;
  /** Seconds before an SMS reply. */
  smsReplySeconds: number;
}

export interface Persona {
  kind: PersonaKind;
  seed: number;
  pickup: Pickup;
  habits: PersonaHabits;
  /** Decide the answer to what was heard. */
  respond(heard: Heard): Reply;
  /** The reply to an SMS, or null for none. */
  replyToSms(body: string): string | null;
}

export interface PersonaOptions {
  /** Override habits (e.g. `{ duplicateCallbacks: true }`). */
  habits?: Partial<PersonaHabits>;
}

export const DISSATISFACTION_REASONS = [
  '师傅迟到了两个小时',
  '网还是断',
  '装完以后网速很慢',
  '师傅态度不好',
  '暖气还是不热',
  '说好上午来，下午才到',
  '走的时候垃圾没收拾',
] as const;

/** Reasons by what the call is about (the customer knows what service they had). */
const REASONS_BY_TOPIC: Record<Topic, readonly string[]> = {
  telecom: ['师傅迟到了两个小时', '网还是断', '装完以后网速很慢', '师傅态度不好', '说好上午来，下午才到'],
  heating: ['暖气还是不热', '师傅迟到了两个小时', '修完还是漏水', '师傅态度不好'],
  renovation: ['工期拖了半个月', '走的时候垃圾没收拾', '墙面有裂缝', '师傅态度不好'],
  other: ['师傅迟到了两个小时', '师傅态度不好', '问题还是没解决'],
};

type Topic = 'telecom' | 'heating' | 'renovation' | 'other';

function topicOf(text: string): Topic | null {
  if (/暖气|供热|热力|温度|多少度|不热/.test(text)) return 'heating';
  if (/装修|施工|工程|工地|设计/.test(text)) return 'renovation';
  if (/宽带|网络|电话|装机|移机|电信|联通|移动|智家|固话|光猫|障碍/.test(text)) return 'telecom';
  return null;
}

const CALLBACK_TIMES = ['下午三点', '晚上七点以后', '明天上午', '一个小时以后'] as const;

// ---------------------------------------------------------------------------------------
// Reading the prompt

export type QuestionKind = 'time' | 'score' | 'temperature' | 'open' | 'satisfaction' | 'yesno' | 'statement';

/** What sort of question the bot asked (from its words only). */
export function classifyQuestion(text: string): QuestionKind {
  const t = text;
  if (/什么时候方便|什么时间方便|哪个时间|几点方便|when would suit|what time/i.test(t)) return 'time';
  if (/打分|评分|\d+\s*分(?!钟)|rate|score|out of \d+/i.test(t) && !/请按\d.{0,6}满意请按/.test(t)) return 'score';
  if (/多少度|几度|温度是/.test(t)) return 'temperature';
  if (/原因|建议|意见|什么问题|哪些问题|哪方面|哪里不满意|说一下|请直接说|what was|problem|suggestion|why/i.test(t)) return 'open';
  if (/满意|satisf/i.test(t)) return 'satisfaction';
  if (/吗[？?。]?|是否|是不是|有没有|能否|可以吗|\?|？/.test(t)) return 'yesno';
  return 'statement';
}

export interface KeyOption {
  label: string;
  key: string;
}

const NEGATIVE_LABEL = /不|没|无|还有问题|否|^no\b|dissatisf/i;
const BAD_CONTENT = /违反|违规|索要|收取|乱收费|吃拿卡要|财物|刁难/;

/** The keypad options a prompt announces: "非常满意请按1" -> { label: 非常满意, key: "1" }. */
export function keypadOptions(text: string): KeyOption[] {
  const out: KeyOption[] = [];
  for (const seg of text.split(/[，。,；;？?！!、]/)) {
    const m = /^(.*?)(?:请说.*?或按|请按|按)\s*([0-9]|\*|#|星号键?|井号键?)(?![到至\d-])/.exec(seg.trim());
    if (m) {
      const label = (m[1] ?? '').replace(/^(可以|或者|或|如果|请问)/, '').trim();
      if (!label) continue;
      out.push({ label, key: keyOf(m[2] ?? '') });
      continue;
    }
    // English: "Press 1 for very satisfied", "2 for satisfied", "Say yes or press 1"
    for (const e of seg.matchAll(/(?:press\s+)?(\d)\s+for\s+([a-z ]+)/gi)) out.push({ label: (e[2] ?? '').trim(), key: e[1] ?? '' });
    const y = /say (\w+) or press (\d)/i.exec(seg);
    if (y) out.push({ label: y[1] ?? '', key: y[2] ?? '' });
    const o = /otherwise press (\d)/i.exec(seg);
    if (o) out.push({ label: 'no', key: o[1] ?? '' });
  }
  return out;
}

function keyOf(k: string): string {
  if (k.startsWith('星')) return '*';
  if (k.startsWith('井')) return '#';
  return k;
}

/** The largest score the prompt mentions ("0到10分" -> 10, "5分非常满意…0分" -> 5). */
export function scaleMax(text: string): number {
  let max = 0;
  for (const m of text.matchAll(/(\d+)\s*分(?!钟)/g)) max = Math.max(max, Number(m[1]));
  for (const m of text.matchAll(/out of (\d+)|(\d+)\s*(?:到|至|-|~)\s*(\d+)/gi)) max = Math.max(max, Number(m[1] ?? m[3] ?? 0));
  return max > 0 ? max : 10;
}

const DIGIT_WORDS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

/** 9 -> "九", 10 -> "十" (0..10). */
export function numberWord(n: number): string {
  return DIGIT_WORDS[n] ?? String(n);
}

const isChinese = (s: string): boolean => /[\u4e00-\u9fff]/.test(s);

// ---------------------------------------------------------------------------------------
// Personas

const DEFAULT_HABITS: PersonaHabits = {
  keypad: 0.3,
  satisfaction: 'satisfied',
  reason: '师傅迟到了两个小时',
  callbackTime: '下午三点',
  hangUpAtTurn: null,
  confidence: [0.82, 0.97],
  ringSeconds: 6,
  thinkSeconds: 1,
  duplicateCallbacks: false,
  lateCallbacks: false,
  smsReplySeconds: 120,
};

/** A persona of `kind`, reproducible from `seed`. */
export function createPersona(kind: PersonaKind, seed: number, opts: PersonaOptions = {}): Persona {
  const r = mulberry32(hash32(`${kind}/${seed}`));
  const habits: PersonaHabits = {
    ...DEFAULT_HABITS,
    keypad: kind === 'keypad_only' ? 1 : kind === 'mumbler' ? 0 : 0.15 + r() * 0.3,
    satisfaction:
      kind === 'dissatisfied' ? 'dissatisfied' : r() < 0.45 ? 'very_satisfied' : 'satisfied',
    reason: pick(r, DISSATISFACTION_REASONS),
    callbackTime: kind === 'busy_later' ? '下午三点' : pick(r, CALLBACK_TIMES),
    hangUpAtTurn: kind === 'hang_up' ? between(r, 1, 2) : null,
    confidence: kind === 'mumbler' ? [0.2, 0.4] : [0.8 + r() * 0.05, 0.95 + r() * 0.04],
    ringSeconds: kind === 'no_answer' ? 60 : between(r, 3, 15),
    thinkSeconds: between(r, 1, 3),
    smsReplySeconds: between(r, 30, 1800),
    ...opts.habits,
  };
  const pickup: Pickup =
    kind === 'no_answer' ? 'no-answer' : kind === 'busy_line' ? 'busy' : kind === 'machine' ? 'machine' : 'answer';
  let spokenTurns = 0;
  let topic: Topic | null = null;
  const seedReason = habits.reason;

  const persona: Persona = {
    kind,
    seed,
    pickup,
    habits,
    respond(heard) {
      const rng = mulberry32(hash32(`${seed}/${heard.turn}/${heard.text}`));
      // The customer knows what the call is about: the reason fits the service, unless set.
      topic ??= topicOf(heard.text);
      if (topic && !opts.habits?.reason && habits.reason === seedReason) {
        const list = REASONS_BY_TOPIC[topic];
        if (!list.includes(habits.reason)) habits.reason = list[seed % list.length] ?? habits.reason;
      }
      const reply = decide(kind, habits, heard, rng, spokenTurns);
      if (reply.kind === 'speech' || reply.kind === 'dtmf') spokenTurns++;
      return reply;
    },
    replyToSms(body) {
      return smsReply(kind, habits, body, mulberry32(hash32(`${seed}/sms/${body}`)));
    },
  };
  return persona;
}

/** What a persona with these habits would answer, ignoring its special kind. */
interface Intent {
  /** Spoken words. */
  say: string;
  /** Key to press, if the prompt offers one for this answer. */
  key: string | null;
}

function decide(kind: PersonaKind, h: PersonaHabits, heard: Heard, rng: Rng, spokenTurns: number): Reply {
  const { gather, text } = heard;
  if (kind === 'machine' || kind === 'silent') return { kind: 'silence' };
  if (h.hangUpAtTurn !== null && heard.turn >= h.hangUpAtTurn) return { kind: 'hangup' };
  if (text.trim() === '') return { kind: 'silence' };
  const q = classifyQuestion(text);
  const options = keypadOptions(text);
  const canSpeak = gather.input.includes('speech');
  const canPress = gather.input.includes('dtmf');
  const zh = isChinese(text);
  const conf = (): number => round2(h.confidence[0] + rng() * (h.confidence[1] - h.confidence[0]));
  const identity = /本人|speaking with/i.test(text);

  // Special kinds that speak their mind whatever the question.
  if (kind === 'human' && !identity) {
    return speak(zh ? pick(rng, ['转人工', '我要转人工，找人工客服']) : 'I want to talk to a person', conf(), canSpeak, options, rng);
  }
  if (kind === 'opt_out' && !identity) {
    return speak(zh ? pick(rng, ['别再打了', '别再打了，以后不要给我打电话了']) : 'Stop calling me', conf(), canSpeak, options, rng);
  }
  if (kind === 'busy_later' && q === 'yesno' && /方便|minute|survey/i.test(text)) {
    const intent: Intent = { say: zh ? `现在不方便，${h.callbackTime}再打` : 'Not now, call me at 3 pm', key: optionKey(options, 'negative') };
    return answer(intent, h, rng, conf(), canSpeak, canPress, 0);
  }

  const intent = intentFor(q, h, text, options, rng, zh, kind);
  if (kind === 'mumbler') {
    if (!canSpeak && intent.key) return { kind: 'dtmf', digits: intent.key };
    if (!canSpeak) return { kind: 'silence' };
    // After a few failed turns even a mumbler presses the key the bot asks for.
    if (spokenTurns >= 3 && intent.key && canPress && rng() < 0.5) return { kind: 'dtmf', digits: intent.key };
    return { kind: 'speech', text: mumble(intent.say, rng), confidence: conf() };
  }
  return answer(intent, h, rng, conf(), canSpeak, canPress, kind === 'keypad_only' ? 1 : h.keypad);
}

function answer(intent: Intent, _h: PersonaHabits, rng: Rng, confidence: number, canSpeak: boolean, canPress: boolean, keypad: number): Reply {
  if (intent.key && canPress && (!canSpeak || rng() < keypad)) return { kind: 'dtmf', digits: intent.key };
  if (keypad >= 1) return { kind: 'silence' };
  if (canSpeak) return { kind: 'speech', text: intent.say, confidence };
  return { kind: 'silence' };
}

function speak(text: string, confidence: number, canSpeak: boolean, _options: KeyOption[], _rng: Rng): Reply {
  if (canSpeak) return { kind: 'speech', text, confidence };
  // Keypad only: the customer who wants a human, or out, presses 0 (the usual operator key).
  return { kind: 'dtmf', digits: '0' };
}

function optionKey(options: KeyOption[], want: 'positive' | 'negative' | RegExp): string | null {
  const found = options.find((o) =>
    want === 'positive' ? !NEGATIVE_LABEL.test(o.label) : want === 'negative' ? NEGATIVE_LABEL.test(o.label) : want.test(o.label),
  );
  return found ? found.key : null;
}

function intentFor(q: QuestionKind, h: PersonaHabits, text: string, options: KeyOption[], rng: Rng, zh: boolean, kind: PersonaKind): Intent {
  const unhappy = h.satisfaction === 'dissatisfied';
  switch (q) {
    case 'time': {
      const byWords = options.find((o) => h.callbackTime.includes(o.label) || o.label.includes(h.callbackTime.slice(0, 2)));
      const key = byWords?.key ?? options[Math.floor(rng() * Math.max(1, options.length))]?.key ?? null;
      return { say: zh ? `${h.callbackTime}吧` : 'this evening', key };
    }
    case 'score': {
      const max = scaleMax(text);
      const score = unhappy
        ? max >= 10 ? between(rng, 3, 6) : between(rng, 1, 2)
        : max >= 10 ? (h.satisfaction === 'very_satisfied' ? between(rng, 9, 10) : between(rng, 8, 9)) : h.satisfaction === 'very_satisfied' ? 5 : 4;
      const say = zh ? pick(rng, [`给${numberWord(score)}分吧`, `${numberWord(score)}分`, `打${numberWord(score)}分`]) : `${score}`;
      const starKey = options.find((o) => o.label.startsWith(`${score}分`) || o.label === String(score));
      const key = starKey ? starKey.key : score <= 9 ? String(score) : null;
      return { say, key };
    }
    case 'temperature': {
      const deg = unhappy ? between(rng, 14, 16) : between(rng, 20, 23);
      const say = unhappy ? `才${numberWord(Math.floor(deg / 10))}十${deg % 10 ? numberWord(deg % 10) : ''}度，不热` : `${deg === 20 ? '二十' : `二十${numberWord(deg - 20)}`}度左右`;
      const key = deg >= 20 ? '1' : deg >= 18 ? '2' : deg >= 16 ? '3' : '4';
      return { say: zh ? say.replace('一十', '十') : `${deg} degrees`, key: options.length > 0 ? key : null };
    }
    case 'open': {
      if (unhappy) return { say: zh ? h.reason : 'The engineer was two hours late', key: null };
      const skip = optionKey(options, /没有|不便|skip/i);
      return { say: zh ? pick(rng, ['没有', '没有了，挺好的', '没什么建议']) : 'No, nothing', key: skip };
    }
    case 'satisfaction': {
      if (zh) {
        const say =
          h.satisfaction === 'very_satisfied'
            ? pick(rng, ['非常满意', '很满意', '非常满意，师傅很专业'])
            : h.satisfaction === 'satisfied'
              ? pick(rng, ['挺满意的', '满意', '还行，满意'])
              : pick(rng, ['不满意', '不太满意']);
        const key =
          h.satisfaction === 'dissatisfied'
            ? optionKey(options, /不满意/)
            : h.satisfaction === 'very_satisfied'
              ? optionKey(options, /非常满意/) ?? optionKey(options, /^满意/)
              : optionKey(options, /^满意|比较满意/) ?? optionKey(options, /非常满意/);
        return { say, key };
      }
      const say = h.satisfaction === 'very_satisfied' ? 'very satisfied' : h.satisfaction === 'satisfied' ? 'satisfied' : 'not satisfied';
      return { say, key: optionKey(options, h.satisfaction === 'dissatisfied' ? /dissatisf/i : h.satisfaction === 'very_satisfied' ? /very/i : /^satisf/i) };
    }
    case 'yesno': {
      const identity = /本人|speaking with/i.test(text);
      const badContent = BAD_CONTENT.test(text);
      const resolution = /解决|正常|热了|好了|恢复|修好|working/.test(text);
      // Identity and "is now a good time" are yes for everyone who picked up and answers.
      let yes = true;
      if (badContent) yes = false;
      else if (resolution && unhappy) yes = false;
      else if (!identity && unhappy && /推荐|recommend/.test(text)) yes = false;
      if (kind === 'busy_later' && /方便/.test(text)) yes = false;
      const key = badContent ? optionKey(options, 'negative') : optionKey(options, yes ? 'positive' : 'negative');
      const label = options.find((o) => o.key === key)?.label;
      let say: string;
      if (!zh) say = yes ? 'yes' : 'no';
      else if (badContent) say = pick(rng, ['没有', '没有，挺规矩的']);
      else if (!yes && resolution) say = `没有，${h.reason}`;
      else if (yes && /方便/.test(text)) say = pick(rng, ['方便', '可以，您说吧', '方便的']);
      else if (label && rng() < 0.6) say = yes ? label.replace(/^是$/, '是的') : label;
      else say = yes ? pick(rng, ['是的', '对', '嗯，是']) : pick(rng, ['不是', '没有', '不会']);
      return { say, key };
    }
    case 'statement':
    default:
      return { say: zh ? pick(rng, ['嗯', '好的', '喂？']) : 'okay', key: null };
  }
}

/** "挺满意的" -> "嗯…挺…那个…" (partial words). */
function mumble(text: string, rng: Rng): string {
  const chars = [...text.replace(/[，。,.!?？！]/g, '')];
  const keep = chars.slice(0, Math.max(1, Math.min(chars.length - 1, between(rng, 1, 2)))).join('');
  return pick(rng, [`嗯…${keep}…那个…`, `呃…${keep}…`, `${keep}…嗯…什么`]);
}

function round2(x: number): number {
  return Math.round(x * 100) / 100;
}

function smsReply(kind: PersonaKind, h: PersonaHabits, body: string, rng: Rng): string | null {
  switch (kind) {
    case 'no_answer':
    case 'busy_line':
    case 'machine':
    case 'silent':
      return null;
    case 'opt_out':
      return pick(rng, ['别再发了，退订', 'TD']);
    case 'human':
      return '转人工';
    case 'mumbler':
      return '嗯';
    default:
      break;
  }
  const options = keypadOptions(body.replace(/回复/g, '请按'));
  const q = classifyQuestion(body);
  const intent = intentFor(q === 'statement' ? 'satisfaction' : q, h, body, options, rng, isChinese(body), kind);
  if (q === 'satisfaction' && h.satisfaction === 'dissatisfied') return `${intent.key ?? '不满意'}，${h.reason}`;
  if (intent.key && (kind === 'keypad_only' || rng() < 0.5)) return intent.key;
  return intent.say;
}

// ---------------------------------------------------------------------------------------
// Mixes

/** The realistic mix (weights in percent, sum 100); see docs/simulator.md. */
export const PERSONA_MIX: ReadonlyArray<readonly [PersonaKind, number]> = [
  ['satisfied', 62],
  ['keypad_only', 5],
  ['mumbler', 2],
  ['silent', 1],
  ['dissatisfied', 10],
  ['no_answer', 6],
  ['busy_line', 2],
  ['busy_later', 5],
  ['hang_up', 3],
  ['human', 2],
  ['opt_out', 1],
  ['machine', 1],
];

/**
 * `n` personas in the realistic mix: exact counts by largest remainder, order shuffled by
 * `seed`; persona i gets seed hash(seed/i). Same (seed, n), same list.
 */
export function personaMix(seed: number, n: number, mix: ReadonlyArray<readonly [PersonaKind, number]> = PERSONA_MIX): Persona[] {
  const total = mix.reduce((s, [, w]) => s + w, 0);
  const exact = mix.map(([k, w]) => ({ k, q: (w / total) * n }));
  const counts = exact.map((e) => ({ k: e.k, c: Math.floor(e.q), rem: e.q - Math.floor(e.q) }));
  let left = n - counts.reduce((s, c) => s + c.c, 0);
  for (const c of [...counts].sort((a, b) => b.rem - a.rem)) {
    if (left <= 0) break;
    c.c++;
    left--;
  }
  const kinds: PersonaKind[] = counts.flatMap((c) => Array<PersonaKind>(c.c).fill(c.k));
  const rng = mulberry32(hash32(`mix/${seed}`));
  for (let i = kinds.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [kinds[i], kinds[j]] = [kinds[j] as PersonaKind, kinds[i] as PersonaKind];
  }
  return kinds.map((k, i) => createPersona(k, hash32(`${seed}/${i}`)));
}

/**
 * A `personas` function for the simulator: each phone number gets a persona drawn from the
 * mix by hash(seed/number), created once and kept (so a second call reaches the same
 * customer). `fixed` pins given numbers to given kinds.
 */
export function personasByNumber(seed: number, fixed: Record<string, PersonaKind> = {}, mix = PERSONA_MIX): (to: string) => Persona {
  const total = mix.reduce((s, [, w]) => s + w, 0);
  const cache = new Map<string, Persona>();
  return (to) => {
    const known = cache.get(to);
    if (known) return known;
    const s = hash32(`${seed}/${to}`);
    let kind = fixed[to];
    if (!kind) {
      let x = mulberry32(s)() * total;
      kind = mix[mix.length - 1]?.[0] ?? 'satisfied';
      for (const [k, w] of mix) {
        if (x < w) {
          kind = k;
          break;
        }
        x -= w;
      }
    }
    const p = createPersona(kind, s);
    cache.set(to, p);
    return p;
  };
}

/** Kinds whose phone is not picked up (the others answer: a person, or an answering machine). */
export const NOT_ANSWERING: ReadonlySet<PersonaKind> = new Set(['no_answer', 'busy_line']);

/**
 * The mix with a share `rate` (0–1) of numbers answering: the not-answering kinds (no answer,
 * busy line) keep their proportions among themselves and weigh 1 − rate in all; the answering
 * kinds (an answering machine counts: the call is picked up) keep theirs and weigh `rate`.
 */
export function mixWithAnswerRate(rate: number, mix: ReadonlyArray<readonly [PersonaKind, number]> = PERSONA_MIX): Array<[PersonaKind, number]> {
  if (!(rate >= 0 && rate <= 1)) throw new RangeError(`answer rate ${rate} is not between 0 and 1`);
  const sum = (answering: boolean) => mix.filter(([k]) => NOT_ANSWERING.has(k) !== answering).reduce((s, [, w]) => s + w, 0);
  const yes = sum(true);
  const no = sum(false);
  return mix.map(([k, w]): [PersonaKind, number] => {
    const answering = !NOT_ANSWERING.has(k);
    const group = answering ? yes : no;
    const share = answering ? rate : 1 - rate;
    return [k, group > 0 ? (w / group) * share * 100 : 0];
  });
}
