/**
 * Round 15 (t15F2), the call flow (dev14), second pass: a person above the caller asked for, beside praise sent up; a
 * business, a switchboard, a gone or dead owner, a shared phone as a wrong number; opt-outs as a harassment claim or as
 * not being drawn again; the staff number asked again; a condition on the length, no reschedule; callback times anchored
 * to the evening news, a dotted clock, "home by"; chat shorthand for later. New phrasings, with what each must leave alone.
 */
import { describe, expect, it } from 'vitest';
import { interpretKind } from '../../src/nlu/index.js';

const read = (text: string, kind: string, locale: 'zh-CN' | 'en' = 'zh-CN') => {
  const r = interpretKind(text, kind, { now: '2026-11-18T10:30:00+08:00', locale });
  return { v: r.value, i: r.intent, at: r.at };
};

describe('bring me your boss', () => {
  it('someone above the caller fetched, sought, or their number asked for', () => {
    for (const t of ['把你们经理给我叫过来', '我要见你们老板', '换个能拍板的人来', '让你们主任亲自来我家看看', '叫你们负责人跟我谈', '你们站长呢？叫他给我打个电话', '队长的手机号告诉我']) expect(read(t, 'yesno').i, t).toBe('human');
  });
  it('the question word thrown back before the request answers nothing', () => {
    expect(read('满意个屁，把你们领导叫来', 'yesno')).toMatchObject({ v: null, i: 'human' });
  });
  it('praise sent up, a person reached before, or only expected, is no request', () => {
    for (const t of ['九分，叫你们经理好好表扬一下这个师傅', '人工客服态度很好', '我当是要转人工呢', '上回你们经理亲自来过了']) expect(read(t, 'yesno').i, t).not.toBe('human');
  });
});

describe('a wrong number', () => {
  it('a business or a switchboard answering', () => {
    for (const t of ['这里是宏达物流前台，您找哪位', '我们这是宾馆，你要订房吗', '这是小区值班室的电话', '总台，请问转几号分机']) expect(read(t, 'yesno').i, t).toBe('wrong_person');
    for (const t of ['Grand Palace hotel, how may I direct your call?', 'You have reached the front desk']) expect(read(t, 'yesno', 'en').i, t).toBe('wrong_person');
  });
  it('the one who had the number gone, dead, or the phone shared', () => {
    for (const t of ['这手机是我奶奶的，她前年过世了', '他早就辞职了', '这是店里的共用电话', '原来的旧手机，现在给我侄子用']) expect(read(t, 'yesno').i, t).toBe('wrong_person');
    expect(read('Sorry, my mother passed away last spring', 'yesno', 'en').i).toBe('wrong_person');
  });
  it('leaves alone the worker who left, and a place the customer is at', () => {
    for (const t of ['师傅刚走了', '那个师傅已经离职了', '是我，在办公室呢']) expect(read(t, 'yesno').i, t).not.toBe('wrong_person');
    expect(read('I booked a restaurant for tonight', 'yesno', 'en').i).not.toBe('wrong_person');
  });
  it('the customer away for a while, a stop for that time', () => {
    expect(read('她出国了，这几天别打了', 'yesno').i).toBe('wrong_person');
  });
});

describe('opt-outs', () => {
  it('a harassment claim, not being drawn again, no colleague to call', () => {
    for (const t of ['再这么打我就告你们骚扰', '明年别再抽中我家了', '也别叫别的同事打了']) expect(read(t, 'yesno').i, t).toBe('opt_out');
  });
  it('a number labelled online is a question about the caller, no opt-out', () => {
    expect(read('手机上显示你们是骚扰电话', 'yesno').i).not.toBe('opt_out');
  });
});

describe('asked again, or asked about', () => {
  it('the staff number again is a repeat', () => {
    expect(read('麻烦重新报一下工号', 'yesno').i).toBe('repeat');
    expect(read('what is your employee number again', 'yesno', 'en').i).toBe('repeat');
  });
  it('no time only if it runs long: a condition, no reschedule', () => {
    expect(read('要多久？太久了我可没时间', 'yesno').i).not.toBe('reschedule');
    expect(read('我现在没时间', 'yesno').i).toBe('reschedule');
  });
});

describe('callback times anchored to life', () => {
  it('the evening news, watched now or named in English', () => {
    expect(read('正看联播呢，看完再说', 'time').at).toBe('2026-11-18T19:30:00+08:00');
    expect(read('after the news', 'time', 'en').at).toBe('2026-11-18T19:00:00+08:00');
  });
  it('same time tomorrow said 明儿个', () => {
    expect(read('明儿个这时候', 'time').at).toBe('2026-11-19T10:30:00+08:00');
  });
  it('a dotted clock with its marker, home by an hour', () => {
    expect(read('around 4.45', 'time', 'en').at).toBe('2026-11-18T16:45:00+08:00');
    expect(read('the bill was 12.50', 'time', 'en').at).toBeNull();
    expect(read("I'm at work, back by 6", 'yesno', 'en').at).toBe('2026-11-18T18:00:00+08:00');
  });
  it('chat shorthand for later', () => {
    for (const t of ['brb', 'busy rn, talk to u later']) expect(read(t, 'yesno', 'en').i, t).toBe('reschedule');
    expect(read('I will talk later with my wife about it', 'yesno', 'en').i).not.toBe('reschedule');
  });
});
