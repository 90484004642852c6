// Interpreter rules added in round 10 for whole calls (dev9).
import { describe, expect, it } from 'vitest';
import { interpret } from '../../src/nlu/index.js';

const zh = { locale: 'zh-CN' as const, timeZone: 'Asia/Shanghai', now: '2026-11-18T10:30:00+08:00' };
const en = { ...zh, locale: 'en' as const };

describe('round 10: intents and no-evidence said in whole calls', () => {
  it('a request for a person said with a robot question is the request; the question alone is who_calling', () => {
    expect(interpret("Is this a real person? I'd rather talk to a human", { kind: 'yesno' }, en).intent).toBe('human');
    expect(interpret('Is this a real person?', { kind: 'yesno' }, en).intent).toBe('who_calling');
    expect(interpret('are you a real person', { kind: 'yesno' }, en).intent).toBe('who_calling');
    expect(interpret('I want a real person', { kind: 'yesno' }, en).intent).toBe('human');
  });

  it('"how do you know I complained" is no request to complain', () => {
    expect(interpret('你们怎么知道我投诉了？你是谁啊', { kind: 'yesno' }, zh).intent).not.toBe('complaint');
    expect(interpret('我要投诉', { kind: 'yesno' }, zh).intent).toBe('complaint');
  });

  it('有啥你就问 is a go-ahead', () => {
    expect(interpret('有啥你就问', { kind: 'yesno' }, zh).value).toBe(true);
    expect(interpret('有什么您就问吧', { kind: 'yesno' }, zh).value).toBe(true);
  });

  it('the item echoed, then 我不懂, is no evidence; an answer after it still counts', () => {
    expect(interpret('设计？我又不懂设计', { kind: 'yesno' }, zh).value).toBeNull();
    expect(interpret('这个我不太懂', { kind: 'yesno' }, zh).value).toBeNull();
    expect(interpret('质量我不懂 看着还行', { kind: 'yesno' }, zh).value).toBe(true);
  });
});
