/**
 * A small, table-driven polarity analyser shared by every locale.
 *
 * 1. Tokenise by longest match against a lexicon (characters for Chinese, words for English).
 * 2. Compose: negators (不, 没, 不是, not) and degree adverbs (非常, 很, very) apply to the next
 *    polar word when only "gap" units lie between (不是很满意, 没什么不满意的, not very happy).
 *    An odd number of negators flips the polarity, an even number keeps it (double negation).
 *    A negator with nothing to apply to stands alone as its own answer (不是 -> no).
 * 3. The result is a list of signals the kind-specific deciders weigh (see decide.ts).
 */

export type Polarity = 1 | -1;

/**
 * What a polar word is:
 * - `answer`: a bare yes/no (是, 对, 不是, 可以, yes, no);
 * - `eval`: an evaluation (满意, 不错, 差, satisfied, terrible);
 * - `fact`: a fact that implies an evaluation (网还是断, 暖气不热, 修好了, it works);
 * - `complaint`: the word "complaint" itself (counts as dissatisfied, but not as a "no");
 * - `courtesy`: 谢谢, 辛苦了, thanks (a weak "satisfied", never a "yes", never a mixed signal).
 */
export type SignalClass = 'answer' | 'eval' | 'fact' | 'complaint' | 'courtesy';

export type Tag =
  | {
      t: 'pol';
      pol: Polarity;
      cls: SignalClass;
      /** Weight 0..1 (default 1): how much the word alone says. */
      w?: number;
      /** Intrinsically strong (完美, 太棒了, excellent). */
      strong?: boolean;
      /** Only counts when nothing else was said (嗯, 哦, uh huh). */
      weakOnly?: boolean;
    }
  | {
      t: 'hedge';
      w?: number;
      /** A hedge that is also a reluctant answer (行吧, 可以吧 = a weak yes). */
      ans?: Polarity;
      /** Round 20 (t20E): a hedge that leans to a level (fine: a tentative satisfied when no other hedge is said). */
      lean?: Polarity;
    }
  | { t: 'neg'; alone?: Tag }
  | { t: 'deg'; level: 'strong' | 'weak' | 'down' }
  | { t: 'contrast' }
  | { t: 'block' };

export type Lexicon = readonly (readonly [string, Tag])[];

/** A polar signal after composition. */
export interface Signal {
  pol: Polarity;
  cls: SignalClass;
  w: number;
  /** 0 = softened by negation (不太满意), 1 = plain, 2 = strong (非常满意, 太差了). */
  strength: 0 | 1 | 2;
  negated: boolean;
  /** Even number (>= 2) of negators: 不是不满意. */
  doubleNegated: boolean;
  afterContrast: boolean;
  weakOnly: boolean;
  /** The matched text (for debugging and tests). */
  text: string;
}

export interface Analysis {
  signals: Signal[];
  hedges: { w: number; afterContrast: boolean; text: string; ans?: Polarity; lean?: Polarity }[];
  contrast: boolean;
}

/** A compiled lexicon for one locale. */
export interface Scanner {
  analyze(text: string): Analysis;
}

interface Token {
  text: string;
  tag: Tag | null;
}

/**
 * Build a scanner.
 * @param lexicon phrases and their tags (Chinese phrases as written; English phrases as words
 *   separated by one space)
 * @param mode `chars` splits unknown text into characters (Chinese), `words` into words (English)
 * @param gap units allowed between a negator/degree word and the word it applies to
 * @param maxGap how many gap units may lie between
 */
