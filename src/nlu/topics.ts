/**
 * Round 15 (t15S): what an answer, or a question, is about.
 *
 * A survey asks one item at a time (renovation's design, quality, attitude, schedule, site safety, violations,
 * recommend; "is the problem fixed" on the repair and complaint dialogs; who is speaking; whether now is a good
 * time). Customers often answer about another item than the one asked ("进度挺快的" to "文明施工和安全措施是否满意？",
 * "师傅挺好的" to "暖气热了吗？"): praise of the schedule says nothing about site safety. The engine knows the question
 * (InterpretContext.question); {@link topicsOf} reads the topics of both, and {@link aboutAnotherItem} says when an
 * answer speaks only of other items, so the yes/no reading (pipeline.ts) gives no value (a grievance about another
 * item is still a grievance).
 *
 * Pure: no clock, no IO. Each topic is a family of words (Chinese and English), not a list of sentences.
 */
import { saysGoAhead } from './goahead.js';
import type { Locale } from './types.js';

export type Topic =
  | 'design'
  | 'quality'
  | 'attitude'
  | 'schedule'
  | 'safety'
  | 'conduct'
  | 'recommend'
  /** The problem fixed, solved, the heating warm, the line working (one topic: "the problem"). */
  | 'fixed'
  | 'identity'
  | 'convenient'
  | 'price'
  /** The hotline or a person reached or not. */
  | 'contact'
  /** A verdict of satisfaction (满意, satisfied): the form of the answer on a satisfaction question, an item of its own elsewhere. */
  | 'satisfaction'
  /** Round 21 (t21F): when the visit or the work was (师傅中午来装的, 前天下午修的): a time told, no item judged. */
  | 'when';

