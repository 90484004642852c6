/**
 * Kind-specific decisions over the polarity signals of scan.ts. Locale-independent.
 *
 * Safety rule for satisfaction: any dissatisfied signal (an unnegated negative evaluation, a
 * complaint fact such as 网还是断, or a negated positive such as 不太满意) makes the answer
 * `dissatisfied`, whatever else was said; mixed answers get a lower confidence. A dissatisfied
 * answer is never lost, and a mixed one is never a confident `satisfied`.
 */
import type { Csat3 } from './types.js';
import type { Analysis, Signal } from './scan.js';

export interface Decision<T> {
  value: T | null;
  confidence: number;
  /** What the value rests on: evaluations/facts, or only a bare yes/no. */
  basis?: 'evaluation' | 'answer' | 'weak';
}

/** Words that name the level itself (满意, satisfied), not a quality of the service. */
// (Round 22, t22G: and the top level said as one entry of the English lexicon, very satisfied, extremely satisfied.)
const LEVEL_WORD = /^(?:满意|satisfied|happy|pleased|very satisfied|extremely satisfied)$/;

const round = (x: number) => Math.round(x * 100) / 100;

/** Signals that are evaluations or facts (not bare yes/no). */
function evaluative(a: Analysis): Signal[] {
  return a.signals.filter((s) => s.cls !== 'answer');
}

/** Round 20 (t20E): every hedge said leans to satisfied (fine, it was fine): no lukewarm word beside it. */
export function leansSatisfied(a: Analysis): boolean {
  return a.hedges.length > 0 && a.hedges.every((h) => h.lean === 1);
}

/** Decide a 3-level satisfaction answer (plus `neutral` for hedges). */
export function decideCsat(a: Analysis): Decision<Csat3> {
  const all = evaluative(a);
  const neg = all.filter((s) => s.pol < 0);
  // Courtesy (谢谢) is a weak satisfied on its own, but never softens a complaint.
  const ev = neg.length ? all.filter((s) => s.cls !== 'courtesy') : all;
  const pos = ev.filter((s) => s.pol > 0);
  if (neg.length) {
    const strongest = Math.max(...neg.map((s) => s.w));
    let c = neg.some((s) => s.cls === 'eval' || s.cls === 'complaint') ? 0.92 : 0.85;
    if (strongest < 1) c = Math.min(c, 0.65 + 0.2 * strongest);
    if (pos.length) {
      // Mixed: a complaint after 但是/就是 is clear; otherwise ask again.
      const negLast = neg.some((s) => s.afterContrast) || ev[ev.length - 1]!.pol < 0;
      c = negLast ? Math.min(c, 0.75) : 0.55;
    }
    if (a.hedges.length && !pos.length) c = Math.min(c, 0.8);
    return { value: 'dissatisfied', confidence: round(c) };
  }
  if (a.hedges.length) {
    const hedgeW = Math.max(...a.hedges.map((h) => h.w));
    if (pos.length) {
      // "Fine, satisfied then", 还行，满意吧: the level said in words wins over the hedge.
      // Round 22 (t22G): a level word said with a degree (okay, very satisfied; 好吧，非常满意) is that level: the hedge
      // opening it is an acknowledgement, not a lukewarm verdict.
      const level = pos.filter((s) => s.cls === 'eval' && LEVEL_WORD.test(s.text) && !s.negated);
      // (The level named last is the one meant: very satisfied, well, satisfied, nothing special -> satisfied.)
      const last = level[level.length - 1];
      if (last) return { value: last.strength === 2 || /^(very|extremely) /.test(last.text) ? 'very_satisfied' : 'satisfied', confidence: 0.65 };
      // 还行吧挺好的: a hedge with praise -> neutral, but ask. (Round 20 (t20E): "yeah good ... but fine": a leaning hedge
      // with praise is satisfied.)
      const strong = pos.some((s) => s.strength === 2);
      return { value: strong || leansSatisfied(a) ? 'satisfied' : 'neutral', confidence: 0.55 };
    }
    // Round 20 (t20E): "yeah fine", "it was fine": fine alone is a tentative satisfied (the corpus reads it so, train to dev19);
    // beside another hedge (fine I guess, meh it's fine, nothing special) it stays lukewarm.
    if (leansSatisfied(a)) return { value: 'satisfied', confidence: 0.58 };
    return { value: 'neutral', confidence: round(0.6 + 0.25 * hedgeW) };
  }
  // Thanks alone is politeness, no verdict; 辛苦了 alone is a weak one, to confirm.
  if (pos.length && pos.every((s) => s.cls === 'courtesy')) {
    return pos.some((s) => s.text.includes('辛苦')) ? { value: 'satisfied', confidence: 0.55 } : { value: null, confidence: 0 };
  }
  // Only weak facts (修, 处理, 联系: what was done, not how well): no level.
  if (pos.length && pos.every((s) => s.cls === 'fact' && s.w < 1 && !s.negated)) return { value: null, confidence: 0 };
  if (pos.length) {
    // 挑不出啥来，满意: the level named last, plainly, is the customer's verdict over the praise before it.
    const last = pos[pos.length - 1]!;
    const plainLevelLast = last.cls === 'eval' && LEVEL_WORD.test(last.text) && last.strength !== 2 && !last.negated && pos.length > 1;
    const strong = !plainLevelLast && pos.some((s) => s.strength === 2);
    const best = Math.max(...pos.map((s) => s.w * (s.cls === 'eval' ? 1 : s.cls === 'courtesy' ? 0.6 : 0.85) * (s.doubleNegated ? 0.9 : 1)));
    return { value: strong ? 'very_satisfied' : 'satisfied', confidence: round(Math.max(0.62, Math.min(0.92, 0.5 + 0.42 * best))) };
  }
  // Only bare answers: 是的/对/好的/可以 to "满意吗?" -> satisfied; 不是 -> dissatisfied, to confirm.
  const ans = a.signals.filter((s) => s.cls === 'answer');
  if (ans.length) {
    const last = ans.filter((s) => !s.weakOnly).at(-1) ?? ans.at(-1)!;
    if (last.pol > 0) return { value: 'satisfied', confidence: last.weakOnly ? 0.55 : 0.7, basis: 'answer' };
    return { value: 'dissatisfied', confidence: 0.55, basis: 'answer' };
  }
  return { value: null, confidence: 0 };
}

