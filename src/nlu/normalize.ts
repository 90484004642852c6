/**
 * Text normalisation for recognizer output: full-width -> half-width, a few traditional
 * characters -> simplified, punctuation and spaces removed, recognizer repetitions collapsed
 * (满意满意 -> 满意, 对对对 -> 对), and filler words stripped where a caller wants the bare answer.
 */

/** Traditional -> simplified for the characters the lexicons and numerals use. */
const TRAD = new Map<string, string>(
  [
    ['兩', '两'], ['點', '点'], ['負', '负'], ['萬', '万'], ['億', '亿'], ['滿', '满'], ['還', '还'],
    ['對', '对'], ['沒', '没'], ['說', '说'], ['聽', '听'], ['電', '电'], ['話', '话'], ['別', '别'],
    ['時', '时'], ['鐘', '钟'], ['個', '个'], ['後', '后'], ['過', '过'], ['週', '周'], ['幫', '帮'],
    ['轉', '转'], ['訂', '订'], ['錯', '错'], ['熱', '热'], ['斷', '断'], ['網', '网'], ['遲', '迟'],
    ['應', '应'], ['氣', '气'], ['務', '务'], ['態', '态'], ['會', '会'], ['開', '开'], ['車', '车'],
    ['現', '现'], ['無', '无'], ['題', '题'], ['問', '问'], ['樣', '样'], ['號', '号'], ['們', '们'],
    ['來', '来'], ['讓', '让'], ['這', '这'], ['裡', '里'], ['麼', '么'], ['嗎', '吗'], ['當', '当'],
    ['謝', '谢'], ['專', '专'], ['業', '业'], ['氣', '气'], ['師', '师'],
    ['線', '线'], ['號', '号'], ['碼', '码'], ['訴', '诉'], ['辦', '办'], ['幾', '几'],
    ['禮', '礼'], ['鐘', '钟'], ['頭', '头'], ['間', '间'], ['塊', '块'],
    ['錢', '钱'], ['費', '费'], ['壞', '坏'], ['認', '认'], ['識', '识'], ['機', '机'],
    ['領', '领'], ['導', '导'], ['經', '经'], ['復', '复'], ['聯', '联'],
    ['繫', '系'], ['係', '系'], ['難', '难'], ['覺', '觉'], ['種', '种'], ['壓', '压'],
    ['為', '为'], ['麽', '么'], ['歡', '欢'], ['優', '优'], ['質', '质'], ['貴', '贵'], ['嚴', '严'],
    ['満', '满'], ['猶', '犹'], ['達', '达'], ['標', '标'], ['進', '进'], ['見', '见'], ['決', '决'], ['處', '处'], ['頓', '顿'],
  ],
);

/** Characters never collapsed when repeated: numerals must keep 一一 = 11. */
const NUMERALISH = /[0-9零〇一二两三四五六七八九十百千万点幺]/;

/** Single characters that recognizers repeat for emphasis (对对对, 嗯嗯, 不不). */
const REPEATABLE_SINGLE = new Set([...'对是行嗯啊哦呃额不没好喂哎唉要']);

/** Unicode punctuation and symbols (kept: digits, letters, CJK, '.', ':' between digits). */
const PUNCT = /[\p{P}\p{S}\s]/gu;

/**
 * Fold width and script: NFKC (full-width -> half-width), lower case, traditional -> simplified.
 */
export function fold(text: string): string {
  let s = text.normalize('NFKC').toLowerCase();
  let out = '';
  for (const c of s) out += TRAD.get(c) ?? c;
  s = out;
  return s;
}

/** Remove punctuation and spaces, keeping a '.' or ':' between two digits (9.5, 15:30). */
export function stripPunct(s: string): string {
  let out = '';
  const chars = [...s];
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i]!;
    if ((c === '.' || c === ':') && /\d/.test(chars[i - 1] ?? '') && /\d/.test(chars[i + 1] ?? '')) {
      out += c;
      continue;
    }
    if (c === '-' && /\d/.test(chars[i + 1] ?? '') && !/[\p{L}\d]/u.test(chars[i - 1] ?? '')) {
      out += c; // a minus sign
      continue;
    }
    if (PUNCT.test(c)) {
      PUNCT.lastIndex = 0;
      // Keep a single space between two Latin words (td, ok) so they stay words.
      if (/\s/.test(c) && /[a-z0-9]/.test(out.slice(-1)) && /[a-z]/.test(chars[i + 1] ?? '')) out += ' ';
      continue;
    }
    PUNCT.lastIndex = 0;
    out += c;
  }
  return out;
}

/**
 * Collapse recognizer repetitions: a 2–4 character unit repeated (满意满意 -> 满意, 可以可以),
 * a single character repeated three times or more (对对对 -> 对), and doubled answer characters
 * (嗯嗯, 对对, 不不). Units containing numerals are kept (一一 is eleven).
 */
