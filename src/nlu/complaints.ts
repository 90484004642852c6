/**
 * The complaint detector: what a customer reports as wrong, by category, on any utterance of
 * any step (issue 13). Categories are grounded in the companies' rules (../shared/domain.md;
 * the table in test/corpus/README.md cites the clauses):
 *
 * | category | what | rules |
 * |---|---|---|
 * | late | late, no-show, missed or moved appointment, slow handling | 000 第十三条–第十八条; 004 第十三条 |
 * | mess | mess, dirt or damage left behind | 000 第二十八条, 第三十八条 |
 * | attitude | rudeness, forbidden phrases, shifting the blame, smoking | 000 第四十六条, 第四十三条(六)(七) |
 * | money | money, gifts, tips, meals or extra charges asked for by staff | 000 第四十三条(一)(三)(四), 第四十六条 |
 * | not_fixed | the fault is still there or came back | 000 第三十三条 (即修即通) |
 * | repeat_visit | several visits or complaints for one problem | 000 第三十三条; 004 第十五条 |
 * | unreachable | hotline, engineer or manager cannot be reached | 000 第三十六条 (首问负责) |
 * | billing | bill, fee, package or refund dispute | 000 第四十三条(三) |
 * | safety | a hazard left or created | 000 第二十七条, 第三十条; 004 第五篇 |
 * | quality | the work or service itself below standard (a cold home, defects, slow broadband) | 004 第五篇; 003 三.2 |
 *
 * Each category is a small lexicon of linguistic patterns (who did what, what is still wrong),
 * matched on the normalised utterance. A match is `severe` when it is a clear complaint whatever
 * else was said (money asked for, a hazard, damage, abuse, a fault still there); otherwise a
 * positive answer with it is a small reservation (the level stands, the call is flagged).
 * A diminisher (有点, 稍微, a bit) makes a complaint minor.
 */

export type ComplaintCategory =
  | 'late'
  | 'mess'
  | 'attitude'
  | 'money'
  | 'not_fixed'
  | 'repeat_visit'
  | 'unreachable'
  | 'billing'
  | 'safety'
  | 'quality';

export const COMPLAINT_CATEGORIES: readonly ComplaintCategory[] = [
  'late', 'mess', 'attitude', 'money', 'not_fixed', 'repeat_visit', 'unreachable', 'billing', 'safety', 'quality',
];

export interface ComplaintMatch {
  category: ComplaintCategory;
  /** A clear complaint whatever else was said (money, a hazard, damage, abuse, a fault still there). */
  severe: boolean;
  /** Softened by a diminisher (有点, 稍微, 一点, a bit): at most a reservation. */
  diminished: boolean;
  /** Where the complaint was said (index in the normalised text). */
  at: number;
}

interface Rule {
  category: ComplaintCategory;
  re: RegExp;
  severe?: boolean;
  /** Reject the match when this tests true on the whole utterance (a negated or hypothetical mention). */
  unless?: RegExp;
}

const N = '[二两三四五六七八九十几好多\\d]';

