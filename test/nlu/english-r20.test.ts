/**
 * Round 20 (t20E), English answers on dev19 and English inside Chinese answers: "fine" as a verdict (a tentative satisfied,
 * lukewarm with "I guess"), a key said with its verb and a yes with a hello on the identity step, a day named after "call
 * me", "am I talking to a real person" (who is calling), the line bad then "what" (repeat), a person asked for about the
 * bill (no level), busy "in the middle of something" (no middling), after lunch; 还OK, fine and very inside Chinese.
 * Each rule is checked with the neighbours it must leave alone.
 */
import { describe, expect, it } from 'vitest';
import { interpretKind } from '../../src/nlu/index.js';
import { check, none, rulesAlone } from './read-kind.js';

rulesAlone();

const read = (text: string, kind: string, locale: 'en' | 'zh-CN' = 'en') => {
  const r = interpretKind(text, kind, { now: '2026-11-18T10:30:00+08:00', locale });
  return { v: r.value, i: r.intent, at: r.at?.slice(0, 16) ?? null, c: r.complaint ?? null, conf: r.confidence };
};

describe('fine as a verdict', () => {
  it('reads plain fine as a tentative satisfied', () => {
    check([
      ['csat3', 'yeah fine', { v: 'satisfied' }],
      ['csat3', 'It was fine', { v: 'satisfied' }],
      ['csat3', 'fine although nobody called before coming', { v: 'satisfied', c: 'late' }],
      ['csat3', 'yeah good a little slower than I expected but fine', { v: 'satisfied', c: 'quality' }],
    ]);
    expect(read('fine', 'csat3').conf).toBeLessThan(0.6);
    expect(read("fine and don't call me again about this", 'csat3')).toMatchObject({ v: 'satisfied', i: 'opt_out' });
  });
  it('keeps fine lukewarm beside another hedge, and reads "not fine" against', () => {
    check([
      ['csat3', 'It was fine I guess', { v: 'neutral' }],
      ['csat3', 'Fine, I guess', { v: 'neutral' }],
      ['csat3', "I guess it's fine", { v: 'neutral' }],
      ['csat3', "meh, it's fine", { v: 'neutral' }],
      ['csat3', "Eh. It's fine. Whatever.", { v: 'neutral' }],
      ['csat3', 'ok fine', { v: 'neutral' }],
      ['csat3', "Yeah it's fine I guess, nothing special", { v: 'neutral' }],
      ['csat3', 'not fine', { v: 'dissatisfied' }],
      ['csat3', 'it is not fine at all', { v: 'dissatisfied' }],
    ]);
  });
  it('keeps fine a yes on a yes/no step', () => {
    check([
      ['yesno', 'fine', { v: true }],
      ['yesno', 'not fine', { v: false }],
    ]);
  });
});

describe('the identity and convenience steps', () => {
  it('reads a key said with its verb and a yes with a hello', () => {
    check([
      ['yesno', 'press one', { v: true }],
      ['yesno', 'I will press two', { v: false }],
      ['yesno', 'yes hi', { v: true }],
      ['yesno', 'yeah hello', { v: true }],
    ]);
    none([
      ['csat3', 'yes hi'],
      ['yesno', 'yes? hello?'],
      ['yesno', 'yes hello, come in, come in, shoes off please'],
      ['yesno', 'press one for yes'],
    ]);
  });
  it('reads a day named after "call me" as a reschedule', () => {
    expect(read('call me friday morning', 'yesno')).toMatchObject({ v: false, i: 'reschedule', at: '2026-11-20T10:00' });
    expect(read('call me on the weekend', 'yesno').i).toBe('reschedule');
    expect(read('he came on friday morning', 'yesno').i).toBeNull();
  });
  it('reads "am I talking to a real person" as who is calling', () => {
    expect(read('am I talking to a real person', 'yesno').i).toBe('who_calling');
    expect(read('am I speaking to a robot', 'yesno').i).toBe('who_calling');
    expect(read('I want to talk to a real person', 'yesno').i).toBe('human');
    expect(read('can I speak to a real person', 'yesno').i).toBe('human');
  });
  it('asks again after a bad line, not after "what do you mean by"', () => {
    expect(read('sorry the line is bad what', 'yesno').i).toBe('repeat');
    expect(read('sorry the line is bad', 'yesno').i).toBeNull();
    expect(read('what do you mean by service', 'csat3').i).toBeNull();
    expect(read('what do you mean', 'csat3').i).toBe('repeat');
  });
});

describe('requests and times', () => {
  it('gives no level for a person asked for about the bill', () => {
    expect(read('I want to talk to a human about my bill', 'csat3')).toMatchObject({ v: null, i: 'human', c: 'billing' });
    expect(read('I want to talk to a human about my bill, you charged me twice', 'csat3')).toMatchObject({ v: 'dissatisfied', i: 'human' });
  });
  it('reads "in the middle of something" as busy, no middling verdict', () => {
    expect(read("sorry can you call me back I'm in the middle of something", 'csat3')).toMatchObject({ v: null, i: 'reschedule' });
    check([
      ['csat3', 'in the middle', { v: 'neutral' }],
      ['csat3', 'middle of the road', { v: 'neutral' }],
    ]);
  });
  it('puts an English after lunch at half past one', () => {
    expect(read('any time after lunch', 'time').at).toBe('2026-11-18T13:30');
    expect(read('tomorrow after lunch', 'time').at).toBe('2026-11-19T13:30');
    expect(read('after lunch, like 2', 'time').at).toBe('2026-11-18T14:00');
  });
});

describe('English inside Chinese answers', () => {
  it('reads fine and 还OK as satisfied, very before praise as 很', () => {
    check([
      ['csat3', '嗯 fine 没问题', { v: 'satisfied' }],
      ['csat3', '服务 fine 没意见', { v: 'satisfied' }],
      ['csat3', '网速还ok 就是师傅来晚了一点', { v: 'satisfied', c: 'late' }],
      ['csat3', '满意 师傅very nice', { v: 'satisfied' }],
      ['csat3', '满意，very good', { v: 'satisfied' }],
      ['yesno', 'yes 挺暖和的', { v: true }],
      ['yesno', '是，挺暖和的', { v: true }],
    ]);
  });
  it('leaves the lukewarm, the top level and the cleft alone', () => {
    check([
      ['csat3', "还行吧, it's fine I guess", { v: 'neutral' }],
      ['csat3', '还可以', { v: 'neutral' }],
      ['csat3', '还好吧，没什么特别的感觉', { v: 'neutral' }],
      ['csat3', 'very 满意', { v: 'very_satisfied' }],
      ['csat3', '满意，very satisfied', { v: 'very_satisfied' }],
    ]);
    none([['yesno', '是上个礼拜修的']]);
  });
});
