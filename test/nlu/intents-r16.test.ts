/**
 * Round 16 (t16F2), intents on dev15: busy with no busy word (a hearing, a scan, a lesson, a driving test, nursing a baby),
 * busy then free now, a part of the day not to be called (a later call, not an opt-out), someone else not to be disturbed,
 * the technician's calls, asked to say it slower, numbers in new hands. Each rule is checked on phrasings other than the
 * corpus items, and on what it must leave alone.
 */
import { describe, expect, it } from 'vitest';
import { interpretKind } from '../../src/nlu/index.js';

const read = (text: string, kind: string, locale: 'zh-CN' | 'en' = 'zh-CN') => {
  const r = interpretKind(text, kind, { now: '2026-11-18T10:30:00+08:00', locale });
  return { v: r.value, i: r.intent, at: r.at };
};
const intent = (text: string, kind = 'yesno', locale: 'zh-CN' | 'en' = 'zh-CN') => read(text, kind, locale).i;

describe('busy places and doings with no busy word', () => {
  it('a hearing, a meeting of some kind, a lesson, a scan, an exam, nursing: a later call', () => {
    expect(intent('在开庭，不能接')).toBe('reschedule');
    expect(intent('我在开股东会')).toBe('reschedule');
    expect(intent('正上着数学课呢')).toBe('reschedule');
    expect(intent('在做核磁呢')).toBe('reschedule');
    expect(intent('在考驾照，马上到我了')).toBe('reschedule');
    expect(intent('在奶孩子')).toBe('reschedule');
    expect(intent('我在图书馆呢')).toBe('reschedule');
  });
  it('can not talk is not "hard to say"', () => {
    expect(intent('在医院陪床呢，不好说话')).toBe('reschedule');
  });
  it('someone else doing it stays no intent', () => {
    expect(intent('他在上网课，我来回答')).not.toBe('reschedule');
  });
  it('busy place named, then free now: a yes, no later call', () => {
    expect(read('我在超市上班，现在休息，可以的', 'yesno')).toMatchObject({ v: true, i: null });
    expect(read('我在医院旁边那个小区住，方便', 'yesno')).toMatchObject({ v: true, i: null });
    expect(intent('我在开车，不太方便')).toBe('reschedule');
    expect(intent('我在开会，不方便')).toBe('reschedule');
    expect(intent('我在外面，晚点可以')).toBe('reschedule');
    expect(intent('不方便，后天吧，后天我休息')).toBe('reschedule');
  });
  it('English: at work but quiet, go ahead', () => {
    expect(read("I'm at work but it's quiet, go ahead", 'yesno', 'en')).toMatchObject({ v: true, i: null });
    expect(intent("I'm at work, call me later", 'yesno', 'en')).toBe('reschedule');
  });
});

describe('partial opt-outs', () => {
  it('one part of the day barred, another fine: a later call', () => {
    expect(intent('上午别打，下午可以')).toBe('reschedule');
    expect(intent('别老打我上班的时候，下了班再打')).toBe('reschedule');
    expect(intent('以后别打了')).toBe('opt_out');
  });
  it('someone else not to be disturbed, the technician told not to call: no opt-out', () => {
    expect(intent('别打扰我爷爷，有事跟我说')).not.toBe('opt_out');
    expect(intent('师傅说不用打电话，直接上门，挺好', 'csat3')).not.toBe('opt_out');
    expect(intent('我跟师傅说别打电话了直接来，满意', 'csat3')).not.toBe('opt_out');
    expect(intent('别打扰我了')).toBe('opt_out');
  });
  it('English: another line of mine not to be called, this one fine', () => {
    expect(intent("Don't call my home number, this one is fine", 'yesno', 'en')).not.toBe('opt_out');
    expect(intent("Don't call my home number", 'yesno', 'en')).toBe('opt_out');
  });
});

describe('asked to say it slower', () => {
  it('Chinese: slower, a bit at a time', () => {
    expect(intent('你慢点说')).toBe('repeat');
    expect(intent('说慢一点，我记不住')).toBe('repeat');
    expect(intent('你说得太快了')).toBe('repeat');
    expect(intent('一句一句问')).toBe('repeat');
  });
  it('other speed is not about our words', () => {
    expect(intent('网速太快了，满意', 'csat3')).not.toBe('repeat');
    expect(intent('师傅来得太快了', 'csat3')).not.toBe('repeat');
    expect(intent('他说话太快我听不懂，问他还不耐烦', 'text')).not.toBe('repeat');
  });
  it('English: speak slower', () => {
    expect(intent('Can you talk more slowly please', 'yesno', 'en')).toBe('repeat');
    expect(intent('The internet is slower than before', 'yesno', 'en')).not.toBe('repeat');
  });
});

describe('numbers in new hands', () => {
  it('a months-old number, one held before by someone, now mine: a wrong number', () => {
    expect(intent('这个号我才用了两个月')).toBe('wrong_person');
    expect(intent('这号码以前是我哥的')).toBe('wrong_person');
    expect(intent('这个号现在归我用了')).toBe('wrong_person');
    expect(intent('This is a new number, got it a week ago', 'yesno', 'en')).toBe('wrong_person');
  });
  it('the customer\'s own number, long held: no wrong number', () => {
    expect(read('是我，这号码我用了十几年了', 'yesno')).toMatchObject({ v: true, i: null });
  });
  it('a switchboard put through is the customer; the switchboard itself is not', () => {
    expect(read('对，总机转过来的，我就是', 'yesno')).toMatchObject({ v: true, i: null });
    expect(intent('这是单位总机')).toBe('wrong_person');
    expect(intent('这是宾馆的总台电话')).toBe('wrong_person');
  });
});
