/**
 * Round 14 (t14C): dissatisfied recall and false complaints. A threat to pursue the matter (这事没完), a reproach by mock
 * surprise at the call itself (还知道打电话回访啊), and the level word echoed as a question then denied (Satisfied? No.)
 * are dissatisfied verdicts; 垃圾 said as the verdict "rubbish" (垃圾, 纯纯的垃圾) is no mess left behind. Each is
 * checked on phrasings of our own beside look-alikes that keep their reading.
 */
import { describe, expect, it } from 'vitest';
import { interpret, interpretKind, parseKind } from '../../src/nlu/index.js';

const read = (text: string, kind: string) => {
  const r = interpretKind(text, kind, { now: '2026-12-03T10:30:00+08:00' });
  return { v: r.value, i: r.intent, c: r.complaint ?? null };
};
const en = (text: string, kind: string) =>
  interpret(text, parseKind(kind), { locale: 'en', now: '2026-12-03T10:30:00+08:00', timeZone: 'Asia/Shanghai' });

describe('a threat to pursue the matter', () => {
  it('这事没完, 跟你们没完: dissatisfied, with or without a person asked for', () => {
    expect(read('这事儿还没完', 'csat3').v).toBe('dissatisfied');
    expect(read('我跟你们没完', 'csat3').v).toBe('dissatisfied');
    expect(read('叫你们领导来 这事没完', 'csat3')).toMatchObject({ v: 'dissatisfied', i: 'human' });
  });
  it('a question whether the job is done is no threat', () => {
    expect(read('这事还没完成吗', 'csat3').v).toBeNull();
  });
});

describe('mock surprise at the call', () => {
  it('还知道打电话 / 回访 / 联系我: sarcasm, dissatisfied', () => {
    expect(read('呦 你们还知道回访呢', 'csat3').v).toBe('dissatisfied');
    expect(read('还知道打个电话问问啊', 'csat3').v).toBe('dissatisfied');
  });
  it('knowing a number is no reproach', () => {
    expect(read('我还知道他电话', 'csat3').v).toBeNull();
  });
});

describe('the level word echoed as a question, then answered', () => {
  it('Satisfied? No. / Happy? Not really.: dissatisfied', () => {
    expect(en('Happy? Nope.', 'csat3').value).toBe('dissatisfied');
    expect(en('Satisfied? Not really.', 'csat3').value).toBe('dissatisfied');
  });
  it('answered yes, or no complaints, keeps the level', () => {
    expect(en('Satisfied? Yes, very.', 'csat3').value).not.toBe('dissatisfied');
    expect(en('Satisfied, no complaints', 'csat3').value).toBe('satisfied');
    expect(en('satisfied? no complaints at all', 'csat3').value).toBe('satisfied');
  });
});

describe('垃圾 as a verdict is no mess', () => {
  it('rubbish said of the service: dissatisfied, no category', () => {
    expect(read('太垃圾了', 'csat3')).toMatchObject({ v: 'dissatisfied', c: null });
    expect(read('垃圾，真是垃圾', 'csat3')).toMatchObject({ v: 'dissatisfied', c: null });
    expect(read('垃圾服务', 'csat3').v).toBe('dissatisfied');
  });
  it('rubbish left behind is still mess', () => {
    expect(read('走的时候垃圾也没带走', 'csat3')).toMatchObject({ v: 'dissatisfied', c: 'mess' });
    expect(read('楼道里到处都是垃圾', 'csat3').c).toBe('mess');
    expect(read('门口一堆垃圾没人管', 'csat3').v).toBe('dissatisfied');
  });
});
