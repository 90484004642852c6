/**
 * Round 13 (t13P, dev12 positive, hedged, scale words, dialect): praise whose words look like a grievance, the
 * customer's own temper and dissatisfaction pointed elsewhere, young people's praise, dialect praise, "not one of it",
 * neither cold nor warm, self-corrections and scores beside money. Each rule is checked on phrasings other than the
 * corpus items that showed it, and on the nearby words it must leave alone.
 */
import { describe, expect, it } from 'vitest';
import { interpretKind } from '../../src/nlu/index.js';

const read = (text: string, kind = 'csat3') => {
  const r = interpretKind(text, kind, { now: '2026-11-18T10:30:00+08:00' });
  return { v: r.value, c: r.complaint ?? null, i: r.intent ?? null };
};

describe('cleaning done and money not taken, told as praise', () => {
  it('shoe covers taken away, the floor mopped for me, the boxes carried down, water wiped up', () => {
    expect(read('挺好的，走的时候连鞋套都收走了')).toMatchObject({ v: 'satisfied', c: null });
    expect(read('可以，屋里的地都给我拖了一遍')).toMatchObject({ c: null });
    expect(read('好的，把地上的水也给我擦干了', 'yesno')).toMatchObject({ v: true, c: null });
    expect(read('挺好，走的时候纸箱子都给我带下楼了')).toMatchObject({ c: null });
    expect(read('十分，鞋套是他自己带着的', 'scale:0-10')).toMatchObject({ v: 10, c: null });
  });
  it('the same words as a grievance stay one', () => {
    expect(read('师傅连鞋套都没穿')).toMatchObject({ v: 'dissatisfied', c: 'mess' });
    expect(read('走的时候纸箱子没带走')).toMatchObject({ c: 'mess' });
    expect(read('地上的水没擦')).toMatchObject({ c: 'mess' });
    expect(read('上回别家进门就套鞋套，你们这个穿着一脚泥就进来了')).toMatchObject({ v: 'dissatisfied', c: 'mess' });
  });
  it('not a cent more charged is no money asked, and no score of one', () => {
    expect(read('挺好，没多收一分钱')).toMatchObject({ v: 'satisfied', c: null });
    expect(read('九分，一分钱都没多要', 'scale:0-10')).toMatchObject({ v: 9, c: null });
    expect(read('给他十分，一分都不能少', 'scale:0-10')).toMatchObject({ v: 10 });
    expect(read('一分都不能少', 'scale:0-10')).toMatchObject({ v: 10 });
    expect(read('一分都不给', 'scale:0-10')).toMatchObject({ v: 0 });
    expect(read('收了我一百块上门费')).toMatchObject({ c: 'money' });
  });
});

describe("the customer's own temper, and dissatisfaction pointed elsewhere", () => {
  it('I was the one who shouted; the quarrel was at home; scolding the neighbours before the call', () => {
    expect(read('满意，当时我脾气不好，人家也没计较')).toMatchObject({ v: 'satisfied', c: null });
    expect(read('挺满意，我本来火挺大，骂了几句，他一直跟我解释')).toMatchObject({ v: 'satisfied', c: null });
    expect(read('行，吵架是我跟我媳妇吵，跟师傅没关系', 'yesno')).toMatchObject({ v: true, c: null });
    expect(read('方便，刚才在骂楼下那家的狗，不是说你们', 'yesno')).toMatchObject({ v: true, c: null });
  });
  it('要说不满意 / 要骂也是骂 pointed at a third party or one’s own flat', () => {
    expect(read('满意，要说不满意是对我们小区物业，电梯老坏')).toMatchObject({ v: 'satisfied', c: null });
    expect(read('满意，要骂也是骂那个开发商，师傅干得挺好')).toMatchObject({ v: 'satisfied', c: null });
    expect(read('会，要说不满意就是我家房子太小', 'yesno')).toMatchObject({ v: true, c: null });
  });
  it('someone else’s business, or not yours, said in so many words', () => {
    expect(read('热了，楼上漏水滴到我家了，那是他家的事', 'yesno')).toMatchObject({ v: true, c: null });
    expect(read('按期的，物业不让周末施工耽误了两天，不是你们的事', 'yesno')).toMatchObject({ v: true, c: null });
  });
  it('pointed at the company, or the staff’s temper, stays a grievance', () => {
    expect(read('满意，要说不满意就是师傅来晚了')).toMatchObject({ c: 'late' });
    expect(read('满意，就是师傅态度不太好')).toMatchObject({ c: 'attitude' });
    expect(read('要骂也是骂你们公司')).toMatchObject({ v: 'dissatisfied' });
    expect(read('我能说不满意吗？说了你们也不改')).toMatchObject({ v: 'dissatisfied' });
  });
});

