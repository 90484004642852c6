/**
 * Round 15 (t15En, English answers on dev14): texting shorthand, Singapore / Malaysian / Hong Kong / Indian and learner
 * English, the line coming and going, grievances told on a reason step. Own phrasings, with look-alikes that must not change.
 * The rules alone (the learned reader may guess at a look-alike the rules leave unread).
 */
import { describe, expect, it } from 'vitest';
import { rulesAlone } from './read-kind.js';
import { interpretKind } from '../../src/nlu/index.js';

rulesAlone();

const read = (text: string, kind: string) => {
  const r = interpretKind(text, kind, { locale: 'en' });
  return { v: r.value, i: r.intent ?? null, c: r.complaint ?? null };
};

describe('texting shorthand and Asian English answer words', () => {
  it('reads gd, v gd, tmr, brb, ttyl, cant, puas hati, boleh, hai', () => {
    expect(read('gd ty', 'csat3').v).toBe('satisfied');
    expect(read('v good', 'csat3').v).toBe('very_satisfied');
    expect(read('puas hati', 'csat3').v).toBe('satisfied');
    expect(read('tak puas hati', 'csat3').v).toBe('dissatisfied');
    expect(read('sorry cant talk, in a lift', 'yesno')).toMatchObject({ v: false, i: 'reschedule' });
    expect(read('brb 10 min', 'yesno')).toMatchObject({ v: false, i: 'reschedule' });
    expect(read('kk go', 'yesno').v).toBe(true);
    expect(read('Hai, speaking', 'yesno').v).toBe(true);
  });
  it('leaves words that only look alike', () => {
    expect(read('the v shaped bracket is fine', 'csat3').v).not.toBe('very_satisfied');
    expect(read('hi there', 'yesno').v).toBeNull();
  });
});

describe('recogniser splits of satisfied', () => {
  it('joins sad is fied, and leaves "this satisfied" unclear', () => {
    expect(read('sat is fied', 'csat3').v).toBe('satisfied');
    expect(read('really sad is fied', 'csat3').v).toBe('very_satisfied');
    expect(read('this satisfied', 'csat3').v).toBeNull();
    expect(read('I am sad', 'csat3').v).not.toBe('satisfied');
  });
});

describe('learner and Singlish verdict shapes', () => {
  it('reads the middle, the conclusion, the double denial and the change of state', () => {
    expect(read('so far so good, no complaint', 'csat3').v).toBe('satisfied');
    expect(read('not too good not too bad', 'csat3').v).toBe('neutral');
    expect(read('not as good as I expected', 'csat3').v).toBe('neutral');
    expect(read('I tested, it works, so happy', 'csat3').v).toBe('satisfied');
    expect(read("I wouldn't say I'm not happy", 'csat3').v).toBe('satisfied');
    expect(read('The first day very slow, today working already', 'csat3').v).not.toBe('dissatisfied');
    expect(read('Happy only, got no issue', 'csat3').v).toBe('satisfied');
    expect(read('he sorted the issue I caused, nice of him', 'csat3')).toMatchObject({ v: 'satisfied', c: null });
  });
  it('keeps the degree and the fault where they are meant', () => {
    expect(read('I am so happy with it', 'csat3').v).toBe('very_satisfied');
    expect(read('Yesterday fine, today it keeps dropping again', 'csat3').v).toBe('dissatisfied');
    expect(read('The engineer was so patient, but still cannot use the internet', 'csat3')).toMatchObject({ v: 'dissatisfied', c: 'not_fixed' });
  });
});

describe('the line coming and going', () => {
  it('is a fault not fixed', () => {
    expect(read('wifi is on and off whole day', 'csat3')).toMatchObject({ v: 'dissatisfied', c: 'not_fixed' });
    expect(read('What can I say, the internet comes and goes', 'csat3')).toMatchObject({ v: 'dissatisfied', c: 'not_fixed' });
  });
  it('not a person coming and going', () => {
    expect(read('The workers were coming and going but very tidy, satisfied', 'csat3')).toMatchObject({ v: 'satisfied', c: null });
  });
});

describe('grievances told on a reason step', () => {
  it('names the category', () => {
    expect(read('They never did the needful, modem still sitting in its box', 'text').c).toBe('not_fixed');
    expect(read('She spoke very rudely to my father', 'text').c).toBe('attitude');
    expect(read('he used bad language at my maid', 'text').c).toBe('attitude');
    expect(read('The installer smoked in my stairwell', 'text').c).toBe('attitude');
    expect(read('It took a week to respond to my email', 'text').c).toBe('unreachable');
    expect(read('The agent lied about the fees', 'text').c).toBe('billing');
    expect(read('they never come on time', 'text').c).toBe('late');
  });
  it('an email address given is still no grievance', () => {
    expect(read('my email is lim at gmail dot com', 'text').c).toBeNull();
  });
});
