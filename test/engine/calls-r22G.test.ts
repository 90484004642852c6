// Round 22 (t22G): whole calls behind dev21's failing conversations, in phrasings of our own, each beside a look-alike:
// a request to complain said before the level question goes on to the level (the escalation open at once); a clear
// complaint beside a positive level (等一下 is no diminisher; the home run down by the engineer); English "just some …"
// as a reservation and "okay, very satisfied" as the top level; any level will do (都行) and someone else's use
// (孩子在用 我不上网) as no evidence; a relative pointed to or offering to answer for the customer.
import { describe, expect, it } from 'vitest';
import { playCall } from '../support/play-call.js';
import { rulesAlone } from '../nlu/read-kind.js';

rulesAlone();

const call = (id: string, lines: string[], locale: 'zh-CN' | 'en' = 'zh-CN') => playCall(id, lines, locale).session.ctx;

describe('round 22 (t22G): a request to complain before the level question', () => {
  it('the request with "not solved" opens the escalation and the level said later is kept', () => {
    const c = call('telecom-complaint', ['我要投诉 到现在都没人来处理', '宽带还是连不上', '不满意', '#0']);
    expect(c.escalation).not.toBeNull();
    expect(c.flags).toContain('complaint');
    expect(c.answers.handling_satisfaction?.value).toBe('dissatisfied');
    expect(c.outcome).toBe('escalated');
  });
  it('the request said as the detail asked after "not solved" goes on to the level too', () => {
    const c = call('heating-complaint', ['没有解决', '我要投诉 暖气片还是冰凉的', '不满意', '#0']);
    expect(c.answers.handling_satisfaction?.value).toBe('dissatisfied');
    expect(c.outcome).toBe('escalated');
  });
  it('gone after the request was noted: the complaint is with a person (escalated, not lost)', () => {
    const c = call('telecom-complaint', ['我要投诉 你们处理得一塌糊涂']);
    expect(c.escalation).not.toBeNull();
    expect(c.outcome).toBe('escalated');
  });
  it('look-alike: the request alone (no answer of the step) still ends the call with the complaint', () => {
    const c = call('telecom-complaint', ['我要投诉', '不满意']);
    expect(c.outcome).toBe('escalated');
    expect(c.answers.handling_satisfaction).toBeUndefined();
  });
  it('look-alike: the request on the level question itself ends the call as before', () => {
    const c = call('telecom-complaint', ['解决了', '我要向你们领导投诉', '不满意']);
    expect(c.outcome).toBe('escalated');
    expect(c.flags).toContain('complaint');
  });
});

describe('round 22 (t22G): a clear complaint beside a positive level', () => {
  it('a fault back, said after "hold on", escalates', () => {
    const c = call('telecom-repair', ['好了', '满意 你等一下啊 网又断了']);
    expect(c.escalation?.reason ?? '').toMatch(/not_fixed|complaint/);
  });
  it('look-alike: a slight delay stays a reservation', () => {
    const c = call('telecom-repair', ['好了', '满意 就是稍微晚到了一下']);
    expect(c.escalation).toBeNull();
    expect(c.flags.some((f) => f.startsWith('reservation:'))).toBe(true);
  });
  it('the engineer running down the home escalates with attitude', () => {
    const c = call('heating-complaint', ['解决了', '挺快的 就是那个师傅嫌俺家屋里乱 嘴里不干不净的']);
    expect(c.escalation?.reason).toBe('complaint:attitude');
  });
  it('look-alike: a mild grumble kept as a reservation', () => {
    const c = call('heating-complaint', ['解决了', '满意 就是师傅有点爱抱怨']);
    expect(c.escalation).toBeNull();
  });
  it('a hedge in the reservation clause does not hedge the level said first', () => {
    const c = call('telecom-repair', ['正常', '满意 师傅估计是着急 说话有点冲']);
    expect(c.outcome).toBe('completed');
    expect(c.answers.satisfaction?.value).toBe('satisfied');
  });
  it('look-alike: a hedged level is still confirmed', () => {
    const c = call('telecom-repair', ['正常', '还算满意 师傅说话有点冲']);
    expect(c.outcome).toBe('hung_up');
  });
});

describe('round 22 (t22G): English', () => {
  it('"just some …" after the top level is a reservation: the level stands, flagged', () => {
    const c = call('telecom-install', ['yes', 'sure', 'very satisfied, just a few scraps of cable left behind'], 'en');
    expect(c.outcome).toBe('completed');
    expect(c.answers.satisfaction?.value).toBe('very_satisfied');
    expect(c.flags).toContain('reservation:mess');
  });
  it('look-alike: the grievance alone is dissatisfied', () => {
    const c = call('telecom-install', ['yes', 'sure', 'he left cable scraps all over the floor'], 'en');
    expect(c.escalation).not.toBeNull();
  });
  it('back from holding on, "okay, very satisfied" is the top level', () => {
    const c = call('telecom-install', ['yes', 'sure', 'one second please', 'alright sorry, very satisfied'], 'en');
    expect(c.outcome).toBe('completed');
    expect(c.answers.satisfaction?.value).toBe('very_satisfied');
  });
  it('look-alike: the level named last, after a hedge, is the one meant', () => {
    const c = call('telecom-install', ['yes', 'sure', 'very satisfied, well, okay, satisfied'], 'en');
    expect(c.answers.satisfaction?.value).toBe('satisfied');
  });
});

describe('round 22 (t22G): no evidence and relatives', () => {
  it('any level will do is no level: the ladder ends incomplete', () => {
    const c = call('telecom-repair', ['好了', '怎么都行', '你们看着填吧', '嗯']);
    expect(c.outcome).toBe('incomplete');
  });
  it('look-alike: all good is a level', () => {
    const c = call('telecom-repair', ['好了', '都挺好的']);
    expect(c.answers.satisfaction?.value).toBe('satisfied');
  });
  it('someone else in the home uses it: no verdict, no escalation', () => {
    const c = call('telecom-repair', ['能用', '孩子们在用 我很少上网', '不清楚', '不知道']);
    expect(c.escalation).toBeNull();
    expect(c.outcome).toBe('incomplete');
  });
  it('a relative who saw to the visit points to the customer: no survey, no time, incomplete', () => {
    const c = call('unicom-engineer', ['俺老伴在家弄的 你找他吧', '他电话我不能给你']);
    expect(c.outcome).toBe('incomplete');
    expect(c.answers).toEqual({});
  });
  it('look-alike: "my husband did it, I am not sure" is no relative', () => {
    const c = call('unicom-engineer', ['我老公弄的 我不清楚', '八分']);
    expect(c.answers.rating?.value).toBe(8);
  });
  it('the spouse is out and the speaker offers to answer: no survey, a measure is no time', () => {
    const c = call('heating-sampling', ['我爱人不在家 你跟我说就行', '二十度']);
    expect(c.outcome).toBe('incomplete');
    expect(c.callbackAt).toBeNull();
  });
});
