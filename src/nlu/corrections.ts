/**
 * Self-corrections: the customer takes back what they began with and says the answer again
 * (不热……哎不对，热了; 满意 哦不对 也就一般吧; 等一下我在炒菜……算了算了，你问吧; 我的账号是……算了不说了，满意;
 * actually never mind, go ahead); so is the "oh wait" of a recall (你打错了吧？…哦哦等等，对对是我; 哦等一下，是我报的):
 * what follows is meant, when it agrees (等等 as a hold, 满意，哦等等我关个火, corrects nothing).
 * Round 16 (t16V): so are a key pressed by mistake (一分，哦按错了，我要按四), a level unsaid (不满意，哎，也不能这么说，算一般吧)
 * and the question understood only now (非常满意，哦，是问供热啊，那一般: what follows answers what is asked).
 * Round 17 (t17V): the marker may follow a pause (不太满意，嗯……算了算了，就满意吧), and the customer may think aloud after it
 * (满意……哎不对，我想想，网速没达到……不太满意): what follows the thinking is the answer.
 * Round 24 (t24E): a level unsaid by denying it in the same words (不满意…也不是不满意 就是一般, 满意 也不是很满意 凑合吧): what follows is meant.
 * A joke taken back is one too (差评！哈哈逗你玩的，非常满意; 不满意，开玩笑的，挺好): what follows it is meant.
 * One reader for the interpreter and, through it, the engine: the marker must stand as a clause of
 * its own between two others, so 不对 as an answer (不对，不是我) or inside a clause (网速不对) is none.
 */
const CORRECTION =
  /(?:^|[，,。.…、!！?？\s]+)(?:哎|哦|噢|啊|诶|欸|呃|嗯|额|哈+)?[,，。.…\s]*(?:不对不对|哦不对|不对|哦不是|噢不是|哦不|不是不是|刚才说错了|我说错了|说错了|(?:我)?按错了|(?:不对)?(?:我)?(?:按|打|输|发)错了(?=[,，。\s]*(?:是|应该是|我要|要)?[,，\s]*(?:满意|不满意|非常|很|挺|一般|[0-9０-９一二三四五六七八九十]))|(?:也|倒也)?不能这么说|记岔了|记错了|口误|更正一下|纠正一下|也不是(?:不|没)?(?:太|很|那么)?满意|也不是|算了算了|算了[,，\s]*(?:不说了|不提了|不管了|不找了|找不到(?:了)?)|(?:哦|噢|喔|啊)+[,，\s]*(?:你)?(?:原来)?是问[\u4e00-\u9fff]{1,6}(?:啊|呀|呢)?|(?:哦|噢|喔|啊)+[,，\s]*(?:等等|等一下)(?=[^。？?]{0,12}?(?:对对|对呀|对啊|是我|是的|没错|想起来))|算了|(?:我)?(?:逗你玩|逗你|跟你开玩笑|和你开玩笑|开玩笑|开个玩笑|骗你)(?:的|呢|哒|啦)?)(?:[，,。.…、!！\s]+|$)(?:(?:让)?(?:我)?(?:再)?想(?:一)?想[，,。.…、!！\s]+)?|(?:^|[，,。.…、!！?？\s—–-]+)算了[,，\s]*(?=就|还是)|\b(?:actually,? never ?mind|never ?mind|no wait|wait,? no|(?:oh,? )?sorry,? i meant|sorry,? i mean|i meant|i mean|(?:well,? )?scratch that|strike that)\b[,.!\s]*/gi;
/** A cheap test before the pattern (most answers hold no correction). */
const TRIGGER = /等等|等一下|不对|不是|说错|按错|打错|输错|发错|这么说|是问|记岔|记错|口误|更正|纠正|哦不|算了|逗你|玩笑|骗你|never ?mind|wait|i mean|scratch|strike/i;

/** Where what follows the last self-correction begins, or -1 when there is none with words on both sides. */
export function correctionEnd(text: string): number {
  if (!TRIGGER.test(text)) return -1;
  let end = -1;
  for (const m of text.matchAll(CORRECTION)) if (m.index! > 0 && m.index! + m[0].length < text.length) end = m.index! + m[0].length;
  return end;
}

// Round 16 (t16C): a wrong number taken back in the same breath.
/**
 * The recall that takes back a wrong number (你打错了吧……哦刘桂芬啊，那是我; 打错了吧，我没投诉过……等下，是不是上礼拜……;
 * Sorry, wrong number... oh wait, Wei Ling? That's me): the customer remembers while speaking, and the last word wins.
 * The marker is an "oh" or a "wait" after a pause or a stop (……哦, ，哦, ……等下, ……等等, ... oh wait); the words on
 * both sides are needed. Only the index.ts reader uses it, and only when what comes before it is a wrong number.
 */
const RECALL =
  /(?:…+|\.{2,}|。{2,}|[，,。！!？?；;\s])\s*(?:(?:哦|噢|喔)+[，,！!\s]*(?:等等|等一下|等下)?|(?:诶|欸|哎)?(?:等等|等一下|等下))[，,。！!…\s]*|(?:\.{2,}|…|[,;.!?])\s*(?:oh,?\s+wait|wait|oh|hang on|hold on)\b[,.!\s]*/gi;

/** Where the recall that takes back a wrong number begins and where what follows it begins, or null. */
export function recallSpan(text: string): { start: number; end: number } | null {
  let start = -1;
  let end = -1;
  for (const m of text.matchAll(RECALL)) {
    if (m.index! === 0 || m.index! + m[0].length >= text.length) continue;
    if (start < 0) start = m.index!;
    end = m.index! + m[0].length;
  }
  return start > 0 && end > start ? { start, end } : null;
}
