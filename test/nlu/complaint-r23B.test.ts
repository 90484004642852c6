/**
 * Round 23 (t23B): grievances told as stories whose category the rules missed (staff's quoted brush-offs, a charge found free,
 * the speed sold at sign-up, the customer's device put out by the worker), and reservations about someone else's doing (the
 * building's obstacle to our worker) or the line at peak hours. Phrasings of our own, each beside a look-alike that keeps its reading.
 */
import { describe, it } from 'vitest';
import { checkOnStep, rulesAlone } from './read-kind.js';

rulesAlone();

describe('round 23 (t23B): staff quoted telling the customer off', () => {
  it('is attitude, dissatisfied', () => {
    checkOnStep([
      ['telecom-repair.satisfaction', '我就问了一句 他回我一句 你这人真麻烦', { v: 'dissatisfied', c: 'attitude' }],
      ['heating-repair.satisfaction', '师傅跟我讲 你这样的事多了去了', { v: 'dissatisfied', c: 'attitude' }],
      ['telecom-complaint.handling_satisfaction', '客服说爱找谁找谁', { v: 'dissatisfied', c: 'attitude' }],
      ['heating-repair.satisfaction', '他说 嫌凉你就自己买个电暖器', { v: 'dissatisfied', c: 'attitude' }],
    ]);
  });
  it('look-alikes: the customer about a relative, a question of who', () => {
    checkOnStep([
      ['telecom-repair.satisfaction', '挺满意的 师傅人很好', { v: 'satisfied', c: null }],
      ['telecom-install.satisfaction', '你找谁', { v: null }],
    ]);
  });
});

describe('round 23 (t23B): the customer own tries, the speed sold, a charge found free', () => {
  it('reads quality and money', () => {
    checkOnStep([
      ['telecom-install.satisfaction', '买的时候跟我讲五百兆 我自己试了三次 才八十兆', { v: 'dissatisfied', c: 'quality' }],
      ['telecom-install.satisfaction', '师傅说要买个新路由器 一百五 后来我打听了一下人家说是免费的', { v: 'dissatisfied', c: 'money' }],
    ]);
  });
  it('look-alike: visits counted stay repeat visits', () => {
    checkOnStep([
      ['telecom-repair.satisfaction', '来了三回才修好', { v: 'dissatisfied', c: 'repeat_visit' }],
    ]);
  });
});

describe('round 23 (t23B): equipment put out by the worker', () => {
  it('is mess', () => {
    checkOnStep([
      ['telecom-repair.satisfaction', '我家电视被他一碰就黑屏了', { v: 'dissatisfied', c: 'mess' }],
    ]);
  });
});

describe('round 23 (t23B): reservations that are not ours', () => {
  it('the building obstacle to our worker keeps the level, no category', () => {
    checkOnStep([
      ['telecom-install.satisfaction', '挺满意 就是我们楼电梯停了 小伙子背着箱子爬了六楼', { v: 'satisfied', c: null }],
      ['telecom-repair.satisfaction', '挺好的 就是物业不让车进 师傅扛着箱子走了老远', { v: 'satisfied', c: null }],
    ]);
  });
  it('look-alike: our worker keeping the customer waiting stays late', () => {
    checkOnStep([
      ['telecom-install.satisfaction', '挺好 就是师傅让我在楼下等了半天', { v: 'satisfied', c: 'late' }],
    ]);
  });
  it('slow at peak hours is quality; the worker slow to come stays late', () => {
    checkOnStep([
      ['telecom-repair.fixed_check', '好了 就是晚上十点那会儿有点慢', { v: true, c: 'quality' }],
      ['telecom-repair.fixed_check', '好了 就是师傅来得有点慢', { v: true, c: 'late' }],
    ]);
  });
});
