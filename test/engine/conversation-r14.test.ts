// Round 14 (t14E): confirmation replies in whole calls, played with the real interpreter.
import { describe, expect, it } from 'vitest';
import { playCall } from '../support/play-call.js';

const call = (id: string, lines: string[], locale: 'zh-CN' | 'en' = 'zh-CN') => playCall(id, lines, locale).session.ctx;
const values = (ctx: ReturnType<typeof call>) => Object.values(ctx.answers).map((a) => a.value);

describe('round 14: "对，但是……" to a confirmation keeps the level and adds the grievance', () => {
  it('a yes, then money taken: the level said stays, the call escalates with the category', () => {
    const ctx = call('telecom-complaint', ['解决了', '还行，满意吧', '对，不过上门那个人收了我两百块现金']);
    expect(values(ctx)).toContain('satisfied');
    expect(values(ctx)).not.toContain('dissatisfied');
    expect(ctx.outcome).toBe('escalated');
    expect(ctx.escalation?.reason).toBe('complaint:money');
  });
  it('a yes, then a request to complain: the level said is recorded before the call goes to a person', () => {
    const ctx = call('telecom-complaint', ['解决了', '还行，满意吧', '对，可是我还要投诉那个客服']);
    expect(values(ctx)).toContain('satisfied');
    expect(ctx.outcome).toBe('escalated');
  });
  it('English: "yes, but" with cash asked for keeps "satisfied" and escalates', () => {
    const ctx = call('telecom-install', ['yes', 'sure', 'satisfied I suppose', 'yes, but the guy asked me for 100 in cash to finish the job'], 'en');
    expect(values(ctx)).toContain('satisfied');
    expect(ctx.escalation?.reason).toBe('complaint:money');
  });
  it('look-alike: "对，但是不太满意" names a level of its own: a correction, not a yes', () => {
    const ctx = call('telecom-complaint', ['解决了', '还行，满意吧', '对，但是不太满意']);
    expect(values(ctx)).toContain('dissatisfied');
    expect(values(ctx)).not.toContain('satisfied');
  });
  it('look-alike: a plain yes still confirms and completes', () => {
    const ctx = call('telecom-complaint', ['解决了', '还行，满意吧', '对']);
    expect(values(ctx)).toContain('satisfied');
    expect(ctx.outcome).toBe('completed');
  });
});

describe('round 14: the grievance said again to "您是说不满意，对吗？" agrees', () => {
  const unhappy = '不满意，报的是周二，周五才有人来，这几天孩子上网课全靠手机流量';
  it('the grievance again is a yes in the customer\'s words: no re-ask, the call escalates', () => {
    const ctx = call('telecom-repair', ['正常了', unhappy, '等得太久了']);
    expect(values(ctx)).toContain('dissatisfied');
    expect(ctx.outcome).toBe('escalated');
  });
  it('look-alike: a denial with the right level is still the correction', () => {
    const ctx = call('telecom-repair', ['正常了', unhappy, '不对，满意']);
    expect(values(ctx)).toContain('satisfied');
    expect(values(ctx)).not.toContain('dissatisfied');
  });
});
