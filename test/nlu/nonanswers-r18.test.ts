/**
 * Round 18, non-answers (dev17, t18N): the options or the scale recited without a choice, the bot's question heard back, the
 * question passed on to someone in the room or said over to oneself, a text's acknowledgement, a carrier's bounce, a shop's
 * auto-reply, an advert with its link, a pickup code. Whatever answer words they hold, they give no value (issue 13: no
 * score without evidence); each family is checked on wordings other than the corpus items that showed it, and on real
 * answers beside it that must keep their value. Rules alone, as the corpus is tuned.
 */
import { describe, expect, it } from 'vitest';
import { none, read, rulesAlone } from './read-kind.js';

rulesAlone();

const cases: { family: string; none: [string, string][]; kept: [string, string, unknown][] }[] = [
  {
    family: 'the options recited, each with its key',
    none: [
      ['csat3', '很满意按一，一般按二，不满意按三'],
      ['yesno', '解决了按1……没解决按2'],
      ['scale:0-40:度', '十八度以下按三，十八到二十按二'],
      ['csat3', '一就是非常满意，二就是满意'],
      ['yesno', '方便请按一，不方便请按'],
    ],
    kept: [
      ['csat3', '非常满意按一，满意按二，那我按一', 'any'],
      ['csat3', '按一，不对，按二', 'satisfied'],
    ],
  },
  {
    family: 'the scale read out, or one point asked about',
    none: [
      ['scale:0-5', '零分最差，五分最好……'],
      ['scale:0-5', '一到五分，五分是非常满意'],
      ['scale:0-10', '十分是最好的吗？'],
      ['scale:0-5', '三分是一般是吧'],
    ],
    kept: [
      ['scale:0-10', '十分最高是吧，那我给九分', 9],
      ['scale:0-5', '五分', 5],
    ],
  },
  {
    family: 'the question heard back in its written form',
    none: [
      ['csat3', '对上门服务满意吗'],
      ['csat3', '这次报修您整体上是满意还是不满意'],
      ['yesno', '您是否愿意推荐给朋友'],
    ],
    kept: [
      ['csat3', '对上门服务满意吗？满意', 'satisfied'],
      ['csat3', '你问我满不满意？当然满意', 'satisfied'],
    ],
  },
  {
    family: 'the question passed on to someone in the room',
    none: [
      ['csat3', '老伴儿，人家问网装得满意不'],
      ['yesno', '她问暖气热了没有，你说呢'],
      ['yesno', '问修好了没，你记得吗'],
      ['csat3', '哎，问咱们满不满意，你来'],
    ],
    kept: [
      ['csat3', '人家问满意不，我说满意', 'any'],
      ['csat3', '光猫收了我两百，说是材料费，问他要发票他说没有', 'dissatisfied'],
    ],
  },
  {
    family: 'the question said over to oneself',
    none: [
      ['yesno', '修好了没……修好了没……'],
      ['yesno', '方便……方不方便……'],
      ['yesno', '暖和……暖和……上回是哪天来着'],
    ],
    kept: [
      ['yesno', '方便吗……方便', true],
      ['csat3', '满意……满意', 'satisfied'],
    ],
  },
  {
    family: 'a text\'s acknowledgement, a bounce, an auto-reply, an advert, a code',
    none: [
      ['yesno', '已阅，谢谢'],
      ['csat3', '知道了，谢谢您'],
      ['yesno', '您发送的短信无法送达，对方号码已停用'],
      ['csat3', '您好，您的留言已收到，客服稍后为您服务'],
      ['yesno', '好的【自动回复】'],
      ['csat3', '下载APP新人领20元红包 https://t.cn/abc12'],
      ['scale:0-40:度', '取件码 B17'],
    ],
    kept: [
      ['yesno', '收到了，已经修好了，谢谢', true],
      ['csat3', '收到，挺满意的', 'satisfied'],
      ['yesno', '收到了', true],
    ],
  },
  {
    family: 'the same in English',
    none: [
      ['csat3', 'are you satisfied with the installation'],
      ['yesno', 'is this a good time'],
      ['csat3', 'one is very satisfied, three is dissatisfied, right?'],
      ['csat3', 'Honey, they are asking whether we liked the engineer'],
      ['csat3', 'Happy... am I happy...'],
    ],
    kept: [
      ['csat3', 'Are you satisfied? Yes, I am satisfied', 'satisfied'],
      ['csat3', 'one is very satisfied, so I pick one', 'very_satisfied'],
    ],
  },
];

describe.each(cases)('$family', (c) => {
  it('gives no value', () => none(c.none));
  // ('any': the answer keeps a value; which one is another reader's business.)
  it.each(c.kept)('keeps %s %s', (kind, text, value) => {
    if (value === 'any') expect(read(text, kind).v, text).not.toBeNull();
    else expect(read(text, kind).v, text).toBe(value);
  });
});
