/**
 * Round 16 (t16R): the go-ahead reader (你说吧, 问吧, 来吧, 你快说吧, 我就给你五分钟; go ahead, ask away, ok go): yes to "is now a
 * good time?" (issue 13 item 4). One reader for the locale parsers (zh.ts and en.ts: LocaleParser.goAhead, which pipeline.ts asks)
 * and for topics.ts, whose "convenient" family kept a copy of its words (你说, 问吧, 说吧, go ahead) before round 16.
 */
import { normalizeEn, normalizeZh, stripFillers } from './normalize.js';

/** Go ahead (你说吧, 问吧, 来吧, 整吧): yes to "is now a good time?". */
// (Round 17, t17C: a go-ahead after a "not now" said with the turn, 不太方便但是可以说两句, 不过问吧, and the call taken as already made,
// 你都打来了 问吧: the questions start now, not a reschedule. Round 17, t17F2: the line heard again, then the go, 现在能听见了，问吧; whoever calls may ask, 行，机器人也问吧.)
export const GO_AHEAD_ZH = /(?<=(炒菜|做饭|吃饭|开车|开会|上班|忙|干活|洗碗|带孩子|带娃)(着)?(呢|着))(你|您)(说|问)$|(你|您)(说|问)(你|您)(说|问)(吧|呗)?$|(你|您)(就)?(说|问|讲)(吧|呗|嘛)?(我)?(听着|在听)(呢|的|哈)?$|算了[^，]{0,12}(你|您)?(问|说)(吧|呗)$|^(有)?(啥|什么)(事|事情|要问的|问题)(吗|呢|啊)?(你|您)?(就)?(说|问|讲)(吧|呗|嘛)?$|(在家|有空|有时间|没事|方便|听着|听得见|能听见|听到了)(呢|的|啊)?(那)?(你|您|你们)(就)?(说|问|讲)(吧|呗|嘛)?$|^(那|好|行|嗯)?(你|您|你们)?(就)?(快|快点|赶紧)?(说|问|讲)(吧|呗|嘛|啊)?(我)?[^，]{0,6}(能听见|听得见|听到的|听得到|听着呢|在家|有空|有时间|没事|没啥事|没有事|没问题|几分钟|别啰嗦|快点)|^(你|您|你们)?快(点)?(问|说)|(你|您|你们)(就)?(说|问|讲|唠)(吧|呗|嘛)$|^(那|好|行|嗯|得|得嘞|中|可以|成)?(你|您)?(快点|赶紧)?(说|问|讲|来|整|唠|冲)(吧|呗|啊|嘛|鸭)?$|那(你|您)?(就)?(说|问|讲)吧$|^(都行|都可以)$|(你|您)(就)?(直接)?(说|问|讲|唠)(吧|嘛|呗)|^(说|问|讲|来|整|唠)吧|^(问|说)就(问|说)吧|趁[^，]{0,8}(赶紧|快点?)(的|问|说)?(吧)?$|请(说|讲|问)$|开始吧|你问(吧)?$|(可以|行)(你)?(问|说)|^(你|您)(说|问|讲)(你|您)(说|问|讲)|我(在)?听着|长话短说|简单(点|说|问)|(你|您)(问|说|讲)(呗|吧)[，]?(几|多少)个|(吧|呗)[^，]{0,4}(有)?(几|多少)个问题(啊|呀|吧)?$|^(那|好|行)?(你|您)?(就)?直接(问|说|讲)(吧|呗|嘛)?$|^有(啥|什么)(要)?(问|说)的(你)?(就)?(直接)?(问|说)(吧|呗)$|^(你|您)(问|说)(吧)?我(看看|试试|尽量)|(不忙|不碍事|不要紧|没关系|好了|可以|行|没问题)(呢|的|啊|了)?(那)?((你|您|你们)(就)?(说|问|讲)(吧|呗|嘛)?|(就)?(说|问|讲)(吧|呗|嘛))$|(算了|那|哦|噢|嗯|好|行)(你|您)?(就)?(说|问|讲)吧$|(你|您)(问|说|讲)(你|您)的|^(你|您)(说|问|讲)(吧)?(但是?|不过|可是)|(你|您)(问|跟)我(也|都|就)?(一样|也行|也可以|都行|就行)$|^(你|您)(就)?(说|问|讲)好了$|(有点|太|很)?吵[^，]{0,3}(你|您)(就)?(大点声|大声点|大点儿声|声音大点)(说|讲|问)(吧|啊)?$|^有(啥|什么)(你|您)(就)?(直接)?(问|说)(吧|呗)?$|(但是?|不过|可是)(还是|也)?(你)?(可以|能)?(问|说|聊|讲|答)(吧|呗|两句|几句)$|(都|既然|反正)[^，]{0,4}(打来|打过来|打进来|来电|接|接起来|接通)了[，,\s]?[^，]{0,3}(那)?(就)?(你)?(问|说)(吧|呗)$|(能听见|听得见|听见了|听到了|听清了|能听清|听得清)(了)?(呢|的|啊)?[，,\s]*(那)?(你|您|你们)?(就)?(说|问|讲)(吧|呗|嘛)$|[^，,\s]{1,10}也(问|说)吧$/;

