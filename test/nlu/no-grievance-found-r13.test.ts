/**
 * Round 13 (t13P2, values): nothing to complain of, said with the words of a complaint (连投诉的理由都找不着, 想挑刺都挑不出来):
 * praise, and no complaint read in its 找不着 or 挑不出.
 */
import { describe, expect, it } from 'vitest';
import { interpretKind } from '../../src/nlu/index.js';

const read = (text: string, kind: string) => {
  const r = interpretKind(text, kind);
  return { v: r.value, c: r.complaint ?? null };
};

describe('no reason to complain found', () => {
  it('is praise with no complaint', () => {
    expect(read('我连投诉的理由都找不着', 'csat3')).toMatchObject({ v: 'very_satisfied', c: null });
    expect(read('想挑刺都挑不出来', 'csat3')).toMatchObject({ v: 'very_satisfied', c: null });
    expect(read('挑毛病的地方都找不到', 'csat3').c).toBeNull();
  });
  it('leaves a fault whose cause was not found alone', () => {
    expect(read('问题找不到原因，还是断', 'csat3')).toMatchObject({ v: 'dissatisfied', c: 'not_fixed' });
    expect(read('打客服电话根本找不着人', 'csat3').v).toBe('dissatisfied');
  });
});
