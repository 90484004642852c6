/**
 * Round 10, typed replies and recogniser slips (t10K): a keypad key typed as the whole answer follows
 * the script's keypad (checked against every dialog's yes/no and csat3 keypads); chat letters, slang and
 * grades; recogniser and input-method slips of the answer words, which never make a non-answer an answer.
 */
import { describe, expect, it } from 'vitest';
import { loadRegistry } from '../../src/engine/registry.js';
import { interpretKind } from '../../src/nlu/index.js';

const NOW = '2026-11-18T10:30:00+08:00';
const v = (text: string, kind: string, locale?: 'zh-CN' | 'en') => interpretKind(text, kind, { now: NOW, ...(locale ? { locale } : {}) }).value;
const steps = loadRegistry()
  .all()
  .flatMap((d) => d.spec.steps.map((s) => ({ dialog: d.spec.id, locale: d.spec.locale as 'zh-CN' | 'en', step: s as { id: string; expect?: { kind: string }; keypad?: Record<string, unknown> } })));

describe('a key typed as the whole answer means what the script\'s keypad means', () => {
  const keyed = steps.filter((s) => (s.step.expect?.kind === 'yesno' || s.step.expect?.kind === 'csat3') && s.step.keypad);
  it('finds the yes/no and csat3 steps', () => expect(keyed.length).toBeGreaterThanOrEqual(15));
  for (const { dialog, locale, step } of keyed) {
    it(`${dialog}.${step.id}`, () => {
      for (const [key, value] of Object.entries(step.keypad!)) {
        const want = value === 'yes' ? true : value === 'no' ? false : value;
        for (const typed of [key, `回复${key}`, `${key}！！`, String.fromCharCode(0xff10 + Number(key))]) {
          expect(v(typed, step.expect!.kind, locale), `${dialog}.${step.id} ${typed}`).toBe(want);
        }
      }
    });
  }
  it('reads repeats, a key said twice and a key before a go-ahead on yes/no', () => {
    expect(v('111', 'yesno')).toBe(true);
    expect(v('二 按二', 'yesno')).toBe(false);
    expect(v('1，问吧', 'yesno')).toBe(true);
    expect(v('Press 2', 'csat3', 'en')).toBe('satisfied');
  });
  it('gives nothing for a key the step does not have, a mask or phone digits', () => {
    expect(v('4', 'csat3')).toBeNull();
    expect(v('3', 'yesno')).toBeNull();
    expect(v('***', 'scale:0-10')).toBeNull();
    expect(v('1 3 8 0 0', 'yesno')).toBeNull();
    expect(v('666', 'scale:0-10')).toBeNull();
  });
  it('reads the star key, the temperature bands and the callback slots', () => {
    expect(v('*', 'scale:0-10')).toBe(10);
    expect(v('1', 'scale:0-40:度')).toBe(21);
    expect(v('回复2', 'scale:0-40:度')).toBe(19);
    expect(v('4', 'scale:0-40:度')).toBe(15);
    expect(v('23', 'scale:0-40:度')).toBe(23);
    expect(interpretKind('回复3', 'time', { now: NOW }).at).toBe('2026-11-19T10:00:00+08:00');
  });
});

describe('chat letters, slang and grades', () => {
  it('reads y, k, n typed alone on yes/no', () => {
    expect(v('Y', 'yesno')).toBe(true);
    expect(v('N', 'yesno')).toBe(false);
    expect(v('k', 'yesno', 'en')).toBe(true);
    expect(v('y', 'yesno', 'en')).toBe(true);
  });
  it('reads chat praise, contempt and grades', () => {
    expect(v('nb', 'csat3')).toBe('very_satisfied'); // glossed 太棒了 like yyds (dev9 l-a-positive-012 lists very_satisfied first)
    expect(v('yyds', 'csat3')).toBe('very_satisfied');
    expect(v('牛逼', 'csat3')).toBe('satisfied');
    expect(v('就这？？？', 'csat3')).toBe('dissatisfied');
    expect(v('就这样吧', 'csat3')).toBe('neutral');
    expect(v('打个优', 'csat3')).toBe('very_satisfied');
    expect(v('A+', 'scale:0-10')).toBe(10);
    expect(v('⭐⭐⭐⭐', 'scale:0-10')).toBe(8);
    expect(v('三颗星', 'scale:0-10')).toBeNull();
  });
});

describe('recogniser and input-method slips of the answer words', () => {
  it('reads the answer word one character off', () => {
    expect(v('满易', 'csat3')).toBe('satisfied');
    expect(v('非常满易', 'csat3')).toBe('very_satisfied');
    expect(v('不曼意', 'csat3')).toBe('dissatisfied');
    expect(v('揭绝了', 'yesno')).toBe(true);
    expect(v('解觉了', 'yesno')).toBe(true);
    expect(v('灭有', 'yesno')).toBe(false);
    expect(v('正长了', 'yesno')).toBe(true);
    expect(v('现在方面的你说', 'yesno')).toBe(true);
    expect(v('安期的', 'yesno')).toBe(true);
    expect(v('十的', 'yesno')).toBe(true);
    expect(v('四四四 是我', 'yesno')).toBe(true);
    expect(v('给他满粉', 'scale:0-10')).toBe(10);
    expect(v('石八度', 'scale:0-40:度')).toBe(18);
    expect(v('二是度', 'scale:0-40:度')).toBe(20);
    expect(v('是就度', 'scale:0-40:度')).toBe(19);
  });
  it('leaves the words that are words of their own', () => {
    expect(v('这方面的问题我不懂', 'yesno')).toBeNull();
    expect(v('吹牛逼', 'csat3')).toBeNull();
    expect(v('对 就这个', 'csat3')).toBeNull();
  });
  it('takes 就是 after fillers as a filler, not a "but"', () => {
    expect(v('呃那个那个就是嗯不太满意吧', 'csat3')).toBe('dissatisfied');
    expect(v('满意 就是有点慢', 'csat3')).toBe('satisfied');
  });
  it('takes a state said after the question read back, not one said rising as a question', () => {
    expect(v('现在使用正常吗？正常', 'yesno')).toBe(true);
    expect(v('修好了吗？好了', 'yesno')).toBe(true);
    expect(v('处理好了？你们什么时候处理的？', 'yesno')).toBeNull();
  });
});
