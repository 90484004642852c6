/**
 * Temporal order in one answer: an earlier phase that a later one resolved.
 *
 * "开始我挺生气的，以为被乱扣费了，后来……现在也给退了，非常满意", "以前报修总是拖好几天，这次当天就修好了",
 * "我本来都想投诉了……结果师傅来了特别认真", "At first I thought he'd never find it, but he figured it
 * out": a clause that opens an earlier phase (一开始, 本来, 以前, at first, I was ready to complain),
 * then a clause that opens a later one (后来, 现在, 结果, 这次, but, in the end) after which only good
 * things are said. The grievance of the earlier phase is over (or was never carried out); what the
 * customer says now is the answer. The earlier clauses are left out of the reading. The same holds
 * the other way round: 一开始还行，后来又不热了 (only a grievance after the turn) is that grievance,
 * the earlier praise is over. When the later part is mixed, nothing is left out.
 */
import type { LocaleParser } from './pipeline.js';

/** Clause boundaries of the raw text (the normalisers drop them); a recogniser's pause in Chinese is a space. */
const CLAUSE_ZH = /[\s,，。.!！?？;；、…~～]+/u;
const CLAUSE_EN = /\s*[,，。.!！?？;；…]+\s*/u;

/** A clause that opens an earlier phase: 一开始, 本来, 以前 (the subject may come first: 我本来). */
const EARLIER_ZH = /^(?:我|我们|俺|咱)?(?:一开始|刚开始|开始|起初|起先|本来|原本|之前|以前|先前|当初)/u;
/** A clause that opens a later phase: 后来, 现在, 结果, 最后, 这次. */
const LATER_ZH = /^(?:后来|现在|结果|最后|最终|这次|这回|如今|没想到|谁知道?|但是|可是|不过)/u;
const EARLIER_EN = /^(?:at first|initially|originally|at the start|in the beginning|i was (?:ready|about|going) to|i almost|i nearly)\b/i;
const LATER_EN = /^(?:but|then|in the end|eventually|finally|now|this time|turned out)\b/i;

/**
 * The text with an earlier phase left out, or the text itself. The later part must be all good
 * (praise, a fault fixed, a level; no grievance) or all bad (a grievance, no praise), and no irony.
 */
export function withoutResolvedPast(P: LocaleParser, text: string): string {
  const zh = /[\u4e00-\u9fff]/u.test(text);
  const clauses = text.trim().split(zh ? CLAUSE_ZH : CLAUSE_EN).filter(Boolean);
  if (clauses.length < 2) return text;
  const earlier = zh ? EARLIER_ZH : EARLIER_EN;
  const later = zh ? LATER_ZH : LATER_EN;
  const from = clauses.findIndex((c) => earlier.test(c));
  if (from < 0) return text;
  let to = -1;
  for (let i = from + 1; i < clauses.length; i++) {
    if (later.test(clauses[i]!)) {
      to = i;
      break;
    }
  }
  if (to < 0) return text;
  const rest = clauses.slice(to).join(zh ? '，' : ', ');
  const norm = P.normalize(rest);
  if (!norm || P.irony(norm)) return text;
  const a = P.analyze(norm);
  const bad = !!P.complaint(norm) || a.signals.some((s) => s.pol < 0 && s.cls !== 'answer');
  const good = a.signals.some((s) => s.pol > 0 && (s.cls === 'eval' || s.cls === 'fact'));
  // Only good things now (resolved), or only a grievance now (一开始还行，后来又不热了): the later phase is the answer.
  if (good === bad) return text;
  return [...clauses.slice(0, from), rest].join(zh ? '，' : ', ');
}
