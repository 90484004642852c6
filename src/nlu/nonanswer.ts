/**
 * Round 13 (dev12, t13N): utterances that are no answer at all, whatever answer words they hold.
 *
 * dev12's non-answers were written from real phone audio as traps: a television or radio in the room
 * (五星好评返现, 满意度连续三年第一, "[TV] what a fantastic goal"), a bus announcement, an SMS instruction
 * quoted (短信说十分满意就回复十), a name spelt out character by character (李正常，正常的正常; 姓车，马车的车;
 * 三点水那个浩), the customer talking to someone in the room (快点吃饭，菜都凉了; 你去把那个保修卡拿来),
 * weather small talk asked back (你们那儿下雪没有), "hold on a minute" (你等我一分钟), the line going
 * quiet (喂？这电话咋没动静呢), a number noted down (我先把这个号码记一下), an English address
 * (I live at 5 Star Court, flat 9). Each family names a way of speaking that carries no verdict; the
 * assembly gives no value, intent or complaint for it, and the learned reader stays silent on it too
 * (index.ts), as on the rules' other no-evidence readings.
 *
 * The checks read the utterance as said (NFKC), before the normaliser removes the brackets of a
 * source marker or the punctuation between clauses.
 */

/** A source marker opening the utterance: （电视）, (radio), [TV], 【广播】. */
const MEDIA_MARK = /^[\s…．.。·—~～-]*[（([【]\s*(电视|电视机|广播|收音机|电台|背景音?|广告|radio|tv|television|background|advert|ad)\s*[）)\]】]/iu;

/** What only an advert or an announcement says (扫码关注, 好评返现, 欢迎到店选购, 满意度……第一, 下一站, 请要下车的乘客). */
const ADVERT_ZH = /扫码(关注|领取|进群|下单|有礼|添加)|好评返现|好评如潮|满意度[^，,。！!？?\s]{0,8}第一|欢迎(您)?(到店|莅临|光临|选购|惠顾|新老顾客|各位)|到店选购|(下一站|前方到站|本次列车|终点站)[^，,。]{0,3}[\u4e00-\u9fff]|请(要)?下车的乘客|乘客(朋友)?们/u;

/**
 * What the television or the radio says, named as such (电视里那广告，……; 收音机上在放……) with nothing of the
 * customer's own beside it (实际, 我觉得, 但是 …).
 */
const MEDIA_SAID_ZH = /(电视|电视机|广播|收音机|电台)(里|上)(的|那个?|在)?(广告|节目|放|说|播|唱)/u;
const OWN_STANCE_ZH = /我(觉得|感觉|看|们家|家)|实际|其实|但是|可是|不过|反正|真的|说实话/u;

/** An SMS instruction quoted (你们短信上写满意请回复一; 短信说十分满意就回复十): the instruction, not the answer. */
const SMS_QUOTED_ZH = /(短信|信息|消息)[^，,。]{0,4}(写|说|让|提示|里|上)[^，,。]{0,12}(请|就)(回复|回|按)[零一二三四五六七八九十\d]/u;

/**
 * A name spelt out (马车的车, 正常的正常, 三点水那个浩, 井字边那个邢, 木子李, 弓长张): said about a name or a
 * place (姓, 叫, 写的是, 户主, 小区 …), or spelt twice. 态度挺好的挺好 (a recogniser's repeat) spells nothing.
 */
const SPELT_ZH = /([\u4e00-\u9fff])([\u4e00-\u9fff])的(\1|\2)(?=$|[，,。.\s？?！!、]|不|是)|([\u4e00-\u9fff]{2})的\4(?![\u4e00-\u9fff])/gu;
const RADICAL_ZH = /三点水|两点水|草字头|宝盖头|竖心旁|[木言金火口女提单双立土日月王石禾]字?[人心手]?旁|[\u4e00-\u9fff]字(边|旁|头|底)(那个|的|一个)|耳东陈|弓长张|立早章|木子李|口天吴|古月胡|双木林|文刀刘|木土杜/u;
const NAME_CUE_ZH = /姓|叫|名字|名儿|户名|户主|写的|登记|小名|本人|念|苑|小区|花园|家园|大厦|公寓/u;

