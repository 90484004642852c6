import { describe, expect, it } from 'vitest';
import { interpret } from '../../src/nlu/index.js';

const ctx = { locale: 'zh-CN' as const };
const temp = { kind: 'scale' as const, min: 0, max: 40, unit: '度' };

describe('a scale in a unit (room temperature in 度)', () => {
  it.each([
    ['屋里才十六度', 16],
    ['十八度', 18],
    ['二十度左右', 20],
    ['大概二十二度吧', 22],
    ['18度', 18],
  ])('%s -> %d', (text, value) => {
    expect(interpret(text, temp, ctx).value).toBe(value);
  });
  it('a duration is not a temperature', () => {
    expect(interpret('等了十分钟', temp, ctx).value).toBeNull();
  });
  it('without a unit, 十六度 is still not a score', () => {
    expect(interpret('屋里才十六度', { kind: 'scale', min: 0, max: 10 }, ctx).value).toBeNull();
  });
});