describe("young people's praise, rhetorical praise and dialect", () => {
  it('妥妥的, 爱了, 给跪了, 牛掰, 效率是真的高', () => {
    expect(read('妥妥的，没毛病').v).toBe('satisfied');
    expect(read('爱了爱了').v).toBe('very_satisfied');
    expect(read('这速度我给跪了').v).toBe('very_satisfied');
    expect(read('牛掰').v).toBe('satisfied');
    expect(read('吹牛逼').v).toBeNull();
    expect(read('效率是真的高').v).toBe('satisfied');
  });
  it('how could I not be satisfied; nothing to pick at; the only regret is not coming sooner', () => {
    expect(read('这么负责我还能不满意吗').v).toBe('satisfied');
    expect(read('这能满意吗').v).toBe('dissatisfied');
    expect(read('没什么好挑的，挺利索').v).toBe('satisfied');
    expect(read('装得挺顺，没什么可抱怨的', 'yesno')).toMatchObject({ v: true, c: null });
    expect(read('我觉得ok的').v).toBe('satisfied');
  });
  it('Henan 排场 / 处理得中 / 恁, Cantonese 几靓 / 梗系 / 听朝 / 搵, Sichuan 巴巴实实', () => {
    expect(read('装得怪排场').v).toBe('satisfied');
    expect(read('修得中').v).toBe('satisfied');
    expect(read('恁说吧', 'yesno').v).toBe(true);
    expect(read('墙刷得好靓', 'yesno').v).toBe(true);
    expect(read('梗系满意啦').v).toBe('satisfied');
    expect(read('我想搵真人').i).toBe('human');
    expect(read('弄得巴巴实实的', 'yesno').v).toBe(true);
  });
});

describe('not one of it, neither cold nor warm, not perfect', () => {
  it('一滴水都没洒, 没一处空鼓, 一天都没耽误', () => {
    expect(read('活干得细，一滴水都没洒')).toMatchObject({ v: 'satisfied', c: null });
    expect(read('挺好，没一处空鼓的', 'yesno')).toMatchObject({ v: true, c: null });
    expect(read('工期挺正常，一天也没耽误', 'yesno')).toMatchObject({ v: true, c: null });
    expect(read('墙上一块一块的空鼓')).toMatchObject({ c: 'quality' });
    expect(read('一天都没来')).toMatchObject({ v: 'dissatisfied', c: 'late' });
    expect(read('一天都不热')).toMatchObject({ v: 'dissatisfied' });
  });
  it('neither cold nor warm is the middle, no grievance', () => {
    expect(read('不冷也不算热吧')).toMatchObject({ v: 'neutral', c: null });
    expect(read('说热也不热，说冷也不冷')).toMatchObject({ v: 'neutral', c: null });
    expect(read('屋里还是不热')).toMatchObject({ v: 'dissatisfied' });
  });
  it('warm enough to take the long johns off', () => {
    expect(read('暖和，热得我把毛衣都脱了', 'yesno')).toMatchObject({ v: true, c: null });
  });
  it('not perfect takes the top off, no more; a level taken back with 算了', () => {
    expect(read('也不是那么完美').v).toBe('neutral');
    expect(read('非常满意，算了就满意吧').v).toBe('satisfied');
    expect(read('满意，不过也不是十全十美').v).toBe('satisfied');
  });
});

describe('scores said with what follows them', () => {
  it('十分拿去, 十分都不为过, 给最高的', () => {
    expect(read('十分拿去', 'scale:0-10').v).toBe(10);
    expect(read('打十分都不为过', 'scale:0-10').v).toBe(10);
    expect(read('给他最高的', 'scale:0-10').v).toBe(10);
    expect(read('十分满意', 'scale:0-10').v).toBe(10);
  });
  it('a score taken back with 还是', () => {
    expect(read('还是九分吧', 'scale:0-10').v).toBe(9);
    expect(read('八分，比上回还是八分', 'scale:0-10').v).toBe(8);
  });
});
