/**
 * Text normalisation for recognizer output: full-width -> half-width, a few traditional
 * characters -> simplified, punctuation and spaces removed, recognizer repetitions collapsed
 * (满意满意 -> 满意, 对对对 -> 对), and filler words stripped where a caller wants the bare answer.
 */

import { parseChineseNumber } from './numerals.js';
import { ADVERT_ZH } from './nonanswer.js';

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
    ['紅', '红'], ['請', '请'], ['飯', '饭'], ['給', '给'],
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
  // Round 12: an advert heard from the television or the radio (百分之百满意 现在拨打订购热线, 限时抢购 包您满意): a call to order or
  // dial now is never the customer's; the whole utterance is the set's, nothing in it is an answer. (Round 16, t16R: the one
  // advert list, nonanswer.ts ADVERT_ZH.)
  if (ADVERT_ZH.test(text)) return '';
  return collapseRepeats(stripPunct(markPauses(focusElsewhere(scoreOutOf(readPinyin(placeNames(clockWords(fold(text)))))))).replace(HEARD_ASKED_ZH, '听见$1'));
}

/**
 * Round 17 (t17F): the clock as said in short (晚8点, 早七点半, 幺点半 — 幺 the spoken one of a telephone or a clock): 晚 and 早
 * right before an hour at the start of a clause are the part of the day (晚上, 早上), not lateness or earliness, and 幺 before
 * 点 is one. (来得晚, 晚了两个小时 keep their 晚: no hour follows, or something comes between; 晚一点 and 早一点 are a bit later
 * and earlier, not one o'clock.)
 */
const SHORT_DAYPART_ZH = /(^|[\s,，。.!！?？、；;今明后昨那就])(晚|早)(?=(?!一点)[0-9零一二两三四五六七八九十]{1,3}点)/gu;
const SPOKEN_ONE_HOUR_ZH = /(?<![0-9零〇一二两三四五六七八九十幺洞拐])幺(?=点)/gu;
function clockWords(s: string): string {
  return s.replace(SHORT_DAYPART_ZH, '$1$2上').replace(SPOKEN_ONE_HOUR_ZH, '一');
}

/**
 * Round 16 (t16V): a feeling or a level put in focus on someone or something else (无可挑剔的是我们小区保安, 窝火的是楼下停车位被人占了,
 * 省心的是我那个扫地机器人, 闹心的是物业, 恼火的是我孙儿考试): the word is said of what follows 的是, not of the service; the clause
 * drops out, read before the pauses go (what else is said decides: 闹心的是物业，你们宽带倒没什么). When the focus is the service or the company's people
 * (最满意的是师傅准时, 不满意的是网速, 闹心的是你们客服), the clause stays.
 */
const FOCUS_ELSEWHERE_ZH = /(^|[\s,，。!！])(?:最|最让人|最让我|让人|让我|我最|真正)?(?:不)?(?:满意|省心|舒心|放心|安心|顺心|开心|高兴|闹心|窝火|恼火|糟心|烦心|堵心|头疼|头痛|生气|气人|郁闷|失望|无可挑剔|挑不出毛病|给力|靠谱|巴适|安逸|要得)的(?:是|就是|还是)(?![^，,。!！\s]{0,12}(?:你们|您们|师傅|工人|装维|客服|工程师|维修|安装|施工|宽带|网|信号|暖气|供暖|供热|热线|服务|态度|处理|上门|速度|价格|收费|费用|公司|屋里|家里|温度|路由|光猫|电视|线))[^，,。!！\s]+/g;

function focusElsewhere(s: string): string {
  return s.includes('的') ? s.replace(FOCUS_ELSEWHERE_ZH, '$1') : s;
}

/** Round 12: 听着 for 听见 in a northern check of the line (能听着不, 听着没): heard, asked; 我听着呢 (go ahead) stays. */
const HEARD_ASKED_ZH = /听着(不|吗|么|没有?|没)$/u;
/**
 * Round 11: a place's own name says nothing about the service. An estate or street named after a good word or
 * a number (满意小区那边, 热电厂家属院, 八里庄东里, 三里屯, 五道口) keeps its kind (小区, 家属院, 庄) and loses
 * the name, so its 满意, 热 or 八 is read as no level, no echo and no score. The name starts the clause or follows
 * where one lives or goes (在, 住, 是, 到, 去); a level word as the name only before where (那边, 里, 的暖气):
 * 满意小区的人都说好 said without a pause stays as said. (人家隔壁小区, 我们小区: a neighbour or the customer's own, no name.)
 */
const PLACE_NAME = /(?<=^|[\s,，。.!！?？、；;在住是到去])((?!人家|隔壁|我们|你们|他们|咱们|俺们|这个|那个|这边|那边|对面|旁边|附近|周围|别的|其他|其它|同一)(?:(?!隔壁|旁边|对面|附近|[的你我他她咱俺们就是这那在])[\u4e00-\u9fff]){2,4}?)(小区|花园|家园|新村|家属院|家属楼|宿舍楼|公寓|大厦|东里|西里|南里|北里)(?=那边|这边|那儿|这儿|那块|这块|里|的(?:暖气|宽带|网|房子|业主|住户|供暖)|也|都|[0-9零一二两三四五六七八九十]+(?:号|栋|幢|号楼|单元)|$|[\s,，。.!！?？、；;])/gu;
const NUMBERED_PLACE = /[一二两三四五六七八九十]+(?:里|道|环)(?=庄|屯|桥|村|河|沟|堡|铺|营|口|街|路|东里|西里|南里|北里)|(?<=[东西南北内外])[二三四五六七]环|[二三四五六七]环(?=路|线|外|里|内|边|以[内外]|那|附近|$)/gu;
/**
 * Round 12: more kinds of place (商城, 大街, 佳苑, 豪庭, 社区, 广场, 家具城, 酒楼, 园, 路, 城, and 里 said bare as in
 * 满意里北区) after the same openings, and also right after another place (南关街道满意社区, 开发区好运路); the
 * name goes, and so does a number that only says which building, floor or phase (满意城二期, 好运来商城二楼,
 * 满意佳苑七号楼), so no 满意, 好运 or 二 is read as a level or a score. The place must be followed by where
 * (那边, 旁边, 对过, 楼上, 那套), another place, a number of a building, the end of the clause or 的 at the end;
 * and the name must hold a word the readers take for an answer.
 */
