/**
 * Round 12 (dev11 positive, reservation, hedged): praise in everyday words, small reservations beside a yes or a score,
 * and hedged levels with a grievance after them. Each rule is checked on phrasings other than the corpus items that
 * showed it, and on the nearby words it must leave alone.
 */
import { describe, expect, it } from 'vitest';
import { interpretKind } from '../../src/nlu/index.js';

const read = (text: string, kind: string) => {
  const r = interpretKind(text, kind);
  return { v: r.value, c: r.complaint ?? null, res: r.reservation ?? false, conf: r.confidence };
};

describe('praise with no level word', () => {
  it('honest, worry-free, punctual, taken seriously: satisfied; their negation is not', () => {
    expect(read('师傅人很实在', 'csat3').v).toBe('satisfied');
    expect(read('这回办得挺省心的', 'csat3').v).toBe('satisfied');
    expect(read('人家挺守时的', 'csat3').v).toBe('satisfied');
    expect(read('你们领导很重视', 'csat3').v).toBe('satisfied');
    expect(read('一点都不重视', 'csat3').v).toBe('dissatisfied');
    expect(read('真不省心', 'csat3').v).toBe('dissatisfied');
  });
  it('可以 as the complement of the verb (处理得可以, 修的可以) is an evaluation, not a bare yes', () => {
    expect(read('修的可以', 'csat3').v).toBe('satisfied');
    expect(read('弄得可以', 'csat3').v).toBe('satisfied');
  });
  it('a time promised and kept is punctual, not late (000 第十三条 met)', () => {
    expect(read('说好三点来就三点来的', 'csat3')).toMatchObject({ v: 'satisfied', c: null });
    expect(read('约的九点到 准九点到了', 'csat3').c).toBeNull();
    expect(read('说好十点到，结果十二点才到', 'csat3')).toMatchObject({ v: 'dissatisfied', c: 'late' });
  });
  it('the fault told at a glance is skill praised, not a fault left', () => {
    expect(read('一眼就看出是光猫的问题 挺厉害', 'csat3')).toMatchObject({ v: 'satisfied', c: null });
    expect(read('很专业 一看就知道是哪个接头的毛病', 'csat3')).toMatchObject({ v: 'satisfied', c: null });
  });
  it('children barefoot about the home: warm, not a mess; rubbish left about still is', () => {
    expect(read('屋里暖和 孩子光着脚到处跑', 'csat3')).toMatchObject({ v: 'satisfied', c: null });
    expect(read('小孩在家打赤脚', 'csat3').c).toBeNull();
    expect(read('装修的垃圾扔了满地', 'csat3').c).toBe('mess');
  });
  it('the radiator hot to the touch is warm', () => {
    expect(read('暖气片烫手了都', 'csat3').v).toBe('satisfied');
    expect(read('现在暖气烫手', 'yesno').v).toBe(true);
  });
  it('renovation work and site praised or reported done in plain words', () => {
    expect(read('地砖贴得很齐', 'yesno').v).toBe(true);
    expect(read('施工挺正规的', 'yesno').v).toBe(true);
    expect(read('让改就改 二话不说', 'yesno').v).toBe(true);
    expect(read('楼道铺了防护膜', 'yesno').v).toBe(true);
    expect(read('多收的钱退到卡上了', 'yesno').v).toBe(true);
    expect(read('暖气费给减了', 'yesno').v).toBe(true);
    expect(read('竣工验收一次过', 'yesno')).toMatchObject({ v: true, c: null });
    expect(read('这两天网一次都没断过', 'yesno').v).toBe(true);
  });
  it('堵 is still a fault when it is the drain blocked again; 收 with a sum is still money', () => {
    expect(read('下水道又堵上了', 'yesno').v).toBe(false);
    expect(read('收了我五十', 'csat3').c).toBe('money');
  });
});

describe('hedges', () => {
  it('a standard met or a mix is middling (正常水平, 有好有不好)', () => {
    expect(read('也就一般水平吧', 'csat3').v).toBe('neutral');
    expect(read('他们服务有好有差', 'csat3').v).toBe('neutral');
  });
  it('better than last time by a little is lukewarm, to confirm', () => {
    expect(read('比上一次强一点', 'csat3')).toMatchObject({ v: 'neutral' });
    expect(read('比往年好点吧', 'csat3').conf).toBeLessThan(0.6);
  });
  it('a few days of trying or "nothing came up" is no question back', () => {
    expect(read('还行 试几天再说', 'csat3').v).toBe('neutral');
    expect(read('还可以 也没什么事找过你们', 'csat3').v).toBe('neutral');
    expect(read('要用几天才能好', 'csat3').v).toBeNull();
  });
  it('not cold, not warm either: middling, no grievance', () => {
    expect(read('不凉 可也谈不上热乎', 'csat3')).toMatchObject({ v: 'neutral', c: null });
    expect(read('说不上多快 但也不卡', 'csat3')).toMatchObject({ v: 'neutral', c: null });
  });
  it('a hedged level first, then a grievance: neutral to confirm, the grievance kept', () => {
    // A clear grievance reaches a person (no reservation); a soft one is a reservation.
    expect(read('还凑合吧，来了三趟才弄好', 'csat3')).toMatchObject({ v: 'neutral', c: 'repeat_visit', res: false });
    expect(read('还行吧，师傅管我要了两百块钱', 'csat3')).toMatchObject({ v: 'neutral', c: 'money', res: false });
    expect(read('马马虎虎 屋里有点凉', 'csat3')).toMatchObject({ v: 'neutral', res: true });
    expect(read('还行吧，来了三趟才弄好', 'csat3').conf).toBeLessThan(0.6);
    // A fault still there takes the level back.
    expect(read('还行吧，网还是老断', 'csat3').v).toBe('dissatisfied');
  });
});

describe('small reservations beside a yes or a score', () => {
  it('a small thing left undone or a little too much, after a yes', () => {
    expect(read('满意 就是有个插座面板没拧紧', 'yesno')).toMatchObject({ v: true, res: true });
    expect(read('挺好的 就是价格贵了点', 'yesno')).toMatchObject({ v: true, res: true });
  });
  it('a yes said as the fact, compared with before', () => {
    expect(read('热了，就是比原来稍微差一点', 'yesno')).toMatchObject({ v: true, c: 'quality', res: true });
  });
  it('on a score, something still to finish', () => {
    expect(read('五分 还得收收尾', 'scale:0-5')).toMatchObject({ v: 5, res: true });
    expect(read('四分 门口那块还要补补', 'scale:0-5')).toMatchObject({ v: 4, res: true });
  });
  it('no reservation when nothing small is named after a fact', () => {
    expect(read('挺文明的，就是电钻有时候中午也响', 'yesno').c).toBeNull();
  });
});

describe('a meal offered and refused', () => {
  it('is no money asked (000 第四十三条 kept); money asked still is', () => {
    expect(read('没有 留他们吃饭他们都不肯', 'yesno')).toMatchObject({ v: false, c: null });
    expect(read('请师傅喝口水都不喝', 'yesno').c).toBeNull();
    expect(read('师傅问我要了两百块钱', 'yesno').c).toBe('money');
  });
});
