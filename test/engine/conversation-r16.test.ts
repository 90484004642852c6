// Round 16 (t16C): whole calls — a wrong number taken back in the same breath, a level said with an opt-out or a
// request for a person, answering assistants, relatives who take the phone over, "free now, busy later". Played with
// the real interpreter, in words of their own (not the corpus items'), each with its look-alike.
import { describe, expect, it } from 'vitest';
import { interpret } from '../../src/nlu/index.js';
import { playCall } from '../support/play-call.js';

const call = (id: string, lines: string[], locale: 'zh-CN' | 'en' = 'zh-CN') => playCall(id, lines, locale).session.ctx;
const values = (ctx: ReturnType<typeof call>) => Object.values(ctx.answers).map((a) => a.value);
const IDENTITY = '请问您是张秀英本人吗？';
const read = (text: string, question = IDENTITY, locale: 'zh-CN' | 'en' = 'zh-CN') => interpret(text, { kind: 'yesno' }, { locale, question });

describe('round 16: a wrong number taken back in the same breath — the last word wins', () => {
  it('打错了……哦，X啊，是我: the customer, and the survey goes on', () => {
    const ctx = call('telecom-install', ['不对吧，你打错了……哦，秀英啊，就是我，我还以为找我婆婆', '方便', '满意']);
    expect(ctx.outcome).toBe('completed');
    expect(values(ctx)).toContain('satisfied');
  });
  it('English: "wrong number... oh wait, that\'s me"', () => {
    const ctx = call('telecom-install', ['You have the wrong number... oh wait, Lee? Yes, that\'s me', 'sure', 'very satisfied'], 'en');
    expect(ctx.outcome).toBe('completed');
    expect(values(ctx)).toContain('very_satisfied');
  });
  it('the matter recalled aloud as a question, then the answer to the step (是不是上个月……？那是我报的，现在好了)', () => {
    const ctx = call('telecom-repair', ['打错了吧，我没报过修……等下，是不是上个月电视没信号那个？那是我报的，现在好了', '满意']);
    expect(ctx.outcome).toBe('completed');
    expect(values(ctx)).toContain('satisfied');
  });
  it('a shop whose line it is (……哦，是我们店的宽带，修好了)', () => {
    const ctx = call('telecom-repair', ['你打错了吧，这是理发店……哦，报修宽带的啊？对，是我们店的，修好了', '满意']);
    expect(ctx.outcome).toBe('completed');
  });
  it('look-alike: a wrong number with nothing taken back stays one', () => {
    const r = read('你打错了吧，我们家没这个人');
    expect(r.intent).toBe('wrong_person');
    expect(call('telecom-install', ['你打错了吧，我们家没这个人']).outcome).toBe('incomplete');
  });
  it('look-alike: recalled, and the place is a relative\'s — no survey (是我儿子那套房子，你找他吧)', () => {
    const r = read('打错了吧，我们没装修……哦，是我儿子那套房子，你找他吧');
    expect(r.intent).toBe('wrong_person');
    expect(r.person).toBe('relative');
  });
  it('kin made the report on the speaker\'s own name: the customer; without it, a relative', () => {
    expect(read('那是我女儿报的，用的我的名字', '请问现在使用正常吗？').intent).toBeNull();
    expect(read('那是我女儿报的', '请问现在使用正常吗？').intent).toBe('wrong_person');
  });
  it('the name called said to be kin is a relative; the same words about the service are not (设计是我女儿定的)', () => {
    expect(read('秀英是我妈，这个号她给我用的').person).toBe('relative');
    expect(interpret('设计是我女儿定的', { kind: 'yesno' }, { locale: 'zh-CN', question: '请问您对设计是否满意？' }).intent).toBeNull();
  });
  it('"it\'s me" as its own clause answers who is speaking, whatever no another clause says (没人叫我大名)', () => {
    expect(read('张秀英？我就是啊，好久没人这么叫我了').value).toBe(true);
    expect(read('不是我，好久没人这么叫我了').value).not.toBe(true);
  });
});

