/**
 * Round 17, wave 2 (t17C2, dev16 whole calls): grievances told lightly beside a good level that must still reach a person —
 * a forbidden phrase said to the customer (000 第四十六条 服务禁用语), the wait reproached (你们早干嘛去了), and a fault that
 * comes back "whenever it rains" (一下雨就…, no "a little"). Phrasings of our own, with the look-alikes that stay reservations.
 */
import { describe, expect, it } from 'vitest';
import { interpretKind } from '../../src/nlu/index.js';

const read = (text: string, kind: string) => {
  const r = interpretKind(text, kind, { now: '2026-11-18T10:30:00+08:00', locale: 'zh-CN' });
  return { v: r.value, c: r.complaint ?? null, small: !!r.reservation };
};

describe('a forbidden phrase said to the customer (000 第四十六条) is a clear complaint', () => {
  it('beside a score or a good level', () => {
    expect(read('八分吧，就是问他路由器怎么设，他来一句自己看说明书', 'scale:0-10')).toMatchObject({ v: 8, c: 'attitude', small: false });
    expect(read('满意，不过问那个师傅啥他都回我哪知道', 'csat3')).toMatchObject({ v: 'satisfied', c: 'attitude', small: false });
    expect(read('挺好的，就是我问他电视的事，他说你问我我问谁', 'csat3')).toMatchObject({ c: 'attitude', small: false });
  });
  it('a pointer to the manual, or a look-alike with no phrase said, stays as it was', () => {
    expect(read('满意，就是师傅有点不耐烦，问他啥都说说明书上有', 'csat3')).toMatchObject({ v: 'satisfied', c: 'attitude', small: true });
    expect(read('满意，他走之前还给我留了说明书', 'csat3').small).toBe(false);
    expect(read('满意，说明书我自己看就行', 'csat3').c).toBeNull();
  });
});

describe('the wait reproached (你们早干嘛去了) is a clear complaint of lateness', () => {
  it('beside 满意 or a score', () => {
    expect(read('满意是满意，可你们早干什么去了，等了我一个礼拜', 'csat3')).toMatchObject({ c: 'late', small: false });
    expect(read('九分，修是修好了，早干嘛去了', 'scale:0-10')).toMatchObject({ v: 9, c: 'late', small: false });
  });
  it('a light lateness stays a reservation', () => {
    expect(read('满意，就是来得稍微晚了一点', 'csat3')).toMatchObject({ v: 'satisfied', c: 'late', small: true });
  });
});

describe('一下雨就… says "whenever it rains", no "a little"', () => {
  it('a fault that comes with the rain is no softened suggestion', () => {
    expect(read('窗户那个胶没打好，一下雨就往屋里渗水', 'text')).toMatchObject({ small: false });
  });
  it('一下 that is "a little" still softens', () => {
    expect(read('建议师傅走之前把地稍微扫一下', 'text').small || read('建议师傅走之前把地稍微扫一下', 'text').c === null).toBe(true);
  });
});

describe('the level itself said softly after a "but" is the verdict (004 第五十二条: every 不满意 reaches a person)', () => {
  it('a polite or mentioned level first, then 不太满意 alone', () => {
    expect(read('说不满意吧怪不好意思的，但说实话不太满意', 'csat3')).toMatchObject({ v: 'dissatisfied', small: false });
    expect(read('满意吧，但我心里其实不太满意', 'csat3')).toMatchObject({ v: 'dissatisfied', small: false });
  });
  it('an aspect not quite right, or an overall verdict first, stays a reservation', () => {
    expect(read('满意，就是有个地方不太满意', 'csat3')).toMatchObject({ v: 'satisfied', small: true });
    expect(read('挺好，就是路由器放的位置不太好', 'csat3')).toMatchObject({ v: 'satisfied', small: true });
  });
});

describe('a repeat told in exasperation (这都第三回了) is a clear complaint', () => {
  it('beside a conceded level', () => {
    expect(read('满意是满意，可这都第四回了，还是那个接头的毛病', 'csat3')).toMatchObject({ small: false });
  });
  it('a repeat told plainly stays a reservation', () => {
    expect(read('满意，就是来了两回才修好', 'csat3')).toMatchObject({ v: 'satisfied', c: 'repeat_visit', small: true });
  });
});

describe('the points taken off a good score, with the reason, leave the score as the level (number first)', () => {
  it('Chinese and English', () => {
    expect(read('九十分吧，剩下那十分扣在他走的时候没关门', 'csat3')).toMatchObject({ v: 'satisfied', small: true });
    const en = interpretKind("Nine out of ten, I'd say; lost a point because he forgot to call ahead.", 'csat3', { now: '2026-11-18T10:30:00+08:00', locale: 'en' });
    expect(en.value).toBe('satisfied');
    expect(en.reservation).toBe(true);
  });
  it('a low score with its reason stays dissatisfied', () => {
    expect(read('四十分，那六十分扣在他态度太差', 'csat3').v).toBe('dissatisfied');
  });
});