const PLACE_KIND = '商城|商场|购物中心|大街|街道|佳苑|花苑|名苑|雅苑|豪庭|华庭|名邸|公馆|社区|广场|家具城|建材城|酒楼|饭店|大酒店|酒店|超市|大楼|大厦|小区|花园|家园|新村|园|城|路|街|苑|湾|理发店|小炒店|饭馆|餐馆|面馆|[\u4e00-\u9fff]?店';
const PLACE_UNIT = '(?:[0-9零一二两三四五六七八九十百]+(?:楼|层|期|区|室))';
/** A building or a street number (三栋, 七号楼, 二十号) stays: it is a non-answer's own evidence (NO_EVIDENCE_ZH). */
const PLACE_BUILDING = '(?:[0-9零一二两三四五六七八九十百]+(?:号楼|号|栋|幢|单元))';
const PLACE_AFTER = `(?=那边|这边|那儿|这儿|那块|这块|那套|那栋|那家|那个|这个|旁边|边上|对过|对面|附近|楼上|楼下|门口|里面|里头|[东西南北]?区|[\\u4e00-\\u9fff]{0,4}(?:${PLACE_KIND})|${PLACE_BUILDING}|的$|$|[\\s,，。.!！?？、；;])`;
const PLACE_NAME_WITH_KIND = new RegExp(`(?<=^|[\\s,，。.!！?？、；;在住是到去]|街道|大街|路|区)((?!人家|隔壁|我们|你们|他们|咱们|俺们|这个|那个|这边|那边|对面|旁边|附近|周围|别的|其他|其它|同一)(?:(?!隔壁|旁边|对面|附近|[的你我他她咱俺们就是这那在])[\\u4e00-\\u9fff]){2,4})(${PLACE_KIND})${PLACE_UNIT}?${PLACE_AFTER}`, 'gu');
/** 满意里, 幸福里 as an estate: 里 right after the name, said alone or before a district or a building. */
const PLACE_LI = new RegExp(`(?<=^|[\\s,，。.!！?？、；;在住是到去])(?:满意|幸福|好运|吉祥|和平|安康|平安|福满|如意)里${PLACE_UNIT}?(?=[东西南北]?区|${PLACE_UNIT}|${PLACE_BUILDING}|$|[\\s,，。.!！?？、；;])`, 'gu');
/** Only a name with a word the readers take for an answer goes (幸福, 好运, 满意, 福满, 二); 建设路, 花园路 stay as said. */
const LOADED_NAME = /满意|满分|舒心|放心|省心|称心|顺心|开心|正常|五星|好|福|乐|美|顺|安|吉|祥|如意|可以|不错|行|对|是|有|热|暖|[零一二两三四五六七八九十百]/u;
/** Round 13 (t13N): a name in quotes before a place (那个"还不错"小炒店) is a name. */
const QUOTED_PLACE = new RegExp(`["“”'‘’「」『』]([^"“”'‘’「」『』]{1,8})["“”'‘’「」『』](?=[\\u4e00-\\u9fff]{0,3}(?:${PLACE_KIND}))`, 'gu');
/** The estate, shop or building names of the comment above (and a quoted name before a place) set aside: see there. */
function placeNamesWithKind(s: string): string {
  s = s.replace(QUOTED_PLACE, '某');
  if (!new RegExp(`${PLACE_KIND}|里`, 'u').test(s)) return s;
  // 对过 (across the road from) is where, not 对 (yes).
  // Round 13 (t13N): the name said again (满意小区……不是新满意; 暖泉小区，就是那个暖泉) goes too; a numbered phase or floor
  // of an estate (星河湾十期) is no score.
  const names: string[] = [];
  s = s.replace(PLACE_LI, '里').replace(PLACE_NAME_WITH_KIND, (m: string, name: string, kind: string) => {
    if (!LOADED_NAME.test(name)) return m.replace(new RegExp(`${PLACE_UNIT}$`, 'u'), '');
    names.push(name);
    return kind;
  });
  for (const n of names) s = s.replace(new RegExp(`(?<=新|老|那个|就是|不是)${n}`, 'gu'), '某');
  return s.replace(new RegExp(`(?<=${PLACE_KIND})对过`, 'gu'), '对面');
}
/**
 * Round 12: a person's name with a numeral in it (我是王九妹, 项目经理叫吴二宝, 我叫张三娃): after 是 or 叫, a common
 * surname, a numeral and a given name's character; the numeral is no score (the name becomes 王某).
 */
const NUMERAL_NAME = /(?<=(?:是|叫|名叫|名字是))([王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范廖贾夏韦付邹孟熊秦邱尹薛闫段雷侯史陶黎贺顾郝龚邵严覃戴孔汤])(?:小|老)?(?!八蛋|八羔子)[一二三四五六七八九](?!分|点|度|个|成|十|百|块|次|遍|回|趟|年|月|天|号|楼)[\u4e00-\u9fff]?(?=$|[\s,，。.!！?？、；;]|你们|你|您|他|她|的|啊|呀|吧)/gu;
function placeNames(s: string): string {
  s = placeNamesWithKind(s).replace(NUMERAL_NAME, '$1某');
  if (!/小区|花园|家园|新村|家属|宿舍楼|公寓|大厦|[东西南北]里|[二三四五六七]环|[里道环](?:庄|屯|桥|村|河|沟|堡|铺|营|口|街|路)/u.test(s)) return s;
  return s.replace(NUMBERED_PLACE, '').replace(PLACE_NAME, '$2');
}

/** A score written over its maximum (10/10, 8/10, 4/5, 90/100): the score in 分, before the slash goes. */
function scoreOutOf(s: string): string {
  return s.includes('/') ? s.replace(/(?<![\d.])(\d{1,3})\s*\/\s*(5|10|100)(?![\d/])/g, (m: string, a: string, b: string) => (Number(a) <= Number(b) ? `${a}分` : m)) : s;
}