/** Chinese rules, in priority order: the first category that matches wins. */
const ZH: Rule[] = [
  // safety
  { category: 'safety', severe: true, re: /危险|不安全|安全隐患|隐患|没系安全|安全绳(都|也)?没|漏电|触电|燃气管|煤气管|着火|烫(着|伤|到)|差点(滑倒|摔|烫|砸)|滑倒|裸(露|着)|冒(热)?水|喷(了)?一地|电线.{0,6}(暖气管|水管)|插(排|座|线板).{0,8}(鱼缸|水)|摔下来|不敢用/ },
  // money asked for by staff
  { category: 'money', severe: true, re: /红包|小费|烟钱|辛苦费|好处费|茶水费|请(他|他们|师傅)?吃饭|(?<!多)(要|收|拿|讨|索要|管我要)(了)?(我)?.{0,4}(钱|块|红包|烟|酒|礼)|加.{0,2}[一二两三四五六七八九十百千\d]+(块|元|百)|(给|加)钱(才|就)|不给.{0,4}(钱|烟|红包)就|买(他|他们)的.{0,6}才|收了我.{0,4}(块|元|钱)|上门费|调试费|好评.{0,4}小费|(额外|另外)加钱/, unless: /没(要|收)(过)?(我)?(一分)?钱|没收钱|不要钱$/ },
  // billing
  { category: 'billing', severe: true, re: /乱扣|多扣|扣了我|多收|乱收费|扣费.{0,4}(问题|不对|不明)|乱扣费|收费(不合理|太高|高)|(话费|暖气费|账单|费用|套餐费|月租).{0,8}(不对|不明|不清|太多|这么多|太高|乱|多了|没给|一直没|说法)|套餐.{0,8}(不一样|不对|不符|不同)|(没|不给|还没)退|退.{0,4}(没|还没|不)(到|给|退)|减免.{0,8}没|增项|增值业务|不明不白|免费.{0,8}收了|说(好)?(不要钱|免费).{0,10}(收|要)/ },
  // unreachable
  { category: 'unreachable', re: /(打|联系|找|转)(不通|不进|不进去|不上|不着|不到人|不到人工)|打不(通|进)|没人接|占线|转不到|找不到(人|他)|联系不上|关机|不回(微信|电话|消息|信息)|(微信|电话|消息)(也|都|从来)?不(回|接)|电话(从来|一直)?不接|排队.{0,3}(久|半天)|(热线|电话).{0,4}没打通/ },
  // repeat visits
  { category: 'repeat_visit', re: new RegExp(`(来|跑|上门|派|修)(了)?${N}+(次|趟|回|拨)|第[二三四五六七八九十]次(报修|投诉|来|上门|修)|报修第|${N}+(次|趟|回)(才|都|了都|也)|多跑了?一趟|来回折腾|折腾了?(好几|${N}+)(回|次|趟)|投诉.{0,2}${N}+(回|次)|好几拨`) },
  // not fixed, or back again
  { category: 'not_fixed', severe: true, re: /没修好|修不好|没(有)?(解决|弄好|搞好|修|处理好)|解决不了|(还是|仍然|依然|依旧|还)(很|太|特别|有点|老是|总是|每天|天天)?(没(声音|画面|反应|网|信号)|一卡一卡|断|卡|慢|上不了|上不去|不行|凉|冷|不热|坏|老样子|那样|没(网|信号|好|修好|热))|又(断|坏|不行|卡|漏|凉|冷|不热|出问题|出毛病)|老样子|还那样|问题(还在|依旧|依然)|看一眼就走|什么都没(干|修|弄)|更(凉|冷|慢|卡)|解决(成|出)了?更|一天断|时好时坏|(天天|每天|老是|总是|经常|动不动).{0,3}(断|掉线|卡|坏|没信号)/ },
  // attitude
  { category: 'attitude', severe: true, re: /骂|吼|吵起来|吵架|打人|甩脸|威胁/ },
  { category: 'attitude', re: /态度.{0,3}(差|不好|恶劣|很差|太差|不行|很不好|一般)|爱答不理|爱理不理|说话.{0,3}(冲|难听|不客气)|难听|脾气(大|差|太大|不好)|不耐烦|推卸|推诿|踢皮球|扯皮|抽烟|不道歉|不理人|事多|自己想办法|(是|说)(是)?我(家)?(自己)?的问题|有意见找|凶|没礼貌|不礼貌|不尊重|瞧不起|嫌我/ },
  // late, no-show, slow
  { category: 'late', re: new RegExp(`迟到|来得?(太|很|有点|比较)?晚|晚到|晚来|晚了.{0,4}(小时|分钟|钟头|天)|不守时|不准时|爽约|放.{0,4}鸽子|没按(期|时)|工期.{0,2}(拖|延)|延期|拖(了|拖拉拉|拉|延|得)|处理.{0,2}(太|有点|很)?慢|慢(死|吞吞)|磨蹭|(约|预约|说好|约好)[^，]{0,14}(没来|不来|才来|才到|改|变|没到)|${N}+个?(多)?(小时|钟头|天|礼拜|星期|周|月)(才|还没|都没)|半(天|个月)(才|都)?|(下午|晚上|中午)才(来|到)|才(来|到|上门)|没人来|没来人|等了|等师傅|中间等|没(提前)?(打|来)?(个)?(电话|招呼)|早点来|连门都没敲|一天没人`) },
  // mess or damage
  { category: 'mess', severe: true, re: /(弄|搞|摔|碰|撞|钻|打|蹭|刮|踩|砸)(坏|碎|裂|破|掉|花|伤)|墙.{0,6}(洞|裂)|(墙皮|门框|地板|玻璃).{0,6}(坏|掉|裂|碎|花)|大洞|东西都坏/ },
  { category: 'mess', re: /埋汰|埋了吧汰|邋遢|垃圾|满地|一地|灰|脏|没收拾|不收拾|没打扫|没清理|不清理|不擦|鞋套|线头|弄湿|地上.{0,4}(水|黑水)|乱得很|楼道里/ },
  // quality of the work or the service
  { category: 'quality', re: /质量.{0,2}(差|不行|不好|问题|一般|太次)|冷|不热|不太热|温度(低|不够)|凉|冻|冰窖|时冷时热|效果图.{0,4}(差|不一样|不符|不像)|歪|关不严|裂|漏水|网速.{0,2}慢|慢得|卡|供暖.{0,2}差|乱七八糟|明线|不到位|不够好|空调|羽绒服|棉袄|哆嗦|感冒|不达标|不合格|断网|掉线|差太多|不好用/ },
];

