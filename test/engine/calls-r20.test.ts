// Round 20 (t20K): whole calls — a clear answer is taken, not confirmed (a key's option said aloud, 十分 and English
// praise, everything's fine), while a hedged or contradictory one still is; a leak after the repair escalates; a "say
// again" after a filler answered; a day named and put off on the time question; complaints counted; a bare 解决什么.
// Played with the real interpreter, rules alone, in words of their own (not the corpus items'), each with its look-alike.
import { describe, expect, it } from 'vitest';
import { playCall } from '../support/play-call.js';
import { rulesAlone } from '../nlu/read-kind.js';

rulesAlone();

const call = (id: string, lines: string[], locale: 'zh-CN' | 'en' = 'zh-CN') => playCall(id, lines, locale).session.ctx;

describe('round 20: a key option said aloud is taken as said', () => {
  it.each([
    ['三', 'dissatisfied'],
    ['按二', 'satisfied'],
    ['我选一', 'very_satisfied'],
    ['选二', 'satisfied'],
  ])('%s is recorded without a confirmation', (said, level) => {
    expect(call('telecom-install', ['是', '方便', said]).answers['satisfaction']?.value).toBe(level);
  });
  it('English: "three" and "press one" too', () => {
    expect(call('telecom-install', ['yes', 'sure', 'press one'], 'en').outcome).toBe('completed');
    expect(call('telecom-install', ['yes', 'sure', 'three'], 'en').escalation).not.toBeNull();
  });
  it('look-alikes: a bare 一 (a word cut off) and a hedged "one I guess" are still confirmed', () => {
    expect(call('telecom-install', ['是', '方便', '一']).outcome).toBe('hung_up');
    expect(call('telecom-install', ['yes', 'sure', 'one I guess'], 'en').outcome).toBe('hung_up');
  });
});

describe('round 20: 十分 with English praise, everything\'s fine', () => {
  it('十分 really nice on the 0–10 scale is ten, taken', () => {
    expect(call('unicom-engineer', ['十分 really nice']).outcome).toBe('completed');
  });
  it('look-alike: 十分 very bad (a contradiction) is not taken as ten', () => {
    expect(call('unicom-engineer', ['十分 very bad']).outcome).not.toBe('completed');
  });
  it('"everything\'s fine, nice work" is satisfied, taken', () => {
    expect(call('telecom-install', ['yes', 'yes', "everything's fine, nice work"], 'en').outcome).toBe('completed');
  });
});

describe('round 20: a leak that began after the repair is a fault, not a reservation', () => {
  it('escalates after a positive verdict', () => {
    expect(call('heating-repair', ['热了', '二十度', '满意 就是师傅走了以后阀门那渗水了']).outcome).toBe('escalated');
  });
  it('look-alike: a leak before the visit, now mended, is none', () => {
    expect(call('heating-repair', ['热了', '二十度', '满意，之前阀门漏水了，现在修好了']).outcome).toBe('completed');
  });
});

describe('round 20: a "say again" after a filler, then the answer', () => {
  it('呃 你说啥 热了 answers the question', () => {
    expect(call('heating-repair', ['呃 你说啥 暖气啊 热了', '二十度', '满意']).outcome).toBe('completed');
  });
  it('look-alike: the "say again" alone asks again', () => {
    expect(call('heating-repair', ['呃 你说啥', '', '']).outcome).not.toBe('completed');
  });
});

describe('round 20: a day named and put off answers the time question', () => {
  it('后天吧 reschedules', () => {
    const ctx = call('telecom-install', ['是', '不方便', '后天吧']);
    expect(ctx.outcome).toBe('rescheduled');
    expect(ctx.callbackAt).toMatch(/^2026-11-20/);
  });
  it('look-alike: 过几天再打吧 (no day named) is asked again; gone without an answer, the call is put off to the slot held', () => {
    // (Round 21, t21J: the customer's own "later" is held as a polite default slot, so a hang-up at the time question
    // reschedules instead of losing the call, as issue 13 item 4 asks; round 20 asserted hung_up.)
    const ctx = call('telecom-install', ['是', '不方便', '过几天再打吧']);
    expect(ctx.outcome).toBe('rescheduled');
    expect(ctx.callbackAt).not.toBeNull();
    expect(ctx.callbackAt).not.toMatch(/^2026-11-20/);
    expect(call('telecom-install', ['是', '不方便', '过几天再打吧', '后天吧']).callbackAt).toMatch(/^2026-11-20/);
  });
  it('away and not yet tried, call tomorrow: a reschedule', () => {
    expect(call('telecom-repair', ['我不在家 还没试呢 你明天再打吧']).callbackAt).toMatch(/^2026-11-19/);
  });
});

describe('round 20: complaints counted, a bare 解决什么', () => {
  it('我投诉两次了 这次才有人管 is a dissatisfied level, recorded', () => {
    const ctx = call('telecom-complaint', ['解决了', '我投诉两次了 这次才有人管', '就是拖']);
    expect(ctx.outcome).toBe('escalated');
    expect(ctx.answers['handling_satisfaction']?.value).toBe('dissatisfied');
  });
  it('a bare 解决什么 is confirmed, not escalated', () => {
    expect(call('telecom-complaint', ['解决什么', '我记不清投诉的啥了', '你问的哪件事', '想不起来了']).escalation).toBeNull();
  });
  it('look-alike: 解决什么呀 还是老样子 escalates', () => {
    expect(call('telecom-complaint', ['解决什么呀 还是老样子']).escalation).not.toBeNull();
  });
  it('但是师傅推销 is no "is this a sales call?"', () => {
    expect(call('unicom-engineer', ['八分 但是师傅推销了个机顶盒非让我办']).outcome).toBe('escalated');
  });
});

describe('round 20: a small shortfall then the verdict on the whole', () => {
  const lines = (schedule: string) => ['方便', '满意', '满意', '满意', schedule, '满意', '没有', '会', '4', '没有'];
  it('is a yes with a reservation, not escalated', () => {
    expect(call('renovation', lines('晚了两天 整体还是满意的')).outcome).toBe('completed');
  });
  it('look-alike: a long delay and the whole dissatisfied escalates', () => {
    expect(call('renovation', lines('拖了一个月 总体不满意')).escalation).not.toBeNull();
  });
});