const ZH: [Topic, RegExp][] = [
  ['design', /设计|方案|图纸|效果图|出的图|画的图|户型|风格|配色/],
  // (Round 24, t24F: the work's fineness said with a degree word, 干活挺细, and flat walls or floors, 平整, are the quality item.)
  ['quality', /质量|做工|工艺|手艺|活儿?(干|做)?得|活儿?(挺|很|真|蛮|特别|非常|都挺|也挺)?(糙|细|好|不错|漂亮|还行|可以)|平整|干的活|施工(质量|效果)|电线|线管|穿管|水管|墙面|墙皮|地砖|瓷砖|地板|吊顶|防水|木工|瓦工|油漆|刷漆|空鼓|开裂|裂(了|缝|开)|渗水|漏水|翘(边|起)|贴歪|铺得|刷得|装得(?!快|慢)|做得(挺|很|真|不错|好|漂亮|平|细|糙)/],
  ['attitude', /态度|口气|语气|不听|客气|礼貌|热情|耐心|耐烦|和气|脾气|凶|骂人|爱答不理|不理人|说话(挺|很|真|太|不)?(好听|难听|冲|客气|和气)|人(挺|很|真|特别|蛮|都)?(好|不错|可以|实在|nice)|(师傅|工人|工长|小姑娘|小伙子|客服|接线员|工作人员|项目经理|经理|监理|施工队|装修队|你们的人|处理的人|来的人)(都|也|人)?(挺|很|真|特别|蛮|还|可)?(好|不错|可以|行|负责|认真|用心|勤快|辛苦|卖力|实在|专业|规矩|和善|耐心|客气|热情)|负责任?|认真|用心|勤快|卖力|辛苦|有问必答|服务(态度)?(挺|很|真|还|都)?(好|不错|周到|到位|可以)/],
  ['schedule', /进度|工期|按期|按时|准时|如期|及时|拖(了|得|延|到)|延期|延误|(^|[，,\s])(慢|快)(就|是|倒|了)|交(的)?房|(来|干|做|修|装|改|弄|铺|处理|施工)得?(挺|很|真|太|也|倒是|倒挺|还)?(快|慢|利索|麻利|早|晚)|来人(挺|很)?快|一打就来|当天(就)?来|[两三四五几\d]+天就(干|做|弄|改|装)?完/],
  // (Round 24, t24F: the site said orderly, 工地挺规矩的, 现场很规范, is the site asked, not the staff's conduct.)
  ['safety', /安全|文明施工|防护|消防|围挡|护栏|安全帽|电线乱|灰(尘|太大|大)|垃圾|(现场|工地)[^，,。]{0,5}(乱|脏|干净|整洁|收拾|规矩|规范|整齐|有序|clean|tidy|neat)|收拾得|打扫得|干净|整洁|乱糟糟|脏乱|文明|保护膜|成品保护|包(起来|上|好)|抽烟|吸烟|楼道|废料|渣|堆(的|了|着)|电线|切割|弄(得|了)?(一地|满屋|到处)|(没|不)擦|满屋子/],
  ['conduct', /违规|违反|违纪|索要|(要|收|拿)(过|了)?(钱|东西|红包|好处|烟|礼|购物卡|卡)|红包|吃拿卡要|请(吃饭|客|喝)|回扣|私单|私下(收|接)|小费|抽烟|吸烟|规矩/],
  // Round 16 (t16Y): the neighbours' home as a yardstick (比邻居家还热) names no recommendation.
  ['recommend', /推荐|介绍|朋友|亲戚|(?<![比跟和像])邻居|同事|(有人|别人|谁)问/],
  ['fixed', /(网|宽带|网速)[^，,。]{0,3}(快|慢|稳)|修好|弄好|装好|搞好|处理好|解决|(^|[，,。？?！!\s])好了(呗|啊|呀|啦)?(?=[，,。！!\s]|$)|改(回|过)来|到账|漏|卡|能(打|用|上网|看)了?|不(太|大|怎么)?热|(?<![好了])(网|宽带|电视|暖气|热水)[^，,。]{0,3}好了|通了|能用|能上网|上网|网速|网络|网(老|总|经常|又|还)?(断|卡|慢|掉|不好|好)|还是(不|没|很|那么|老样子)|掉线|信号|正常|热(了|乎|的|得|起来)|不热|暖和|暖气(挺|很|还|不)?(热|凉|冷)|凉|冷|\d+度|[一二三四五六七八九十]+度|坏(了|的)|故障|退(了|完|款|钱)|全退|没退|还是不行|又不行|没修|没解决|问题(还|没|依旧)/],
  ['identity', /本人|(^|[，,。\s])是我(?![\u4e00-\u9fff])|(^|[，,。\s])我是(她|他|本人|啊|呀|的)?([，,。！!\s]|$)|我就是|就是我(?![\u4e00-\u9fff])|户主|打错/],
  // (Round 16, t16R: a go-ahead, 你说吧, 问吧, is read by the go-ahead reader itself, goahead.ts: see topicsOf. How the call
  // should be spoken, 你说慢点, 大点声, is about the call too, as the copied 你说 used to catch.)
  ['convenient', /方便|有空|有时间|没空|没时间|在忙|忙着|正忙|开车|开会|一分钟|(说|讲)(话)?慢(一)?点|慢(一)?点(儿)?(说|讲)|大(一)?点(儿)?声|大声(一)?点/],
  ['price', /价格|价钱|价位|(太|挺|有点|有些|真|也)贵|贵了|便宜|收费|费用|预算|多收|报价|套餐|[^\s，,。]{0,2}费(?!劲|事|心|力|时)|加了.{0,3}项|增项|超支|退钱|退款/],
  ['contact', /电话.{0,4}(打不通|不通|占线|没人接|不接|打通|好打|难打)|打不进|打通了|热线|客服电话/],
  ['satisfaction', /满意|满不满意/],
  // Round 21 (t21F): the time of the visit told as the whole answer (师傅中午来装的, 前天下午修的, 是昨天处理的): asked about no item
  // (on "is it warm now?" or "is now convenient?" it says neither). (宽带挺快的: the line's speed, the 'fixed' item, added above.)
  ['when', /^(师傅|他|他们|工人|人家)?(是)?(昨天|前天|今天|上午|下午|中午|晚上|早上|上周|上礼拜|上星期|礼拜[一二三四五六天日]|星期[一二三四五六天日]|周[一二三四五六日])+[^，,。？?]{0,6}(来|修|装|处理|弄)(的|好的|完的)(吧|啊|呀)?$/],
];