/**
 * Talking to someone in the room, said first: 快点吃饭, 别吵了, 你去把那个保修卡拿来; not when a level or a score
 * is said beside it (别吵了，挺满意的).
 */
const ASIDE_ZH = /^(快点?儿?|赶紧|赶快)(吃饭|吃|睡觉|去睡|写作业|洗澡|起床|穿衣服)|^别(吵|闹|嚷|喊|叫唤)(了|啦)?(?=[，,。！!\s]|$)|^(你|您)?(去|快去|帮我|给我)?把[^，,。]{1,8}(拿|递|取|找|送)(来|过来|给我)/u;
const LEVEL_WORD_ZH = /满意|不错|还行|还可以|凑合|一般|[零一二两三四五六七八九十\d]分(?!钟)|好评|差评|挺好|很好|不好|太差|很差/u;

/** Weather small talk asked back (你们那儿下雪没有？) or said alone (今天外头可冷了). */
const WEATHER_ZH = /(你们|你)(那儿|那边|那里|那)[^，,。？?]{0,3}(下雪|下雨|冷|热|降温|刮风|下霜)(了)?(没有|没|吗|么|不)|^(今天|今儿|这两天|最近)?(外头|外面|外边|天儿?|天气)(可|真|挺|太|好|贼|老|特别)?(冷|热)(了|啊|呀|啦)?[。！!～~…]*$/u;

/** "Hold on a minute" with what the customer does meanwhile (你等我一分钟，我走到阳台去; 你等我一会儿啊，锅开了): no time to call back. */
const HOLD_ZH = /^(喂[，,\s]*)?(你|您)?(先)?等我?(一|两|三|几|半)(分钟|会儿?|秒钟?)/u;
const CALL_LATER_ZH = /再(打|来电|联系)|打过来|回(个)?电|回头|晚点|晚些|以后|之后|下午|晚上|明天|改天|[零一二两三四五六七八九十\d]+点|(分钟|小时)(后|以后)/u;

/** The line going quiet (喂？这电话咋没动静呢; 喂？怎么一会儿有声一会儿没声的). */
const LINE_QUIET_ZH = /^喂[^，,。]{0,2}[，,？?！!\s].{0,8}(没(动静|声儿?|声音)(了|呢|啊)?|有声[^，,。]{0,5}没声)/u;

/** A number or a name noted down (OK OK，我先把这个号码记一下). */
const NOTED_ZH = /把[^，,。]{0,6}(号码|电话|手机号|工号|编号|单号|名字|号)(先)?(记|写|抄)(一)?下|^(我)?(先)?(查|找)(一下|下)[^，,。]{0,14}(号|编号|单号|number)/u;

/** Someone else's rating quoted (朋友圈里有人说你们家设计五星好评; 楼长说满不满意都得说满意，有这回事吗). */
const HEARSAY_RATING_ZH = /(朋友圈|网上|群里|抖音|微博|有人|别人|楼长|大家)(里|上)?[^，,。]{0,4}(说|讲|传)[^。]{0,20}(好评|满意|五星|差评|满分)/u;
const OWN_VERDICT_ZH = /我(觉得|感觉|也|看|们家[^，,。]{0,3}(挺|很|不|还)|自己)|确实|实际|其实|反正/u;

/** How many came, and the count not sure (一共来了有五个工人吧，还是六个): a count, no "有" of an answer. */
const COUNT_ONLY_ZH = /^(工人|师傅|人)?(一共|总共|统共|前后|先后)(来了|来过|派了|派过|有)(有)?[零一二两三四五六七八九十几\d]+(个|位|名|批|拨)(工人|师傅|人)?(吧|啊|呢)?([，,\s]*(还是|或者|也可能|要么)[零一二两三四五六七八九十几\d]+(个|位|名)?(吧|啊|来着)?)?[。.！!？?]*$/u;