export function makeScanner(lexicon: Lexicon, mode: 'chars' | 'words', gap: ReadonlySet<string>, maxGap: number): Scanner {
  const map = new Map<string, Tag>();
  let maxLen = 1;
  for (const [phrase, tag] of lexicon) {
    map.set(phrase, tag);
    const len = mode === 'chars' ? [...phrase].length : phrase.split(' ').length;
    if (len > maxLen) maxLen = len;
  }
  const join = mode === 'chars' ? '' : ' ';

  function tokenize(text: string): Token[] {
    const units = mode === 'chars' ? [...text] : text.split(' ').filter(Boolean);
    const out: Token[] = [];
    let i = 0;
    while (i < units.length) {
      let matched = false;
      for (let len = Math.min(maxLen, units.length - i); len >= 1; len--) {
        const phrase = units.slice(i, i + len).join(join);
        const tag = map.get(phrase);
        if (tag) {
          out.push({ text: phrase, tag });
          i += len;
          matched = true;
          break;
        }
      }
      if (!matched) {
        out.push({ text: units[i]!, tag: null });
        i++;
      }
    }
    return out;
  }

  function analyze(text: string): Analysis {
    const tokens = tokenize(text);
    const signals: Signal[] = [];
    const hedges: Analysis['hedges'] = [];
    let afterContrast = false;
    let contrast = false;
    // Pending modifiers.
    let negators: { text: string; alone?: Tag }[] = [];
    let degree: 'strong' | 'weak' | 'down' | null = null;
    let gaps = 0;

    const emit = (tag: Extract<Tag, { t: 'pol' }>, text: string, negCount: number, deg: typeof degree) => {
      const negated = negCount % 2 === 1;
      const doubleNegated = negCount >= 2 && !negated;
      const strength: 0 | 1 | 2 = negated || doubleNegated || deg === 'down' ? 0 : tag.strong || deg === 'strong' ? 2 : 1;
      signals.push({
        pol: negated ? ((-tag.pol) as Polarity) : tag.pol,
        // 蛮好的, 很可以, really fine: an answer word under a degree adverb is an evaluation.
        cls: deg && deg !== 'down' && tag.cls === 'answer' && tag.pol > 0 ? 'eval' : tag.cls,
        w: tag.w ?? 1,
        strength,
        negated,
        doubleNegated,
        afterContrast,
        weakOnly: !!tag.weakOnly,
        text,
      });
    };

    const flush = (verb = false) => {
      // A negator that applied to nothing is an answer of its own (不是, 没有, no). One that negates a
      // verb the lexicon does not know (也没抽烟, 没通) is a "no" only when nothing else was said: beside
      // an evaluation (挺好的，也没抽烟) it denies a fault, it does not answer the question.
      const first = negators[0];
      if (first?.alone && first.alone.t === 'pol') emit(verb ? { ...first.alone, weakOnly: true } : first.alone, first.text, 0, null);
      negators = [];
      degree = null;
      gaps = 0;
    };

    let lastSignal = -1;
    let sinceSignal: string[] = [];
    for (let ti = 0; ti < tokens.length; ti++) {
      const tok = tokens[ti]!;
      const next = tokens[ti + 1];
      const tag = tok.tag;
      if (signals.length - 1 !== lastSignal) {
        lastSignal = signals.length - 1;
        sinceSignal = [];
      }
      if (!tag || tag.t === 'deg') sinceSignal.push(tok.text);
      if (!tag) {
        if ((negators.length || degree) && gap.has(tok.text) && gaps < maxGap) {
          gaps++;
          continue;
        }
        flush(mode === 'chars' && /^[\u4e00-\u9fff]$/.test(tok.text) && !/[了啊呀吧呢哦嘛的啦哈么吗]/.test(tok.text));
        continue;
      }
      // Negation after the noun: 一点毛病都没有, 什么问题也没有, 满意都没有 (in one clause: 挺好的，也没迟到
      // denies a fault, it does not take the praise back).
      if (tag.t === 'neg' && tag.alone && lastSignal >= 0 && signals.length === lastSignal + 1 && sinceSignal.length <= 3 && /[都也]/.test(sinceSignal.join('')) && !/[，。！？,.!?;；\s]/.test(sinceSignal.join('')) && (!next || !next.tag && !/^[\u4e00-\u9fff]$/.test(next.text) || /^[了啊呀吧呢的啦哈嘛么吗哦]$/.test(next.text))) {
        const prev = signals[lastSignal]!;
        if (!prev.negated) {
          signals[lastSignal] = { ...prev, pol: (-prev.pol) as Polarity, negated: true, strength: 0 };
          negators = [];
          degree = null;
          gaps = 0;
          sinceSignal = [];
          continue;
        }
      }
      switch (tag.t) {
        case 'neg':
          negators.push({ text: tok.text, ...(tag.alone ? { alone: tag.alone } : {}) });
          gaps = 0;
          break;
        case 'deg':
          // 很不满意: the degree before the negator intensifies the result.
          degree = degree === 'strong' ? 'strong' : tag.level;
          gaps = 0;
          break;
        case 'pol': {
          const deg = degree;
          const n = negators.length;
          negators = [];
          degree = null;
          gaps = 0;
          emit(tag, tok.text, n, deg);
          break;
        }
        case 'hedge':
          // Round 20 (t20E): "not fine", "it is not fine": a negated leaning hedge is a verdict against it.
          if (tag.lean && negators.length % 2 === 1) {
            emit({ t: 'pol', pol: (-tag.lean) as Polarity, cls: 'eval' }, tok.text, 0, null);
            negators = [];
            degree = null;
            gaps = 0;
            break;
          }
          // 没，还那样: a negator before a hedge stands as its own answer.
          if (negators[0]?.alone && negators[0].alone.t === 'pol') emit(negators[0].alone, negators[0].text, 0, null);
          negators = [];
          degree = null;
          gaps = 0;
          hedges.push({ w: tag.w ?? 1, afterContrast, text: tok.text, ...(tag.ans ? { ans: tag.ans } : {}), ...(tag.lean ? { lean: tag.lean } : {}) });
          break;
        case 'contrast':
          flush();
          afterContrast = true;
          contrast = true;
          break;
        case 'block':
          negators = [];
          degree = null;
          gaps = 0;
          break;
      }
    }
    flush();
    return { signals, hedges, contrast };
  }

  return { analyze };
}

/** Shorthands for lexicon tables. */
export const P = (cls: SignalClass, w = 1, strong = false): Tag => ({ t: 'pol', pol: 1, cls, w, ...(strong ? { strong } : {}) });
export const N = (cls: SignalClass, w = 1, strong = false): Tag => ({ t: 'pol', pol: -1, cls, w, ...(strong ? { strong } : {}) });
export const HEDGE: Tag = { t: 'hedge' };
export const BLOCK: Tag = { t: 'block' };
export const CONTRAST: Tag = { t: 'contrast' };
export const STRONG: Tag = { t: 'deg', level: 'strong' };
export const WEAK: Tag = { t: 'deg', level: 'weak' };
export const DOWN: Tag = { t: 'deg', level: 'down' };
export const NEG: Tag = { t: 'neg' };
/** A negator that is also a bare "no" when it stands alone. */
export const NEG_NO: Tag = { t: 'neg', alone: { t: 'pol', pol: -1, cls: 'answer', w: 1 } };
