/**
 * Round 11 (second pass, t11E2): things said in a call that name no grievance about the service, which
 * opened escalations for satisfied customers: a refusal of a demand not made (scam suspicion), noise
 * where the customer stands, and the order recalled by its fault. Each is checked beside the real
 * grievance it must leave alone.
 */
import { describe, expect, it } from 'vitest';
import { interpretKind } from '../../src/nlu/index.js';

const read = (text: string, kind = 'yesno') => {
  const r = interpretKind(text, kind, { now: '2026-11-18T10:30:00+08:00' });
  return { v: r.value, i: r.intent, c: r.complaint ?? null };
};

describe('a refusal of a demand not made is no money complaint', () => {
  it('要我转账我可不转 / 要钱我一分都不给 / 要我汇款我才不汇', () => {
    expect(read('你们不会是骗子吧，要我转账我可不转').c).toBeNull();
    expect(read('要钱我一分都不给').c).toBeNull();
    expect(read('要我汇款的话我才不汇').c).toBeNull();
  });
  it('a demand made by someone named stays money (000 第四十六条)', () => {
    expect(read('师傅要钱我可不给').c).toBe('money');
    expect(read('他跟我要了两百块钱红包').c).toBe('money');
  });
});

describe('noise where the customer is travelling is no complaint', () => {
  it('车上太吵了 / 我在路上吵得很 / 地铁上有点吵', () => {
    expect(read('是我，车上太吵了').c).toBeNull();
    expect(read('我在路上吵得很').c).toBeNull();
    expect(read('地铁上有点吵，你大点声').c).toBeNull();
  });
});

describe('the order recalled by its fault is no grievance now', () => {
  it('哦对，是暖气片漏水那个，热了 / 是断网那次', () => {
    expect(read('哦对，是暖气片漏水那个，那行，热了')).toMatchObject({ v: true, c: null });
    expect(read('对，是断网那次，现在好了').c).toBeNull();
  });
  it('a grievance said after it, or a complaint named with 就是, stays', () => {
    expect(read('对，是漏水那个，现在还漏').c).not.toBeNull();
    expect(read('就是师傅迟到那个', 'text').c).toBe('late');
    expect(read('是我 你们那个宽带到现在还是连不上')).toMatchObject({ v: true, c: 'not_fixed' });
  });
});
