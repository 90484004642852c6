// Round 16 (t16C2): whole calls on dev15's failures — the customer called to the phone (老陈！电话！; Dad! Phone!), the owner
// speaking (我是业主), a Cantonese 得, a go-ahead asked to be quick, a past call told of (上周回访), annoyance at the calls with an
// opt-out, lateness read out of a callback time. Played with the real interpreter, in words of their own, each with a look-alike.
import { describe, expect, it } from 'vitest';
import { interpret } from '../../src/nlu/index.js';
import { playCall } from '../support/play-call.js';

const call = (id: string, lines: string[], locale: 'zh-CN' | 'en' = 'zh-CN') => playCall(id, lines, locale).session.ctx;
const values = (ctx: ReturnType<typeof call>) => Object.values(ctx.answers).map((a) => a.value);

describe('round 16 (t16C2): the customer called to the phone', () => {
  it('我是他爱人，你等下，老李！电话！ then the customer: the survey is theirs', () => {
    const ctx = call('telecom-install', ['不是，我是他爱人，你等下，老李！电话！', '喂，我就是，你说', '方便', '满意']);
    expect(ctx.outcome).toBe('completed');
    expect(values(ctx)).toContain('satisfied');
  });
  it('老公，电信的电话 (the customer named by kin, the call named)', () => {
    const ctx = call('telecom-install', ['我是他老婆，他就在客厅，老公，电信的电话', '喂，是我', '方便', '挺满意']);
    expect(ctx.outcome).toBe('completed');
  });
  it('English: "I\'m his son. Dad! Phone!"', () => {
    const ctx = call('telecom-install', ["No, I'm his son. Dad! Phone!", "Hi, yes that's me", 'go ahead', 'very satisfied'], 'en');
    expect(ctx.outcome).toBe('completed');
    expect(values(ctx)).toContain('very_satisfied');
  });
  it('look-alike: a relative giving the customer\'s number to ring (打他的电话吧) is asked when, no wait', () => {
    const ctx = call('telecom-install', ['我是他老婆，他不在家，你打他的电话吧']);
    expect(ctx.outcome).not.toBe('completed');
    expect(Object.keys(ctx.answers)).not.toContain('satisfaction');
  });
});

describe('round 16 (t16C2): the owner speaking, and Cantonese OK', () => {
  const q = { locale: 'zh-CN' as const, question: '请问您是否方便接受回访？' };
  it('我是业主 / 我是户主 alone is the customer on record', () => {
    expect(interpret('喂，我是业主，方便', { kind: 'yesno' }, q).intent).toBeNull();
    expect(interpret('我是户主', { kind: 'yesno' }, q).intent).toBeNull();
  });
  it('look-alike: the owner\'s kin, a tenant or a landlord is someone else', () => {
    expect(interpret('我是业主的亲戚', { kind: 'yesno' }, q).intent).toBe('wrong_person');
    expect(interpret('我是租户', { kind: 'yesno' }, q).intent).toBe('wrong_person');
  });
  it('a bare 得 is yes; 唔得 stays no', () => {
    expect(interpret('得', { kind: 'yesno' }, q).value).toBe(true);
    expect(interpret('得啦', { kind: 'yesno' }, q).value).toBe(true);
    expect(interpret('唔得', { kind: 'yesno' }, q).value).toBe(false);
  });
  it('系 / 得 / 唔满意: the dissatisfied customer reaches a person', () => {
    const ctx = call('telecom-install', ['系', '得', '唔满意']);
    expect(values(ctx)).toContain('dissatisfied');
    expect(ctx.escalation).not.toBeNull();
  });
});

describe('round 16 (t16C2): a go-ahead asked to be quick, or with a time allowed', () => {
  it('"quick one, I\'m busy" then "dissatisfied": the level is asked and reaches a person', () => {
    const ctx = call('telecom-install', ['yes', "quick one, I'm busy", 'dissatisfied, bye'], 'en');
    expect(values(ctx)).toContain('dissatisfied');
    expect(ctx.escalation).not.toBeNull();
  });
  it('"I\'m driving, make it quick" is a go-ahead; "I\'m driving" alone is not', () => {
    expect(interpret("I'm driving, make it quick", { kind: 'yesno' }, { locale: 'en' }).value).toBe(true);
    expect(interpret("I'm driving", { kind: 'yesno' }, { locale: 'en' }).intent).toBe('reschedule');
    expect(interpret('quick question, who is this?', { kind: 'yesno' }, { locale: 'en' }).value).not.toBe(true);
  });
  it('就三分钟啊，多了不行 / 只给你两个问题: a go-ahead; 三分钟都没空 is not', () => {
    const q = { locale: 'zh-CN' as const, question: '请问您现在方便接受回访吗？' };
    expect(interpret('就三分钟啊，多了不行', { kind: 'yesno' }, q).value).toBe(true);
    expect(interpret('只给你两个问题', { kind: 'yesno' }, q).value).toBe(true);
    expect(interpret('三分钟都没空', { kind: 'yesno' }, q).value).not.toBe(true);
    expect(interpret('只有几个问题', { kind: 'yesno' }, q).value).not.toBe(true);
  });
});

describe('round 16 (t16C2): past calls, annoyance and callback times', () => {
  it('上周回访我说不满意，怎么到现在也没人联系我: no reschedule; the dissatisfied customer reaches a person', () => {
    const r = interpret('你们上周回访的时候我说了不满意，怎么一直没人联系我', { kind: 'csat3' }, { locale: 'zh-CN', question: '您对这次装机服务满意吗？' });
    expect(r.intent).not.toBe('reschedule');
    const ctx = call('telecom-install', ['是', '方便', '你们上周回访的时候我说了不满意，怎么一直没人联系我']);
    expect(ctx.escalation).not.toBeNull();
  });
  it('look-alike: 下周再打吧 is still a reschedule', () => {
    expect(interpret('下周再打吧', { kind: 'yesno' }, { locale: 'zh-CN', question: '请问您现在方便吗？' }).intent).toBe('reschedule');
  });
  it('别再打这种电话了，烦死了: an opt-out with no level; 不满意，以后别打了 keeps its level', () => {
    const a = call('telecom-repair', ['好了', '以后别再打这种电话了，真烦人']);
    expect(a.outcome).toBe('opted_out');
    expect(values(a)).not.toContain('dissatisfied');
    expect(a.escalation).toBeNull();
    const b = call('telecom-repair', ['好了', '不满意，以后别打了']);
    expect(b.outcome).toBe('opted_out');
    expect(values(b)).toContain('dissatisfied');
  });
  it('她下班晚上才回来，晚上再打吧 to the relative\'s time question: a callback, no lateness grievance', () => {
    const ctx = call('heating-complaint', ['投诉是我儿子打的，我是他妈', '他晚上下班回来，晚上再打吧']);
    expect(ctx.outcome).toBe('rescheduled');
    expect(ctx.escalation).toBeNull();
  });
  it('look-alike: a late visit told beside the time stays a grievance', () => {
    const ctx = call('heating-complaint', ['投诉是我儿子打的，我是他妈', '师傅来得太晚了，你明天再打吧']);
    expect(ctx.outcome).toBe('rescheduled');
    expect(ctx.escalation).not.toBeNull();
  });
});
