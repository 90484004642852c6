/**
 * Reasons for dissatisfaction, grouped into categories by a pure keyword classifier
 * (004 第五十五条: report the main reasons). A reason may name several problems
 * ("迟到了，还没修好"): it counts in every category it names, and in `other` only when it
 * names none. A keyword right after a negation (没/没有/不/未/并没) does not count
 * ("没迟到，就是不热" is temperature only); nor does a praise of attitude ("态度挺好").
 */
import type { ReasonCategory } from './types.js';

export const REASON_CATEGORIES: readonly ReasonCategory[] = [
  'late', 'not_fixed', 'attitude', 'mess', 'charges', 'repeat_fault', 'temperature', 'other',
];

/** Chinese label first, then English. */
export const REASON_LABELS: Readonly<Record<ReasonCategory, string>> = {
  late: '迟到/超时 late',
  not_fixed: '没修好/还是断 not fixed',
  attitude: '服务态度 attitude',
  mess: '垃圾/没打扫 mess left',
  charges: '收费/要钱 charges',
  repeat_fault: '又坏/反复 repeat fault',
  temperature: '不热/温度低 temperature',
  other: '其他 other',
};

interface Rule {
  re: RegExp;
  /** The match does not count when a negation stands right before it. */
  negatable?: boolean;
}

/** Keywords per category. Patterns are matched against the text without spaces, lower case. */
const RULES: Readonly<Record<Exclude<ReasonCategory, 'other'>, readonly Rule[]>> = {
  late: [
    { re: /迟到|来晚|来得晚|来的晚|晚到|晚了|超时|拖延|拖了|拖到|拖拖拉拉|耽误|误时|不准时|没按时|没有按时|不按时|没准时|失约|爽约|放鸽子/, negatable: true },
    // A slow network is a quality fault (not_fixed), not a late engineer: 网速很慢 is not 来得很慢.
    { re: /等了(很久|好久|半天|一天|两天|几天|\d+|[一二三四五六七八九十两几]+)|等半天|等太久|一直没(人)?来|没人来|迟迟|(?<!网速|网|网络|速度)(太慢|很慢|好慢|真慢)|慢死|处理慢|效率低|效率太低|才到|才来/ },
    { re: /\blate\b|too slow|waited|delay/ },
  ],
  not_fixed: [
    { re: /没修好|没有修好|没能修好|修不好|没修|没弄好|没搞好|没解决|没有解决|未解决|没处理好|问题还在|还是(不行|不能|没|断|坏|老样子|一样|不通|上不了|连不上|卡)|仍然|依然|依旧|照样|用不了|不能用|没法用|上不了网|连不上|没信号|没有信号|不通|打不通|没网|还断|断网|断线/ },
    { re: /网速(很|太|特别|非常|有点|比较)?慢|网(很|太)?慢|网络(很|太)?慢|网速不行|网速差/ },
    { re: /not fixed|still (not|broken|down)|doesn'?t work|not working/ },
  ],
  attitude: [
    { re: /态度(?![很挺非常还特别比较蛮也都真算]{0,3}(好|不错|可以|热情|还行|满意|端正|和蔼|认真|没(什么|啥)?问题))/ },
    { re: /不耐烦|不礼貌|没礼貌|不客气|凶|骂|吼|粗鲁|冷淡|冷漠|爱答不理|爱理不理|不理人|不理我|推诿|推卸|甩锅|踢皮球|脸色|脾气|服务差|服务不好|服务太差|不专业|嫌麻烦|敷衍/ },
    { re: /rude|attitude|impolite/ },
  ],
  mess: [
    { re: /垃圾|没打扫|不打扫|没清理|没有清理|不清理|没收拾|没有收拾|不收拾|没清扫|乱七八糟|一地|弄脏|搞脏|脏|灰尘|满地|线头|脚印|没穿鞋套|没带鞋套|没戴鞋套/ },
    { re: /\bmess|dirty|rubbish|trash/ },
  ],
  charges: [
    { re: /收费|收钱|要钱|乱收|多收|加钱|额外|另收|费用|材料费|上门费|手续费|太贵|好贵|很贵|价格|红包|好处费|吃拿卡要|私收|私自收|收了我|扣费|乱扣/ },
    { re: /charge|fee|money|price|expensive/ },
  ],
  repeat_fault: [
    { re: /又坏|又断|又出|又不行|又没|又漏|又不热|又停|反复|老是|总是|经常|好几次|多次|几次了|三番五次|隔三差五|隔几天|没几天就|修了又|时好时坏|一次又一次|再次|又一次/ },
    { re: /again|repeated|keeps (breaking|failing)/ },
  ],
  temperature: [
    { re: /不热|不暖|不够热|不太热|没暖气|没有暖气|暖气(不|凉|冷)|温度(低|太低|不够|不达标|偏低|上不来)|室温|低温|不达标|冷(?!淡|漠)|凉|冻|(?<![0-9])1[0-7]度|(?<![0-9])[0-9]度|(?<![二三四])十[一二三四五六七]?度/ },
    { re: /\bcold\b|not warm|temperature/ },
  ],
};

const NEGATION = /(没有|没|不|未|并没|无)$/;

/**
 * The categories a reason names (at least one; 'other' when none matches).
 * @example classifyReason('师傅迟到了两个小时') // ['late']
 * @example classifyReason('态度很好，就是又坏了') // ['repeat_fault']
 */
export function classifyReason(text: string): ReasonCategory[] {
  const t = text.toLowerCase().replace(/\s+/g, ' ');
  const out: ReasonCategory[] = [];
  for (const cat of Object.keys(RULES) as Exclude<ReasonCategory, 'other'>[]) {
    if (RULES[cat].some((rule) => matches(t, rule))) out.push(cat);
  }
  return out.length > 0 ? out : ['other'];
}

function matches(text: string, rule: Rule): boolean {
  const re = new RegExp(rule.re.source, rule.re.flags.includes('g') ? rule.re.flags : `${rule.re.flags}g`);
  for (const m of text.matchAll(re)) {
    if (!rule.negatable) return true;
    const before = text.slice(Math.max(0, m.index - 2), m.index);
    if (!NEGATION.test(before)) return true;
  }
  return false;
}

/** Digits (ASCII, full-width, Chinese) that speech or typing may use for a phone number. */
const DIGIT = '[0-9０-９零〇一二三四五六七八九幺两]';
/** A run of 7 or more digits, with spaces, dashes, dots or brackets between them, optionally after +. */
const PHONE_LIKE = new RegExp(`\\+?${DIGIT}(?:[\\s\\-.()（）]*${DIGIT}){6,}`, 'g');

/**
 * Mask anything that looks like a phone number (7 or more digits, ASCII or Chinese numerals,
 * separators allowed): each digit becomes "*".
 * @example maskPhonesInText('打13812345678找我') // '打***********找我'
 */
export function maskPhonesInText(text: string): string {
  return text.replace(PHONE_LIKE, (run) => run.replace(new RegExp(DIGIT, 'g'), '*'));
}

/** A quote for a report: phone numbers masked, whitespace collapsed, at most `max` characters. */
export function quote(text: string, max = 80): string {
  const t = maskPhonesInText(text.replace(/\s+/g, ' ').trim());
  const chars = [...t];
  return chars.length <= max ? t : `${chars.slice(0, max - 1).join('')}…`;
}
