/**
 * Round 17 (t17E), English answers on dev16: texting shorthand and the recogniser's homophones, learner English for "not
 * me" and "not now", a go-ahead ending in "you ask", verdicts said as a school mark or a comparison, sarcasm, a question
 * about a word of the question, English on the reason step (money asked on the spot, a line that comes and goes, a
 * hazard, a manner), key words said alone and the 24-hour clock. Each rule is checked on new wordings and on what it must
 * leave alone.
 */
import { describe, expect, it } from 'vitest';
import { interpretKind } from '../../src/nlu/index.js';

const read = (text: string, kind: string, now = '2026-11-18T10:30:00+08:00') => {
  const r = interpretKind(text, kind, { now, locale: 'en' });
  return { v: r.value, i: r.intent, at: r.at?.slice(0, 16), c: r.complaint };
};

describe('texting shorthand and recogniser homophones', () => {
  it('spells the shorthand out', () => {
    expect(read('gr8 service', 'csat3').v).toBe('satisfied');
    expect(read('nt satisfied', 'csat3').v).toBe('dissatisfied');
    expect(read('ys it is', 'yesno').v).toBe(true);
    expect(read('sorry wrong #', 'yesno').i).toBe('wrong_person');
    expect(read('2nite pls', 'time').at).toBe('2026-11-18T19:00');
    expect(read('thu aft', 'time').at?.slice(0, 10)).toBe('2026-11-19');
  });
  it('reads a clock homophone only before a clock word', () => {
    expect(read('too pm', 'time').at).toBe('2026-11-18T14:00');
    expect(read('half passed four', 'time').at).toBe('2026-11-18T16:30');
    expect(read('for thirty this afternoon', 'time').at).toBe('2026-11-18T16:30');
    expect(read('I waited for thirty minutes', 'text').c).toBe('late');
  });
  it('puts the grievance words right', () => {
    expect(read('the installer was very rood to my mum', 'text').c).toBe('attitude');
    expect(read('they made a mass in the kitchen', 'text').c).toBe('mess');
    expect(read('sat is fired', 'csat3').v).toBe('satisfied');
    expect(read('really sad is fine', 'csat3').v).toBe('very_satisfied');
    expect(read('I am this satisfied', 'csat3').v).toBe('dissatisfied');
  });
  it('leaves "this satisfied me" alone', () => {
    expect(read('this satisfied me', 'csat3').v).not.toBe('dissatisfied');
  });
});

describe('learner English for "not me" and "not now"', () => {
  it('is someone else answering', () => {
    expect(read('no, is my son account, I am mother', 'yesno').i).toBe('wrong_person');
    expect(read('not me, is my wife, she at work', 'yesno').i).toBe('wrong_person');
    expect(read('sorry I am not the person you want', 'yesno').i).toBe('wrong_person');
  });
  it('keeps the customer who says yes', () => {
    expect(read('yes, it is my account', 'yesno')).toMatchObject({ v: true, i: null });
  });
  it('is a call later', () => {
    expect(read('right now not convenience, I am driving', 'yesno')).toMatchObject({ v: false, i: 'reschedule' });
    expect(read('now cannot, later you call me again', 'yesno').i).toBe('reschedule');
    expect(read('sorry, I am at the mosque', 'yesno').i).toBe('reschedule');
    expect(read("I'm swamped, gimme about ten minutes", 'yesno')).toMatchObject({ v: false, i: 'reschedule', at: '2026-11-18T10:40' });
  });
  it('is a go-ahead when "you ask" ends it', () => {
    expect(read('now convenience, you ask', 'yesno').v).toBe(true);
    expect(read('ok can, you can start', 'yesno').v).toBe(true);
    expect(read('you say it was fixed but it was not', 'yesno').v).not.toBe(true);
  });
  it('reads a key word said alone', () => {
    expect(read('um, one', 'yesno').v).toBe(true);
    expect(read('two', 'yesno').v).toBe(false);
  });
});

describe('verdicts as a mark, a comparison, sarcasm', () => {
  it('reads the mark and the comparison', () => {
    expect(read("I'd give them an A", 'csat3').v).toBe('satisfied');
    expect(read('a gold star from me', 'csat3').v).toBe('satisfied');
    expect(read('far better than the last company', 'csat3').v).toBe('satisfied');
    expect(read("It's a pass, just", 'csat3').v).toBe('neutral');
    expect(read('she would fail, honestly', 'csat3').v).toBe('dissatisfied');
    expect(read('That will do', 'csat3').v).toBe('neutral');
    expect(read('It was less than ideal', 'csat3').v).toBe('dissatisfied');
    expect(read('just general', 'csat3').v).toBe('neutral');
    expect(read('Four stars, hands down', 'csat3').v).toBe('satisfied');
  });
  it('hears the sarcasm', () => {
    expect(read('Best install ever, said nobody ever', 'csat3').v).toBe('dissatisfied');
    expect(read('Oh delighted. Second outage in a week.', 'csat3')).toMatchObject({ v: 'dissatisfied', c: 'not_fixed' });
  });
  it('asks what a word of the question means', () => {
    expect(read('what does satisfied mean?', 'csat3')).toMatchObject({ v: null, i: 'repeat' });
    expect(read('my english not so good, what is dissatisfied', 'csat3')).toMatchObject({ v: null, i: 'repeat' });
  });
});

describe('English on the reason step', () => {
  it('names the grievance', () => {
    expect(read('the engineer asked us to pay him 200 yuan for the box', 'text').c).toBe('money');
    expect(read('he tried to sell us his own modem', 'text').c).toBe('money');
    expect(read('the technician charged me 30 for the cable', 'text').c).toBe('money');
    expect(read('the signal keeps cutting in and out', 'text').c).toBe('not_fixed');
    expect(read('the tv comes and goes all evening', 'text').c).toBe('not_fixed');
    expect(read('the fitter never finished the job', 'text').c).toBe('not_fixed');
    expect(read('the router is perched on the shelf right above the cooker', 'text').c).toBe('safety');
    expect(read('he left his drill on the stairs and my son nearly knocked it over', 'text').c).toBe('safety');
    expect(read('showed up long after the window they gave us', 'text').c).toBe('late');
    expect(read('he was rather brusque on the phone', 'text').c).toBe('attitude');
    expect(read('he forgot to take the packaging', 'text').c).toBe('mess');
  });
  it('leaves the look-alikes alone', () => {
    expect(read('they charged me 50 on the bill', 'text').c).toBe('billing');
    expect(read('the guy was in and out in twenty minutes, great', 'csat3').c).toBeNull();
    expect(read('he took the packaging away with him', 'text').c).toBeNull();
    expect(read('he made a real mess of the hallway', 'text').c).toBe('mess');
    expect(read('it was all a bit of a mess', 'csat3').c).toBeNull();
  });
});

describe('the 24-hour clock', () => {
  it('reads it said the military way or digit by digit', () => {
    expect(read('seventeen hundred', 'time').at).toBe('2026-11-18T17:00');
    expect(read('fourteen fifteen hours', 'time').at).toBe('2026-11-18T14:15');
    expect(read('1400 hours', 'time').at).toBe('2026-11-18T14:00');
    expect(read('one six four five', 'time').at).toBe('2026-11-18T16:45');
  });
  it('leaves a duration alone', () => {
    expect(read('in fifteen minutes', 'time').at).toBe('2026-11-18T10:45');
  });
});
