/**
 * Round 13 (dev12, t13G2): dissatisfied customers still missed, and grievances read as a yes — the asked word echoed
 * with 啥 before a negative verdict, a rhetorical question beside a negative fact no pattern names, a question only in
 * quotes (someone's words reported), 这叫解决 read as a name, a demonstrative's 是 read as "yes", a fault said to go on
 * softened by its aspect (断一下), a long wait under a sneer, 买一送一 said of what the visit left, and English
 * ("Satisfied? He told me to … myself", "How would you feel if …"). Phrasings of our own, beside look-alikes that keep
 * their reading.
 */
import { describe, expect, it } from 'vitest';
import { interpretKind } from '../../src/nlu/index.js';

const read = (text: string, kind: string) => {
  const r = interpretKind(text, kind, { now: '2026-12-05T10:30:00+08:00' });
  return { v: r.value, i: r.intent, c: r.complaint ?? null, reservation: r.reservation ?? false };
};

describe('rhetorical questions beside a grievance', () => {
  it('the asked word echoed with 啥 before a negative verdict is a no', () => {
    expect(read('介绍啥呀，全家跟着受罪', 'yesno').v).toBe(false);
    expect(read('解决啥了，到现在都没人来', 'yesno')).toMatchObject({ v: false, c: 'late' });
    // (asked back alone, or before forgetting, it stays no answer)
    expect(read('推荐啥？', 'yesno').v).toBe(null);
    expect(read('解决啥了？我都忘了我报的啥了', 'yesno').v).toBe(null);
  });
  it('hardship the customer went through is a dissatisfied verdict', () => {
    expect(read('真是活受罪', 'csat3').v).toBe('dissatisfied');
    expect(read('没受什么罪，挺顺利', 'csat3').v).not.toBe('dissatisfied');
  });
  it('"who do I turn to" beside a fault no pattern names is a reproach', () => {
    expect(read('修完电视全连不上了，我找谁说理去', 'csat3').v).toBe('dissatisfied');
  });
  it('"nobody told me" beside a charge is a reproach, not a question', () => {
    expect(read('账单上多了五十块的上门费，谁跟我说过要收钱了', 'csat3')).toMatchObject({ v: 'dissatisfied', c: 'billing' });
  });
  it('这叫解决 is no name said', () => {
    expect(read('家里还是冷，这叫解决？', 'yesno')).toMatchObject({ v: false, c: 'not_fixed' });
    expect(read('我叫王建军', 'yesno').v).toBe(null);
  });
  it('a question only inside quotes is reported, the grievance beside it stands', () => {
    expect(read('师傅一进门就说"谁让你们这么接的线"，跟教训小孩似的', 'csat3')).toMatchObject({ v: 'dissatisfied', c: 'attitude' });
  });
});

describe('a grievance read as yes or as a reservation', () => {
  it('a demonstrative with 是 is no "yes"', () => {
    expect(read('不正常，这是我这个月第三回报修了', 'yesno').v).toBe(false);
    expect(read('是我', 'yesno').v).toBe(true);
  });
  it('a fault said to go on is no small reservation, whatever its aspect', () => {
    expect(read('修完了还是不热，就一点温乎气', 'csat3')).toMatchObject({ v: 'dissatisfied', c: 'not_fixed' });
    expect(read('8分，就是网隔一会儿还是会断一下', 'scale:0-10')).toMatchObject({ c: 'not_fixed', reservation: false });
    // (a softened slowness stays a reservation)
    expect(read('挺满意的，就是晚上网还是稍微有点慢，能接受', 'csat3').v).toBe('satisfied');
  });
});

describe('irony', () => {
  it('a long wait said with 就 under a sneer is a delay', () => {
    expect(read('呵呵，你们可真快，两个礼拜就装好了', 'csat3')).toMatchObject({ v: 'dissatisfied', c: 'late' });
    expect(read('哎哟 可真快 上午报修下午就好了', 'csat3').v).toBe('satisfied');
  });
  it('买一送一 said of what the visit left is a sneer, no advert', () => {
    expect(read('好得很，装一次宽带送我满地泥巴，买一送一', 'csat3')).toMatchObject({ v: 'dissatisfied', c: 'mess' });
    expect(read('买一送一 限时抢购', 'csat3').v).toBe(null);
  });
});

describe('English', () => {
  it('the level echoed as a question, then the work left to the customer', () => {
    expect(read('Satisfied? She told us to sort it out on our own and left.', 'csat3')).toMatchObject({ v: 'dissatisfied', c: 'attitude' });
  });
  it('"how would you feel if" is rhetorical', () => {
    expect(read('How would you like it if the installer asked you for fifty bucks cash?', 'csat3')).toMatchObject({ v: 'dissatisfied', c: 'money' });
  });
});

describe('the demonstrative copula blocked only before more words (lead, round 13)', () => {
  it('这是我 said as the whole identity answer stays a yes; before a grievance it is no yes', () => {
    expect(read('这是我', 'yesno').v).toBe(true);
    expect(read('对，这就是我本人', 'yesno').v).toBe(true);
    expect(read('不正常，这是我这个月第四回报修了', 'yesno').v).toBe(false);
  });
});
