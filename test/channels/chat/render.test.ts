/** The pure parts of the chat channel: rendering, reply parsing, due actions, commands, alert texts. */
import { describe, expect, it } from 'vitest';
import { flaggedText, overdueText } from '../../../src/channels/chat/alerts.js';
import { chatDueActions, DEFAULT_CHAT_DUE_POLICY } from '../../../src/channels/chat/due.js';
import { chatInterpreter, chatWording, inputFromReply, renderEffects, suggestedActions } from '../../../src/channels/chat/render.js';
import { callLink, parseSupervisorCommand, percent, safeMasked } from '../../../src/channels/chat/supervisor.js';
import { interpret } from '../../../src/nlu/index.js';

describe('chat rendering', () => {
  it('prompts become messages; the listen keypad becomes imBack buttons on the last one', () => {
    const r = renderEffects([
      { type: 'prompt', text: '您好。', bargeIn: false, stepId: 'greeting' },
      { type: 'prompt', text: '满意吗？非常满意请按1，满意请按2，不满意请按3。', bargeIn: true, stepId: 's' },
      { type: 'listen', stepId: 's', expect: { kind: 'csat3' }, modes: ['speech', 'dtmf'], keypad: { '1': '非常满意', '2': '满意', '3': '不满意' }, hints: [], timeoutSec: 6 },
    ]);
    expect(r.messages.map((m) => m.text)).toEqual(['您好。', '满意吗？非常满意请回复1，满意请回复2，不满意请回复3。']);
    expect(r.messages[1]?.suggestedActions?.actions.map((a) => [a.title, a.value])).toEqual([
      ['非常满意', '非常满意'], ['满意', '满意'], ['不满意', '不满意'],
    ]);
    expect(r.messages[1]?.inputHint).toBe('expectingInput');
    expect(r.listen?.stepId).toBe('s');
    expect(r.lastPrompt).toContain('满意吗');
  });

  it('an end has no buttons; an opt-out is seen', () => {
    const r = renderEffects([
      { type: 'prompt', text: '好的，再见。', bargeIn: false, stepId: 'x' },
      { type: 'opt_out', stepId: 'x' },
      { type: 'end', outcome: 'opted_out', stepId: 'x' },
    ]);
    expect(r.messages[0]?.suggestedActions).toBeUndefined();
    expect(r).toMatchObject({ end: 'opted_out', optedOut: true, listen: null, lastPrompt: null });
  });

  it('duplicate labels fall back to digit values', () => {
    expect(suggestedActions({ '1': '是', '2': '是' })?.actions.map((a) => a.value)).toEqual(['1', '2']);
    expect(suggestedActions({})).toBeUndefined();
  });

  it('phone wording becomes chat wording', () => {
    expect(chatWording('是请说“是”或按1，不是请按2。抱歉没有听清。')).toBe('是请回复“是”或回复1，不是请回复2。抱歉没有看明白。');
    expect(chatWording('Press 1 for yes, press 2 for no.')).toBe('reply 1 for yes, reply 2 for no.');
  });
});

describe('replies as engine inputs', () => {
  const options = { '1': '非常满意', '2': '满意', '3': '不满意' };
  it('a button value or digit (also full-width) is a keypad press; anything else is text', () => {
    expect(inputFromReply('满意', options)).toEqual({ type: 'digits', digits: '2' });
    expect(inputFromReply(' 3 ', options)).toEqual({ type: 'digits', digits: '3' });
    expect(inputFromReply('１。', options)).toEqual({ type: 'digits', digits: '1' });
    expect(inputFromReply('还算满意吧', options, '2025-03-10T10:00:00+08:00')).toEqual({ type: 'answer', text: '还算满意吧', now: '2025-03-10T10:00:00+08:00' });
    expect(inputFromReply('4', options)).toEqual({ type: 'answer', text: '4' });
  });

  it('the chat interpreter adds "stop messaging me" phrases', () => {
    const i = chatInterpreter(interpret);
    expect(i('别再给我发消息了', { kind: 'yesno' }, { locale: 'zh-CN' }).intent).toBe('opt_out');
    expect(i('满意', { kind: 'csat3' }, { locale: 'zh-CN' }).value).toBe('satisfied');
  });
});