const CLASS_WEIGHT: Record<Signal['cls'], number> = { answer: 1, eval: 0.8, fact: 0.7, complaint: 0, courtesy: 0 };

/** Decide a yes/no answer: explicit answers weigh most; evaluations and facts count too. */
export function decideYesNo(a: Analysis): Decision<boolean> {
  let sigs = a.signals.filter((s) => CLASS_WEIGHT[s.cls] > 0);
  // Round 16 (t16C): 不满意，墙面有裂缝 / 不好，有空鼓: an evaluation said first is the answer; the 有 after it (有裂缝) is the verb
  // "there is", telling of the same verdict, no "yes" that overturns it.
  const first = sigs[0];
  const there = (s: Signal) => s.cls === 'answer' && s.pol > 0 && s.text === '有';
  if (first && first.cls === 'eval' && first.pol < 0 && !first.weakOnly && sigs.some(there)) sigs = sigs.filter((s) => !there(s));
  // Round 20 (t20V2): the same after a backchannel 嗯 (嗯不满意 墙有裂缝), after a plain negative fact said first (没按期 中间停了有半个多月),
  // and for a 可以 inside a reported reply (不满意 我提个意见他们就说要改可以 加钱): the verdict said first is the answer.
  const lead = first && first.cls === 'answer' && first.pol > 0 && first.w < 1 ? sigs[1] : first;
  const midYes = (s: Signal) => s !== first && s.cls === 'answer' && s.pol > 0 && /^(有|可以|中)$/.test(s.text);
  if (lead && lead.pol < 0 && !lead.weakOnly && ((lead.cls === 'eval' && !lead.negated) || (lead.cls === 'fact' && lead.w >= 1)) && sigs.some(midYes)) sigs = sigs.filter((s) => !midYes(s));
  const strong = sigs.filter((s) => !s.weakOnly);
  if (strong.length) sigs = strong;
  if (!sigs.length) {
    // 行吧 / 可以吧: a reluctant yes.
    const ans = a.hedges.filter((h) => h.ans).at(-1);
    if (ans) return { value: ans.ans! > 0, confidence: 0.7, basis: 'answer' };
    // 还行 / 凑合 / 差不多吧 to a yes/no question: a lukewarm yes, to be confirmed.
    if (a.hedges.length) return { value: true, confidence: 0.5, basis: 'weak' };
    return { value: null, confidence: a.hedges.length ? 0.3 : 0 };
  }
  let yes = 0;
  let no = 0;
  let top: Signal['cls'] = 'fact';
  for (const s of sigs) {
    const w = s.w * CLASS_WEIGHT[s.cls] * (s.afterContrast ? 1.4 : 1);
    if (s.pol > 0) yes += w;
    else no += w;
    if (CLASS_WEIGHT[s.cls] > CLASS_WEIGHT[top]) top = s.cls;
  }
  if (yes === no) {
    const last = sigs[sigs.length - 1]!;
    return { value: last.pol > 0, confidence: 0.4 };
  }
  const value = yes > no;
  const ratio = Math.abs(yes - no) / (yes + no);
  const base = top === 'answer' ? 0.92 : top === 'eval' ? 0.85 : 0.78;
  let c = base * (0.55 + 0.45 * ratio);
  const weak = sigs.every((s) => s.weakOnly);
  if (weak) c = Math.min(c, 0.7);
  if (a.hedges.length) c = Math.min(c, 0.6);
  return { value, confidence: round(c), basis: weak ? 'weak' : top === 'answer' ? 'answer' : 'evaluation' };
}

/** Map a score on a scale to a satisfaction level (for a csat question answered with a number). */
export function levelOfScore(v: number, min: number, max: number): Csat3 {
  const r = (v - min) / (max - min);
  if (r >= 0.9) return 'very_satisfied';
  if (r >= 0.7) return 'satisfied';
  if (r >= 0.5) return 'neutral';
  return 'dissatisfied';
}
