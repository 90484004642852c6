/**
 * Round 12 (dev11, t12R): grievances the rules missed, said indirectly (proverbs, resigned sighs, a switch to a
 * competitor, none of them reliable), irony said as a reproach, and grievances on yes/no, score and reason steps.
 * Each construction is checked on phrasings of our own, not the corpus items, and beside look-alikes that must
 * keep their reading (praise, a fault fixed, the customer's own doing).
 */
import { describe, expect, it } from 'vitest';
import { interpretKind } from '../../src/nlu/index.js';

const read = (text: string, kind: string) => {
  const r = interpretKind(text, kind, { now: '2026-12-03T10:30:00+08:00' });
  return { v: r.value, i: r.intent, c: r.complaint ?? null };
};

describe('indirect grievances on a satisfaction step', () => {
  it('mock scolding of praise keeps its score', () => {
    expect(read('这小师傅太不像话了，干得那么认真，给他倒水都不喝，十分', 'scale:0-10')).toMatchObject({ v: 10, c: null });
  });
  it('proverbs of a promise not kept or a fix that changes nothing', () => {
    expect(read('光打雷不下雨，答应的事一件没办', 'csat3')).toMatchObject({ v: 'dissatisfied', c: 'not_fixed' });
    expect(read('换汤不换药，来的人还是那一套', 'csat3')).toMatchObject({ v: 'dissatisfied', c: 'not_fixed' });
    expect(read('按下葫芦浮起瓢，电视好了网又断了', 'csat3').v).toBe('dissatisfied');
    expect(read('哑巴吃黄连，有苦说不出', 'csat3').v).toBe('dissatisfied');
  });
  it('never again, a switch awaited, none of them reliable, a sigh of resignation', () => {
    expect(read('再也不想找你们了', 'csat3').v).toBe('dissatisfied');
    expect(read('等着换联通吧', 'csat3').v).toBe('dissatisfied');
    expect(read('你们那儿没一个负责的', 'csat3').v).toBe('dissatisfied');
    expect(read('哎 还能咋样', 'csat3').v).toBe('dissatisfied');
    // Accepting the result is no grievance (dev8).
    expect(read('还能怎么样呢 解决了就行', 'csat3').v).not.toBe('dissatisfied');
  });
  it('a token given to make the complaint go away, a compensation too small', () => {
    expect(read('给我补了几块钱话费就想哄我', 'csat3')).toMatchObject({ v: 'dissatisfied', c: 'billing' });
    expect(read('耽误我三天网就赔我十块钱 打发要饭的呢', 'csat3')).toMatchObject({ v: 'dissatisfied', c: 'billing' });
  });
  it('threats, broken confidence and blame put elsewhere are conduct', () => {
    expect(read('他说我再投诉就给我断网', 'csat3')).toMatchObject({ v: 'dissatisfied', c: 'attitude' });
    expect(read('来的人嫌我事儿多', 'csat3')).toMatchObject({ v: 'dissatisfied', c: 'attitude' });
    expect(read('来了就说是管网的问题 什么都不干', 'csat3')).toMatchObject({ v: 'dissatisfied', c: 'not_fixed' });
    expect(read('进门嘴里叼着根烟', 'csat3')).toMatchObject({ v: 'dissatisfied', c: 'attitude' });
  });
  it('a promised time and what it became, a reply after weeks, work by fits', () => {
    expect(read('说好一个礼拜装完，都半个月了', 'csat3')).toMatchObject({ v: 'dissatisfied', c: 'late' });
    expect(read('反映了两个礼拜才给我回电话', 'csat3')).toMatchObject({ v: 'dissatisfied', c: 'late' });
    expect(read('工人干一天歇三天', 'csat3')).toMatchObject({ v: 'dissatisfied', c: 'late' });
  });
  it('speed below the plan, money asked without a receipt, a grievance stated beside a question', () => {
    expect(read('测了一下才六十兆，我交的是三百兆的钱', 'csat3')).toMatchObject({ v: 'dissatisfied', c: 'quality' });
    expect(read('换个阀门要我三百，发票也不给开', 'csat3')).toMatchObject({ v: 'dissatisfied', c: 'money' });
    expect(read('解决啥了 多扣的钱到现在也没退', 'csat3')).toMatchObject({ v: 'dissatisfied', c: 'billing' });
    // A grievance only asked about stays without a level.
    expect(read('这个要收费吗 回访要钱不', 'csat3').v).toBeNull();
  });
  it('irony: the verb turned on the customer, a cold home\'s "benefit"', () => {
    expect(read('处理了，把我给处理了', 'yesno').v).toBe(false);
    expect(read('暖气好着呢，连冰柜都省了', 'csat3')).toMatchObject({ v: 'dissatisfied', c: 'quality' });
    expect(read('工期？按哪辈子的期', 'yesno')).toMatchObject({ v: false, c: 'late' });
  });
});

describe('grievances on yes/no, score and reason steps', () => {
  it('an answer word inside the grievance is no yes', () => {
    expect(read('师傅在我刚装好的厨房里抽烟', 'yesno')).toMatchObject({ v: false, c: 'attitude' });
    expect(read('经理电话十次有九次不接', 'yesno')).toMatchObject({ v: false, c: 'unreachable' });
    // A yes said first stands.
    expect(read('有，工人在楼道里抽烟', 'yesno').v).toBe(true);
  });
  it('materials in the fire escape, paint everywhere, a material swapped, a quote that grew', () => {
    expect(read('砖头全堵在安全出口那儿', 'yesno')).toMatchObject({ v: false, c: 'safety' });
    expect(read('刷墙的把窗台溅得到处都是白点', 'text').c).toBe('mess');
    expect(read('合同写的是进口漆，打开一看是杂牌', 'text').c).toBe('quality');
    expect(read('预算三万，结算的时候成了五万', 'text').c).toBe('billing');
    expect(read('干到一半让我多掏了八千', 'scale:0-5').c).toBe('billing');
  });
  it('not even finished, not fastened, never answering', () => {
    expect(read('打啥分 网都没装好', 'scale:0-10').c).toBe('not_fixed');
    expect(read('柜子都没固定，一晃就动', 'scale:0-10').c).toBe('quality');
    expect(read('师傅叫都叫不来', 'scale:0-10').c).toBe('late');
    // The earlier visits' failure is a repeat visit, not this fault.
    expect(read('第三回了，前两回都没弄好', 'text').c).toBe('repeat_visit');
  });
  it('a crumb of improvement or a fix demanded first puts nothing right', () => {
    expect(read('还是冷，就比之前暖和了一点点', 'text').c).not.toBeNull();
    expect(read('先把我墙上发霉的事处理好再说', 'text').c).toBe('quality');
    // A real putting right still settles the past.
    expect(read('之前不热，后来师傅来了就修好了，现在挺热的', 'csat3').v).toBe('satisfied');
  });
});
