/**
 * Round 14 (t14R): dissatisfied customers still missed — a ceiling on the score said on a satisfaction question (最多六分,
 * six out of ten tops: even the most the customer will give is only the middle), and the customer reporting what they
 * asked the worker (我问能不能…，他来一句…), which is told, not asked of the caller. Phrasings of our own, beside
 * look-alikes that keep their reading.
 */
import { describe, expect, it } from 'vitest';
import { interpretKind } from '../../src/nlu/index.js';

const read = (text: string, kind: string) => {
  const r = interpretKind(text, kind, { now: '2026-12-05T10:30:00+08:00' });
  return { v: r.value, i: r.intent, c: r.complaint ?? null };
};

describe('a ceiling on the score on a satisfaction question', () => {
  it('a middle score given as the most is a complaint', () => {
    for (const t of ['顶多给六分', '撑死五分', '最多也就六分', 'Five out of ten, tops', 'six tops', 'at most a five']) {
      expect(read(t, 'csat3').v, t).toBe('dissatisfied');
    }
  });
  it('leaves a plain middle score, a high ceiling, minutes and a points scale alone', () => {
    expect(read('六分', 'csat3').v).toBe('neutral');
    expect(read('顶多给八分', 'csat3').v).toBe('satisfied');
    expect(read('最多等六分钟，挺满意', 'csat3').v).toBe('satisfied');
    expect(read('最多六分', 'scale:0-10').v).toBe(6);
  });
});

describe('the customer reporting what they asked the worker', () => {
  it('a question told beside the worker\'s rude reply is no question', () => {
    for (const t of ['我问能不能把线走墙角，他来一句"你爱装不装"', '我问师傅能不能把鞋套穿上，他说"穿那玩意儿干啥"，态度太差了']) {
      const r = read(t, 'csat3');
      expect(r.v, t).toBe('dissatisfied');
      expect(r.c, t).toBe('attitude');
    }
  });
  it('a question of the customer\'s own, with no grievance, is still not a level', () => {
    for (const t of ['我问能不能改个时间', '我问一下能不能换个师傅']) expect(read(t, 'csat3').v, t).toBeNull();
  });
});
