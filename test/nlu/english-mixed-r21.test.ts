/**
 * Round 21 (t21D): English, mixed-language and badly typed answers read on their steps (dev20's english, mixed_language and
 * bad_input): texting shorthand (cnt, dnt, agn, l8, hrs, sry, cal me), "it's me" beside a later call, the relative said with
 * "the", a go-ahead said as "I got a minute, shoot" or "tell me", "I'd rather" before a request for a person, a price called
 * a bit high, arriving later than said, the verdict "rubbish", English words inside Chinese (manager, supervisor, nobody,
 * answer, but, layout, will), chat 木空 and 不造, zhuyin in the English dialog. Phrasings of our own, each beside a look-alike.
 */
import { describe, expect, it } from 'vitest';
import { readOnStep, rulesAlone } from './read-kind.js';

rulesAlone();

const on = (step: string, text: string) => readOnStep(step, text);

describe('texting shorthand on the English call', () => {
  it('spells out the shorthand', () => {
    expect(on('telecom-install.en.convenient', 'nooo')).toMatchObject({ v: false });
    expect(on('telecom-install.en.convenient', 'cnt talk, drivng, cal me l8r')).toMatchObject({ v: false, i: 'reschedule' });
    expect(on('telecom-install.en.satisfaction', 'engineer got here 3 hrs l8')).toMatchObject({ v: 'dissatisfied', c: 'late' });
    expect(on('telecom-install.en.convenient', 'pls dnt call me agn')).toMatchObject({ i: 'opt_out' });
    expect(on('telecom-install.en.convenient', 'sry, busy')).toMatchObject({ v: false, i: 'reschedule' });
  });
  it('leaves the look-alikes', () => {
    expect(on('telecom-install.en.satisfaction', 'he was not late, all good')).toMatchObject({ c: null });
    expect(on('telecom-install.en.convenient', 'no problem, go ahead')).toMatchObject({ v: true, i: null });
  });
});

describe('who is speaking, round 21', () => {
  it('reads "it is me" beside a later call and the relative said with "the"', () => {
    expect(on('telecom-install.en.identity', "Yep that's me. What's it about?")).toMatchObject({ v: true });
    expect(on('telecom-install.en.identity', "It's me, but I'm at the gym, call me in two hours")).toMatchObject({ v: true, i: 'reschedule' });
    expect(on('telecom-install.en.identity', "I'm the daughter, mum is asleep")).toMatchObject({ v: false, i: 'wrong_person' });
    expect(on('telecom-install.en.identity', 'no, that one my wife. She not at home')).toMatchObject({ v: false, i: 'wrong_person' });
    expect(on('telecom-install.en.identity', 'Just a sec, I will get my mum')).toMatchObject({ v: false, i: 'wrong_person' });
  });
  it('leaves the look-alikes', () => {
    expect(on('telecom-install.en.identity', "It's not me, call back tomorrow")).toMatchObject({ v: false });
    expect(on('telecom-install.en.identity', "I'm the one who booked it")).toMatchObject({ v: true, i: null });
    expect(on('telecom-install.en.identity', 'Just a sec, I will get my glasses')).toMatchObject({ i: null });
  });
});

describe('go-ahead and requests, round 21', () => {
  it('reads the go-ahead and the request', () => {
    expect(on('telecom-install.en.convenient', 'got a minute, shoot')).toMatchObject({ v: true });
    expect(on('telecom-install.en.convenient', 'ok tell me, what is it')).toMatchObject({ v: true });
    expect(on('telecom-install.en.convenient', "I'd rather speak to a real person")).toMatchObject({ v: null, i: 'human' });
    expect(on('telecom-install.en.ask_time', "Don't bother, not interested")).toMatchObject({ i: 'opt_out' });
  });
  it('leaves the look-alikes', () => {
    expect(on('telecom-install.en.convenient', 'tell me about the survey first')).toMatchObject({ v: null });
    expect(on('telecom-install.en.convenient', 'Yes, but I would rather talk to a person')).toMatchObject({ v: true, i: 'human' });
    expect(on('telecom-install.en.satisfaction', "don't bother about the wires")).toMatchObject({ i: null });
  });
});

describe('grievances in English, round 21', () => {
  it('names the category', () => {
    expect(on('telecom-install.en.satisfaction', 'Happy, only he arrived a little later than promised')).toMatchObject({ c: 'late' });
    expect(on('telecom-install.en.satisfaction', 'great service, a little pricey though')).toMatchObject({ v: 'satisfied', c: 'billing' });
    expect(on('telecom-install.en.reason', 'Took him two weeks to finally show up')).toMatchObject({ c: 'late' });
    expect(on('telecom-install.en.satisfaction', 'Wah so fast, wait whole morning')).toMatchObject({ v: 'dissatisfied', c: 'late' });
    expect(on('telecom-install.en.satisfaction', 'Rubbish, to be honest')).toMatchObject({ v: 'dissatisfied', c: null });
  });
  it('leaves the look-alikes', () => {
    expect(on('telecom-install.en.satisfaction', 'good, not pricey at all')).toMatchObject({ c: null });
    expect(on('telecom-install.en.satisfaction', 'rubbish everywhere')).toMatchObject({ c: 'mess' });
  });
});

describe('English inside Chinese, chat spellings, round 21', () => {
  it('glosses the English words', () => {
    expect(on('telecom-install.satisfaction', '帮我转你们manager')).toMatchObject({ i: 'human' });
    expect(on('telecom-complaint.handling_satisfaction', '不满意 打了三次nobody接')).toMatchObject({ c: 'unreachable' });
    expect(on('telecom-repair.fixed_check', '能上网了 but 速度有点slow')).toMatchObject({ v: true, c: 'quality' });
    expect(on('renovation.design', '不满意 layout不太合理')).toMatchObject({ v: false, c: 'quality' });
    expect(on('renovation.recommend', 'will 肯定会')).toMatchObject({ v: true });
  });
  it('reads chat spellings and zhuyin', () => {
    expect(on('telecom-install.convenient', '现在木空')).toMatchObject({ v: false, i: 'reschedule' });
    expect(on('telecom-install.en.identity', 'ㄕˋ')).toMatchObject({ v: true });
  });
  it('leaves the look-alikes', () => {
    expect(on('renovation.quality', '木地板铺得挺好')).toMatchObject({ v: true });
    expect(on('telecom-repair.satisfaction', '修好了 但是来得有点慢')).toMatchObject({ c: 'late' });
  });
});
