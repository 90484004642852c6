/**
 * Round 17 (t17G, dev16): the callback coached or the rating taken over by the worker — told what to say when the call comes,
 * pressed for a top mark, a low mark made to cost him, the rating done on his phone or under his eyes, a threat for a low
 * answer — is conduct (attitude, 000 第四十六条), and the words he dictated are not the customer's level. Phrasings of our
 * own, with the look-alikes that must stay as they are.
 */
import { describe, expect, it } from 'vitest';
import { interpretKind } from '../../src/nlu/index.js';

const read = (text: string, kind: string, locale: 'zh-CN' | 'en' = 'zh-CN') => {
  const r = interpretKind(text, kind, { now: '2026-12-05T10:30:00+08:00', locale });
  return { v: r.value, c: r.complaint ?? null };
};

describe('the callback coached (round 17, t17G)', () => {
  it('told what to say when the call comes: attitude', () => {
    expect(read('装宽带那个小哥交代我，客服打电话来就说非常满意', 'text').c).toBe('attitude');
    expect(read('师傅临走嘱咐我接到电话都说满意', 'text').c).toBe('attitude');
    expect(read('他教我说回访的时候按1就行', 'text').c).toBe('attitude');
  });
  it('pressed for the words, a low mark made to cost him, a threat: attitude', () => {
    expect(read('工长一直求我们说好评', 'text').c).toBe('attitude');
    expect(read('他说给低分的话他要被扣奖金', 'text').c).toBe('attitude');
    expect(read('师傅讲要是我打差评他就不管了', 'text').c).toBe('attitude');
  });
  it('the rating done on his phone or under his eyes: attitude', () => {
    expect(read('他用我的手机评了个五星就走了', 'text').c).toBe('attitude');
    expect(read('非得在他自己手机上签字才让走', 'text').c).toBe('attitude');
    expect(read('He told us to rate him five stars when you rang', 'text', 'en').c).toBe('attitude');
  });
  it('the words he dictated are not the level', () => {
    expect(read('还行，就是那师傅嘱咐我回访要说非常满意', 'csat3').v).not.toBe('very_satisfied');
  });
  it('leaves the customer\'s own words, the question asked back, the survey\'s name and money asked of him alone', () => {
    expect(read('满意，你让我说满意我就说满意', 'csat3').c).toBeNull();
    expect(read('我给你们满意度打个满分', 'csat3').c).toBeNull();
    expect(read('非常满意，师傅挺好的', 'csat3')).toEqual({ v: 'very_satisfied', c: null });
    expect(read('我要是说不满意，会不会扣他钱啊', 'text').c).not.toBe('attitude');
    expect(read('he ask me give him one hundred kuai for the cable', 'text', 'en').c).not.toBe('attitude');
  });
});

describe('conduct named by the act, finish flaws, the phone and the hotline (round 17, t17G)', () => {
  it('idling on the job, no knock, not very polite: attitude', () => {
    expect(read('扣两分，几个工人在客厅斗地主', 'scale:0-5').c).toBe('attitude');
    expect(read('八分，他坐我家沙发上玩了半天游戏', 'scale:0-10').c).toBe('attitude');
    expect(read('九分，进屋也不敲门', 'scale:0-10').c).toBe('attitude');
    expect(read('满意，就是客服说话不大客气', 'csat3').c).toBe('attitude');
    expect(read('Satisfied, though the installer was on the phone the whole time.', 'csat3', 'en').c).toBe('attitude');
  });
  it('leaves the customer\'s own cards and a knock that was made', () => {
    expect(read('十分，我们在打牌呢，你快说', 'scale:0-10').c).toBeNull();
    expect(read('十分，师傅敲了门才进来的', 'scale:0-10').c).toBeNull();
  });
  it('a flaw of the finish: quality; not a gap asked about', () => {
    expect(read('四分，门框边上留了一道缝', 'scale:0-5').c).toBe('quality');
    expect(read('台面那里忘了打胶', 'text').c).toBe('quality');
    expect(read('墙面一条缝都没有，五分', 'scale:0-5').c).toBeNull();
  });
  it('the hotline that rings unanswered: unreachable', () => {
    expect(read('Your helpline rang and rang, nobody came on. Not happy.', 'csat3', 'en').c).toBe('unreachable');
  });
});

describe('a grievance made good, then the level (round 17, t17G)', () => {
  it('no complaint, the level kept', () => {
    expect(read('多收的宽带费现在退回来了，挺满意的', 'csat3')).toEqual({ v: 'satisfied', c: null });
    expect(read('满意，地板有一块翘起来，他们已经重新铺好了', 'csat3')).toEqual({ v: 'satisfied', c: null });
    expect(read('满意，接口有点滴水，师傅又拧了一下就好了', 'csat3')).toEqual({ v: 'satisfied', c: null });
  });
  it('a remedy only promised or undone stays a grievance', () => {
    expect(read('多扣的钱到现在也没退回来，不满意', 'csat3').c).toBe('billing');
    expect(read('插座漏电，说第二天就换，到现在没换', 'yesno').c).toBe('safety');
  });
});
