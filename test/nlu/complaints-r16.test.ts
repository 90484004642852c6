/**
 * Round 16 (t16G2, dev15's second wave): complaint categories told by a construction the rules read under another
 * category or not at all, small reservations, and what is not the company's grievance (someone else's smoking, the
 * customer's own wrong address, a refund made, this survey's earlier call). Phrasings of our own, with look-alikes.
 */
import { describe, expect, it } from 'vitest';
import { interpretKind } from '../../src/nlu/index.js';

const read = (text: string, kind: string, locale: 'zh-CN' | 'en' = 'zh-CN') => {
  const r = interpretKind(text, kind, { now: '2026-12-05T10:30:00+08:00', locale });
  return { v: r.value, i: r.intent, c: r.complaint ?? null };
};

describe('money asked on the side (round 16, t16G2)', () => {
  it('the work made to hang on a payment, a transfer to the worker, a product said to be required', () => {
    expect(read('电工说不给三百块就不给接线', 'text').c).toBe('money');
    expect(read('有，师傅让我私下给他转钱', 'yesno').c).toBe('money');
    expect(read('他说燃气表得买个什么保险', 'text').c).toBe('money');
  });
  it('not a product said not to be needed', () => {
    expect(read('没有，他说不用买保险', 'yesno').c).toBeNull();
  });
});

describe('conduct in the home (round 16, t16G2)', () => {
  it('data sold, the WiFi renamed, smoke left, bare feet, the home used as a dormitory, 你爱找谁找谁', () => {
    expect(read('你们的人把我的电话卖给了搞装修的', 'text').c).toBe('attitude');
    expect(read('他把我家无线密码改成了他自己的', 'text').c).toBe('attitude');
    expect(read('工人在客厅抽得满屋子烟味', 'text').c).toBe('attitude');
    expect(read('他进门把鞋一脱，一股脚臭', 'csat3')).toMatchObject({ v: 'dissatisfied', c: 'attitude' });
    expect(read('装修队把我家当宿舍了', 'text').c).toBe('attitude');
    expect(read('客服跟我说你爱找谁找谁', 'text').c).toBe('attitude');
  });
  it('not a question whether data would be sold, nor someone else smoking, nor a hypothetical', () => {
    expect(read('你们不会把我的电话卖给别人吧？', 'csat3').c).toBeNull();
    expect(read('满意啊，抽烟的是我爸，师傅一根没抽', 'csat3')).toMatchObject({ v: 'satisfied', c: null });
  });
  it('photos taken without a word first: a reservation, not when asked first', () => {
    expect(read('满意，就是他拍照之前没跟我说一声', 'csat3')).toMatchObject({ v: 'satisfied', c: 'attitude' });
    expect(read('满意，拍照之前他都问过我', 'csat3')).toMatchObject({ v: 'satisfied', c: null });
  });
});

describe('things left behind, cracks, sounds, too early (round 16, t16G2)', () => {
  it('packaging not taken, an old line left with nobody to take it, the cleaning not done', () => {
    expect(read('满意，就是走的时候没带走纸箱', 'csat3').c).toBe('mess');
    expect(read('旧电线还在阳台上挂着，没人收', 'text').c).toBe('mess');
    expect(read('完工保洁一直都没做', 'text').c).toBe('mess');
  });
  it('but not the packaging taken away, with 帮我 too', () => {
    expect(read('满意，他把包装盒都带走了', 'csat3').c).toBeNull();
    expect(read('满意，师傅还把纸箱子帮我带下楼了', 'csat3').c).toBeNull();
  });
  it('tiles cracked by themselves, a part that sounds, warmth below before, come too early', () => {
    expect(read('地砖都裂了', 'yesno').c).toBe('quality');
    expect(read('热是热了，就是暖气片有点响', 'csat3').c).toBe('quality');
    expect(read('热了，就是不如去年那么热', 'yesno').c).toBe('quality');
    expect(read('挺好，就是来得太早了，我还没起', 'csat3').c).toBe('late');
  });
  it('not a worker praised for coming early', () => {
    expect(read('满意，师傅来得很早', 'csat3')).toMatchObject({ v: 'satisfied', c: null });
  });
  it('a receipt not given is a bill, not one asked about', () => {
    expect(read('装修款的发票一直没给我', 'text').c).toBe('billing');
    expect(read('收据给了吗', 'text').c).toBeNull();
  });
});

describe('not the company\'s grievance (round 16, t16G2)', () => {
  it('the customer\'s own wrong address', () => {
    expect(read('挺好，晚到是因为我写错了门牌号，不怪他', 'csat3')).toMatchObject({ v: 'satisfied', c: null });
    expect(read('来晚了一个小时，我给他打了好几次电话', 'csat3').c).toBe('late');
  });
  it('a refund made into the phone account; one still owed stays', () => {
    expect(read('解决了，多收的钱已经退到我话费里了', 'yesno').c).toBeNull();
    expect(read('解决了，可多收的钱还没退到我话费里', 'yesno').c).toBe('billing');
  });
  it('this survey\'s earlier call, not a call the customer made', () => {
    expect(read('你们昨天已经打过一次了，我都说了满意了', 'csat3')).toMatchObject({ v: 'satisfied', c: null });
    expect(read('我打过一次电话，没人接', 'csat3').c).toBe('unreachable');
  });
  it('drink declined, and 那口子 the spouse, are no conduct nor damage', () => {
    expect(read('那口子非拉着师傅喝酒，人家没喝', 'text').c).not.toBe('attitude');
    expect(read('墙上划了个口子', 'csat3').c).toBe('mess');
  });
});

describe('English (round 16, t16G2)', () => {
  it('"before you ask" brings a grievance up; a floor gouged by the worker', () => {
    expect(read('Yes. Before you ask, the engineer took pictures of my whole house.', 'yesno', 'en').c).toBe('attitude');
    expect(read('Fine, but the guy scratched my kitchen floor', 'csat3', 'en').c).toBe('mess');
  });
});
