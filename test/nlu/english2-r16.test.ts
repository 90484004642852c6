/**
 * Round 16 (t16E2), English answers on dev15: an emphatic yes or no said as an idiom, "what a …" exclaimed, British
 * clock times (half eight) and an hour said alone, a grievance made small without its article (bit late), a call
 * ahead praised, and "guilty as charged". Each rule is checked on what it must leave alone.
 */
import { describe, expect, it } from 'vitest';
import { interpretKind } from '../../src/nlu/index.js';

const read = (text: string, kind: string, now = '2026-11-18T15:45:00+08:00') => {
  const r = interpretKind(text, kind, { now, locale: 'en' });
  return { v: r.value, i: r.intent, at: r.at?.slice(0, 16), c: r.complaint };
};

describe('an emphatic yes or no, the whole answer', () => {
  it('gives a level on a satisfaction question', () => {
    expect(read('You bet', 'csat3').v).toBe('satisfied');
    expect(read('Absolutely not', 'csat3').v).toBe('dissatisfied');
    expect(read('Not at all', 'csat3').v).toBe('dissatisfied');
  });
  it('gives none when said with other words', () => {
    expect(read('You bet I was on the phone all day', 'csat3').v).not.toBe('satisfied');
  });
});

describe('"what a …" exclaims, it does not ask', () => {
  it('a headache exclaimed is a verdict', () => {
    expect(read('What a headache, honestly', 'csat3').v).toBe('dissatisfied');
  });
  it('a question that opens with "what a" still asks', () => {
    expect(read('What a day is it today?', 'csat3').v).toBeNull();
  });
});

describe('English clock times', () => {
  it('half eight with its day part after it is half past eight', () => {
    expect(read('Half eight tomorrow night', 'time', '2026-11-18T19:00:00+08:00').at).toBe('2026-11-19T20:30');
    expect(read('eight tomorrow night', 'time', '2026-11-18T19:00:00+08:00').at).toBe('2026-11-19T20:00');
  });
  it('an hour said alone is the next such hour to come', () => {
    expect(read('Eight', 'time').at).toBe('2026-11-18T20:00');
    expect(read('at eight then', 'time').at).toBe('2026-11-18T20:00');
  });
});

describe('small grievances and praise of a call ahead', () => {
  it('bit late without its article is a reservation beside the level', () => {
    const r = read('Pretty good, bit late though', 'csat3');
    expect(r.v).toBe('satisfied');
    expect(r.c).toBe('late');
  });
  it('late said plainly beside praise is still a verdict against', () => {
    expect(read('Pretty good, late though', 'csat3').v).toBe('dissatisfied');
  });
  it('a call ahead praised is no grievance; one missing still is', () => {
    const r = read('The guy called before coming, which was nice. Satisfied', 'csat3');
    expect(r.v).toBe('satisfied');
    expect(r.c).toBeNull();
    expect(read('He never called before coming, which was rude', 'csat3').v).toBe('dissatisfied');
  });
  it('guilty as charged is no charge on a bill', () => {
    expect(read('Guilty as charged', 'yesno').c).toBeNull();
    expect(read('They charged me twice', 'yesno').c).toBe('billing');
  });
});
