/**
 * Round 19 (t19N), no score without evidence (dev18): ordinary phone talk given a level. The line and where the customer
 * is, a call missed or cut in, a hold with the chore that calls, a count of the home's things, a
 * question back about the question, someone in the room told of the call. Phrasings other than the corpus items, and
 * what must stay an answer.
 */
import { describe, it } from 'vitest';
import { check, none, rulesAlone } from './read-kind.js';

rulesAlone();

const KINDS = ['yesno', 'csat3', 'scale:0-10'];
const everywhere = (texts: string[]): [string, string][] => texts.flatMap((t) => KINDS.map((k) => [k, t] as [string, string]));

describe('phone talk is no answer', () => {
  it('the line and where the customer is', () => {
    none(everywhere(['喂，信号不太好，我走到阳台上', '能听见吗？我在地铁上', '不好意思，刚才电话断了', '喂喂，听得清吗，我现在在电梯里']));
  });
  it('a call missed or cut in, a hold with its chore', () => {
    none(everywhere(['喂，您好，我刚刚在晾衣服没听见', '刚才有个电话插进来，您讲到哪儿了', '你先等一下，孩子哭了', '您等会儿，水开了']));
  });
  it('a count of the home', () => {
    none(everywhere(['家里有两台电视', '我们单元有十八户']));
  });
  it('a question back about the question, someone in the room told', () => {
    none(everywhere(['对工人满意还是对公司', '打分啥？你说的是什么', '推荐给谁啊', '哪个工单啊', '协议上写的是几号来着', '投诉打哪个号码', '小王，移动问宽带装好了没有']));
  });
  it('not used yet (English), not minded as a rule', () => {
    none(everywhere(["I haven't actually tried it yet", '我们一般不操心这些，都是我儿子管', '明年暖气费是不是又涨了吧']));
  });
  it('English: the line and where the customer is, who they want', () => {
    none(everywhere(['Can you hear me? I am on the train', 'who are you trying to reach']));
  });
});

describe('what stays an answer', () => {
  it('a level or a fault said beside them', () => {
    check([
      ['csat3', '信号不好，我得走到窗户边上才有', { v: 'dissatisfied' }],
      ['csat3', '满意，就是信号不好', { v: 'satisfied' }],
      ['csat3', '我家有两个房间不热', { v: 'dissatisfied' }],
      ['csat3', '对师傅挺满意，还是对公司有意见', { v: 'dissatisfied' }],
      ['csat3', '满意啥啊', { v: 'dissatisfied' }],
      ['yesno', '我在公交上，听不清，过一个小时再打', { v: false }],
      ['csat3', 'Can you hear me? I am happy with it', { v: 'satisfied' }],
      ['csat3', 'can you hear me, I am on the train, it is not working', { v: 'dissatisfied' }],
    ]);
  });
});
