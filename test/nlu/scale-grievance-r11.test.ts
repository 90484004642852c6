/**
 * Round 11 (second pass), a grievance on a numeric scale (README "Complaints anywhere"): with no rating it gives
 * no number, only its category; a level of the whole said in words beside it still scores.
 * Checked on phrasings other than the corpus items that showed the rule.
 */
import { describe, expect, it } from 'vitest';
import { interpretKind } from '../../src/nlu/index.js';

const read = (text: string, kind: string) => {
  const r = interpretKind(text, kind, { now: '2026-11-18T10:30:00+08:00' });
  return { v: r.value, c: r.complaint ?? null };
};

describe('a grievance with no rating on a scale', () => {
  it('gives no number, only the category', () => {
    expect(read('工期拖了一个多月', 'scale:0-5')).toEqual({ v: null, c: 'late' });
    expect(read('前后跑了四趟才装好', 'scale:0-10')).toMatchObject({ v: null });
    expect(read('非要我买他带来的机顶盒，说原来的不好用', 'scale:0-10')).toEqual({ v: null, c: 'money' });
  });
  it('a level of the whole said in words beside it still scores low', () => {
    const a = read('非常不满意，毛病一大堆', 'scale:0-5');
    expect(typeof a.v).toBe('number');
    expect(a.v as number).toBeLessThanOrEqual(2);
    const b = read('十分差劲 装个电视来了三趟', 'scale:0-10');
    expect(typeof b.v).toBe('number');
    expect(b.v as number).toBeLessThanOrEqual(4);
  });
  it('a rating said beside the grievance keeps its number', () => {
    expect(read('三分吧，工期拖了一个多月', 'scale:0-5').v).toBe(3);
  });
});