describe('round 16: a level said with an opt-out or a request for a person is recorded', () => {
  it('a grievance on the satisfaction question with an opt-out: dissatisfied, escalated, opted out', () => {
    const ctx = call('telecom-install', ['是', '方便', '网三天两头掉线，以后别给我打电话了']);
    expect(ctx.outcome).toBe('opted_out');
    expect(values(ctx)).toContain('dissatisfied');
    expect(ctx.escalation).not.toBeNull();
  });
  it('a low score with a charge and an opt-out: the score recorded', () => {
    const ctx = call('unicom-engineer', ['三分，上门收了我八十块钱，以后不要再打了']);
    expect(ctx.outcome).toBe('opted_out');
    expect(values(ctx)).toContain(3);
  });
  it('English: "Satisfied. But can I talk to an agent about my invoice?" keeps the level', () => {
    const ctx = call('telecom-install', ['yes', 'sure', 'Satisfied. But can I talk to a real person about my invoice?'], 'en');
    expect(ctx.outcome).toBe('escalated');
    expect(values(ctx)).toContain('satisfied');
  });
  it('look-alike: our calls counted beside an opt-out rate nothing (别再打了 打了好几回了)', () => {
    const ctx = call('telecom-complaint', ['解决了', '别打了 都打了好几次了']);
    expect(ctx.outcome).toBe('opted_out');
    expect(values(ctx)).not.toContain('dissatisfied');
  });
  it('an evaluation said first stands: 不满意，墙上有裂缝 is a no (the 有 is "there is")', () => {
    const r = interpret('不满意，墙上有裂缝', { kind: 'yesno' }, { locale: 'zh-CN', question: '请问您对施工质量是否满意？' });
    expect(r.value).toBe(false);
  });
});

describe('round 16: answering assistants and relatives who take the phone', () => {
  it('an assistant who takes a message: no survey, the call ends incomplete', () => {
    const ctx = call('heating-complaint', ['您好，机主在开会，有什么事我帮您转达', '好的，我会转达给他', '', '']);
    expect(ctx.outcome).toBe('incomplete');
    expect(Object.keys(ctx.answers)).toHaveLength(0);
  });
  it('an assistant who says the owner is coming: the engine waits, the owner answers', () => {
    const ctx = call('heating-complaint', ['您好，我是机主的语音助理，请问您是哪里？', '好的，机主说马上来接', '喂，我是，解决了，挺暖和的', '满意']);
    expect(ctx.outcome).toBe('completed');
    expect(values(ctx)).toContain('satisfied');
  });
  it('a relative asked when who finds the customer at hand waits once; the customer answers', () => {
    const ctx = call('telecom-install', ['秀英是我妈', '她在家，你等一下', '喂，是我', '可以', '满意']);
    expect(ctx.outcome).toBe('completed');
  });
  it('a relative who takes the phone over mid-survey: no survey of the relative, incomplete', () => {
    const ctx = call('telecom-install', ['是我', '方便', '这个我说不好，你等下我让我儿子跟你说', '喂，我是她儿子，装得不错，满意']);
    expect(ctx.outcome).toBe('incomplete');
    expect(values(ctx)).not.toContain('satisfied');
  });
  it('English: "let me pass you to him", then "I\'m her husband": incomplete', () => {
    const ctx = call('telecom-install', ['yes that\'s me', 'one sec, my husband deals with this, let me pass you to him', 'Hello, I\'m her husband. Go ahead', 'very satisfied'], 'en');
    expect(ctx.outcome).toBe('incomplete');
  });
  it('look-alike: the customer who hands the phone over and comes back as themself still answers', () => {
    const ctx = call('telecom-install', ['是我', '方便', '你等下', '满意']);
    expect(ctx.outcome).toBe('completed');
  });
});

describe('round 16: free now, busy later', () => {
  it('现在有空，下午就不行了 is a yes to now', () => {
    const ctx = call('telecom-install', ['是', '现在有空，下午就不行了', '满意']);
    expect(ctx.outcome).toBe('completed');
  });
  it('busy a moment ago, free now (刚才在开车没接，现在可以)', () => {
    const r = interpret('刚才在开车没接，现在可以', { kind: 'yesno' }, { locale: 'zh-CN', question: '现在方便吗？' });
    expect(r.value).toBe(true);
    expect(r.intent).toBeNull();
  });
  it('look-alike: now is fine but call tonight (现在可以，晚上再打吧) is still a later call', () => {
    const r = interpret('现在可以，晚上再打吧', { kind: 'yesno' }, { locale: 'zh-CN', question: '现在方便吗？' });
    expect(r.intent).toBe('reschedule');
  });
});
