// Round 21 (t21M): whole calls from the older splits' still-failing conversations, in words of their own, each beside a
// look-alike: a grievance about the survey calls themselves (called twice, called late) is no complaint, no callback time
// and no "no" to "is now a good time?"; a grievance alone on that question is asked again; busy, then the answer or a
// go-ahead said last; a relative calling the customer across the room; the staff's 没空 told as a reason; and smaller words
// (对头, 管事儿的, 别发这种短信了, 666 before a grievance, 十分十分 before a hang-up).
import { describe, expect, it } from 'vitest';
import { playCall } from '../support/play-call.js';
import { rulesAlone } from '../nlu/read-kind.js';

rulesAlone();

const call = (id: string, lines: string[], locale: 'zh-CN' | 'en' = 'zh-CN') => playCall(id, lines, locale).session.ctx;

describe('round 21 (t21M): our own calls complained of', () => {
  it('called again: asked again, then the survey, no complaint', () => {
    const c = call('telecom-install', ['是我', '昨天不是打过一次了吗，咋又打', '哦那行，你问吧', '满意']);
    expect(c.outcome).toBe('completed');
    expect(c.escalation).toBeNull();
  });
  it('called late against the hour promised: no complaint of lateness', () => {
    const c = call('telecom-install', ['是我', '说好九点打过来的，这都九点半了', '算了你问吧', '满意']);
    expect(c.outcome).toBe('completed');
    expect(c.escalation).toBeNull();
  });
  it('look-alike: the visit late against the hour booked stays a complaint', () => {
    const c = call('telecom-install', ['是我', '方便', '满意，就是约好的时间师傅晚了两个小时']);
    expect(`${c.escalation?.reason ?? ''} ${c.flags.join(' ')}`).toContain('late');
  });
  it('morning and afternoon calls counted are no time to call back', () => {
    const c = call('telecom-install', ['是我', '又是你们，昨天打今天打，烦死了', '行吧你问', '满意']);
    expect(c.outcome).toBe('completed');
    expect(c.callbackAt ?? null).toBeNull();
  });
  it('look-alike: "call in the afternoon" is a time', () => {
    expect(call('telecom-install', ['是我', '下午打吧']).outcome).toBe('rescheduled');
  });
  it('a grievance told on "is now a good time?" is asked again, then the survey', () => {
    const c = call('telecom-install', ['是我', '你们那个师傅，我得说说，在我家抽了好几根烟', '方便，你问吧', '满意是满意，但是抽烟这事得说']);
    expect(c.outcome).toBe('escalated');
    expect(c.escalation?.reason).toBe('complaint:attitude');
  });
  it('look-alike: "not convenient" with a grievance still puts the call off', () => {
    expect(call('telecom-install', ['是我', '不方便，你们那个师傅抽了一屋子烟', '明天上午']).outcome).toBe('rescheduled');
  });
});

describe('round 21 (t21M): busy, then the answer', () => {
  it('driving, then "resolved" said last', () => {
    const c = call('telecom-complaint', ['开车呢，你就问解决了没有是吧，解决了', '满意']);
    expect(c.outcome).toBe('completed');
  });
  it('driving, then "still not fixed" said last', () => {
    const c = call('heating-complaint', ['我在开车，暖气是吧，还没好', '还是冰凉的', '不满意', '说好来人一直没来']);
    expect(c.outcome).toBe('escalated');
    expect(c.callbackAt ?? null).toBeNull();
  });
  it('look-alike: driving alone puts the call off', () => {
    expect(call('telecom-complaint', ['我在开车呢', '晚上七点']).outcome).toBe('rescheduled');
  });
  it('driving on speaker, go ahead (English)', () => {
    expect(call('telecom-install', ['Yes, speaking', "I'm driving but you're on hands free. Go ahead", 'Satisfied'], 'en').outcome).toBe('completed');
  });
  it('look-alike: driving, call me later, go ahead (English) is put off', () => {
    expect(call('telecom-install', ['Yes, speaking', "I'm driving, call me later, go ahead", 'tomorrow morning'], 'en').outcome).toBe('rescheduled');
  });
  it('ten said twice before hanging up', () => {
    const c = call('unicom-engineer', ['忙着呢，十分十分，我挂了']);
    expect(c.outcome).toBe('completed');
    expect(c.answers['rating']?.value).toBe(10);
  });
});

describe('round 21 (t21M): relatives and other words', () => {
  it('a relative calls the customer across the room, who then answers', () => {
    const c = call('telecom-install', ['我是他闺女，他在阳台，爸——电信的电话', '喂，是我', '方便', '满意']);
    expect(c.outcome).toBe('completed');
  });
  it('look-alike: a relative who only says the customer is out gets no survey', () => {
    expect(call('telecom-install', ['我是他闺女，他出去了', '不知道']).outcome).not.toBe('completed');
  });
  it("the staff's 没空 told as the reason is no reschedule", () => {
    const c = call('telecom-install', ['是我', '方便', '不满意，等了五天', '约了好几回，每次都说工人没空']);
    expect(c.outcome).toBe('escalated');
  });
  it('对头 agrees with the hedge', () => {
    expect(call('telecom-repair', ['好了', '还行嘛', '对头']).outcome).toBe('completed');
  });
  it('a word with whoever is in charge is a person asked for', () => {
    expect(call('telecom-complaint', ['解决了，但我要和你们能做主的谈谈']).outcome).toBe('escalated');
  });
  it('no more of these texts: opted out', () => {
    expect(call('heating-sampling', ['不方便，以后别再发这类短信了']).outcome).toBe('opted_out');
  });
  it('666 before a grievance is a sneer', () => {
    const c = call('telecom-install', ['是', '方便', '666 五天都装不好', '就是太慢了']);
    expect(c.outcome).toBe('escalated');
  });
  it('look-alike: 666 before a quick job is praise', () => {
    expect(call('telecom-install', ['是', '方便', '666，一来就装好了']).outcome).toBe('completed');
  });
});