/** A question back with 没 between the verb repeated (暖气费今年涨没涨啊), not a reproach (到底修没修). */
const A_NOT_A_ZH = /(?<!没)([\u4e00-\u9fff])没\1(啊|呀|呢|吗|么)?[？?。]*$/u;
const REPROACH_ZH = /到底|究竟|还|凭什么|为什么|为啥|你说|才|都|[零一二两三四五六七八九十\d]度/u;

/** Which one is meant, asked back (你问的哪套), or a question of another matter announced (有个事想问). */
const WHICH_ONE_ZH = /你(说|问)的(是)?哪(个|套|家|次|位|回|一)|^(喂[，,\s]*)?(我)?(还)?有(个|件)(事|事情|问题|thing)想(问|咨询|打听)/u;

/**
 * Which place is meant, with another one ruled out (我住的是解放小区，不是新华小区; 装修的是好景名苑那套，不是我住的这套;
 * 暖泉小区，就是那个暖泉，不是温泉): the 不是 sets two places apart, it answers no question.
 */
const PLACE_CONTRAST_ZH = /^[^，,。]{0,6}(住|在|是)[^，,。]{0,8}(小区|苑|花园|家园|那套|这套|大厦|公寓)[^，,。]{0,8}[，,。\s]+(就是那个[^，,。]{1,6}[，,。\s]+)?不是(?!说|你们|我们|他们)[^，,。]{0,8}$/u;
const ANSWER_VERB_ZH = /解决|好了|修好|热了|通了|满意|不错|行|可以|没问题|正常|方便/u;

/** A mobile number said (合同上留的是我女婿的号，一三六零零幺幺二二三三): whose number it is, no answer. */
const MOBILE_ZH = /(?<![0-9零一二三四五六七八九十幺])[1幺一][3-9三四五六七八九][0-9零一二三四五六七八九幺]{9}(?![0-9零一二三四五六七八九十幺])/u;

/**
 * Weather small talk said alone (今天这雪下得可真大; 好家伙，这雨下了一整天了; 今年这天儿冷得早啊; 室外都零下十五了): no
 * home, heating or service named, no figure but the frost outside (外面零下八度，屋里二十一 is a temperature).
 */
const WEATHER_TALK_ZH = /(雪|雨)(下得|下了|下的|可真|真大)|(天儿?|天气)[^，,。]{0,2}(冷|热)得(早|快|厉害)|(外头|外面|外边|室外)[^，,。]{0,3}(冷|热|零下)|零下/u;
const INDOORS_OR_SERVICE_ZH = /屋|室(?!外)|家|暖气|房间|网|电话|信号|断|漏|耽误|晚|拖|满意|不错|还行|可以|挺好|要求|工人|师傅|工期|施工|停|开玩笑|说错|不是/u;

/** Someone asked the customer about the company (我邻居前两天还问我你们家怎么样来着): no verdict of their own. */
const ASKED_ME_ZH = /(邻居|朋友|同事|亲戚|同学)[^，,。]{0,6}问(我|过我)[^，,。]{0,10}(怎么样|好不好|咋样|行不行)/u;

/** Where the home is, by what is below it (就在那个"还不错"小炒店楼上，你们师傅去过): an address. */
const ABOVE_BELOW_ZH = /^(就|我家|我们家)?(是|在|住在|住)[^，,。]{1,12}(楼上|楼下)(那家|那栋|那户|那个)?([，,。\s]|$)/u;
const FAULT_ZH = /打|漏|坏|断|没|不|差|慢|乱|吵|脏/u;

/**
 * A sentence broken off before it says anything (那个问题它是这样的，就是……; 你说那个啊，那个它……; 早上那会儿吧……):
 * only fillers, pronouns and a time of day before the dots.
 */
