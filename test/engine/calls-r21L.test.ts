// Round 21 (t21L): whole calls of the older splits' kinds — wrong numbers said another way, a child or a nanny on the phone,
// a denial taken back for a relative, Cantonese "he's at work", a busy taken back, a score framed to the caller, the
// question's words echoed, warmth shown by open windows, a past fault set right. Own wording, each beside a look-alike.
import { describe, expect, it } from 'vitest';
import { playCall } from '../support/play-call.js';
import { rulesAlone } from '../nlu/read-kind.js';

rulesAlone();

const call = (id: string, lines: string[], locale: 'zh-CN' | 'en' = 'zh-CN') => playCall(id, lines, locale).session.ctx;

describe('round 21 (L): wrong numbers and others on the phone', () => {
  it.each([
    ['telecom-install', '这儿是永辉超市，没有王先生'],
    ['unicom-engineer', '你找谁啊？这个电话是我们菜鸟驿站的'],
    ['unicom-engineer', '这手机号我前几天才买的'],
    ['telecom-install', '你找哪位？我不是，我叫陈红'],
    ['heating-repair', '没报过修呀，暖气一直正常，你们弄错了吧'],
    ['unicom-engineer', '我们没约工程师上门，打错了吧'],
  ])('%s: %s ends as a wrong number', (id, said) => {
    expect(call(id, [said]).outcome).toBe('incomplete');
  });
  it('a child or a nanny answering gets no survey', () => {
    expect(call('heating-repair', ['不知道，我还在读二年级']).outcome).toBe('incomplete');
    expect(call('heating-sampling', ['我是保姆，雇主一家出国旅游了']).outcome).toBe('incomplete');
  });
  it('English: the number now a shop\'s, and a small child', () => {
    expect(call('telecom-install', ['This number belongs to a bakery now'], 'en').outcome).toBe('incomplete');
    expect(call('telecom-install', ["Daddy's asleep. Who's this?"], 'en').outcome).toBe('incomplete');
  });
  it('look-alikes: the customer\'s own number, a son in first grade, a plain "no report"', () => {
    expect(call('telecom-install', ['是我，这号码是我们家的', '方便', '满意']).outcome).toBe('completed');
    expect(call('heating-repair', ['热了，我儿子才上一年级，天天光脚跑', '二十二度', '满意']).outcome).toBe('completed');
  });
});

describe('round 21 (L): relatives and later calls', () => {
  it('a denial taken back on recalling the name: a relative, a later call', () => {
    expect(call('telecom-install', ['没有这个人……哦，小丽啊，小丽是我外孙女，出去了', '晚上']).outcome).toBe('rescheduled');
  });
  it('Cantonese: he is at work, call tonight', () => {
    expect(call('telecom-repair', ['我唔系户主，佢返工去咗', '你夜晚打啦']).outcome).toBe('rescheduled');
  });
  it('look-alike: 还得返工 (work redone) is no one at work', () => {
    expect(call('telecom-repair', ['没好，师傅还得返工']).outcome).not.toBe('rescheduled');
  });
});

describe('round 21 (L): the survey goes on', () => {
  it('给你十分 with a goodbye is ten', () => {
    expect(call('unicom-engineer', ['忙着呢，给你十分，先挂了']).outcome).toBe('completed');
  });
  it('啥方便不方便 asks the question again, no busy', () => {
    expect(call('telecom-install', ['是', '大点声，啥方便不方便？', '方便', '满意']).outcome).toBe('completed');
    expect(call('telecom-install', ['是', '现在不方便']).outcome).not.toBe('completed');
  });
  it('English: busy taken back in the same breath', () => {
    expect(call('telecom-install', ['yes', "I'm driving — actually, go ahead, I can talk", 'satisfied'], 'en').outcome).toBe('completed');
    expect(call('telecom-install', ['yes', "I'm driving, call me later", 'satisfied'], 'en').outcome).not.toBe('completed');
  });
  it('热得很 with the windows open is warm; with a down coat it is not', () => {
    expect(call('heating-repair', ['热了，热得很，窗户都开着', '二十三度', '满意']).outcome).toBe('completed');
    expect(call('heating-repair', ['热得很，我在屋里穿棉袄']).outcome).not.toBe('completed');
  });
  it('a past fault set right since is a story of good handling; one still there escalates', () => {
    expect(call('renovation', ['方便', '满意', '满意', '满意', '满意', '满意', '没有', '会', '5', '中途堵过一次下水，隔天就来疏通好了，挺负责，没意见']).outcome).toBe('completed');
    expect(call('renovation', ['方便', '满意', '满意', '满意', '满意', '满意', '没有', '会', '5', '中途堵过一次下水，到现在还没弄好']).outcome).toBe('escalated');
  });
});
