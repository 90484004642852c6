import { describe, expect, it } from 'vitest';
import { toLevel } from '../../src/domain/levels.js';
import type { ReportLevel } from '../../src/domain/levels.js';

const table = (scale: string, from: number, to: number): (ReportLevel | null)[] => {
  const out: (ReportLevel | null)[] = [];
  for (let n = from; n <= to; n++) out.push(toLevel(scale, n));
  return out;
};
const D = 'dissatisfied', N = 'neutral', S = 'satisfied', V = 'very_satisfied';

describe('toLevel', () => {
  it('csat3 is kept as is (004 第五十四条), Chinese words too', () => {
    expect(toLevel('csat3', 'very_satisfied')).toBe(V);
    expect(toLevel('csat3', 'neutral')).toBe(N);
    expect(toLevel('csat3', '不满意')).toBe(D);
    expect(toLevel('csat3', 'maybe')).toBeNull();
    expect(toLevel('csat3', 3)).toBeNull();
  });

  it('0-10: 9–10 very satisfied, 7–8 satisfied, 0–6 dissatisfied, no neutral (000 第四十二条)', () => {
    expect(table('0-10', 0, 10)).toEqual([D, D, D, D, D, D, D, S, S, V, V]);
    expect(toLevel('0-10', '9')).toBe(V);
    expect(toLevel('0-10', 6.5)).toBe(D);
  });

  it('0-5: 5 / 4 / 3 / 0–2 (004 第五篇)', () => {
    expect(table('0-5', 0, 5)).toEqual([D, D, D, N, S, V]);
  });

  it('1-5: 5 / 4 / 3 / 1–2', () => {
    expect(table('1-5', 1, 5)).toEqual([D, D, N, S, V]);
  });

  it('other ranges are proportional (85 % / 65 % / 45 % of the range)', () => {
    expect(table('1-10', 1, 10)).toEqual([D, D, D, D, D, N, S, S, V, V]);
    expect(table('1-7', 1, 7)).toEqual([D, D, D, N, S, S, V]);
    expect(table('0-100', 84, 86)).toEqual([S, V, V]);
    expect(toLevel('0-100', 65)).toBe(S);
    expect(toLevel('0-100', 64)).toBe(N);
    expect(toLevel('0-100', 45)).toBe(N);
    expect(toLevel('0-100', 44)).toBe(D);
    expect(toLevel('0-20', 17)).toBe(V); // 0.85 × 20 = 16.999… must not slip
  });

  it('answers off the scale or unreadable give null', () => {
    expect(toLevel('0-10', 11)).toBeNull();
    expect(toLevel('0-10', -1)).toBeNull();
    expect(toLevel('1-5', 0)).toBeNull();
    expect(toLevel('0-10', '')).toBeNull();
    expect(toLevel('0-10', 'eight')).toBeNull();
    expect(toLevel('10-0', 5)).toBeNull();
    expect(toLevel('stars', 5)).toBeNull();
  });

  it('tenant override replaces the thresholds of that scale only', () => {
    const rules = { '0-10': { very_satisfied: 8, satisfied: 6, neutral: 5 }, '1-5': { very_satisfied: 5, satisfied: 3, neutral: null } };
    expect(table('0-10', 0, 10).map((_, n) => toLevel('0-10', n, rules))).toEqual([D, D, D, D, D, N, S, S, V, V, V]);
    expect([1, 2, 3, 4, 5].map((n) => toLevel('1-5', n, rules))).toEqual([D, D, S, S, V]);
    expect(toLevel('0-5', 3, rules)).toBe(N);
    // an inconsistent rule is ignored, the default applies
    expect(toLevel('0-10', 8, { '0-10': { very_satisfied: 5, satisfied: 7 } })).toBe(S);
  });
});