/** A numeral cut off and said again (八 八分, 十 十九度, 二十 二十度): the recogniser's stutter. */
const STUTTER = /([零〇一二两三四五六七八九十]{1,3})[\s,，、.。…-]+(?=\1[零〇一二两三四五六七八九十]*[分度])/gu;
/** 十分 or 满分 followed by a pause (十分，冇得说; 十分 那孩子可耐心了) is the score, not the adverb "very". */
// (Round 11: 十分……不满意 is the adverb, hesitating: a denied level after the pause is what 十分 modifies.)
// (Round 16, t16V: a particle between them and the pause, 十分咯，没问题, goes with the pause.)
const SCORE_PAUSE = /(^|[\s,，。.!！、])(十分|满分)(?:咯|啦|喽|呀|哈|嘛)?(?=[\s,，。.!！、；;]+(?!十分|满分|(不|没)(太|怎么|大)?满意)[^\s,，。.!！、；;])/gu;

/**
 * Two numbers a point or two apart written with a list or range mark between them (7、8分, 17~18度, 十九、二十度的样子):
 * a range, said 到 (the mark would otherwise vanish and run them together into 78分, 1718度).
 */
const RANGE_MARKED = /(?<![\d零〇一二两三四五六七八九十点.])(?<![\d零〇一二两三四五六七八九十]\s*[、~～\-–—]\s*)(\d{1,2}|[零一二两三四五六七八九十]{1,3})\s*[、~～\-–—]\s*(\d{1,2}|[零一二两三四五六七八九十]{1,3})(?![\d零〇一二两三四五六七八九十]|\s*[、~～\-–—]\s*[\d零一二两三四五六七八九十])/gu;
/**
 * A number cut off at a hesitation and said again in full (二十……二十一吧, 八 八分吧): the one said after it
 * (the first is the start of the second).
 */
const CUT_OFF = /([零〇一二两三四五六七八九十]{1,3})[\s,，.。…]+(?=\1[零〇一二两三四五六七八九十]*([分度吧啊呀的左右]|$))/gu;

/**
 * A number said alone before a pause, and a clause opening with 一 as a word (零，一点都不专业; 九分，一点毛病没有): the
 * pause keeps them apart ({@link SCORE_MARK}), or they run together into one number (零一, 九一).
 */
const NUMBER_BEFORE_YI = /(^|[\s,，。.!！、])([零〇一二两三四五六七八九十]{1,3}|\d{1,2})(分)?[\s,，。.!！…]+(?=一(点|直|般|下|样|定|些|切|向|共|起|会|边|塌糊涂|无是处))/gu;

