/**
 * Round 14 (t14V, values on dev13): a past or another party's grievance measured against this time, full marks
 * withheld, stars out of five named, idioms beside a score, the school grades. Own phrasings, with look-alikes that
 * must not change.
 */
import { describe, expect, it } from 'vitest';
import { interpretKind } from '../../src/nlu/index.js';

const read = (text: string, kind: string) => {
  const r = interpretKind(text, kind);
  return { v: r.value, c: r.complaint ?? null };
};

describe('a contrast pair: then (or them) bad, this time (or you) good', () => {
  it('keeps the level and names no grievance', () => {
    expect(read('满意，前年装机来回跑了三趟，这次一趟就弄好了', 'csat3')).toMatchObject({ v: 'satisfied', c: null });
    expect(read('挺满意，去年冻得手都伸不出来，今年总算暖和了', 'csat3')).toMatchObject({ v: 'satisfied', c: null });
    expect(read('满意，上次那个客服态度差得很，这回这个姑娘说话可客气了', 'csat3')).toMatchObject({ v: 'satisfied', c: null });
  });
  it('the same again, or no good side, keeps the grievance', () => {
    expect(read('去年冻得手都伸不出来，今年也一样', 'csat3').v).toBe('dissatisfied');
    expect(read('去年冻得够呛，今年还是冷', 'csat3').v).toBe('dissatisfied');
    expect(read('不满意，上回拖了一个月，这回又拖了半个月', 'csat3').v).toBe('dissatisfied');
    expect(read('上次那个师傅态度差，这次还是他，还那样', 'csat3').v).toBe('dissatisfied');
  });
});

describe('scores said with idioms and frames', () => {
  it('reads the score, not the idiom or the frame', () => {
    expect(read('九分，一分不扣那是不可能的', 'scale:0-10').v).toBe(9);
    expect(read('十分，一分都不扣', 'scale:0-10').v).toBe(10);
    expect(read('四分，一分钱没多花', 'scale:0-5').v).toBe(4);
    expect(read('满分不能给，八分吧', 'scale:0-10').v).toBe(8);
    expect(read('八九不离十，八分', 'scale:0-10').v).toBe(8);
    expect(read('两颗星，五颗星里的两颗', 'scale:0-10').v).toBe(4);
  });
  it('leaves full marks, money alone and five stars alone as they were', () => {
    expect(read('满分', 'scale:0-10').v).toBe(10);
    expect(read('必须满分', 'scale:0-10').v).toBe(10);
    expect(read('一分钱没多要', 'scale:0-10').v).toBeNull();
    expect(read('两分钱没要，七分', 'scale:0-10').v).toBe(7);
    expect(read('五颗星', 'scale:0-10').v).toBe(10);
    expect(read('一分不扣', 'scale:0-10').v).toBe(10);
  });
});

describe('school grades on a level step', () => {
  it('优秀 alone is the top, 良 satisfied', () => {
    expect(read('优秀吧', 'csat3').v).toBe('very_satisfied');
    expect(read('给师傅打个良吧', 'csat3').v).toBe('satisfied');
  });
  it('优秀 said of someone stays plain praise', () => {
    expect(read('那小伙子挺优秀的', 'csat3').v).toBe('satisfied');
  });
});
