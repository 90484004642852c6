/**
 * Round 19 (t19I): intents and callback times on single answers, as ordinary customers say them (the kinds taught this
 * round, in words of our own, not the corpus's items).
 */
import { describe, expect, it } from 'vitest';
import { interpretKind } from '../../src/nlu/index.js';
import { read, rulesAlone } from './read-kind.js';

rulesAlone();

const intents: [kind: string, text: string, intent: string | null][] = [
  // Busy after an apology, or busy at home just arrived.
  ['yesno', '抱歉 正开会', 'reschedule'],
  ['yesno', '对不起啊 在忙', 'reschedule'],
  ['yesno', '刚回家 正洗澡呢', 'reschedule'],
  // Not convenient, a grievance about the worker leaving, and busy with it: still a later call.
  ['yesno', '不方便 你们工人走的时候把地板划了好几道 我正收拾呢', 'reschedule'],
  // The customer's own leaving home still tells the answer from away (unchanged).
  ['yesno', '我在外面 早上出门的时候家里挺暖和', null],
  // A family member runs it and the caller is pointed to them.
  ['yesno', '宽带的事都归我儿子管 你找他吧', 'wrong_person'],
  // Someone else's number no longer used; the premises not the speaker's.
  ['yesno', '她那个号早都停用了', 'wrong_person'],
  ['scale:0-40:度', '这里不是我家 我就是来打扫卫生的', 'wrong_person'],
  // The question's number asked back.
  ['yesno', '您说几个小时', 'repeat'],
  // English: opt-outs, a person asked for, options asked again, a day or an activity, a span of minutes.
  ['yesno', "no thanks, don't phone me again", 'opt_out'],
  ['csat3', "you rang me three times yesterday, stop", 'opt_out'],
  ['csat3', 'have someone ring me about the bill', 'human'],
  ['csat3', 'sorry, what are the choices again', 'repeat'],
  ['yesno', 'could we do it next Monday', 'reschedule'],
  ['yesno', "I'm about to walk into an exam", 'reschedule'],
  ['yesno', 'give me a couple of minutes', 'reschedule'],
];

const at = (text: string, now: string, locale: 'zh-CN' | 'en' = 'zh-CN') => interpretKind(text, 'time', { now, locale }).at;

describe('round 19: intents on single answers (rules alone)', () => {
  it('reads the intent of each kind', () => {
    for (const [kind, text, intent] of intents) expect(read(text, kind).i, text).toBe(intent);
  });
  it('takes the span said after a hesitation as the time meant', () => {
    expect(at('两个小时以后 嗯 一个小时吧', '2026-11-18T10:30:00+08:00')).toBe('2026-11-18T11:30:00+08:00');
  });
  it('puts a span that runs past calling hours on the next morning', () => {
    expect(at('give me forty five minutes', '2026-11-18T20:30:00+08:00', 'en')).toBe('2026-11-19T09:00:00+08:00');
  });
});