const CUT_OFF_ZH = /(……|…|\.{3,}|。。。)[\s]*$/u;
const FILLER_ZH = /那个|这个|那会儿?|这会儿?|是这样的|这样的|这样|就是|问题|你说|我说|我跟你说|怎么说呢|其实|然后|早上|上午|中午|下午|晚上|昨天|前天|那天|那次|它|他|她|啊|吧|呢|嗯|呃|额|哎|诶|哦|就|的|那|这|[，,。\s…．.]/gu;

/** English: the television, an advert, a question of another matter, a number written down, an address. */
const ADVERT_EN = /\b(great deals|all weekend long|call now|order now|limited time offer|while stocks last|what a (fantastic|great|brilliant) goal|the crowd (are|is) on (their|its) feet|next stop)\b/;
/** Picked up late (oh hello love, sorry I just picked up). */
const PICKED_UP_EN = /^\s*(oh |ah |um |uh )?(hello|hi|hey|hiya)\b[^.?!]{0,20}\bsorry\b[^.?!]{0,12}\b(just )?(picked up|got to the phone|answered)\b/;
const OTHER_QUESTION_EN = /^\s*(quick|one|just a|a) question\b|^\s*i (have|ve got|got) a (quick )?question\b/;
const NOTED_EN = /^\s*(ok(ay)?|right|sure|yes|yeah)?[\s,.]*(noted|got it)?[\s,.]*(let me |i ll |i will )?(just )?(write|jot|note|take|put) (\w+ ){0,4}down\b/;
const ADDRESS_EN = /\b\d+[a-z]? (\w+ ){0,3}(road|street|st|court|avenue|ave|lane|drive|close|way|crescent|terrace|place|square|gardens?|park|tower|house|building|estate)\b|\bflat \d+\b|\bi live (at|on|in|above|next to|opposite)\b|\bthe flat (above|below|next to|opposite|over)\b|\b(i m|i am|we re|we are) on the \w+ floor\b/;
const STANCE_EN = /\b(satisf\w*|happy|unhappy|great|good|bad|terrible|awful|poor|excellent|fine|ok|okay|rude|late|broken|slow|not|never|but|though|love|loved|hate|brilliant|perfect|fantastic|amazing|disappointed|complain\w*|problem|issue)\b/;

/**
 * A place named in Latin letters (5 Star Court, Happy Valley Road, the Good Fortune restaurant, Sunny's Furniture,
 * 我家住Happy Valley): its words are a name, not "happy", "good" or "five stars". Removed before reading.
 */
const PLACE_NOUN_CAP = 'Road|Street|Court|Avenue|Lane|Drive|Close|Way|Valley|Gardens?|Park|Tower|House|Building|Estate|Plaza|Centre|Center|Mall|Heights|Terrace|Crescent|Square|Hotel|Restaurant|Furniture|Store|Shop|Market|Mansion|Villas?';
const LATIN_PLACE = new RegExp(`(?:\\b\\d+[A-Za-z]?\\s+)?(?:\\b[A-Z][A-Za-z']*\\s+){1,3}(?:${PLACE_NOUN_CAP}|restaurant|furniture|store|shop|hotel|supermarket|cafe|café|salon|barbers?|market|building|court|road|street|estate)\\b`, 'gu');

