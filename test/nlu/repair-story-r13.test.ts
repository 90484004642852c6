/**
 * Round 13 (dev12, t13P3): praise answers broken by a false complaint. A fault caused by someone or something else and then
 * repaired is the story of a good repair (被邻居剪断了 师傅重新拉了一根, 打雷把光猫打坏了 给换了新的); the hardship the work was
 * done in is praise of the effort (三九天 干了一下午 水都不喝). Checked on phrasings of our own, beside look-alikes that keep
 * their grievance: the fault still there, a repair that came late, the company's own people causing the damage.
 */
import { describe, expect, it } from 'vitest';
import { interpretKind } from '../../src/nlu/index.js';

const read = (text: string, kind: string) => {
  const r = interpretKind(text, kind, { now: '2026-12-03T10:30:00+08:00' });
  return { v: r.value, i: r.intent, c: r.complaint ?? null };
};

describe('a fault someone else caused, then repaired', () => {
  it('cut, dug up, bitten or struck by someone or something else, then redone or replaced', () => {
    expect(read('挺满意，光纤被楼上装修的给弄断了，师傅重新给接了一根', 'csat3')).toMatchObject({ v: 'satisfied', c: null });
    expect(read('好了，工程师说是老鼠把线咬断了，重新接了一根', 'yesno')).toMatchObject({ v: true, c: null });
    expect(read('能用了，前天打雷把路由器打坏了，给换了个新的', 'yesno')).toMatchObject({ v: true, c: null });
    expect(read('九分，电缆是让市政修路的挖断的，他们连夜抢修到凌晨', 'scale:0-10')).toMatchObject({ v: 9, c: null });
  });
  it('keeps the grievance when the fault is still there, the repair was late, or their own people did it', () => {
    expect(read('满意，线被老鼠咬了，到现在还是断', 'csat3').v).toBe('dissatisfied');
    expect(read('线被老鼠咬了，你们拖了三天才来接好', 'csat3')).toMatchObject({ v: 'dissatisfied', c: 'late' });
    expect(read('修好了，师傅把线弄断了，又重新接了一根', 'yesno').c).not.toBeNull();
    expect(read('墙被工人碰坏了，给补好了', 'csat3').v).toBe('dissatisfied');
  });
});

describe('the hardship the work was done in', () => {
  it('a bitter cold day and no water taken, beside praise, is effort not delay', () => {
    expect(read('很满意，数九寒天的，两个师傅在我家忙了一上午，水都没喝一口', 'csat3')).toMatchObject({ c: null });
    expect(read('满意，三九天的，人家修了一下午，饭都不肯吃', 'csat3')).toMatchObject({ v: 'satisfied', c: null });
  });
  it('a long job with no praise, or a wait, stays a grievance', () => {
    expect(read('师傅在我家干了一下午', 'csat3')).toMatchObject({ v: 'dissatisfied', c: 'late' });
    expect(read('三九天的，让我在家等了一下午才来', 'csat3').v).toBe('dissatisfied');
  });
});
