/**
 * Round 20 (t20S), look-alikes of a grievance and reservations (dev19): another party's or a past provider's failings, a
 * relative's grumble, the neighbours' works, the weather, a price accepted, a holiday pause, and a past state set right are no grievance against this visit; a positive level with a small gripe keeps its level, and the
 * gripe its own category. Phrasings other than the corpus items, and the neighbours that must stay.
 */
import { describe, it } from 'vitest';
import { check, rulesAlone } from './read-kind.js';

rulesAlone();

describe('someone else blamed', () => {
  it('is no grievance and no dissatisfied level', () => {
    check([
      ['csat3', '挺满意 就是以前的联通可差了', { v: 'satisfied', c: null }],
      ['csat3', '满意 去年那家热力公司才叫差呢', { v: 'satisfied', c: null }],
      ['csat3', '师傅不错 我们小区物业才烂呢', { v: 'satisfied', c: null }],
      ['csat3', '我老伴老嫌不热 我倒觉得挺好', { v: 'satisfied', c: null }],
      ['scale:0-40:度', '二十度 楼下装修吵死了', { v: 20, c: null }],
      ['csat3', '挺好 就是那天小区停电耽误了一会儿', { v: 'satisfied', c: null }],
      ['csat3', '满意 漏风那是我们家窗户的问题', { v: 'satisfied', c: null }],
      ['csat3', '满意 上回断网是我们家孩子把线拔掉了', { v: 'satisfied', c: null }],
      ['csat3', '满意 我耳朵背 你们客服说话有点快', { v: 'satisfied', c: null }],
      ['yesno', '后天吧 今天手上事多', { v: false, c: null }],
    ]);
  });
  it('leaves the same grievance against the visit alone', () => {
    check([
      ['csat3', '满意 就是师傅干活吵得慌', { v: 'satisfied', c: 'quality' }],
      ['csat3', '挺好 就是来晚了一会儿', { v: 'satisfied', c: 'late' }],
      ['csat3', '满意 就是窗户漏风', { v: 'satisfied', c: 'quality' }],
      ['csat3', '满意 就是客服说话太快', { v: 'satisfied', c: 'attitude' }],
    ]);
  });
});

describe('the weather, a price accepted, a pause called normal, a past state', () => {
  it('names no grievance', () => {
    check([
      ['csat3', '满意 就是今儿降温了', { v: 'satisfied', c: null }],
      ['csat3', '哎 这天冷得 出门都冻脸', { v: null, c: null }],
      ['csat3', '满意 宽带费涨了 那也没办法', { v: 'satisfied', c: null }],
      ['scale:0-10', '九分 贵是贵了点 但我就图个快', { v: 9, c: null }],
      ['csat3', '满意 过年放假停了几天 正常', { v: 'satisfied', c: null }],
      ['yesno', '没有 加的项都是我们自己要的 提前说好了', { v: false, c: null }],
      ['scale:0-40:度', '二十度 以前才十四度', { v: 20, c: null }],
    ]);
  });
  it('keeps the grievance that is one', () => {
    check([
      ['csat3', '满意 就是屋里冷', { v: 'satisfied', c: 'quality' }],
      ['csat3', '满意 就是多扣了五十', { v: 'satisfied', c: 'billing' }],
      ['scale:0-10', '九分 就是有点贵', { v: 9, c: 'billing' }],
      ['yesno', '满意 停了几天没人干活', { v: true, c: 'late' }],
      ['scale:0-40:度', '才十五度', { v: 15, c: 'quality' }],
      ['scale:0-40:度', '也就零上十二度', { v: 12, c: 'quality' }],
      ['csat3', '不满意 也没提前说一声', { v: 'dissatisfied', c: 'late' }],
    ]);
  });
});

describe('a positive level with a small gripe', () => {
  it('keeps the level and names the gripe', () => {
    check([
      ['csat3', '挺好 就是热线不太好打', { v: 'satisfied', c: 'unreachable' }],
      ['csat3', '满意 就是打了三次才打通', { v: 'satisfied', c: 'unreachable' }],
      ['csat3', '满意 就热线打不通', { v: 'satisfied', c: 'unreachable' }],
      ['csat3', '满意吧 早就该这么修了', { v: 'satisfied', c: 'late' }],
      ['csat3', '还行吧 钱是退了 就是退得慢', { v: 'neutral', c: 'late' }],
      ['csat3', '满意 就是那个客服口气不太好', { v: 'satisfied', c: 'attitude' }],
      ['csat3', '挺好 就是缴费排队太久', { v: 'satisfied', c: 'billing' }],
      ['yesno', '满意 就是设计方案改了三回', { v: true, c: 'repeat_visit' }],
      ['yesno', '解决了 就是卧室还是有点凉', { v: true, c: 'not_fixed' }],
    ]);
  });
  it('leaves what is no gripe alone', () => {
    check([
      ['csat3', '挺好 就这样吧', { c: null }],
      ['yesno', '满意 我自己要改了好几次', { v: true, c: null }],
      ['csat3', '不满意 早就该这么修了', { v: 'dissatisfied' }],
    ]);
  });
});