describe('chatDueActions', () => {
  const h = 3600_000;
  const t0 = new Date('2025-03-10T02:00:00Z');
  const at = (hours: number) => new Date(t0.getTime() + hours * h);
  const thread = (o: Partial<{ lastBotAt: Date; lastUserAt: Date | null; reminders: number; status: 'active' | 'ended' }> = {}) => ({
    id: 't', callbackId: 'c', status: 'active' as const, lastBotAt: t0, lastUserAt: null, reminders: 0, ...o,
  });

  it('nothing before a day; a reminder after; the end after three days', () => {
    expect(chatDueActions(at(23), [thread()])).toEqual([]);
    expect(chatDueActions(at(24), [thread()])).toEqual([{ type: 'remind', threadId: 't', callbackId: 'c' }]);
    // After the reminder (sent at 24 h), the expiry still counts from the first message.
    expect(chatDueActions(at(48), [thread({ lastBotAt: at(24), reminders: 1 })])).toEqual([]);
    expect(chatDueActions(at(72), [thread({ lastBotAt: at(24), reminders: 1 })])).toEqual([{ type: 'expire', threadId: 't', callbackId: 'c' }]);
  });

  it('ended threads, and threads where the customer wrote last, are not due', () => {
    expect(chatDueActions(at(100), [thread({ status: 'ended' })])).toEqual([]);
    expect(chatDueActions(at(100), [thread({ lastUserAt: at(1) })])).toEqual([]);
  });

  it('takes a policy and ISO strings', () => {
    const p = { ...DEFAULT_CHAT_DUE_POLICY, remindAfterMs: h, expireAfterMs: 2 * h };
    expect(chatDueActions(at(2), [{ ...thread(), lastBotAt: t0.toISOString() as unknown as Date }], p)).toEqual([{ type: 'expire', threadId: 't', callbackId: 'c' }]);
  });
});

describe('supervisor commands and alert texts', () => {
  it('reads commands', () => {
    expect(parseSupervisorCommand('订阅提醒')).toEqual({ type: 'subscribe', code: null });
    expect(parseSupervisorCommand('subscribe abc123')).toEqual({ type: 'subscribe', code: 'abc123' });
    expect(parseSupervisorCommand('今天的满意率')).toEqual({ type: 'satisfaction_today' });
    expect(parseSupervisorCommand('今天的满意率？')).toEqual({ type: 'satisfaction_today' });
    expect(parseSupervisorCommand('待处理任务')).toEqual({ type: 'open_tasks' });
    expect(parseSupervisorCommand('取消订阅提醒')).toEqual({ type: 'unsubscribe' });
    expect(parseSupervisorCommand('满意')).toBeNull();
  });

  it('links and masks', () => {
    expect(callLink('https://hf.example.com/', 'cb-1')).toBe('https://hf.example.com/#/calls/cb-1');
    expect(safeMasked('+8613812345678')).toBe('138****5678');
    expect(safeMasked('138****5678')).toBe('138****5678');
    expect(percent(2 / 3)).toBe('66.7%');
    const f = flaggedText({ callbackId: 'cb-1', reason: 'low_score', maskedPhone: '13812345678' }, 'https://hf.example.com');
    expect(f).toContain('评分低');
    expect(f).toContain('138****5678');
    expect(f).not.toMatch(/\d{11}/);
    expect(overdueText({ taskId: 't', callbackId: 'cb-1', dueAt: '2025-03-10T10:00:00Z', reason: 'complaint' }, 'Asia/Shanghai', 'https://hf.example.com')).toContain('3月10日 18:00');
  });
});
