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

describe('days ruled out', () => {
  it('not Thursday, try Friday: the day not ruled out', () => {
    expect(read('Not Thursday, try Friday morning', 'time', '2026-11-18T14:30:00+08:00').at).toBe('2026-11-20T10:00');
    expect(read('Friday', 'time', '2026-11-18T14:30:00+08:00').at).toBe('2026-11-20T10:00');
  });
  it('next week, not Monday (or Tuesday): its first day left', () => {
    expect(read('Sometime next week, not Monday', 'time', '2026-11-18T14:30:00+08:00').at).toBe('2026-11-24T10:00');
    expect(read('next week but not monday or tuesday', 'time', '2026-11-18T14:30:00+08:00').at).toBe('2026-11-25T10:00');
    expect(read('next week', 'time', '2026-11-18T14:30:00+08:00').at).toBe('2026-11-23T10:00');
  });
});

describe('the line, the channel, the rubbish', () => {
  it('a faint voice asks for a repeat; a quiet radiator is no such thing', () => {
    expect(read("I can't really hear you, you're very faint", 'yesno').i).toBe('repeat');
    expect(read('It is very quiet now', 'yesno').i).toBeNull();
  });
  it("I don't do calls refuses the channel; a time limit on calls does not", () => {
    expect(read("Text me the survey instead, I don't do calls", 'yesno').i).toBe('opt_out');
    expect(read("I don't do calls after nine, text me", 'yesno').i).toBe('reschedule');
  });
  it('the rubbish taken away is no mess and no verdict; left behind it is', () => {
    const r = read('Satisfied, and he took the rubbish with him, which the last guy never did.', 'csat3');
    expect(r.v).toBe('satisfied');
    expect(r.c).toBeNull();
    expect(read('He left the rubbish in the hall', 'csat3').c).toBe('mess');
    expect(read('The service was rubbish', 'csat3').v).toBe('dissatisfied');
  });
});

describe('a mixed answer read per utterance', () => {
  const zh = (text: string, kind: string) => interpretKind(text, kind, { now: '2026-11-18T15:45:00+08:00', locale: 'zh-CN' });
  it('English words glossed inside Chinese', () => {
    expect(zh('绝了，amazing', 'csat3').value).toBe('very_satisfied');
    expect(zh('bill上多了个charge，五十块，我没有order过', 'csat3').complaint).toBe('billing');
    expect(zh('有，foreman问我要red packet', 'yesno').complaint).toBe('money');
    expect(zh('可以啊, no complaints', 'csat3').value).toBe('satisfied');
    expect(zh('amazing，等了三天才来', 'csat3').value).toBe('dissatisfied');
  });
  it('666 typed on an English call is praise, not a count', () => {
    expect(read('666, honestly', 'csat3').v).toBe('satisfied');
    expect(read('I waited 666 minutes', 'csat3').v).toBe('dissatisfied');
  });
});
