/**
 * Round 14 (t14B, values on satisfaction and score steps): a score said beside the one the customer would have
 * given, a point or two over the top, and the level named first with a small matter after it. Each rule is checked
 * on phrasings other than the corpus items that showed it, and on the nearby words it must leave alone.
 */
import { describe, expect, it } from 'vitest';
import { interpretKind } from '../../src/nlu/index.js';

const read = (text: string, kind: string) => {
  const r = interpretKind(text, kind);
  return { v: r.value, c: r.complaint ?? null, r: r.reservation ?? false };
};

describe('a score the customer would have given (本来想给, 要是……就)', () => {
  it('is not the score given beside it', () => {
    expect(read('七分，本来想给九分的，等得太久了', 'scale:0-10').v).toBe(7);
    expect(read('八分 原本能打满分', 'scale:0-10').v).toBe(8);
    expect(read('九分吧 要是提前打个电话就十分了', 'scale:0-10').v).toBe(9);
    expect(read('四分 如果把垃圾带走就五分了', 'scale:0-5').v).toBe(4);
  });
  it('a counterfactual score with a grievance is a reservation beside the score', () => {
    expect(read('十分 要是能把鞋套穿上就十二分了', 'scale:0-10')).toMatchObject({ v: 10, r: true });
  });
  it('leaves corrections and a lone score alone', () => {
    expect(read('八分……算了，给十分吧', 'scale:0-10').v).toBe(10);
    expect(read('给九分', 'scale:0-10').v).toBe(9);
    expect(read('本来想给十分', 'scale:0-10').v).toBe(10);
  });
});

describe('the level named first, then a small matter after a "but"', () => {
  it('keeps the level', () => {
    expect(read('满意，就一点，下回来之前先打个电话', 'csat3').v).toBe('satisfied');
    expect(read('挺满意的 就是接电话那个小姑娘口气一般', 'csat3').v).toBe('satisfied');
    expect(read('Satisfied, though he could have called before coming', 'csat3').v).toBe('satisfied');
  });
  it('a clear complaint, an unsoftened verdict, money or irony stay dissatisfied', () => {
    expect(read('满意，就是服务太差了', 'csat3').v).toBe('dissatisfied');
    expect(read('满意，师傅态度很差', 'csat3').v).toBe('dissatisfied');
    expect(read('满意，就是他问我要了两百块钱', 'csat3')).toMatchObject({ c: 'money', r: false });
    expect(read('满意呀，屋里就是冷，省得开冰箱了', 'csat3').v).toBe('dissatisfied');
    expect(read('满意啊，在家穿棉袄多暖和', 'csat3').v).toBe('dissatisfied');
  });
});
