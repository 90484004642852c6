// Round 20 (t20K2): whole calls — a bare 不一定 to "would you recommend us?" is a lukewarm no and the call goes on to the
// score; a "no" to a satisfaction item said
// with an opt-out keeps the escalation open; an incoming call and "call back later" is no grievance of the hotline.
// Played with the real interpreter, rules alone, in words of their own (not the corpus items'), each with its look-alike.
import { describe, expect, it } from 'vitest';
import { playCall } from '../support/play-call.js';
import { rulesAlone } from '../nlu/read-kind.js';

rulesAlone();

const call = (id: string, lines: string[], locale: 'zh-CN' | 'en' = 'zh-CN') => playCall(id, lines, locale).session.ctx;
const toRecommend = ['方便', '满意', '满意', '满意', '满意', '满意', '没有'];

describe('round 20: a bare 不一定 to the recommend question', () => {
  it.each(['不一定吧', '那可不一定'])('%s is a no, and the call goes on to the score', (said) => {
    const ctx = call('renovation', [...toRecommend, said, '4', '没有']);
    expect(ctx.answers['recommend']?.value).toBe(false);
    expect(ctx.outcome).toBe('completed');
  });
  it('look-alikes: 看情况吧 and 不一定 with a reason stay unanswered (asked again)', () => {
    expect(call('renovation', [...toRecommend, '看情况吧']).answers['recommend']).toBeUndefined();
    expect(call('renovation', [...toRecommend, '不一定，要看他们预算']).answers['recommend']).toBeUndefined();
  });
  it('look-alike: 不一定 on a satisfaction item is still no answer', () => {
    expect(call('renovation', ['方便', '不一定']).answers['design']).toBeUndefined();
  });
});

describe('round 20: a "no" to a satisfaction item said with an opt-out', () => {
  it('ends opted out with the escalation open', () => {
    const ctx = call('renovation', ['方便', '不满意 图纸跟我说的完全两样 以后别打了']);
    expect(ctx.outcome).toBe('opted_out');
    expect(ctx.escalation).not.toBeNull();
  });
  it('look-alike: a "yes" with an opt-out opens nothing', () => {
    const ctx = call('renovation', ['方便', '满意 以后别打了']);
    expect(ctx.outcome).toBe('opted_out');
    expect(ctx.escalation).toBeNull();
  });
});

describe('round 20: an incoming call, "call back later"', () => {
  it('is a reschedule with no escalation', () => {
    const ctx = call('renovation', ['方便', '满意', '不好意思 来电话了 等会儿再打', '#1']);
    expect(ctx.outcome).toBe('rescheduled');
    expect(ctx.escalation).toBeNull();
  });
  it('look-alike: waiting on the hotline for ages still escalates', () => {
    expect(call('renovation', ['方便', '满意', '不满意 打客服电话等了好久没人接']).escalation).not.toBeNull();
  });
});

describe('round 20: the hour offered, refused, and another time said', () => {
  it('the time said after the refusal is the one', () => {
    const ctx = call('telecom-install', ['是', '不方便', '一个小时以后？一个小时以后我在上课，下午四点吧', '四点']);
    expect(ctx.outcome).toBe('rescheduled');
    expect(String(ctx.callbackAt)).toContain('T16:00');
  });
  it('look-alike: the hour taken (一个小时以后我就到家了) stays one hour on', () => {
    const ctx = call('telecom-install', ['是', '不方便', '一个小时以后我就到家了']);
    expect(String(ctx.callbackAt)).not.toContain('T16:00');
    expect(ctx.outcome).toBe('rescheduled');
  });
});