/** The utterance with places named in Latin letters taken out (an English word of a Chinese answer stays). */
export function withoutLatinPlaces(text: string): string {
  if (!/[A-Z]/.test(text)) return text;
  return text.replace(LATIN_PLACE, (m) => {
    if (/^(I|I'm|I've|It|It's|This|The|My|We|Our|A|An)\s/.test(m) && !/\s[A-Z]/.test(m.replace(/^\S+/, ''))) return m;
    // The number and the kind of place stay (12 … Road is still an address); the name's words go.
    const num = /^\d+[A-Za-z]?\s+/.exec(m)?.[0] ?? '';
    const kind = /\S+$/.exec(m)![0];
    return `${num}${kind}`;
  });
}

/** Whether a Chinese utterance (as said) is no answer at all: the families above. */
export function notAnAnswerZh(text: string): boolean {
  const t = text.normalize('NFKC').trim();
  if (!t) return false;
  if (MEDIA_MARK.test(t) || ADVERT_ZH.test(t) || SMS_QUOTED_ZH.test(t)) return true;
  if (MEDIA_SAID_ZH.test(t) && !OWN_STANCE_ZH.test(t)) return true;
  const spelt = t.match(SPELT_ZH)?.length ?? 0;
  if ((spelt >= 1 && NAME_CUE_ZH.test(t)) || spelt >= 2 || RADICAL_ZH.test(t)) return true;
  const aside = ASIDE_ZH.exec(t);
  if (aside && !LEVEL_WORD_ZH.test(t.slice(aside.index + aside[0].length))) return true;
  if (WEATHER_ZH.test(t) && !LEVEL_WORD_ZH.test(t)) return true;
  if (HOLD_ZH.test(t) && !CALL_LATER_ZH.test(t) && !LEVEL_WORD_ZH.test(t)) return true;
  if (LINE_QUIET_ZH.test(t)) return true;
  if (NOTED_ZH.test(t) && !LEVEL_WORD_ZH.test(t)) return true;
  if (HEARSAY_RATING_ZH.test(t) && !OWN_VERDICT_ZH.test(t)) return true;
  if (COUNT_ONLY_ZH.test(t)) return true;
  if (WEATHER_TALK_ZH.test(t)) {
    const rest = t.replace(/零下[零一二两三四五六七八九十几\d]*(好几|来|多)?度?/gu, '');
    if (!/[零一二两三四五六七八九十\d]{2,}|[零一二两三四五六七八九十\d](度|分|点)/u.test(rest) && !INDOORS_OR_SERVICE_ZH.test(rest)) return true;
  }
  if (ASKED_ME_ZH.test(t) && !/说/u.test(t.slice(t.search(/问(我|过我)/u)))) return true;
  const unquoted = t.replace(/["“”'‘’「」『』][^"“”'‘’「」『』]{1,8}["“”'‘’「」『』]/gu, '某');
  const where = ABOVE_BELOW_ZH.exec(unquoted);
  if (where && !LEVEL_WORD_ZH.test(unquoted.replace(/[\u4e00-\u9fff]{1,4}(?=店|馆|小区|苑|花园|家园|大厦|公寓)/gu, '')) && !FAULT_ZH.test(unquoted.slice(where[0].length))) return true;
  if (CUT_OFF_ZH.test(t) && !t.replace(FILLER_ZH, '')) return true;
  if (MOBILE_ZH.test(t.replace(/[\s-]/g, '')) && !LEVEL_WORD_ZH.test(t)) return true;
  if (PLACE_CONTRAST_ZH.test(t) && !ANSWER_VERB_ZH.test(t.replace(/[\u4e00-\u9fff]{2}(?=小区|苑|花园|家园)/gu, ''))) return true;
  if (A_NOT_A_ZH.test(t) && !REPROACH_ZH.test(t) && !LEVEL_WORD_ZH.test(t)) return true;
  if (WHICH_ONE_ZH.test(t) && !LEVEL_WORD_ZH.test(t)) return true;
  return false;
}

/** Whether an English utterance (as said) is no answer at all. */
export function notAnAnswerEn(text: string): boolean {
  const raw = text.normalize('NFKC');
  if (MEDIA_MARK.test(raw)) return true;
  const t = raw.toLowerCase().replace(/['’]/g, ' ').replace(/\s+/g, ' ');
  if (ADVERT_EN.test(t) || PICKED_UP_EN.test(t)) return true;
  if (OTHER_QUESTION_EN.test(t) && /\?\s*$/.test(raw)) return true;
  const own = withoutLatinPlaces(raw).toLowerCase().replace(/['’]/g, ' ').replace(/\s+/g, ' ');
  if (NOTED_EN.test(t) && !STANCE_EN.test(own.replace(/^\s*(ok(ay)?)\b/, ''))) return true;
  if (ADDRESS_EN.test(t) && !STANCE_EN.test(own)) return true;
  return false;
}
