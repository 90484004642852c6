/**
 * Issue 13 in the engine, with the real interpreter: no score without evidence, complaints on
 * any step, escalation the moment dissatisfaction is known, the callback as people speak.
 */
import { describe, expect, it } from 'vitest';
import { runConversation } from '../../src/engine/conversation.js';
import { resultOf, step, type Session } from '../../src/engine/engine.js';
import { loadRegistry } from '../../src/engine/registry.js';
import type { Effect } from '../../src/engine/types.js';
import { interpret } from '../../src/nlu/index.js';

const NOW = '2026-11-18T10:30:00+08:00';
const reg = loadRegistry();
const play = (id: string, lines: string[], locale?: 'zh-CN' | 'en') =>
  runConversation(reg.get(id, locale), lines, { interpret, now: NOW, timeZone: 'Asia/Shanghai', variables: { customerName: '张先生' } });
const said = (c: ReturnType<typeof play>) => c.turns.flatMap((t) => t.said);
const effects = (c: ReturnType<typeof play>): Effect[] => c.turns.flatMap((t) => t.effects);

describe('escalate the moment dissatisfaction is known', () => {
  it('a customer who hangs up right after 不满意 still reaches a person', () => {
    const c = play('telecom-install', ['是', '方便', '不满意']);
    expect(c.result.outcome).toBe('hung_up');
    expect(c.result.escalation).toEqual({ reason: 'dissatisfied', detail: 'hung up before giving a reason' });
    expect(effects(c).filter((e) => e.type === 'escalate')).toHaveLength(1);
  });

  it('a low score on a numeric scale escalates at once, and once only', () => {
    const c = play('unicom-engineer', ['三分', '师傅迟到了']);
    expect(c.result.escalation?.reason).toBe('low_score');
    expect(effects(c).filter((e) => e.type === 'escalate')).toHaveLength(1);
  });

  it('hanging up while the bot confirms a dissatisfied answer still reaches a person', () => {
    const d = reg.get('telecom-install');
    const opts = { interpret };
    let r = step(d, null, { type: 'start', now: NOW }, opts);
    for (const text of ['是', '方便']) r = step(d, JSON.parse(JSON.stringify(r.session)) as Session, { type: 'answer', text, now: NOW }, opts);
    // Speech heard at 30% confidence: confirmed, never stored as said.
    r = step(d, r.session, { type: 'answer', text: '不满意', confidence: 0.3, now: NOW }, opts);
    expect(r.session.state).toBe('satisfaction__confirm');
    expect(r.effects.some((e) => e.type === 'record_answer')).toBe(false);
    r = step(d, r.session, { type: 'hang_up' }, opts);
    expect(resultOf(d, r.session).escalation?.reason).toBe('dissatisfied');
  });
});

describe('low-confidence speech', () => {
  it('is confirmed, and a confirmation heard at low confidence confirms nothing: asked again, then the keypad', () => {
    const d = reg.get('telecom-install');
    const opts = { interpret };
    let r = step(d, null, { type: 'start', now: NOW }, opts);
    for (const text of ['是', '方便']) r = step(d, r.session, { type: 'answer', text, now: NOW }, opts);
    r = step(d, r.session, { type: 'answer', text: '满意', confidence: 0.3, now: NOW }, opts);
    expect(r.session.state).toBe('satisfaction__confirm');
    r = step(d, r.session, { type: 'answer', text: '对', confidence: 0.3, now: NOW }, opts);
    expect(r.effects.some((e) => e.type === 'record_answer')).toBe(false);
    r = step(d, r.session, { type: 'digits', digits: '2', now: NOW }, opts);
    expect(resultOf(d, r.session).score?.level).toBe('satisfied');
  });
});

