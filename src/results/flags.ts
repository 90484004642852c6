/**
 * Flags from free text: scan a customer's answer for words a supervisor must see. Pure.
 *
 * - misconduct: a technician asking for money or gifts, or charging outside the tariff
 *   (000 第四十三条(一)(三): 不准…向客户索要钱、物、票证; 不准向客户乱收费);
 * - complaint: the customer complains or threatens to go to a regulator (004 第六十条: a
 *   complaint is contacted within 2 hours);
 * - abusive: abusive language (the call goes to review; the agent calling back is warned).
 *
 * A word right after a negation (没/没有/不/未/无/从没) does not count: 师傅没要钱 is praise.
 * The engine's own flags (dissatisfied, low_score, low_confidence, hung_up, opt_out, …) come
 * from the dialog; these add what only the words show. Each flagged call becomes a review
 * item in the workspace.
 */

export type TextFlagReason = 'misconduct' | 'complaint' | 'abusive';

export interface TextFlag {
  reason: TextFlagReason;
  /** The word that matched (for the reviewer; never shown to the customer). */
  term: string;
}

const MISCONDUCT = [
  '要钱', '收钱', '收了钱', '给钱', '加钱', '多收钱', '收费', '乱收费', '私下收', '红包', '要红包', '收红包', '要烟', '要了烟', '拿烟',
  '送礼', '要礼', '礼品', '索要', '索取', '小费', '好处费', '辛苦费', '茶水费', '吃拿卡要', '请吃饭', '请他吃饭', '要吃饭', '要东西',
  '拿东西', '要了东西', '卡要', '回扣', '推销', 'tip', 'bribe', 'asked for money', 'kickback',
];
const COMPLAINT = [
  '投诉', '举报', '曝光', '申诉', '12315', '12300', '12345', '工信部', '消协', '消费者协会', '市长热线', '找媒体', '打官司', '起诉', '告你们',
  'complain', 'complaint',
];
const ABUSIVE = [
  '他妈的', '他妈', '妈的', '你妈', '操你', '草泥马', '傻逼', '傻b', '煞笔', '沙比', '王八蛋', '混蛋', '滚蛋', '滚开', '去死', '白痴',
  '神经病', '狗日', '狗东西', '贱人', '废物', '畜生', '脑残', 'fuck', 'shit', 'bitch', 'asshole', 'idiot',
];

const NEGATIONS = ['没有', '从没', '从不', '并没', '没', '不', '未', '无', '别', "didn't", "don't", 'not', 'no', 'never'];

/** Lower-case, full-width to half-width, no spaces (Chinese has none; English keeps words apart by the check below). */
function normalise(text: string): string {
  return text
    .replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .toLowerCase();
}

function negatedAt(text: string, index: number): boolean {
  // Up to 3 characters before the word (Chinese), or the previous word (English).
  const before = text.slice(Math.max(0, index - 4), index);
  if (/[a-z]\s*$/.test(before) || /\s$/.test(before)) {
    const words = text.slice(0, index).trim().split(/\s+/);
    const prev = words.slice(-2);
    return prev.some((w) => NEGATIONS.includes(w));
  }
  const near = text.slice(Math.max(0, index - 3), index);
  return NEGATIONS.some((n) => /[\u4e00-\u9fff]/.test(n) && near.includes(n));
}

function isWordAt(text: string, index: number, term: string): boolean {
  if (!/^[a-z ]+$/.test(term)) return true;
  const before = text[index - 1];
  const after = text[index + term.length];
  return !(before && /[a-z]/.test(before)) && !(after && /[a-z]/.test(after) && !/^s$/.test(after));
}

function firstHit(text: string, terms: readonly string[]): string | null {
  // Longest terms first, so 乱收费 is reported rather than 收费.
  for (const term of [...terms].sort((a, b) => b.length - a.length)) {
    let from = 0;
    for (;;) {
      const i = text.indexOf(term, from);
      if (i < 0) break;
      if (isWordAt(text, i, term) && !negatedAt(text, i)) return term;
      from = i + 1;
    }
  }
  return null;
}

/**
 * Scan free text for misconduct, complaint and abusive words.
 *
 * @example textFlags('师傅上门还要了两百块红包') // [{ reason: 'misconduct', term: '红包' }]
 * @example textFlags('师傅没要钱，挺好的')        // []
 */
export function textFlags(text: string | null | undefined): TextFlag[] {
  if (!text) return [];
  const t = normalise(text);
  const out: TextFlag[] = [];
  const m = firstHit(t, MISCONDUCT);
  if (m) out.push({ reason: 'misconduct', term: m });
  const c = firstHit(t, COMPLAINT);
  if (c) out.push({ reason: 'complaint', term: c });
  const a = firstHit(t, ABUSIVE);
  if (a) out.push({ reason: 'abusive', term: a });
  return out;
}
