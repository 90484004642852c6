/**
 * Round 16 (t16F), the call flow (dev15, author a4): callback times anchored to the calendar and the clock as people say
 * them, a person asked for in other words or only mentioned, and a go-ahead said last after being busy. Each rule is
 * checked on phrasings other than the corpus items, and on what it must leave alone.
 */
import { describe, expect, it } from 'vitest';
import { interpretKind } from '../../src/nlu/index.js';

const read = (text: string, kind: string, locale: 'zh-CN' | 'en' = 'zh-CN') => {
  const r = interpretKind(text, kind, { now: '2026-11-18T10:30:00+08:00', locale });
  return { v: r.value, i: r.intent, at: r.at };
};
const at = (text: string) => read(text, 'time').at?.slice(0, 16);

describe('times anchored to the calendar', () => {
  it('solar terms: the day, or the day after when said past it', () => {
    expect(at('冬至那天打吧')).toBe('2026-12-22T10:00');
    expect(at('等过了冬至再说')).toBe('2026-12-23T10:00');
    expect(at('立春以后')).toBe('2027-02-05T10:00');
  });
  it('元旦: past it, before it, before it busy', () => {
    expect(at('过了元旦吧')).toBe('2027-01-02T10:00');
    expect(at('元旦之前哪天都行')).toBe('2026-11-19T10:00');
    expect(at('元旦前都忙')).toBe('2027-01-02T10:00');
    expect(at('元旦那天')).toBe('2027-01-01T10:00');
  });
  it('a span of days said with 过 wins over a busy today', () => {
    expect(at('今天有事，过两天吧')).toBe('2026-11-20T10:00');
    expect(at('今天下午三点')).toBe('2026-11-18T15:00');
  });
  it('后日, 下半晌, 下半日, two days offered as a choice', () => {
    expect(at('后日上午')).toBe('2026-11-20T10:00');
    expect(at('明天下半晌')).toBe('2026-11-19T15:00');
    expect(at('下半日再打')).toBe('2026-11-18T15:00');
    expect(at('下周二或者周三')).toBe('2026-11-24T10:00');
    expect(at('周一到周五都行')).toBe('2026-11-23T10:00');
  });
});

describe('clock forms and durations', () => {
  it('the minutes short said after the hour, a quarter past said with 过', () => {
    expect(at('五点差一刻')).toBe('2026-11-18T16:45');
    expect(at('下午三点差十分')).toBe('2026-11-18T14:50');
    expect(at('十一点过一刻')).toBe('2026-11-18T11:15');
    expect(at('下午两点过一刻')).toBe('2026-11-18T14:15');
    expect(at('两点一刻')).toBe('2026-11-18T14:15');
  });
  it('钟 after a count is an hour; 两点半钟 stays a clock', () => {
    expect(at('一个钟以后')).toBe('2026-11-18T11:30');
    expect(at('两个钟后再打')).toBe('2026-11-18T12:30');
    expect(at('两点半钟')).toBe('2026-11-18T14:30');
  });
  it('a bare 不 taking a time back after a particle', () => {
    expect(at('两点吧，不不，三点')).toBe('2026-11-18T15:00');
  });
  it('after lunch said with 晌午饭', () => {
    // (Round 16, t16F: 吃过晌午饭 is no 过晌 "afternoon".)
    expect(at('吃过晌午饭')).toBe('2026-11-18T13:00');
    expect(at('过晌再打')).toBe('2026-11-18T15:00');
  });
  it("the recogniser's slips of time words", () => {
    expect(at('大厚天上午')).toBe('2026-11-21T10:00');
    expect(at('下里拜五')).toBe('2026-11-27T10:00');
    expect(at('两个中头以后')).toBe('2026-11-18T12:30');
    expect(at('四点一课')).toBe('2026-11-18T16:15');
    expect(at('插十分五点')).toBe('2026-11-18T16:50');
    expect(at('三点班吧')).toBe('2026-11-18T15:30');
    expect(at('明天傍碗')).toBe('2026-11-19T18:00');
  });
});

describe('a person asked for in other words', () => {
  it('is a request for a person', () => {
    for (const t of ['能不能转个人', '我就要人', '找个懂行的跟我聊', '找个人来问我', '按哪个键能转到人工', '转给上午那个客服吧', '让你们经理来找我', '跟机器人说不明白', '你让那个技术员给我打个电话', '我想跟你们工作人员说']) expect(read(t, 'csat3').i, t).toBe('human');
  });
  it('a person reached before, told in the past or praised, is none', () => {
    for (const t of ['上次人工客服已经处理好了，满意', '我跟人工客服说过了', '满意，人工客服那个小伙子态度挺好']) expect(read(t, 'csat3').i, t).toBeNull();
    expect(read('上次的人工客服让她给我回个电话', 'csat3').i).toBe('human');
    expect(read('找个人家问问', 'csat3').i).toBeNull();
  });
});

describe('busy, then the questions asked for now', () => {
  it('is a go-ahead', () => {
    for (const t of ['下午要出门，趁现在问吧', '明天不在，现在在家，你问吧', '正忙着呢，你就问两个吧', '在外面，快问']) {
      const r = read(t, 'yesno');
      expect(r.i, t).toBeNull();
      expect(r.v, t).toBe(true);
    }
  });
  it('leaves alone a later call asked for', () => {
    expect(read('我在开会，晚点再打', 'yesno').i).toBe('reschedule');
    expect(read('在开会，现在不行', 'yesno').i).toBe('reschedule');
  });
});