describe('complaints anywhere in the call', () => {
  it('a clear complaint after a positive score escalates with its category, the level stays', () => {
    const c = play('telecom-repair', ['能用了', '满意，不过师傅收了我五十块上门费', '就这个']);
    expect(c.result.score?.level).toBe('satisfied');
    expect(c.result.escalation?.reason).toBe('complaint:money');
    expect(c.result.outcome).toBe('escalated');
  });

  it('a complaint on a step that is not about satisfaction escalates too', () => {
    const c = play('telecom-install', ['对，我就是，你们师傅把我家门框撞坏了', '方便', '满意']);
    expect(c.result.escalation?.reason).toBe('complaint:mess');
  });

  it('a positive answer with a small reservation keeps its level and is flagged, not escalated', () => {
    const c = play('telecom-install', ['是我', '方便', '挺满意的，就是走的时候地上有点线头没收拾']);
    expect(c.result).toMatchObject({ outcome: 'completed', escalation: null, score: { level: 'satisfied' } });
    expect(c.result.flags).toContain('reservation:mess');
  });

  it('money asked by staff or a hazard is never a small reservation, however lightly said: it reaches a person', () => {
    const c = play('telecom-install', ['是我', '方便', '满意，就是师傅要了一点点小费']);
    expect(c.result).toMatchObject({ outcome: 'escalated', escalation: { reason: 'complaint:money' }, score: { level: 'satisfied' } });
    expect(c.result.flags).not.toContain('reservation:money');
  });

  it('an explicit 不满意 on any item of a multi-item survey reaches a person', () => {
    const c = play('renovation', ['可以', '满意', '不满意，质量太差了', '满意', '满意', '满意', '没有', '会', '三分', '没有']);
    expect(c.result.escalation).not.toBeNull();
    expect(c.result.outcome).toBe('escalated');
  });

  it('irony said as a reproach is dissatisfied', () => {
    const c = play('telecom-install', ['是', '方便', '呵呵，满意，太满意了', '#0']);
    expect(c.result.score?.level).toBe('dissatisfied');
    expect(c.result.escalation).not.toBeNull();
  });
});

describe('no score without evidence', () => {
  it('re-asks once in other words, then offers the keypad, then ends incomplete without a score', () => {
    const c = play('telecom-install', ['是', '方便', '你好', '我想想', '不知道']);
    expect(c.result).toMatchObject({ outcome: 'incomplete', score: null, escalation: null });
    const listens = effects(c).filter((e) => e.type === 'listen' && e.stepId === 'satisfaction');
    expect(listens.map((l) => (l.type === 'listen' ? l.modes : []))).toEqual([['speech', 'dtmf'], ['speech', 'dtmf'], ['dtmf']]);
  });

  it('a hedge is confirmed before it is stored', () => {
    const c = play('telecom-install', ['是', '方便', '算是满意吧', '对']);
    expect(said(c).some((t) => t.includes('您是说“满意”，对吗？'))).toBe(true);
    expect(c.result).toMatchObject({ outcome: 'completed', score: { level: 'satisfied' } });
  });

  it('agreeing and restating (对，then the complaint again) is agreement with the restated content', () => {
    const c = play('telecom-install', ['是', '方便', '不太满意吧', '对，师傅迟到了两个小时', '#0']);
    expect(said(c).some((t) => t.includes('您是说“不满意”，对吗？'))).toBe(true);
    expect(c.result.score?.level).toBe('dissatisfied');
    expect(c.result.escalation?.reason).toMatch(/^(dissatisfied|complaint:late)$/);
    // Restating another level takes the restated one.
    const d = play('telecom-install', ['是', '方便', '算是满意吧', '对，非常满意']);
    expect(d.result.score?.level).toBe('very_satisfied');
  });

  it('a yes to the confirmation of a yes that names the level answers the level question that follows', () => {
    for (const reply of ['very satisfied, thank you', '对，挺满意的']) {
      const c = play('telecom-repair', ['OK了，now it works', reply]);
      expect(said(c).some((t) => t.includes('您是说“是”，对吗？'))).toBe(true);
      expect(said(c).some((t) => t.includes('请问您对这次维修服务满意吗'))).toBe(false);
      expect(c.result.outcome).toBe('completed');
      expect(c.result.score?.level).toMatch(/^(very_)?satisfied$/);
    }
  });
});

