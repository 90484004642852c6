/**
 * Round 17, wave 2 (t17N2), non-answers (dev16): the way to a place told, another score than ours, a score word cut off and
 * restarted as another word, someone in the room told what to do, the answer word inside a noun (方便面), a hold to go to the
 * toilet, a neighbour greeted, songs and a prayer, a fever, a sum said to a class. New wordings of these kinds, and the answers
 * that look like them and must keep their reading.
 */
import { describe, expect, it } from 'vitest';
import { interpretKind } from '../../src/nlu/index.js';

const read = (text: string, kind: string, locale: 'zh-CN' | 'en' = 'zh-CN') => {
  const r = interpretKind(text, kind, { now: '2026-11-18T10:30:00+08:00', locale });
  return { v: r.value, i: r.intent, c: r.complaint };
};
const none = { v: null, i: null, c: null };

describe('said to someone else, or about something else: no answer', () => {
  it('the way to a place', () => {
    expect(read('从东门进，进门往左拐，第二栋就是', 'yesno')).toEqual(none);
    expect(read('你按导航走，别上高架，前面那个路口右转', 'yesno')).toEqual(none);
    expect(read('坐二号线，换乘四号线，两站就到', 'scale:0-10')).toEqual(none);
  });
  it('another score than ours', () => {
    expect(read('我闺女这次期末考了九十八分，还行', 'scale:0-10')).toEqual(none);
    expect(read('今年绩效七分，领导说凑合', 'scale:0-10')).toEqual(none);
    expect(read('绩点三点五，不算高', 'csat3')).toEqual(none);
  });
  it('a score word cut off and restarted as another word', () => {
    expect(read('九……救命啊这蚊子', 'scale:0-10')).toEqual(none);
    expect(read('七……我想想啊', 'scale:0-10')).toEqual(none);
  });
  it('someone in the room told what to do', () => {
    expect(read('你跟顾客讲话客气点，别老甩脸子', 'yesno')).toEqual(none);
    expect(read('系好安全带，上去慢点', 'yesno')).toEqual(none);
    expect(read('这碗面太咸了，再做一份', 'csat3')).toEqual(none);
    expect(read('借过，借过，谢谢', 'yesno')).toEqual(none);
  });
  it('the answer word inside a noun, a toilet break, a neighbour greeted', () => {
    expect(read('方便筷子多拿两双', 'yesno')).toEqual(none);
    expect(read('上个厕所，你等一下', 'yesno')).toEqual(none);
    expect(read('阿姨吃饭了没？吃了吃了，挺好', 'csat3')).toEqual(none);
  });
  it('songs, a prayer, a fever, a sum, a fish on the line', () => {
    expect(read('小燕子，穿花衣，年年春天来这里', 'csat3')).toEqual(none);
    expect(read('南无阿弥陀佛……方便，方便法门', 'yesno')).toEqual(none);
    expect(read('三十八度五，又烧起来了', 'scale:0-10')).toEqual(none);
    expect(read('two plus two is four, good girl', 'scale:0-10', 'en')).toEqual(none);
    expect(read('good morning Mr Brown! yes lovely, and you?', 'yesno', 'en')).toEqual(none);
    expect(read('上钩了上钩了，快收竿', 'yesno')).toEqual(none);
  });
});

describe('the look-alikes keep their reading', () => {
  it('an answer beside directions or a score of our own', () => {
    expect(read('方便，你说吧', 'yesno').v).toBe(true);
    expect(read('方便，我在吃方便面呢', 'yesno').v).toBe(true);
    expect(read('满分五分扣两分，工期拖了二十天', 'scale:0-5').v).toBe(3);
    expect(read('八……这个嘛，八分吧', 'scale:0-10').v).toBe(8);
    expect(read('十……十分满意', 'scale:0-10').v).toBe(10);
    expect(read('不方便，我在开车，晚点打', 'yesno').v).toBe(false);
  });
});
