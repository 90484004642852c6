/**
 * Round 13 (t13R): dissatisfied recall. Grievances said by a construction of their own that the rules missed, on every
 * kind of step (satisfaction, yes/no items, scores, temperatures, identity and convenient, reasons), each checked on
 * phrasings of our own beside look-alikes that must keep their reading (a customer's own doing, the call's own line,
 * a schedule moved once as a reservation, redesigns by the customer's wish).
 */
import { describe, expect, it } from 'vitest';
import { interpretKind } from '../../src/nlu/index.js';

const read = (text: string, kind: string) => {
  const r = interpretKind(text, kind, { now: '2026-12-03T10:30:00+08:00' });
  return { v: r.value, i: r.intent, c: r.complaint ?? null, res: r.reservation ?? false };
};

describe('billing told without a word of dispute', () => {
  it('a charge never ordered, a bill asked about with 到底, a balance owed, a device charged for', () => {
    expect(read('话费单上多出来一个我没开通过的套餐', 'csat3')).toMatchObject({ v: 'dissatisfied', i: null, c: 'billing' });
    expect(read('是我，你们这个话费到底是怎么扣的', 'yesno')).toMatchObject({ v: true, c: 'billing' });
    expect(read('押金什么时候能退啊', 'yesno').c).toBe('billing');
    expect(read('挺满意，就是营业厅后来又叫我赔路由器的钱', 'csat3')).toMatchObject({ c: 'billing', res: false });
  });
  it('a plain question about a fee is none', () => {
    expect(read('费用怎么算的', 'csat3').c).toBeNull();
  });
});

describe('the fault still there', () => {
  it('noise on the customer\'s own line is the fault, not a request to repeat', () => {
    expect(read('座机还是有杂音 根本听不清', 'csat3')).toMatchObject({ v: 'dissatisfied', i: null, c: 'not_fixed' });
    expect(read('电话里头老是沙沙的 听不清', 'text')).toMatchObject({ i: null, c: 'not_fixed' });
  });
  it('noise on this call is line talk', () => {
    expect(read('电话里头嗡嗡的 你那边是不是也有杂音', 'csat3')).toMatchObject({ v: null, c: null });
    expect(read('听不清 你再说一遍', 'csat3').i).toBe('repeat');
  });
  it('better but still not right, said to be done but only looked at, when will it be fixed', () => {
    expect(read('网速是快点了 可晚上还是卡', 'csat3').v).toBe('dissatisfied');
    expect(read('说是修好了，其实就是来人转了一圈', 'csat3')).toMatchObject({ v: 'dissatisfied', c: 'not_fixed' });
    expect(read('师傅来了瞅了一眼就走了', 'csat3')).toMatchObject({ v: 'dissatisfied', c: 'not_fixed' });
    expect(read('你们什么时候来给我修那个渗水的地方', 'yesno').c).toBe('not_fixed');
  });
});

describe('conduct, waiting, money', () => {
  it('pushed off as none of theirs, someone who would make anyone furious, a change of person as the condition', () => {
    expect(read('他说这不是他们的事', 'csat3')).toMatchObject({ v: 'dissatisfied', c: 'attitude' });
    expect(read('不会，谁碰上那个监理都得气死', 'yesno')).toMatchObject({ v: false, c: 'attitude' });
    expect(read('换个工长我就推荐', 'yesno')).toMatchObject({ v: true, i: null, c: 'attitude' });
    expect(read('设计师态度挺好 施工队就差点', 'yesno').c).toBe('attitude');
  });
  it('a person asked for is still a person (not a change of manager)', () => {
    expect(read('给我找个经理', 'csat3').i).toBe('human');
  });
  it('kept waiting', () => {
    expect(read('让我白等一上午', 'csat3')).toMatchObject({ v: 'dissatisfied', c: 'late' });
    expect(read('我等你们的人等到现在', 'yesno').c).toBe('late');
  });
  it('leftover materials carted off is money; a question someone put to the customer is told, not asked', () => {
    expect(read('钱倒没要 就是把我家剩下的地板拉走了', 'yesno').c).toBe('money');
    expect(read('说好替我保密 结果来的人一进门就问是不是你投诉的', 'csat3')).toMatchObject({ v: 'dissatisfied', c: 'attitude' });
  });
  it('a level only as what would have been', () => {
    expect(read('要是第一次就修好，我肯定说满意', 'csat3')).toMatchObject({ v: 'dissatisfied', c: 'repeat_visit' });
    expect(read('非常满意', 'csat3').v).toBe('very_satisfied');
  });
});