/** English rules, in priority order. */
const EN: Rule[] = [
  { category: 'safety', severe: true, re: /\b(dangerous|unsafe|hazard|exposed wires?|live wire|gas|electric shock|could catch fire|burn(ed|t)? (my|the) (kid|child|hand))\b/ },
  { category: 'money', severe: true, re: /\b(tip|tips|cash|bucks|bribe|asked (me )?for (money|a tip|cash|payment)|wanted (money|cash|payment|\d+)|pay him|paid him)\b/ },
  { category: 'billing', severe: true, re: /\b(charged|overcharged|bill|billed|billing|refund|fee|fees|invoice|told it was free|was free)\b/ },
  { category: 'unreachable', re: /\b(on hold|nobody answers?|no one answers?|nobody picks up|could not (reach|get through)|can not (reach|get through)|unreachable|never answers?|does not answer)\b/ },
  { category: 'repeat_visit', re: /\b((second|third|fourth|fifth) (time|visit)|came (back )?(twice|three times|several times)|(two|three|four|several) (visits|times))\b/ },
  { category: 'not_fixed', severe: true, re: /\b(still (broken|not|down|cold|drops|dropping|the same|slow)|not fixed|broke again|back again|drops? every|keeps dropping|same problem|not working|does not work|stopped working)\b/ },
  { category: 'attitude', re: /\b(rude|impolite|attitude|shouted|yelled|swore|smok(ed|ing)|arrogant|unfriendly|disrespectful)\b/ },
  { category: 'late', re: /\b(late|wait(ed)? all day|kept me waiting|no show|never (came|showed)|did not (show|come)|waited (for )?(hours|all day|ages))\b/ },
  { category: 'mess', severe: true, re: /\b(damaged|broke (my|the)|scratched|cracked|drilled a hole|hole in)\b/ },
  { category: 'mess', re: /\b(mess|messy|dirty|dust|rubbish|left (a )?mess)\b/ },
  { category: 'quality', re: /\b(sloppy|poor (work|quality|job)|cold|slow|crooked|badly done)\b/ },
];

const NEGATED_BEFORE = /(不|没|没有|未|无|别|并不|从不|也不|都不|没什么|没啥|不怎么|not|no|never|n t) ?$/;

const DIMINISH_ZH = /有点|有一点|一点|稍微|稍|略|点儿?$|点，|些|一小|会儿|一下|一次|一趟|几天|一两天|十来分钟|几分钟|一开始|要是能|就更好/;
const DIMINISH_EN = /\b(a bit|a little|slightly|somewhat|a tad|minor|small)\b/;

function detect(norm: string, rules: Rule[], diminish: RegExp): ComplaintMatch | null {
  for (const r of rules) {
    const m = r.re.exec(norm);
    if (!m) continue;
    if (r.unless && r.unless.test(norm)) continue;
    // 没迟到, 不冷了, 一点也不慢: a negated grievance is none (a pattern that is itself negated, 不热, stands).
    if (!/^[不没无未]/.test(m[0]) && NEGATED_BEFORE.test(norm.slice(Math.max(0, m.index - 4), m.index))) continue;
    // The words around the complaint (its clause) decide whether it is softened.
    const clause = norm.slice(Math.max(0, m.index - 8), m.index + m[0].length + 8);
    const diminished = diminish.test(clause);
    return { category: r.category, severe: !!r.severe && !diminished, diminished, at: m.index };
  }
  return null;
}

/** Complaint in a normalised Chinese utterance (see normalizeZh). */
export function complaintZh(norm: string): ComplaintMatch | null {
  return detect(norm, ZH, DIMINISH_ZH);
}

/** Complaint in a normalised English utterance (see normalizeEn). */
export function complaintEn(norm: string): ComplaintMatch | null {
  return detect(norm, EN, DIMINISH_EN);
}