const EN: [Topic, RegExp][] = [
  ['design', /\b(design|designer|layout|drawings?|plans?)\b/i],
  ['quality', /\b(quality|workmanship|finish(ing)?|tiles?|floor(ing)?|paint(ing)?|leak(s|ing|ed)?|cracks?|crooked|install(ation)? (is|was) (good|great|fine|neat|sloppy))\b/i],
  ['attitude', /\b(friendly|polite|rude|nice|patient|helpful|courteous|attitude|respectful|professional|kind)\b/i],
  ['schedule', /\b(on time|late|schedule|delay(ed)?|came at|showed up|punctual|deadline|(came|arrived|showed up|got here) (quickly|fast|quick|early|right away)|(was|were) (quick|fast|prompt)|took (forever|ages|too long))\b/i],
  ['safety', /\b(safety|safe|unsafe|hazard|protective|mess|messy|dust|debris|clean(ed)? up)\b/i],
  ['conduct', /\b(bribe|tip|kickback|red envelope|asked (me )?for (money|cash|a tip|gifts?)|smok(e|ed|ing)|broke the rules|violations?)\b/i],
  ['recommend', /\b(recommend(ed)?|refer)\b/i],
  ['fixed', /\b(fixed|solved|resolved|it works|works (great|fine|now|well)|(is|it'?s) working|working (now|again|fine)|internet|connection|signal|warm|heat(ing)?|cold|broken|still (not|down)|back up)\b/i],
  ['identity', /\b(speaking|this is (she|he|me)|it'?s me|that'?s me|i am|i'm (he|she|him|her)|wrong number)\b/i],
  ['convenient', /\b(good time|minute|busy|driving|in a meeting|free now|have time|can talk|make it (quick|fast|short|brief)|if it'?s (quick|short|fast|brief)|keep it (short|quick|brief))\b/i],
  ['price', /\b(price|cost|expensive|cheap|charged?|overcharged?|fee|bill(ing)?|yuan|rip-?off|refund)\b/i],
  ['contact', /\b(hotline|couldn'?t get through|line (was )?busy|get through)\b/i],
  ['satisfaction', /\b(satisf(ied|action)|happy with|pleased)\b/i],
];

/**
 * The items a grievance of each category (complaints.ts) is about: a grievance the pattern filed under one of the asked
 * items answers the question (项目经理电话不接 to the attitude question is the staff's manner; 楼道里堆满废料 to the
 * site-safety question is the site).
 */
const CATEGORY_TOPICS: Record<string, Topic[]> = {
  late: ['schedule'],
  mess: ['safety'],
  safety: ['safety'],
  attitude: ['attitude', 'conduct'],
  unreachable: ['attitude', 'contact'],
  money: ['conduct', 'price'],
  billing: ['price'],
  quality: ['quality', 'design'],
  not_fixed: ['fixed', 'quality'],
  repeat_visit: ['fixed'],
};

/** The topics an answer or a question speaks of (empty when none of the families is named). */
export function topicsOf(text: string, locale: Locale): Set<Topic> {
  const t = text.normalize('NFKC');
  const out = new Set<Topic>();
  const zh = /[\u3400-\u9fff]/u.test(t) || locale === 'zh-CN';
  for (const [topic, re] of zh ? ZH : EN) if (re.test(t)) out.add(topic);
  // (A Chinese answer may name an English word, 师傅很nice: the English families read it too.)
  if (zh && /[a-z]{3,}/i.test(t)) for (const [topic, re] of EN) if (re.test(t)) out.add(topic);
  // Round 16 (t16R): a go-ahead said (方便，你说吧; 问吧; go ahead) is the "is now a good time" item, by the pipeline's own reader.
  if (!out.has('convenient') && saysGoAhead(t)) out.add('convenient');
  return out;
}

/** The keypad and the answers offered (满意请按1，不满意请按2; 是请说“是”或按1; press 1 for yes): no part of what is asked. */
const KEYPAD_CLAUSE = /[^。？?！!，,]*(请按|或按|按\d|请说)[^。？?！!，,]*[。？?！!，,]?|[^.?!,]*\b(press|say yes)\b[^.?!,]*[.?!,]?/gi;
/** {{customerName}}, {{orderKind}}: names filled in by the campaign. */
const PLACEHOLDER = /\{\{[^}]*\}\}/g;

/**
 * The topics a question asks about: the words the bot asked, without the keypad instructions and the names filled in.
 * (请问您对施工质量是否满意？满意请按1… asks about quality; 请问问题解决了吗？… about the problem fixed.)
 */
export function askedTopics(question: string, locale: Locale): ReadonlySet<Topic> {
  // One reading asks this of the same question at up to a dozen places (pipeline.ts's assembleRules): the last
  // question's topics are kept, so it is worked out once per question (the set is read-only to its callers).
  if (lastAsked && lastAsked.question === question && lastAsked.locale === locale) return lastAsked.topics;
  const topics = topicsOf(question.replace(PLACEHOLDER, ' ').replace(KEYPAD_CLAUSE, ' '), locale);
  lastAsked = { question, locale, topics };
  return topics;
}
let lastAsked: { question: string; locale: Locale; topics: ReadonlySet<Topic> } | null = null;

/**
 * A yes or no said for the question itself, at the start of the answer (是, 对, 有, 没有, 会, 不会, yes, no; 满意 when
 * the question asks satisfaction): the customer answered the question, whatever else they say after it.
 */
const ANSWER_FIRST_ZH = /^[\s嗯啊哦呃噢诶哎唉，,。.]*(估计|应该|可能|大概|我看|我想|那)?(冇有?|是的?|对的?|没错|有的?|没有|不是|不对|会的?|不会|行|可以|好的|好吧|好啊|嗯嗯)(?!的人|师傅|工人|个|那个|问|人)/u;
// (Lead, after the merges: a hedge before the yes/no word still opens with it: 估计不会，…; 应该没有.)
const ANSWER_FIRST_EN = /^\s*(yes|yeah|yep|yup|no|nope|sure|ok|okay|alright|all right|fine|go ahead|correct|right|of course|absolutely|not really)\b/i;
const SATISFIED_FIRST_ZH = /^[\s嗯啊哦呃噢诶哎唉，,。.]*(挺|很|非常|都|还|比较|特别|蛮)?(满意|不满意|不太满意|还可以|还行|可以|挺好|不错)/u;
const SATISFIED_FIRST_EN = /^\s*(i'?m\s+)?(very\s+|quite\s+|pretty\s+)?(satisfied|happy|dissatisfied|unhappy)\b/i;

/** A verdict on everything (没啥问题, 啥毛病没出, 挑不出毛病, 没得挑, 都挺好). */
const ANY_ITEM_ZH = /(没|没有|无)(啥|什么|任何)?(问题|毛病)|(问题|毛病)(都)?(没|没有)(出|有)?|挑不出|没挑出|没得挑|没话说|没的说|都(挺|很|还)?(好|满意|不错)/;
/** 满意 said as a clause of its own (不怪你们，满意). */
/** The same in English (…, very polite. Satisfied, yes.). */
const SATISFIED_CLAUSE_EN = /(^|[.,!;]\s*)(i'?m\s+)?(very\s+|quite\s+|pretty\s+)?(satisfied|dissatisfied)\b/i;
const SATISFIED_CLAUSE_ZH = /(^|[，,。！!\s])(挺|很|非常|都|还|比较)?满意(的|了|啊|呀)?(?=[，,。！!\s]|$)/u;

/**
 * Does the answer speak only of other items than the question asks? True when the question's topic is known, the
 * answer names at least one topic, none of them asked, and no yes or no for the question itself opens the answer.
 * A verdict of satisfaction is the form of the answer where the question asks satisfaction, and no item at all on the
 * other service questions (it neither names another item nor the asked one; on "is now a good time?" the engine
 * carries it to the satisfaction question ahead); only on who is speaking is it another matter (满意的 to
 * "请问您是王先生本人吗？" answers nothing asked). Praise of the staff bears on whether the staff broke the rules.
 */
export function aboutAnotherItem(answer: string, question: string | undefined, locale: Locale, complaint?: string | null): boolean {
  if (!question || !question.trim() || !answer.trim()) return false;
  const asked = new Set(askedTopics(question, locale));
  if (asked.size === 0) return false;
  const said = topicsOf(answer, locale);
  const asksSatisfaction = asked.has('satisfaction');
  const asksConvenient = asked.has('convenient');
  asked.delete('satisfaction');
  if (asked.size === 0) return false;
  if (!asked.has('identity')) said.delete('satisfaction');
  // (The staff's conduct asked, 是否发现公司人员有违反公司规定的行为: praise of the staff, 工人都挺好的, bears on it.)
  if (asked.has('conduct')) asked.add('attitude');
  // (Who is speaking asked, a go-ahead, 方便 你说吧, is said by one who takes the call as theirs.)
  if (asked.has('identity')) asked.add('convenient');
  // (Whether the matter complained of is solved: it may have been a bill or a refund, 多收的钱退回来了.)
  if (asked.has('fixed')) asked.add('price');
  if (said.size === 0) return false;
  for (const t of said) if (asked.has(t)) return false;
  if (complaint && (CATEGORY_TOPICS[complaint] ?? []).some((t) => asked.has(t))) return false;
  // (A verdict on everything, 没啥毛病, 挑不出毛病, answers any item; so does 满意 said as a clause of its own where satisfaction is asked.)
  if (ANY_ITEM_ZH.test(answer)) return false;
  // (On "is now a good time?" a level said is the satisfaction question answered ahead: the engine carries it.)
  const levelCounts = asksSatisfaction || asksConvenient;
  if (levelCounts && (SATISFIED_CLAUSE_ZH.test(answer) || SATISFIED_CLAUSE_EN.test(answer))) return false;
  const a = answer.normalize('NFKC');
  if (ANSWER_FIRST_ZH.test(a) || ANSWER_FIRST_EN.test(a)) return false;
  if (levelCounts && (SATISFIED_FIRST_ZH.test(a) || SATISFIED_FIRST_EN.test(a))) return false;
  return true;
}
