/**
 * Round 18 (t18V, dev17 values on satisfaction steps): the written register said aloud (甚为满意, 尚可, 值得肯定, 远未达到要求,
 * 贵公司), rhetorical questions read by their answer both ways (谁会不满意, 有什么可满意的, 这叫满意？), the level withheld
 * (先别打满意), stutters (不不，满意), and English in the same registers. Phrasings of our own, each with a look-alike that must
 * stay as it is. Rules alone (the learned reader off).
 */
import { describe, expect, it } from 'vitest';
import { read, rulesAlone } from './read-kind.js';

rulesAlone();

const table = (rows: [string, unknown][], kind = 'csat3') => {
  for (const [t, v] of rows) expect(read(t, kind).v, t).toBe(v);
};

describe('the written register said aloud', () => {
  it('甚为/颇为/极为 are a strong degree; 尚可 and 尚需改进 are middling; approval and its polite negatives are levels', () => {
    table([
      ['施工规范，本人甚为满意', 'very_satisfied'],
      ['颇为满意', 'very_satisfied'],
      ['尚可吧', 'neutral'],
      ['态度尚需改进', 'neutral'],
      ['这个嘛，还有待商榷', 'neutral'],
      ['师傅的工作值得肯定', 'satisfied'],
      ['结果远未达到我的预期', 'dissatisfied'],
      ['对这个结果我持保留意见', 'dissatisfied'],
      ['效果不太理想', 'dissatisfied'],
    ]);
  });
  it('look-alikes: a plain 满意 stays satisfied; 理想 alone is no praise', () => {
    table([
      ['本人满意', 'satisfied'],
      ['理想的话下午再来', null],
    ]);
  });
  it('贵公司 is the company addressed, no price', () => {
    table([
      ['贵司的安装是规范的，我是认可的', 'satisfied'],
      ['贵单位处理得挺及时', 'satisfied'],
      // (贵 as dear stays a price.)
      ['套餐太贵了', 'dissatisfied'],
    ]);
    expect(read('套餐太贵了', 'csat3').c).toBe('billing');
  });
});

describe('rhetorical questions, read by their answer', () => {
  it('who would not be, what reason to be dissatisfied: satisfied', () => {
    table([
      ['谁会不满意呀，一上午就弄好了', 'satisfied'],
      ['我还能说不满意吗', 'satisfied'],
      ['难道还有谁不满意吗', 'satisfied'],
      ['当天就来了，我有什么理由不满意', 'satisfied'],
      ['每次都是当天来，还能有意见？', 'satisfied'],
      ['网都通了还不满意，那就是无理取闹了', 'satisfied'],
      ['我哪里说不满意了？', 'satisfied'],
      ['暖和得不得了，还有啥说的', 'satisfied'],
    ]);
  });
  it('what is there to be satisfied with, you call this satisfied?: dissatisfied', () => {
    table([
      ['有啥好满意的', 'dissatisfied'],
      ['我凭啥满意', 'dissatisfied'],
      ['谁满意呀', 'dissatisfied'],
      ['换成你，你能满意吗', 'dissatisfied'],
      ['等了一整天，能满意吗', 'dissatisfied'],
      ['这叫修好了？', 'dissatisfied'],
      ['满意个啥，谁满意你找谁', 'dissatisfied'],
      ['有什么不满意的，反正说了也白说', 'dissatisfied'],
    ]);
  });
  it('look-alikes: the questions asked plainly stay as they were', () => {
    table([
      ['有什么不满意的', 'satisfied'],
      ['谁说不满意了', 'satisfied'],
      ['满意吗？', null],
      ['不满意', 'dissatisfied'],
    ]);
    // (没有什么不满意的 is a plain "nothing to complain of"; 这叫修好了？ on a temperature keeps the reading and the fault.)
    expect(read('没有什么不满意的', 'yesno').v).toBe(true);
    expect(read('莫得啥子不满意的', 'csat3').v).toBe('satisfied');
    expect(read('量了才十四度，这叫修好了？', 'scale:0-40:度')).toMatchObject({ v: 14, c: 'not_fixed' });
  });
});

describe('the level withheld', () => {
  it('先别打满意: no level said, what follows decides', () => {
    expect(read('别急着打满意，师傅态度很差', 'csat3')).toMatchObject({ v: 'dissatisfied', i: null });
    expect(read('先别打满意', 'csat3').v).toBeNull();
    // (先打个满意 is that level.)
    expect(read('先打个满意', 'csat3').v).toBe('satisfied');
  });
});

describe('stutters before the answer', () => {
  it('a doubled 不 set off by a pause before a level denies something else', () => {
    table([
      ['不不，满意的，您问吧', 'satisfied'],
      // (不不不满意 unpaused is the stutter of 不满意; 不，不满意 and 不不，满意个啥 stay against.)
      ['不不不满意', 'dissatisfied'],
      ['不，不满意', 'dissatisfied'],
      ['不不，满意个啥', 'dissatisfied'],
    ]);
  });
});

describe('English in the same registers', () => {
  it('expectations met or not, unsatisfactory, a great deal to be desired, you call this satisfied', () => {
    table([
      ['It lived up to my expectations', 'satisfied'],
      ['Sadly it fell short of my expectations', 'dissatisfied'],
      ['The visit was unsatisfactory', 'dissatisfied'],
      ['The install left a great deal to be desired', 'dissatisfied'],
      ['You call this satisfied', 'dissatisfied'],
      ['Put me down as satisfied', 'satisfied'],
    ]);
  });
  it('look-alikes: satisfactory and a line that is down stay as they were', () => {
    table([
      ['It was satisfactory', 'satisfied'],
      ['The line is down again', 'dissatisfied'],
    ]);
  });
});
