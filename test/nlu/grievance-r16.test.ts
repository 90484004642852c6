/**
 * Round 16 (dev15, t16G): grievances told by their construction — privacy, products pushed, damage in detail, conduct in
 * the home, work left half done, promises and bills — and their look-alikes (praise in the same words, a hypothetical,
 * another company, the customer's own doing, a question, a reservation). Phrasings of our own.
 */
import { describe, expect, it } from 'vitest';
import { interpretKind } from '../../src/nlu/index.js';

const read = (text: string, kind: string) => {
  const r = interpretKind(text, kind, { now: '2026-12-05T10:30:00+08:00' });
  return { v: r.value, i: r.intent, c: r.complaint ?? null };
};

describe('privacy is conduct (round 16)', () => {
  it('the home or an ID photographed, data passed on, anonymity broken, spam since', () => {
    expect(read('那人进门就把我家书房卧室全拍了', 'text').c).toBe('attitude');
    expect(read('他让我把身份证拍了发给他', 'text').c).toBe('attitude');
    expect(read('师傅把我家地址告诉了卖橱柜的', 'text').c).toBe('attitude');
    expect(read('我是匿名反映的，结果全楼都知道是我了', 'text').c).toBe('attitude');
    expect(read('装完以后推销电话天天打', 'text').c).toBe('attitude');
    expect(read('不满意，他拍我家照片发朋友圈了', 'csat3')).toMatchObject({ v: 'dissatisfied', c: 'attitude' });
  });
  it('not a question how it was known, nor the customer\'s own ID number', () => {
    expect(read('你们怎么知道是我投诉的', 'csat3').c).toBeNull();
    expect(read('身份证号是多少来着，我记不住', 'text').c).toBeNull();
  });
});

describe('products pushed for gain (round 16)', () => {
  it('pressed to take a card, a package or insurance, a commission named', () => {
    expect(read('他一直劝我升级套餐，说升了网才快', 'text').c).toBe('money');
    expect(read('师傅非要我买他的净水器', 'text').c).toBe('money');
    expect(read('说办一张副卡他有提成', 'text').c).toBe('money');
    expect(read('He kept pushing a TV package on me', 'text').c).toBe('money');
  });
  it('not when nothing was pushed', () => {
    expect(read('十分，他啥也没推销', 'scale:0-10').c).toBeNull();
  });
});

describe('damage, conduct and work left half done (round 16)', () => {
  it('a thing of the home broken, scratched or knocked off', () => {
    expect(read('他把我家大门的锁弄坏了', 'text').c).toBe('mess');
    expect(read('搬梯子把地板刮了一长道', 'text').c).toBe('mess');
    expect(read('墙上的孔打错了位置', 'text').c).toBe('mess');
    expect(read('是我，你们师傅把我家墙打错了两个洞', 'yesno')).toMatchObject({ v: true, i: null });
    expect(read('你打错了，这不是他家', 'yesno').i).toBe('wrong_person');
  });
  it('not the wind, nor damage softened to a small reservation', () => {
    expect(read('线就搭在窗户外面，一刮风就晃，也没固定', 'text').c).toBe('quality');
    expect(read('差不多吧，墙皮碰掉一点，说回头来补', 'csat3').v).not.toBe('dissatisfied');
  });
  it('the toilet, smoking, spitting, drink, games on the job', () => {
    expect(read('他在我家客厅抽了三根烟', 'text').c).toBe('attitude');
    expect(read('那人上完我家厕所也不冲', 'text').c).toBe('attitude');
    expect(read('在楼道里随地吐痰', 'text').c).toBe('attitude');
    expect(read('来的时候一身酒气', 'text').c).toBe('attitude');
    expect(read('修到一半坐那打手机游戏', 'text').c).toBe('attitude');
  });
  it('money for cigarettes, a shower of one\'s own, a video that plays well', () => {
    expect(read('他说给点烟钱，我给了五十', 'text').c).toBe('money');
    expect(read('不方便，我正洗澡呢', 'yesno').c).toBeNull();
    expect(read('刚试了，刷视频一点都不卡', 'yesno').c).toBeNull();
  });
  it('no shoe covers is a reservation beside a good level', () => {
    expect(read('满意，就是师傅没穿鞋套', 'csat3')).toMatchObject({ v: 'satisfied', c: 'mess' });
  });
  it('not shown how to use it, clips not fitted', () => {
    expect(read('装好就走了，怎么用一句也没教', 'text').c).toBe('quality');
    expect(read('线也不给钉上就那么挂着', 'text').c).toBe('quality');
    expect(read('满意，这不装上了嘛', 'csat3').c).toBeNull();
  });
});

describe('promises and bills (round 16)', () => {
  it('a gift promised and not given, a charge for the free, the package changed', () => {
    expect(read('说好送一年会员，到现在也没开通', 'text').c).toBe('billing');
    expect(read('这个月话费又多扣了三十', 'text').c).toBe('billing');
    expect(read('修完套餐就被改成一百九的了', 'text').c).toBe('billing');
  });
  it('not a charge refunded', () => {
    expect(read('满意，上次多扣的已经退回来了', 'csat3').c).toBeNull();
  });
});

describe('another company disowned by name (round 16)', () => {
  it('不是你们电信: the grievance before it is another party\'s', () => {
    expect(read('满意，楼下网线被剪那回是移动的人干的，不是你们电信', 'csat3').c).toBeNull();
  });
});
