// Round 21 (t21K): whole calls from dev13/dev14's older failures, in words of their own, each beside a look-alike:
// a level given despite what 虽然 concedes keeps the level (a reservation); praise or loyalty on the suggestions step is
// no grievance; a part of the day said busy alone is asked again; 不归你们管 reported as staff's words is no wrong number.
import { describe, expect, it } from 'vitest';
import { playCall } from '../support/play-call.js';
import { rulesAlone } from '../nlu/read-kind.js';

rulesAlone();

const call = (id: string, lines: string[]) => playCall(id, lines).session.ctx;

describe('round 21 (t21K): a level kept despite a concession', () => {
  it('满意，虽然… keeps the level, flagged', () => {
    const c = call('telecom-complaint', ['解决了', '满意，虽然拖了好几天，能用了就行']);
    expect(c.outcome).toBe('completed');
    expect(c.answers['handling_satisfaction']?.value).toBe('satisfied');
  });
  it('look-alike: the level denied after the concession stays dissatisfied', () => {
    const c = call('telecom-complaint', ['解决了', '虽然弄好了，但是我不满意']);
    expect(c.answers['handling_satisfaction']?.value).toBe('dissatisfied');
  });
});

describe('round 21 (t21K): praise on the suggestions step', () => {
  it('a hotline or person named in good words is no grievance', () => {
    expect(call('heating-sampling', ['方便', '二十一度', '满意', '满意', '没什么，客服小姑娘说话挺客气的']).outcome).toBe('completed');
    expect(call('heating-sampling', ['方便', '二十一度', '满意', '满意', '没有，下回有事还找你们']).outcome).toBe('completed');
  });
  it('look-alike: the hotline hard to get through still reaches a person', () => {
    expect(call('heating-sampling', ['方便', '二十一度', '满意', '满意', '热线老是打不通']).outcome).toBe('escalated');
  });
});

describe('round 21 (t21K): a time refused is asked again', () => {
  it('晚上我得值班 alone: asked again, the next time said is taken', () => {
    const c = call('heating-sampling', ['不方便', '晚上？晚上我得值班', '那后天上午吧']);
    expect(c.outcome).toBe('rescheduled');
    expect(c.callbackAt).toMatch(/^2026-11-20T(09|10|11)/);
  });
  it('look-alike: 晚上吧 is taken at once', () => {
    const c = call('heating-sampling', ['不方便', '晚上吧']);
    expect(c.outcome).toBe('rescheduled');
    expect(c.callbackAt).toMatch(/^2026-11-18T(18|19|20)/);
  });
});

describe('round 21 (t21K): 不归你们管 as staff said it', () => {
  it('a neighbour’s leak brushed off by staff is told, not a wrong number', () => {
    const c = call('heating-sampling', ['方便', '二十一度', '满意', '满意', '对了，隔壁单元暖气管漏水好几天了，你们来的人说不归你们管']);
    expect(c.outcome).not.toBe('incomplete');
    expect(c.answers['suggestions']).toBeDefined();
  });
  it('look-alike: the customer’s own home outside the service is a wrong number', () => {
    expect(call('heating-complaint', ['我家是自己烧的锅炉，不归你们管']).outcome).toBe('incomplete');
  });
});
