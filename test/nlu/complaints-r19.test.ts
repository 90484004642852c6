/**
 * Round 19 (t19K), complaint categories on single answers (dev18): the desk's replies slow (late, not unreachable), the first
 * visit that did not fix it (repeat_visit), a charge above the due told by the sum (billing), the staff's words quoted that
 * shift the blame (attitude), the line slower than sold (quality), one room or one year colder than another (quality),
 * wiring left untaped (safety), a manner "not up to much" or "sharp" (attitude). Phrasings of our own, each beside a
 * look-alike that must keep its reading.
 */
import { describe, it } from 'vitest';
import { check, rulesAlone } from './read-kind.js';

rulesAlone();

describe('complaint categories, round 19', () => {
  it('reads slow replies as late', () => check([
    ['csat3', '还行吧 就是答复太慢', { c: 'late' }],
    ['csat3', '挺满意 就是反馈得慢了点', { c: 'late' }],
  ]));
  it('reads a first visit that failed as repeat_visit, a fault still there as not_fixed', () => check([
    ['csat3', '满意 就是头一回来没修好', { c: 'repeat_visit' }],
    ['csat3', '还可以 第一趟没弄好 又跑了一趟', { c: 'repeat_visit' }],
    ['csat3', '不满意 第一次没修好 现在还是不行', { c: 'not_fixed' }],
    // a fault put right at the next visit keeps the praise said first (the merge's fix)
    ['csat3', '满意 头一回的师傅没修好 后来又来了一个一下就修好了', { v: 'satisfied' }],
  ]));
  it('reads a charge above the due as billing, a worker taking it as money', () => check([
    ['csat3', '不满意 多收了我两个月的钱', { c: 'billing' }],
    ['csat3', '不满意 账上多算了三十', { c: 'billing' }],
    ['csat3', '不满意 师傅多收了我一百块', { c: 'money' }],
  ]));
  it('reads the staff shifting the blame as attitude', () => check([
    ['csat3', '不满意 他就说这房子本来就这样', { c: 'attitude' }],
    ['csat3', '不满意 师傅问我是不是孩子弄坏的', { c: 'attitude' }],
    ['csat3', '不满意 一说问题就讲这是你们自己挑的', { c: 'attitude' }],
    ['csat3', '一般 态度不怎么样', { c: 'attitude' }],
    ['csat3', '还行 那个小伙子话挺冲的', { c: 'attitude' }],
  ]));
  it('reads the line slower than sold and one room colder than another as quality', () => check([
    ['csat3', '一般 网速达不到说的那个数', { c: 'quality' }],
    ['csat3', '不满意 办的是三百兆 晚上慢得很', { c: 'quality' }],
    ['csat3', '还行 就是这屋暖气不如那屋热', { c: 'quality' }],
    ['csat3', '不满意 供暖一年比一年差', { c: 'quality' }],
  ]));
  it('reads wiring left untaped as safety', () => check([
    ['csat3', '不满意 接头那里也没缠胶布', { c: 'safety' }],
  ]));
});
