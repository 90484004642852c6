// Round 15 (t15E): whole calls, from the side of the engine: an unhappy answer taken back on the next turn,
// and the phone fetched for the customer. Played with the real interpreter, in new words.
import { describe, expect, it } from 'vitest';
import { playCall } from '../support/play-call.js';

const call = (id: string, lines: string[], locale: 'zh-CN' | 'en' = 'zh-CN') => playCall(id, lines, locale).session.ctx;
const values = (ctx: ReturnType<typeof call>) => Object.values(ctx.answers).map((a) => a.value);

describe('round 15: an unhappy answer taken back on the very next turn', () => {
  it('a key pressed by mistake, the meant level said: recorded again, the escalation withdrawn', () => {
    const ctx = call('telecom-install', ['是', '方便', '#3', '哎呀手一快点错了，应该是非常满意']);
    expect(values(ctx)).toContain('very_satisfied');
    expect(values(ctx)).not.toContain('dissatisfied');
    expect(ctx.escalation).toBeNull();
    expect(ctx.outcome).toBe('completed');
  });
  it('the meant key named in words (我本来要按2): taken through the keypad', () => {
    const ctx = call('telecom-install', ['是', '方便', '#3', '不好意思按错了，我要按2']);
    expect(values(ctx)).toContain('satisfied');
    expect(ctx.escalation).toBeNull();
  });
  it('a score said wrong, the denied one aside (是九分，不是三分)', () => {
    const ctx = call('unicom-engineer', ['3', '刚才口误，是九分，不是三分']);
    expect(values(ctx)).toContain(9);
    expect(ctx.escalation).toBeNull();
    expect(ctx.outcome).toBe('completed');
  });
  it('look-alike: a reason given (no admission of a mistake) keeps the escalation', () => {
    const ctx = call('telecom-install', ['是', '方便', '#3', '师傅来晚了两个钟头']);
    expect(ctx.escalation).not.toBeNull();
    expect(ctx.outcome).toBe('escalated');
  });
  it('look-alike: an admission with money taken beside it keeps the escalation', () => {
    const ctx = call('telecom-install', ['是', '方便', '#3', '按错了，应该是满意，不过师傅收了我两百块钱']);
    expect(ctx.escalation).not.toBeNull();
  });
  it('a small reservation beside the meant level is flagged, as it would be said at once', () => {
    const ctx = call('telecom-install', ['是', '方便', '#3', '按错了，应该是满意，就是师傅走的时候地没扫干净']);
    expect(ctx.escalation).toBeNull();
    expect(ctx.flags.some((f) => f.startsWith('reservation:'))).toBe(true);
  });
  it('look-alike: hung up right after the unhappy answer: it still reaches a person', () => {
    const ctx = call('telecom-install', ['是', '方便', '#3']);
    expect(ctx.escalation).not.toBeNull();
  });
  it('look-alike: "你们搞错了" is the customer blaming us, no taking back', () => {
    const ctx = call('telecom-install', ['是', '方便', '不满意', '你们搞错了，线都接错了，满意不了']);
    expect(ctx.escalation).not.toBeNull();
  });
  it('the other way round at the closing question (说错了，其实不满意 …): it reaches a person', () => {
    const ctx = call('heating-sampling', ['方便', '二十度', '满意', '满意', '前面暖气那个我说错了，其实不满意，一到晚上就不热了']);
    expect(ctx.escalation).not.toBeNull();
  });
});

describe('round 15: the phone fetched for the customer', () => {
  it('a name called out after a hold-on: the engine waits, the customer answers', () => {
    const ctx = call('telecom-install', ['你稍等啊……建华！建华！电话！', '喂，是我', '方便', '满意']);
    expect(ctx.outcome).toBe('completed');
    expect(values(ctx)).toContain('satisfied');
  });
  it('"我让我爱人跟你说" with a hold-on: no time to call back, the one who comes answers', () => {
    const ctx = call('heating-sampling', ['你等一下，我让我爱人跟你说', '喂你好，方便', '二十一度', '满意', '满意', '没有']);
    expect(ctx.outcome).toBe('completed');
  });
  it('a relative given the phone mid-survey is still no customer: no survey of them (issue 13 item 4, the lead)', () => {
    const ctx = call('telecom-install', ['是我', '方便', '这事我不清楚，你等下我让我儿子接', '喂，我是她儿子，装得不错，满意']);
    expect(ctx.outcome).not.toBe('completed');
    expect(values(ctx)).not.toContain('satisfied');
  });
  it('look-alike: "让他回个电话给你" asks for a call back, not a hold', () => {
    const ctx = call('telecom-install', ['我是他老婆，他不在家，我让他晚上七点回个电话给你']);
    expect(ctx.outcome).not.toBe('completed');
    expect(ctx.heldOn ?? 0).toBe(0);
  });
  it('look-alike: "不行！不行！" is no name called out', () => {
    const ctx = call('telecom-install', ['是', '方便', '不行！不行！太差了']);
    expect(ctx.heldOn ?? 0).toBe(0);
  });
});