describe('the callback as people speak', () => {
  it('go-ahead answers are yes to "is now a good time"', () => {
    expect(play('telecom-install', ['是我', '你说吧', '满意']).result.outcome).toBe('completed');
    expect(play('telecom-install', ['Yes', 'Go ahead', 'Satisfied'], 'en').result.outcome).toBe('completed');
  });

  it('a verb echoed is the answer (会的, 按期的)', () => {
    const c = play('renovation', ['可以', '满意', '满意', '满意', '按期的', '满意', '没有', '会的', '五分', '没有']);
    expect(c.result).toMatchObject({ outcome: 'completed', score: { level: 'very_satisfied' } });
  });

  it('busy with a time reschedules then; 随便 gets a polite default slot within calling hours', () => {
    expect(play('telecom-install', ['是', '在开会，下午三点再打']).result).toMatchObject({ outcome: 'rescheduled', callbackAt: '2026-11-18T15:00:00+08:00' });
    const any = play('telecom-install', ['是', '不方便', '随便吧，你们看着打']).result;
    expect(any.outcome).toBe('rescheduled');
    expect(any.callbackAt! > NOW).toBe(true);
    expect(Number(any.callbackAt!.slice(11, 13))).toBeGreaterThanOrEqual(9);
    expect(Number(any.callbackAt!.slice(11, 13))).toBeLessThan(21);
  });

  it('a relative answering: no survey; asked when to reach the customer', () => {
    const withTime = play('telecom-install', ['我是他爱人，他上班去了', '他晚上七点以后在家']);
    expect(withTime.result).toMatchObject({ outcome: 'rescheduled', callbackAt: '2026-11-18T19:00:00+08:00', answers: {} });
    expect(said(withTime).some((t) => t.includes('什么时候方便联系张先生本人'))).toBe(true);
    expect(play('telecom-install', ['不是，我是他儿子', '我也不知道他什么时候有空']).result.outcome).toBe('incomplete');
  });

  it('a wrong number ends incomplete and flags the number for a person to check', () => {
    const r = play('telecom-install', ['你打错了']).result;
    expect(r).toMatchObject({ outcome: 'incomplete', escalation: null });
    expect(r.flags).toEqual(expect.arrayContaining(['wrong_person', 'check_number']));
  });

  it('who is calling / a robot / a scam: an honest answer, then the question again', () => {
    const c = play('telecom-install', ['是', '方便', '你是机器人吗？', '满意']);
    const honest = said(c).find((t) => t.includes('自动回访电话'));
    expect(honest).toMatch(/中国电信.*自动回访电话.*热线核实.*请问您对这次宽带安装服务满意吗/);
    expect(c.result).toMatchObject({ outcome: 'completed', score: { level: 'satisfied' } });
  });

  it('a request for a person is honoured at any step', () => {
    expect(play('renovation', ['可以', '满意', '我要找你们项目经理当面说']).result).toMatchObject({ outcome: 'escalated', escalation: { reason: 'human_requested' } });
  });

  it('a level said with the request for a person is the answer to the level question', () => {
    const c = play('telecom-complaint', ['解决了', '满意是满意，不过我还有个别的事，能转人工吗']);
    expect(c.result).toMatchObject({ outcome: 'escalated', escalation: { reason: 'human_requested' }, score: { level: 'satisfied' } });
  });

  it('an English answer inside a Chinese dialog, and Chinese inside the English one', () => {
    expect(play('telecom-install', ['yes', 'sure', 'very satisfied']).result.score?.level).toBe('very_satisfied');
    expect(play('telecom-install', ['是我', '方便', '满意'], 'en').result.score?.level).toBe('satisfied');
  });
});