/**
 * Round 15 (t15F): the time granted (我就给你五分钟, 只给你三分钟), the length conceded (十分钟就十分钟吧).
 * A go-ahead on terms (round 11): the length checked, then agreed (就一分钟是吧？那行; 十分钟可以，再长不行), asked to
 * skip the keypad and ask (不用按了，你直接问), or glad of the chance to give feedback (正好我也想跟你们反馈一下，说吧).
 */
// (Round 12: hurried on, with why time is short said beside it: 我在等公交，你快说吧; 赶紧问，我孩子要醒了; 抓紧说吧 我要进电梯了.)
const GO_AHEAD_TERMS_ZH = /(你|您)(快|快点|赶紧|抓紧)(点|些)?(说|问|讲)(吧|呗|啊|嘛)?$|^(快|快点|赶紧|抓紧)(点|些)?(问|说)(吧|呗|啊|嘛)?(?!了|过|什么|啥|清楚|明白|一下|完|的|话|题)|(分钟|会儿|几句|几个问题)(是吧|对吧|吗|啊|的话)?(那)?(就)?(行|好|可以|成|中)(吧|啊)?$|^[^，]{0,4}(几|[零一二两三四五六七八九十\d]+)分钟(的话|以内|之内)?(还)?(可以|行|没问题|没事)|(你|您)(就)?直接(问|说|讲)(吧|呗|嘛)?$|(正好|刚好|恰好)[^，]{0,4}(我)?(也)?(想|要)(跟你们|和你们|给你们)?(反馈|说说|聊聊|提(提)?意见|反映)|^(我)?(就|只|最多)?(给|给你|给你们)(你|你们)?([零一二两三四五六七八九十几\d]+|半)(分钟|个问题)(时间)?(?![^，]{0,4}(不够|太短|不行))|^(那)?(?<grantedLen>[零一二两三四五六七八九十几\d]+)(?<grantedUnit>分钟|个问题)就\k<grantedLen>\k<grantedUnit>(吧|呗)?(?![^，]{0,4}(不行|打|再))/;

// Round 15 (t15En): a texted or Singlish go (ok go, k go, can go ahead).
// Round 21 (t21D): "I got a minute" (have left out), "shoot" or "tell me" said last (I got a minute, shoot), and "tell me" opening
// the answer alone or with "what is it" (Haan, tell me, what is it): the questions may start. Not "tell me my address first".
// Round 17 (t17E): learner English ends its go-ahead with "you ask" or "you say" (你问吧, 你说: now is convenient, you can
// ask; can can, you say): said last, as the permission; "you say it was fixed, but" goes on and is no go-ahead.
const GO_AHEAD_EN = /^(ok|okay|yes|yeah|ya|can|sure) go$|\b(i|we) ((have|ve) (got )?|got )(a|one|a few|a couple of|five|ten) (minute|minutes|min|mins|sec|second|seconds|moment)\b|(?<!\b(you|u|to|not|never|did|he|she|they|them|nobody|someone|please) )\b(shoot|tell me)\W*$|^(ok |okay |yes |yeah |ya |haan |sure )?tell me\W*($|what (is it|is this|is this about|do you want|s up)\W*$)|^(go ahead|go on|shoot|ask away|fire away|ask|go for it|sure go ahead|ok go ahead|okay go ahead|carry on|yes go on|alright then|ok then|okay then|go|sure)$|\b(go ahead|ask away|fire away|go on|carry on|keep going|go for it|ask me|ask your questions?|fire ahead|let s do it|let us do it)\b|(?<!\b(did|do|does|what|if|when|as|that|how|why) )\byou (can |may |could )?(ask|say|start|begin|continue|speak)( now| please| me| la| lah)?\W*$/;

/**
 * Round 16 (t16F): the questions asked for now, said last: 趁现在问吧, 现在有空，说吧, 你就问一个吧, 快问, 一分钟的话你问吧
 * (zh.ts also lets it end a busy answer's reschedule).
 */
export const GO_NOW_LAST_ZH = /(趁现在|现在(有空|在家|在|休息|可以|方便|不忙)|天天有空|(一|几)分钟的话)[^，]{0,3}[，,\s]?[^，]{0,4}(问|说|讲)(吧|呗|嘛)?[。!！]?$|(你)?(就|快|赶紧|快点)(问|说)(一个|一下|两个|几个)?(吧|呗)?[。!！]?$/;