/** Pauses that carry meaning, read before punctuation goes: stutters dropped, a score before a pause marked ({@link SCORE_MARK}). */
export function markPauses(s: string): string {
  const ranged = /[、~～\-–—]/.test(s) ? s.replace(RANGE_MARKED, (m: string, a: string, b: string) => {
    const x = parseChineseNumber(a);
    const y = parseChineseNumber(b);
    return x !== null && y !== null && y - x >= 1 && y - x <= 2 ? `${a}到${b}` : m;
  }) : s;
  return ranged.replace(STUTTER, '').replace(CUT_OFF, '').replace(SCORE_PAUSE, `$1$2${SCORE_MARK}`).replace(NUMBER_BEFORE_YI, `$1$2$3${SCORE_MARK}`);
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
  // Round 20 (t20K): the pronouns of the whole (everything's fine, nothing's wrong, all's good, this's): "is" too.
  [/\b(everything|nothing|something|anything|all|this)'s\b/g, '$1 is'],
  [/\b(\w+)'re\b/g, '$1 are'], [/\b(\w+)'ll\b/g, '$1 will'], [/\b(\w+)'ve\b/g, '$1 have'], [/\b(\w+)'d\b/g, '$1 would'],
];

const TEXT_SHORTHAND_EN = /\bcb\b|\b(\d{1,2}) ?(?:h|hr|hrs)\b/gi;

/** Past forms of the bare verbs Chinglish leaves uninflected (he leave -> he left); regular ones take -ed. */
const PAST_EN: Record<string, string> = {
  leave: 'left', come: 'came', go: 'went', give: 'gave', take: 'took', break: 'broke', forget: 'forgot', say: 'said', tell: 'told',
  bring: 'brought', throw: 'threw', fix: 'fixed', clean: 'cleaned', install: 'installed', ask: 'asked', charge: 'charged', arrive: 'arrived',
  finish: 'finished', call: 'called', want: 'wanted', drop: 'dropped', scratch: 'scratched', damage: 'damaged', spoil: 'spoiled',
};

/**
 * Normalise an English utterance: fold, lower case, expand contractions, keep words, digits,
 * '.' and ':' inside numbers, collapse immediately repeated words (yes yes -> yes).
 */
const WEEKDAY_SHORT_EN: Record<string, string> = { mon: 'monday', tue: 'tuesday', tues: 'tuesday', wed: 'wednesday', thu: 'thursday', thur: 'thursday', thurs: 'thursday', fri: 'friday', sat: 'saturday', sun: 'sunday' };

/**
 * A rhetorical question whose answer is "of course I am satisfied" (How could I not be satisfied? Why would I be unhappy? Who
 * wouldn't be happy with that? What's not to like?): said as the verdict, it asks nothing. (Why would I be satisfied? asks the
 * opposite and is left alone.) Read on the text with its apostrophes folded, before contractions are spelt out.
 */
export const RHETORICAL_SATISFIED_EN = /\b(?:(?:how|why) (?:could|can|would|should) (?:i|anyone|anybody|one|you) (?:not|possibly not) be (?:satisfied|happy|pleased)|why (?:would|should) (?:i|anyone|anybody) (?:be|feel) (?:unhappy|dissatisfied|unsatisfied|upset|disappointed)|why would i complain|who (?:would|could)(?: not|n't) be (?:satisfied|happy|pleased)|what(?:'s| is|s) not to (?:like|love))\b(?: with (?:that|this|it|him|the (?:job|work|service)))?\s*\?*/gi;

export function normalizeEn(text: string): string {
  // A score written out of ten or five (10/10, 4/5): said in words, before the slash goes.
  let s = fold(text).replace(/[’‘`]/g, "'").replace(/\b(10|[0-9])\s*\/\s*(10|5)\b/g, '$1 out of $2');
  s = s.replace(RHETORICAL_SATISFIED_EN, 'i am satisfied. ');
  for (const [re, to] of CONTRACTIONS) s = s.replace(re, to);
  // Texting shorthand for a call back (cb in 1h, cb 2hrs): the words spelt out.
  s = s.replace(TEXT_SHORTHAND_EN, (m, h: string | undefined) => (h !== undefined ? `${h} hours` : 'call back'));
  // A clause opened by "only the…" after a verdict (Satisfy. Only the wire he leave everywhere): "the only
  // thing is", a reservation, read before the punctuation that shows the clause goes.
  s = s.replace(/([.,;!]\s*)only (?=(the|his|her|my|their|that|this) )/g, '$1only thing ');
  // Learner English (No satisfy. No happy. No good): "no" said straight before an evaluation, with no pause
  // between, negates it; "No, satisfied" (a pause) keeps both words.
  s = s.replace(/\bno (?=(very |so |really |too )?(satisf\w*|happy|good|ok|okay|nice|fixed|working|work)\b)/g, 'not ');
  // The level word echoed as a question, then answered (Satisfied? No. / Happy? Not really.): the echo is the
  // question said back, the answer after it is the verdict, so the level is denied. (Satisfied? Yes. keeps it;
  // "Satisfied, no complaints" has no question mark and no denial.)
  s = s.replace(/^\s*(?:very |really |fully )?(satisfied|happy|pleased)\s*\?+\s*(?:no|nope|not really|hardly|not at all)\b(?!\s+(?:complaints?|problems?|issues?)\b)/, 'not $1 ');
  // "Not at all satisfied" (no pause): the level negated; "Not at all, it was great" keeps "not at all" as a no.
  s = s.replace(/\bnot at all (?=(satisf\w*|dissatisf\w*|happy|unhappy|pleased|impressed|good|great|bad|nice|helpful|professional|polite|fixed|working|what)\b)/g, 'not ');
  // Round 15 (t15En): texting shorthand spelt out (gd, v gd, thx, ty, tmr, tmrw, pls, idk, wld, brb, ttyl) and
  // contractions typed without the apostrophe (cant, didnt, dont, havent, isnt, im); Malay and Cantonese answer words
  // of Singapore, Malaysia and Hong Kong English (tak puas hati = not satisfied, puas hati, boleh = can, hai = yes).
  // (v is "very" only before a word of evaluation; wont is left alone: it is also a word.)
  s = s.replace(/\b(can|did|do|does|is|are|was|were|have|has|had|would|could|should)nt\b/gi, '$1 not').replace(/\bcant\b/gi, 'can not').replace(/\bim\b/gi, 'i am');
  s = s.replace(/\bgd\b/gi, 'good').replace(/\bv (?=(good|gd|satisfied|happy|bad|nice|fast|slow|helpful|pleased|disappointed|poor)\b)/gi, 'very ')
    .replace(/\b(thx|thnx|tks|tq|ty)\b/gi, 'thanks').replace(/\b(tmr|tmrw|tmro|tmrow|2moro|2mrw)\b/gi, 'tomorrow').replace(/\b(pls|plz)\b/gi, 'please')
    // Round 21 (t21D): more texting shorthand (sry, cnt, dnt, agn, l8, l8r, hrs, cal me) and a word drawn out (noooo, nooo): spelt out.
    .replace(/\b(sry|srry)\b/gi, 'sorry').replace(/\bcnt\b/gi, 'can not').replace(/\bdnt\b/gi, 'do not').replace(/\bagn\b/gi, 'again').replace(/\bl8r\b/gi, 'later').replace(/\bl8\b/gi, 'late')
    .replace(/\bhrs\b/gi, 'hours').replace(/\bcal (?=(me|us|him|her|back)\b)/gi, 'call ').replace(/\bno{3,}\b/gi, 'no').replace(/\bdrivng\b/gi, 'driving')
    .replace(/\bidk\b/gi, 'i do not know').replace(/\bwld\b/gi, 'would').replace(/\bbrb\b/gi, 'be right back').replace(/\bttyl\b/gi, 'talk to you later');
  // Round 17 (t17E): more texting shorthand (gr8, nt happy, ys, np, wrong #, 2nite, fri aft, gimme) and the
  // recogniser's homophones of the few words a callback turns on, read only where the homophone cannot be meant
  // (too/tree/for/ate before o'clock or pm; half passed five; he was rood; left a mass; build me two dollars;
  // sat is fired). "nt" is "not" only before a word of evaluation; a weekday's short form only before a part of the day.
  s = s.replace(/\bgr8\b/gi, 'great').replace(/\bnt (?=(very |so |really |too )?(happy|satisf\w*|good|great|bad|pleased|fixed|working|impressed)\b)/gi, 'not ')
    .replace(/^\s*ys\b/i, 'yes').replace(/^\s*np\b/i, 'no problem').replace(/\bwrong\s*#/gi, 'wrong number').replace(/\b(2nite|2nyt|2night|tonite)\b/gi, 'tonight')
    .replace(/\bgimme\b/gi, 'give me').replace(/\b(is|not|so|very|not so|now|are|it) convenience\b/gi, '$1 convenient')
    .replace(/\b(mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\.? (?=(aft|arvo|afternoon|morn|morning|eve|evening|night|am|pm)\b)/gi, (_m, d: string) => `${WEEKDAY_SHORT_EN[d.toLowerCase()] ?? d} `)
    .replace(/\b(this|tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|sunday) (aft|arvo)\b/gi, '$1 afternoon');
  s = s.replace(/\b(too|tree|for|fore|ate|won)(?= (o ?clock|o'clock|pm|p\.?m\.?|am|a\.?m\.?|thirty|fifteen|forty five)\b)(?<!\b(?:wait|waited|waiting|late|over|only|just|out|off|up|on|down|back|gone|around|nearly|almost|about) \w+)/gi,
    (w: string) => ({ too: 'two', tree: 'three', for: 'four', fore: 'four', ate: 'eight', won: 'one' } as Record<string, string>)[w.toLowerCase()] ?? w)
    .replace(/\bhalf passed\b/gi, 'half past').replace(/\bwas (so |very |really |quite |a bit |bit )?rood\b/gi, 'was $1rude')
    .replace(/\b(left|leave|leaves|leaving|made|make|makes|making) (a|such a|a real|a big|a huge|an awful|a right) mass\b/gi, '$1 $2 mess')
    .replace(/\b(build|built|bild) (me|us)(?= (to|too|two|\d+|a|an|one|three|four|five|ten|twenty|fifty|extra|twice|for)\b)/gi, 'billed $2')
    .replace(/\bbilled (me|us) (to|too)\b(?= (dollars?|bucks|pounds?|yuan|hundred|extra))/gi, 'billed $1 two')
    .replace(/\b(sad|sat) is fired\b/gi, 'satisfied').replace(/\b(very|really|so|extremely|not|am) (sad|sat) is fine\b/gi, '$1 satisfied')
    // "dissatisfied" heard as "this satisfied": only where "this" cannot be meant (alone, after I'm or very; not "this satisfied me").
    .replace(/(\b(?:i am|i'm|im|we are|we're|am|very|really|so|totally) )this (satisf(?:ied|y))\b(?! (me|us|him|her|them|my|our|the|all|every\w*)\b)/gi, '$1dis$2')
    .replace(/\belevenses\b/gi, 'eleven')
    .replace(/\b(dropp|work|buffer|load|connect|cutt|freez|crash|restart|reboot|wait|disconnect)in\b/gi, '$1ing');
  // Typed on a phone: auto-correct and slips of the level word (satisfies, satisified, verry), of yes alone (yse, ues), and
  // chat shorthand (rn: right now; lol opening the answer is no word of it). "It satisfies me" keeps its verb.
  s = s.replace(/\b(dis|un)?(?:satisified|satisifed|satisfed|satisfid|satisfyed|sattisfied|satisfiied)\b/gi, '$1satisfied')
    .replace(/\b(dis|un)?satisfies\b(?! (me|us|him|her|them|my|our|the|all|every\w*|you|everyone|everybody)\b)/gi, '$1satisfied')
    .replace(/\b(?:verry+|vry|vey)\b/gi, 'very').replace(/^\s*(?:yse|ues|yess+)\s*([.!]*)\s*$/i, 'yes$1').replace(/\brn\b/gi, 'right now')
    .replace(/^\s*(?:lol|lmao|haha)[\s,.!]+(?=\S)/i, '').replace(/👎/gu, ' bad ').replace(/👍/gu, ' good ')
    // Round 22 (t22D): a row of stars typed (⭐⭐⭐⭐⭐, ★★★☆☆) is that many stars, as zh.ts's EMOJI reads it (5 stars).
    .replace(/[⭐★🌟]+[☆\s]*/gu, (m: string) => ` ${[...m].filter((c) => c !== '☆' && c.trim() !== '').length} stars `)
;
  // The upside-down smile after a cost counted (great, only took them 3 visits 🙃; waited 5 hours, lovely 🙃) says the praise is
  // meant the other way: yeah right. Beside praise of a success alone (fixed first time, great 🙃) it is only a smile.
  s = /\b(\d+|two|three|four|five|six|seven|eight|nine|ten|several|a few|many) (visits|times|tries|attempts|calls|trips|days|weeks|hours|months)\b/i.test(s)
    ? s.replace(/(?<=[a-z0-9][^🙃]*)\s*🙃+/giu, ', yeah right') : s;
  s = s.replace(/\b(tak|tidak|x) puas hati\b/gi, 'not satisfied').replace(/\bpuas hati\b/gi, 'satisfied').replace(/^\s*boleh\b/i, 'can').replace(/^\s*hai\b(?=\s*(ah|a|la|lah)?\s*[,.!]?\s*(me|is me|it is me|speaking|yes)?\s*[.!]?\s*$)/i, 'yes');
  // Round 15 (t15En): an opener that weighs the words (What to say, what can I say, how to say): no question asked.
  s = s.replace(/^\s*(what to say|what can i say|what else to say|what shall i say|how to say|how to put it)\s*[,.!:]+/i, '');
  // Round 15 (t15En): the recogniser's split of "satisfied" (sad is fied, sat is fied, satis fied).
  s = s.replace(/\b(?:sad|sat|sadis|satis|sad is|sat is) ?(fied|fy)\b/gi, (_m, e: string) => (e.toLowerCase() === 'fy' ? 'satisfy' : 'satisfied'));
  // Singlish and Manglish sentence particles (can lah, ok lor, not bad leh, good one): no word of the answer.
  s = s.replace(/(?<=\w)[ ,]+(lah|la|leh|lor|loh|meh|hor)\b/g, '').replace(/(?<!\b(number|option|the|a|that|this|which|no|any|every|each|only|last|first|next|other|another|score|press|give|gave|just|at|to|in|for|and|or|than|is|was|big|little|right|wrong|new|old|same) )\b(slow|fast|good|bad|nice|late|lousy|terrible|lazy|rude|quick|solid|ok|okay|clean|dirty|messy|expensive|cheap|steady|power|shiok|jialat|cannot|can not|not bad|very good|very bad|so slow|so bad|so good) one\b(?= *[,.!?]|$)/g, '$2');
  s = s.replace(/(\d)\.(\d)/g, '$1\uE000$2').replace(/(\d):(\d)/g, '$1\uE001$2');
  s = s.replace(/[^\p{L}\p{N}\uE000\uE001\s'-]/gu, ' ').replace(/'/g, ' ').replace(/-/g, ' ');
  s = s.replace(/\uE000/g, '.').replace(/\uE001/g, ':');
  s = s.replace(/\s+/g, ' ').trim();
  // Reduplications that are words, not recognizer repeats.
  // A word split by the recogniser (dis satisfied, un happy).
  s = s.replace(/\b(dis|un) (satisfied|happy|helpful|professional)\b/g, '$1$2');
  // "I wouldn't say dissatisfied": the level word denied.
  s = s.replace(/\b(would|could) not (say|call it) (dissatisfied|unsatisfied|unhappy)\b/g, 'not $3');
  // Distancing frames (understatement): a level said inside "I wouldn't say I'm…", "not what I'd call…", "I'd be
  // lying if I said I was…", "can't say I'm…" is that level denied (I wouldn't say I'm dissatisfied -> not dissatisfied).
  s = s.replace(/\b(?:(?:would|could|can|do|did) not (?:say|call (?:it|that|this)|describe (?:it|that) as|claim)|not what (?:i|we|you|anyone) would (?:call|describe as)|(?:would|will) be lying if (?:i|we) (?:said|say|told you))(?: that)?(?: (?:i|we|it|he|she|they|that|this) (?:am|was|is|are|were|felt|feel))?(?: (?:the service|it|the work|the job|the visit) (?:was|is))? (?=(?:very |really |so |too |entirely |completely |totally |particularly |all that |that |fully )?(?:satisf\w*|dissatisf\w*|unsatisf\w*|happy|unhappy|pleased|impressed|good|great|bad|terrible|thrilled|delighted|disappointed|fine|ok|okay|acceptable|professional|excellent|perfect)\b)/g, 'not ');
  // A bare verb after he/she (Chinglish, Singlish: he leave the wire everywhere, she come very late) tells
  // what happened on the visit: read as the past, so the complaint rules see the verb (left, came).
  // (did he leave, will she come, can he fix: an auxiliary before the pronoun keeps the bare verb.)
  s = s.replace(/(?<!\b(?:do|does|did|will|would|can|could|should|shall|may|might|must|let|make|to) )\b(he|she) (leave|come|go|give|take|break|forget|say|tell|bring|fix|clean|install|ask|charge|arrive|finish|call|want|throw|drop|scratch|damage|spoil)\b/g,
    (_m: string, who: string, verb: string) => `${who} ${PAST_EN[verb] ?? verb}`);
  // A counterfactual on time (If he'd turned up on time I'd say very satisfied; it would have been perfect if they'd
  // come when they said): the top level is what it would have been; what it is, is a step lower, with the lateness.
  const onTime = /\bif (only )?(he|she|they|you|it|the \w+|your \w+) (would|had) (have )?(been|turned up|come|came|arrived|shown up|showed up|got here|gotten here|be)( here| there)? (on time|earlier|sooner|when (he|she|they|you) said|at the (right|agreed) time|in time)\b/;
  const topLevel = /\b(i|we|it|that) would ((say|have said|be|have been|call it) |give (it|you|him|her|them) )?(very |extremely |completely |totally |fully |absolutely )?(satisfied|happy|pleased|perfect|excellent|great|brilliant|ten out of ten|five stars)\b/;
  if (onTime.test(s) && topLevel.test(s)) s = `${s.replace(onTime, ' ').replace(topLevel, 'satisfied')} but late`.replace(/\s+/g, ' ').trim();
  // Spoken spellings of the softeners (sorta, kinda); said alone (sort of, yeah) they only half agree: middling.
  s = s.replace(/\bsorta\b/g, 'sort of').replace(/\bkinda\b/g, 'kind of');
  s = s.replace(/^((yeah|yes|well|um|uh|i mean) )?(sort of|kind of)( (yeah|i guess|i suppose|i think))?$/, 'soso');
  // Chat letters typed as the whole answer: y / yy (yes), k / kk (okay), n (no). (Letters of a spelt name stay letters.)
  s = s.replace(/^(y|yy)$/, 'yes').replace(/^(k|kk)( (?=go|sure|thanks|then)|$)/, 'ok$2').replace(/^n$/, 'no');
  // Round 17 (t17E): 一般一般 said word for word in learner English (general general, just general) is "so so".
  s = s.replace(/\bgeneral general\b|^(just |only |very |so )?general( only| la| lah)?$/g, 'soso');
  s = s.replace(/\bso so\b/g, 'soso').replace(/\bbye bye\b/g, 'byebye').replace(/\bmm hmm\b/g, 'mmhmm');
  s = s.replace(/\b(\w+(?: \w+){0,2})(?: \1\b)+/g, '$1');
  // Round 15 (t15En): learner and Singlish verdict shapes. "So far so good" is good up to now (no "so" of degree); a
  // clause opened by "so" after a report (I tried, it works, so satisfied) concludes, it does not intensify; "no bad"
  // said as "not bad"; "I'd not say I'm not satisfied" denies a denial; a sentence-final "already" is a change of state
  // (fine already = fine now); "this satisfied" alone is the recogniser's "dissatisfied" or "this, satisfied": unclear.
  s = s.replace(/\bso far so good\b/g, 'good so far');
  s = s.replace(/(\b(?:work|works|working|worked|fine|ok|okay|fixed|tried|tested|good|now|yesterday|drop|drops)) so (?=(?:yes )?(?:satisfied|satisfy|happy|pleased|good)\b)/g, '$1 therefore ');
  s = s.replace(/\bno bad\b(?! (\w+))/g, 'not bad').replace(/\bis no bad\b/g, 'is not bad');
  s = s.replace(/\b(?:would|could|can|do|did|will) not say (?:that )?(?:i am|i was|it is|it was|we are|we were) not (?=(?:very |really |so |fully |entirely )?(?:satisf\w*|happy|pleased|good|ok|okay)\b)/g, '');
  s = s.replace(/\b(fine|ok|okay|good|working|work|fixed|settle|settled|solved|done|running) already$/g, '$1 now');
  s = s.replace(/^(this|these) (satisfied|satisfy)$/, 'unclear');
  // Round 15 (t15En): the line coming and going (the connection is coming and going, internet on off on off, wifi on
  // and off since he left): it keeps dropping. (Only of the line: a person coming and going is no fault.)
  s = s.replace(/\b(connection|internet|wifi|wi fi|line|signal|network|broadband|tv|router|modem)( (is|was|keeps|keep|has been|been|always|still|just))* (coming and going|comes and goes|come and go|on off|on and off|off and on|in and out)\b/g, '$1 keeps dropping');
  return s;
}

// --- Pinyin and zhuyin typed for Chinese -------------------------------------------------------

/** Number syllables, for scores and degrees typed in pinyin (jiu fen, ershi du). */
const PY_DIGITS = ['ling', 'yi', 'er', 'san', 'si', 'wu', 'liu', 'qi', 'ba', 'jiu'];

/**
 * Answer words as customers type them in pinyin without tones (man yi, hen hao, bu fang bian),
 * when a keyboard or a recogniser gives Latin letters for Chinese. Only words a survey answer is
 * made of; a syllable that is also an English word is not listed alone (man, he, a).
 */
const PINYIN_WORDS: Record<string, string> = (() => {
  const w: Record<string, string> = {
    manyi: '满意', bumanyi: '不满意', hen: '很', ting: '挺', feichang: '非常', tebie: '特别', bijiao: '比较', hai: '还', tai: '太', hao: '好',
    haode: '好的', haoba: '好吧', haole: '好了', henhao: '很好', tinghao: '挺好', bucuo: '不错', yiban: '一般', yibanban: '一般般', haixing: '还行',
    keyi: '可以', haikeyi: '还可以', bu: '不', buhao: '不好', buxing: '不行', shi: '是', shide: '是的', bushi: '不是', dui: '对', duide: '对的',
    meiyou: '没有', mei: '没', xing: '行', cha: '差', hencha: '很差', fangbian: '方便', bufangbian: '不方便', mang: '忙', xiexie: '谢谢',
    buyong: '不用', xuyao: '需要', buxuyao: '不需要', xiuhao: '修好', xiuhaole: '修好了', jiejue: '解决', jiejuele: '解决了', meiwenti: '没问题',
    wenti: '问题', manfen: '满分', fen: '分', du: '度', de: '的', le: '了', ba: '吧', a: '啊', zan: '赞', bang: '棒',
    // The states and verbs a yes/no step is answered with, and the words around a level (会, 正常, 热了, 按期的, 还是断网,
    // 没什么不满意的, 就是来得晚了一点). Syllables that alone spell English (re, ni, wo, ne) only inside a word (rele, nishuo).
    hui: '会', buhui: '不会', zhengchang: '正常', shangwang: '上网', yijing: '已经', tuijian: '推荐', anqi: '按期', you: '有',
    rele: '热了', bure: '不热', liang: '凉', zhene: '着呢', haishi: '还是', duanwang: '断网', tuo: '拖', haojiu: '好久',
    shiwo: '是我', nishuo: '你说', niwen: '你问', laji: '垃圾', shenme: '什么', zenme: '怎么', jiushi: '就是', yidian: '一点',
    lai: '来', wan: '晚', zai: '在', zaimang: '在忙', shifu: '师傅', kuai: '快', wuli: '屋里', nuanhuo: '暖和',
    wanshang: '晚上', zaoshang: '早上', shangwu: '上午', xiawu: '下午', zhongwu: '中午', mingtian: '明天', houtian: '后天',
  };
  // Numbers before 分 or 度 (jiu fen, ba fen, ershiyi du): 0-10 and 11-40.
  const num: [string, string][] = PY_DIGITS.map((p, i) => [p, String(i)]);
  num.push(['shi', '10']);
  for (let i = 1; i <= 9; i++) num.push([`shi${PY_DIGITS[i]}`, String(10 + i)]);
  for (const t of [2, 3, 4]) {
    num.push([`${PY_DIGITS[t]}shi`, String(10 * t)]);
    for (let i = 1; i <= 9; i++) num.push([`${PY_DIGITS[t]}shi${PY_DIGITS[i]}`, String(10 * t + i)]);
  }
  num.push(['liang', '2']);
  for (const [p, n] of num) {
    w[`${p}fen`] = `${n}分`;
    w[`${p}du`] = `${n}度`;
  }
  return w;
})();
const PINYIN_MAX = Math.max(...Object.keys(PINYIN_WORDS).map((k) => k.length));

/**
 * Answers typed as the initials of their pinyin (fcmy 非常满意, bmy 不满意, mjj 没解决, rg/zrg 人工/转人工): read only as the
 * whole answer, and only in a Chinese dialog (my is a word in the English one).
 */
const PINYIN_INITIALS: Record<string, string> = {
  my: '满意', hmy: '很满意', tmy: '挺满意', fcmy: '非常满意', bjmy: '比较满意', bmy: '不满意', hbmy: '很不满意', fcbmy: '非常不满意',
  tbmy: '特别不满意', bzmmy: '不怎么满意', mjj: '没解决', yjj: '已解决', rg: '人工', zrg: '转人工', gkd: '搞快点',
};
/** The Latin letters of a whole answer typed as initials, read as their Chinese, or null. */
export function pinyinInitials(text: string): string | null {
  const letters = text.normalize('NFKC').toLowerCase().replace(/[\s\p{P}\p{S}]/gu, '');
  return PINYIN_INITIALS[letters] ?? null;
}

/** Pinyin words that are also English words (you; a, are as a+re): pinyin only in a Chinese dialog. */
const PINYIN_ALSO_ENGLISH = new Set(['a', 'you', 'hen', 'ting', 'de', 'le', 'ba', 'lai', 'wan']);

/** Words that alone are English more often than pinyin: kept as typed unless they stand beside a digit or other pinyin. */
const PINYIN_ALONE_NOT = new Set(['a', 'ba', 'de', 'le', 'bu', 'mei', 'du', 'hen', 'ting', 'bang', 'hai', 'tai', 'fen', 'shi', 'zan', 'xing', 'cha', 'dui', 'mang']);

/** Segment letters into pinyin words (fewest words wins), or null when some letters are no word. */
function segmentPinyin(letters: string): string[] | null {
  const n = letters.length;
  if (n === 0 || n > 40) return null;
  const best: (string[] | null)[] = new Array(n + 1).fill(null);
  best[0] = [];
  for (let i = 0; i < n; i++) {
    const prev = best[i];
    if (!prev) continue;
    for (let len = 1; len <= PINYIN_MAX && i + len <= n; len++) {
      const w = letters.slice(i, i + len);
      if (!(w in PINYIN_WORDS)) continue;
      const cand = [...prev, w];
      const cur = best[i + len];
      if (!cur || cand.length < cur.length) best[i + len] = cand;
    }
  }
  return best[n] ?? null;
}

/** Zhuyin (bopomofo) initials, as pinyin. */
const ZY_INITIAL: Record<string, string> = {
  ㄅ: 'b', ㄆ: 'p', ㄇ: 'm', ㄈ: 'f', ㄉ: 'd', ㄊ: 't', ㄋ: 'n', ㄌ: 'l', ㄍ: 'g', ㄎ: 'k', ㄏ: 'h', ㄐ: 'j', ㄑ: 'q', ㄒ: 'x',
  ㄓ: 'zh', ㄔ: 'ch', ㄕ: 'sh', ㄖ: 'r', ㄗ: 'z', ㄘ: 'c', ㄙ: 's',
};
/** Zhuyin finals (medial + rhyme) after an initial, as pinyin. */
const ZY_FINAL: Record<string, string> = {
  '': 'i', ㄚ: 'a', ㄛ: 'o', ㄜ: 'e', ㄝ: 'e', ㄞ: 'ai', ㄟ: 'ei', ㄠ: 'ao', ㄡ: 'ou', ㄢ: 'an', ㄣ: 'en', ㄤ: 'ang', ㄥ: 'eng', ㄦ: 'er',
  ㄧ: 'i', ㄧㄚ: 'ia', ㄧㄝ: 'ie', ㄧㄠ: 'iao', ㄧㄡ: 'iu', ㄧㄢ: 'ian', ㄧㄣ: 'in', ㄧㄤ: 'iang', ㄧㄥ: 'ing',
  ㄨ: 'u', ㄨㄚ: 'ua', ㄨㄛ: 'uo', ㄨㄞ: 'uai', ㄨㄟ: 'ui', ㄨㄢ: 'uan', ㄨㄣ: 'un', ㄨㄤ: 'uang', ㄨㄥ: 'ong',
  ㄩ: 'u', ㄩㄝ: 'ue', ㄩㄢ: 'uan', ㄩㄣ: 'un', ㄩㄥ: 'iong',
};
/** Zhuyin syllables with no initial, as pinyin spells them (ㄧ yi, ㄨㄛ wo, ㄩㄢ yuan). */
const ZY_BARE: Record<string, string> = {
  ㄧ: 'yi', ㄧㄚ: 'ya', ㄧㄝ: 'ye', ㄧㄠ: 'yao', ㄧㄡ: 'you', ㄧㄢ: 'yan', ㄧㄣ: 'yin', ㄧㄤ: 'yang', ㄧㄥ: 'ying',
  ㄨ: 'wu', ㄨㄚ: 'wa', ㄨㄛ: 'wo', ㄨㄞ: 'wai', ㄨㄟ: 'wei', ㄨㄢ: 'wan', ㄨㄣ: 'wen', ㄨㄤ: 'wang', ㄨㄥ: 'weng',
  ㄩ: 'yu', ㄩㄝ: 'yue', ㄩㄢ: 'yuan', ㄩㄣ: 'yun', ㄩㄥ: 'yong',
};

/** One zhuyin syllable (initial, then medial and rhyme) as pinyin, or null. */
function zhuyinSyllable(s: string): string | null {
  const ini = ZY_INITIAL[s[0]!];
  if (ini === undefined) return ZY_FINAL[s] !== undefined ? (ZY_BARE[s] ?? ZY_FINAL[s]!) : null;
  const fin = ZY_FINAL[s.slice(1)];
  if (fin === undefined || (s.length === 1 && !/^(zh|ch|sh|r|z|c|s)$/.test(ini))) return null;
  return ini + fin;
}

/** A run of zhuyin with its tone marks (ㄇㄢˇ ㄧˋ). */
const ZHUYIN_RUN = /[\u3105-\u312f\u02c7\u02cb\u02ca\u02d9\u02c9](?:[\u3105-\u312f\u02c7\u02cb\u02ca\u02d9\u02c9\s]*[\u3105-\u312f\u02c7\u02cb\u02ca\u02d9\u02c9])?/gu;
/** A run of Latin letters and the spaces between them (tone marks on them are dropped first). */
const LATIN_RUN = /[a-z]+(?: +[a-z]+)*/g;

/** A Latin run read as pinyin, or null when it is not (all of it) pinyin answer words. */
function pinyinRun(run: string, alone: boolean): string | null {
  const words = segmentPinyin(run.replace(/ /g, ''));
  if (!words) return null;
  // One short word that is also English or a particle (a, hen, bang) is pinyin only beside a digit or as the whole answer.
  if (words.length === 1 && PINYIN_ALONE_NOT.has(words[0]!) && !alone) return null;
  return words.map((w) => PINYIN_WORDS[w]).join('');
}

/**
 * Chinese typed as pinyin (man yi, hen hao, 9fen, mǎn yì) or zhuyin (ㄇㄢˇ ㄧˋ): read as the Chinese
 * words, where every letter of the run is part of an answer word (wifi, nice, busy stay English).
 */
export function readPinyin(text: string): string {
  let s = text;
  if (/[\u3105-\u312f]/u.test(s)) {
    s = s.replace(ZHUYIN_RUN, (run) => {
      // Syllables end at a tone mark or a space, and before an initial (ㄅ…ㄙ) that follows a sound.
      const syl = run.split(/[\u02c7\u02cb\u02ca\u02d9\u02c9\s]+/u).flatMap((c) => c.split(/(?=[\u3105-\u3119])/u)).filter(Boolean).map(zhuyinSyllable);
      if (syl.some((x) => x === null)) return run;
      return pinyinRun(syl.join(''), true) ?? run;
    });
  }
  if (!/[a-z]/i.test(s)) return s;
  const initials = pinyinInitials(s);
  if (initials !== null) return initials;
  if (/[\u00c0-\u024f]/.test(s)) s = s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/ü/g, 'u');
  s = s.toLowerCase();
  const whole = s.replace(/[\s\p{P}\p{S}]/gu, '');
  let english = false;
  const read = s.replace(LATIN_RUN, (run, at: number) => {
    const beside = /\d/.test(s[at - 1] ?? '') || /\d/.test(s[at + run.length] ?? '');
    const zh = pinyinRun(run, beside || whole === run.replace(/ /g, ''));
    if (zh === null) english = true;
    return zh ?? run;
  });
  // Beside English words (邮箱 shifen at 163 dot com: an address spelled out) the letters are not pinyin.
  return english ? s : read;
}

/** True when the letters of an utterance are all pinyin answer words (the answer is Chinese, typed in Latin letters). */
export function isPinyin(text: string, chineseDialog = true): boolean {
  if (!/[A-Za-z\uff21-\uff3a\uff41-\uff5a]/u.test(text)) return false;
  const s = fold(text).normalize('NFD').replace(/[\u0300-\u036f]/g, '');
  if (!/[a-z]{2,}/.test(s)) return false;
  if (pinyinInitials(s) !== null) return chineseDialog;
  if (!chineseDialog) {
    // In the English dialog, letters that are English words too (you) stay English.
    const words = segmentPinyin((s.match(/[a-z]+/g) ?? []).join(''));
    if (words && words.every((w) => PINYIN_ALSO_ENGLISH.has(w))) return false;
  }
  return !/[a-z]/.test(readPinyin(s));
}
