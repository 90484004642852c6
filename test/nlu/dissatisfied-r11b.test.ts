/**
 * Round 11, second pass (t11R2): dissatisfied customers told by a construction and no level word. Each rule is
 * checked on phrasings other than the corpus items that showed it, and on the praise or the line talk it must leave alone.
 */
import { describe, expect, it } from 'vitest';
import { interpretKind } from '../../src/nlu/index.js';

const read = (text: string, kind: string) => {
  const r = interpretKind(text, kind, { now: '2026-11-18T10:30:00+08:00' });
  return { v: r.value, i: r.intent, c: r.complaint ?? null };
};

describe('a record demanded is no "let me write it down"', () => {
  it('你给我记下来 after 不满意 keeps the level; 我记下来了 alone is still no evidence', () => {
    expect(read('不满意 您给我记下来', 'csat3').v).toBe('dissatisfied');
    expect(read('非常不满意，你帮我记下来', 'csat3').v).toBe('dissatisfied');
    expect(read('好的 我记下来了', 'csat3').v).toBeNull();
  });
});

describe('talking to the agent (跟你说话) is no remark on the line', () => {
  it('the answer before it stands; 你说话 听不清 is still a request to repeat', () => {
    expect(read('冷什么冷 我跟你说话呢', 'yesno').v).not.toBeNull();
    expect(read('你说话我听不清', 'csat3').i).toBe('repeat');
  });
});

describe("the customer's handset at fault", () => {
  it('noise in the handset or the other party unheard is a fault still there, not a repeat', () => {
    const r = read('座机里头嗡嗡的 听不见对方讲话', 'yesno');
    expect(r.i).toBeNull();
    expect(r.c).toBe('not_fixed');
    expect(read('你那边嗡嗡的 听不清', 'csat3').i).toBe('repeat');
  });
});

describe('a cold home told by what it takes to bear it', () => {
  it('stamping, an electric blanket, breath seen, a hat indoors: quality; before the repair it is not', () => {
    expect(read('满意 满意 家里冷得全靠电热毯过冬', 'csat3')).toMatchObject({ v: 'dissatisfied', c: 'quality' });
    expect(read('挺好的 屋里天天跺脚暖和身子', 'csat3')).toMatchObject({ v: 'dissatisfied', c: 'quality' });
    expect(read('在家穿着羽绒服呢', 'yesno').c).toBe('quality');
    expect(read('热了，比修之前强多了，之前冻得我穿棉袄', 'yesno')).toMatchObject({ v: true, c: null });
  });
});

describe('a gap big enough to push something into', () => {
  it('缝 … 塞进 and 全是缝 are the work below standard', () => {
    expect(read('门框那条缝能塞下一根手指', 'yesno')).toMatchObject({ v: false, c: 'quality' });
    expect(read('柜子做得都是缝', 'text').c).toBe('quality');
  });
});

describe('a line that works only after a daily restart', () => {
  it('每天…重启 and 得重启…才 are a fault still there; a restart taught once is not', () => {
    expect(read('满意 天天都要重启路由器', 'csat3')).toMatchObject({ v: 'dissatisfied', c: 'not_fixed' });
    expect(read('网是通了 得重启一下才能连上', 'yesno').c).toBe('not_fixed');
    expect(read('满意，师傅教我重启一下就好了', 'csat3')).toMatchObject({ v: 'satisfied', c: null });
  });
});