/**
 * Round 16 (t16C2): the questions allowed if they are quick (make it quick, quick one, be quick, keep it short, just the one
 * question then): a go-ahead said by someone busy; en.ts lets it end a busy answer's reschedule. Not "a quick question" asked
 * back, nor a quick job told of (he was quick).
 */
export const QUICK_GO_EN = /\b(make it (quick|short|snappy|fast|brief)|quick one|(be|keep it) (quick|brief|short)|quickly then|(ok|okay|fine|alright|sure|yes|yeah|go) (but )?quick(ly)?\W*$)\b|^(a )?quick(ly)?( one| 1)?\b(?! (question|job|fix|look|call|word|thing|visit|one)\b)/;

/**
 * Round 16 (t16C2): a time allowed, and no more (就五分钟啊，多了不行; 只给你三分钟; 最多两个问题): the questions may start now.
 * Not when the time is what is lacking (就五分钟也没有, 五分钟都没空), nor a remark on the survey's length (只有几个问题).
 */
const ALLOWED_ONLY_ZH = /^(我)?(就|只|最多|顶多)(给(你|您|你们))?([零一二两三四五六七八九十\d]+|半)(分钟|个问题)(啊|哈|吧|呀|的时间)?[，,\s]*((多了|再多|超了|超过了?|多一分钟)(就|可|都)?(不行|不成|不干|没空|没时间|挂了))?[。!！]?$/;

/** The go said, then hurried (问吧，快点儿; 说吧 麻利点): the questions may start now. */
const GO_THEN_HURRY_ZH = /(问|说|讲)(吧|呗)(快点儿?|快些|快一点儿?|赶紧(的)?|抓紧(点儿?)?|麻利(点儿?)?)(啊|吧)?$/;

/**
 * Round 24 (t24F): the go said first, then how to say it (你说，你大点声; 问吧 慢点儿说; 说吧，声音大一点): the questions may start, the
 * customer only asks to be spoken to louder or slower. Not "what did you say? louder" (你说什么 大点声), which asks to hear it again, nor
 * 你说慢点 with no pause or particle after the verb ("say it slower": a repeat).
 */
const GO_THEN_LOUDER_ZH = /^(那|好|行|嗯|哦|噢|可以|方便)?(你|您)?(就)?(说|问|讲)((吧|呗|嘛|啊)[，,\s]*(你|您)?|[，,\s]*(你|您))(就)?(说话|说|讲)?(大点声|大声点|大点儿声|大声一点|声音大点|声音大点儿|声音大一点|慢点|慢点儿|慢一点|慢些)(说|讲|问)?(吧|啊|哈|呗)?[。!！]?$/;

/**
 * Round 21 (t21G): on you go (你往下说, 您接着问吧, 继续说): the questions may go on; and the go said, then the length checked
 * (问呗 就几个问题是吧, 说吧 就两个问题对吧). Not a story told on (他接着说没事, 你接着说的那个问题).
 */
// Round 21 (t21J): just ask (你问就是了, 有啥你问就行了, 说就好了): the go said with 就是了/就行了, nothing to wait for. Not a reply
// that the asking alone is enough elsewhere (问他就行了: someone else named is no go to us).
const GO_ON_ZH = /^(那|好|行|嗯|哦|噢)?(有(啥|什么)(事|问题)?)?(你|您)?(就)?(直接)?(问|说|讲)(就是了|就行了|就好了|就行|就成)(呗|吧|啊)?$|^(那|好|行|嗯|哦|噢)?(你|您)?(就)?(往下|接着|继续)(说|问|讲)(吧|呗|嘛|啊)?$|(问|说)(吧|呗)(就)?(几|[一二两三四五\d])个问题(是吧|对吧|吧|啊|呀)?$/;

/** A go-ahead in a normalised Chinese utterance (zh.ts normalize). */
export function goAheadZh(norm: string): boolean {
  return GO_AHEAD_ZH.test(norm) || GO_ON_ZH.test(norm) || GO_AHEAD_ZH.test(stripFillers(norm)) || GO_AHEAD_TERMS_ZH.test(norm) || GO_NOW_LAST_ZH.test(norm) || ALLOWED_ONLY_ZH.test(norm) || GO_THEN_HURRY_ZH.test(norm) || GO_THEN_LOUDER_ZH.test(norm);
}

/** A go-ahead in a normalised English utterance (en.ts normalize). */
export function goAheadEn(norm: string): boolean {
  return GO_AHEAD_EN.test(norm) || QUICK_GO_EN.test(norm);
}

/** A clause of the answer as said is a go-ahead (方便，你说吧; OK, go ahead): topics.ts's "convenient". */
export function saysGoAhead(text: string): boolean {
  return text.split(/[，,。.!！?？;；、\s]+/u).some((c) => {
    if (!c) return false;
    return /[\u3400-\u9fff]/u.test(c) ? goAheadZh(normalizeZh(c)) : goAheadEn(normalizeEn(c));
  });
}