describe('damage, hazards and the work below standard on item steps', () => {
  it('a mark left, dirty water on the floor, a pipe drilled through: clear, never a reservation', () => {
    expect(read('满意，就是搬柜子把我家地板磕出个坑', 'csat3')).toMatchObject({ v: 'satisfied', c: 'mess', res: false });
    expect(read('满意 就是漏了一地脏水', 'csat3')).toMatchObject({ c: 'mess', res: false });
    expect(read('Yes, but your installer drilled into the gas pipe', 'yesno')).toMatchObject({ v: true, c: 'mess' });
  });
  it('hazards', () => {
    expect(read('电线就在地上拖着', 'yesno')).toMatchObject({ v: false, c: 'safety' });
    expect(read('电锯随手就搁孩子旁边', 'yesno')).toMatchObject({ v: false, c: 'safety' });
  });
  it('cannot be used at all, gave way within months, water that will not drain, worse than the last one', () => {
    expect(read('抽屉跟墙打架 根本拉不开', 'yesno')).toMatchObject({ v: false, c: 'quality' });
    expect(read('地砖才三个月就裂了', 'yesno')).toMatchObject({ v: false, c: 'quality' });
    expect(read('卫生间坡度不对 积水流不走', 'yesno')).toMatchObject({ v: false, c: 'quality' });
    expect(read('这个比上次来的差远了，上次那个还帮我把机顶盒弄好了', 'scale:0-10').c).toBe('quality');
    expect(read('先把那几块空鼓的砖补好了再说', 'scale:0-5')).toMatchObject({ v: null, c: 'quality' });
  });
  it('the heating below standard said beside the reading', () => {
    expect(read('白天十八，到夜里就剩十四了', 'scale:0-40:度').c).toBe('quality');
    expect(read('十五度，你们不是说达标是十八吗', 'scale:0-40:度')).toMatchObject({ v: 15, c: 'quality' });
    expect(read('十六度，我交的可是全额的暖气费', 'scale:0-40:度')).toMatchObject({ v: 16, c: 'quality' });
  });
  it('look-alikes: moved once is a reservation, redesigns alone or by the customer are none, the hotline is unreachable', () => {
    expect(read('满意，就是时间改了一次', 'csat3')).toMatchObject({ v: 'satisfied', c: 'late' });
    expect(read('改了好几回 最后出来挺好', 'yesno')).toMatchObject({ v: true, c: null });
    expect(read('热线根本打不进去', 'csat3').c).toBe('unreachable');
    expect(read('每次都是我自己要改的', 'yesno').c).toBeNull();
  });
});

describe('older splits\' families: said done yet still so, a mark-up, shame, a pace, a date passed', () => {
  it('the fault still there told against what was said', () => {
    expect(read('师傅说修好了，我这边网还是没有', 'yesno')).toMatchObject({ v: false, c: 'not_fixed' });
    expect(read('现在就是偶尔热一会儿', 'yesno')).toMatchObject({ v: false, c: 'not_fixed' });
    expect(read('来了拍了拍管子说没问题就走了', 'csat3')).toMatchObject({ v: 'dissatisfied', c: 'not_fixed' });
    expect(read('摸着暖气片还没我手暖和', 'yesno')).toMatchObject({ v: false, c: 'not_fixed' });
    expect(read('满意，不过他把机顶盒的线接错了，现在电视没画面', 'csat3')).toMatchObject({ c: 'not_fixed', res: false });
  });
  it('money and billing', () => {
    expect(read('师傅说配件得自己买 他包里就有 两百一个 网上才五十', 'csat3')).toMatchObject({ v: 'dissatisfied', c: 'money' });
    expect(read('没有 就是工费翻了一倍', 'yesno').c).toBe('billing');
  });
  it('quality, late', () => {
    expect(read('就这活儿我都不好意思跟朋友说', 'yesno')).toMatchObject({ v: false, c: 'quality' });
    expect(read('合同写的三百兆 测了好几次 最快八十', 'csat3').c).toBe('quality');
    expect(read('从国庆一直拖到元旦', 'csat3')).toMatchObject({ v: 'dissatisfied', c: 'late' });
    expect(read('照这个进度明年也住不进去', 'yesno')).toMatchObject({ v: false, c: 'late' });
    expect(read('说好月底完工 现在都下个月中旬了', 'yesno')).toMatchObject({ v: false, c: 'late' });
  });
  it('a stoppage "I don\'t know if it\'s true" is no question about who calls', () => {
    expect(read('停了快一个礼拜，说是等材料，我也不知道真的假的', 'yesno').i).toBeNull();
    expect(read('你们是真的假的', 'yesno').i).toBe('who_calling');
  });
  it('English: nobody showed up, said as a thrill', () => {
    expect(read('Absolutely thrilled that nobody showed up until Monday', 'csat3')).toMatchObject({ v: 'dissatisfied', c: 'late' });
  });
});

describe('irony', () => {
  it('too good to talk about, never to meet again', () => {
    expect(read('真是没得说，说都懒得说', 'csat3').v).toBe('dissatisfied');
    expect(read('最好的公司，这辈子别再见了', 'csat3').v).toBe('dissatisfied');
  });
  it('a civic slogan said as a reproach', () => {
    expect(read('你们可真是为人民服务', 'csat3').v).toBe('dissatisfied');
  });
});