export function collapseRepeats(s: string): string {
  // (不满意啊满意啊: the first copy is negated, an answer follows the question: kept.)
  let out = s.replace(/(.{2,4}?)\1+/gu, (m: string, unit: string, at: number) => (NUMERALISH.test(unit) ? m : /[不没]/.test(s[at - 1] ?? '') ? unit + unit : unit));
  out = out.replace(/(.)\1{2,}/gu, (m: string, c: string) => (NUMERALISH.test(c) ? m : c));
  out = out.replace(/(.)\1/gu, (m: string, c: string) => (REPEATABLE_SINGLE.has(c) ? c : m));
  return out;
}

/**
 * Normalise a Chinese utterance: fold, strip punctuation and spaces, collapse repetitions.
 * Fillers are kept (they carry meaning for yes/no: 嗯 = yes); see {@link stripFillers}.
 */
export function normalizeZh(text: string): string {
  return collapseRepeats(stripPunct(markPauses(fold(text))));
}

/** A numeral cut off and said again (八 八分, 十 十九度, 二十 二十度): the recogniser's stutter. */
const STUTTER = /([零〇一二两三四五六七八九十]{1,3})[\s,，、.。…-]+(?=\1[零〇一二两三四五六七八九十]*[分度])/gu;
/** 十分 or 满分 followed by a pause (十分，冇得说; 十分 那孩子可耐心了) is the score, not the adverb "very". */
const SCORE_PAUSE = /(^|[\s,，。.!！、])(十分|满分)(?=[\s,，。.!！、；;]+(?!十分|满分)[^\s,，。.!！、；;])/gu;

/** Pauses that carry meaning, read before punctuation goes: stutters dropped, a score before a pause marked ({@link SCORE_MARK}). */
export function markPauses(s: string): string {
  return s.replace(STUTTER, '').replace(SCORE_PAUSE, `$1$2${SCORE_MARK}`);
}

/** Marks a score said before a pause (kept by {@link stripPunct}: a private-use character). */
export const SCORE_MARK = '\uE010';

/** Filler words and hesitation sounds, longest first. */
const FILLERS_ZH = [
  '怎么说呢', '让我想想', '我想想', '就是说', '那什么', '那个', '这个', '然后', '我觉得', '我感觉', '感觉',
  '嗯', '啊', '呃', '额', '唔', '哦', '噢', '喔', '诶', '欸', '哎', '唉', '呀', '哈', '嘛', '呢', '吧', '啦', '喽', '咯', '哇',
];
const FILLER_RE = new RegExp(FILLERS_ZH.join('|'), 'g');

/** Remove filler words from a normalised Chinese utterance (for bare answers and numbers). */
export function stripFillers(s: string): string {
  return s.replace(FILLER_RE, '');
}

/** English contractions expanded so negation is one word. */
const CONTRACTIONS: [RegExp, string][] = [
  [/\bcan't\b/g, 'can not'], [/\bcannot\b/g, 'can not'], [/\bwon't\b/g, 'will not'], [/\bain't\b/g, 'is not'],
  [/\b(\w+)n't\b/g, '$1 not'], [/\bi'm\b/g, 'i am'], [/\b(it|that|he|she|what|there)'s\b/g, '$1 is'],
  [/\b(\w+)'re\b/g, '$1 are'], [/\b(\w+)'ll\b/g, '$1 will'], [/\b(\w+)'ve\b/g, '$1 have'], [/\b(\w+)'d\b/g, '$1 would'],
];

/**
 * Normalise an English utterance: fold, lower case, expand contractions, keep words, digits,
 * '.' and ':' inside numbers, collapse immediately repeated words (yes yes -> yes).
 */
export function normalizeEn(text: string): string {
  // A score written out of ten or five (10/10, 4/5): said in words, before the slash goes.
  let s = fold(text).replace(/[’‘`]/g, "'").replace(/\b(10|[0-9])\s*\/\s*(10|5)\b/g, '$1 out of $2');
  for (const [re, to] of CONTRACTIONS) s = s.replace(re, to);
  s = s.replace(/(\d)\.(\d)/g, '$1\uE000$2').replace(/(\d):(\d)/g, '$1\uE001$2');
  s = s.replace(/[^\p{L}\p{N}\uE000\uE001\s'-]/gu, ' ').replace(/'/g, ' ').replace(/-/g, ' ');
  s = s.replace(/\uE000/g, '.').replace(/\uE001/g, ':');
  s = s.replace(/\s+/g, ' ').trim();
  // Reduplications that are words, not recognizer repeats.
  // A word split by the recogniser (dis satisfied, un happy).
  s = s.replace(/\b(dis|un) (satisfied|happy|helpful|professional)\b/g, '$1$2');
  // "I wouldn't say dissatisfied": the level word denied.
  s = s.replace(/\b(would|could) not (say|call it) (dissatisfied|unsatisfied|unhappy)\b/g, 'not $3');
  s = s.replace(/\bso so\b/g, 'soso').replace(/\bbye bye\b/g, 'byebye').replace(/\bmm hmm\b/g, 'mmhmm');
  s = s.replace(/\b(\w+(?: \w+){0,2})(?: \1\b)+/g, '$1');
  return s;
}
