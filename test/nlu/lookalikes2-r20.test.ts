/**
 * Round 20 (t20S2), look-alikes of a grievance: a degree hedged (不是特别热, 不算快也不算慢) is a middling service, no
 * category; the engineer who waited at the door (让人家师傅在楼下等了半天) is no lateness of theirs. Phrasings other than the
 * corpus items, and the neighbours that must keep their category.
 */
import { describe, expect, it } from 'vitest';
import { check, rulesAlone } from './read-kind.js';
import { complaintZh } from '../../src/nlu/complaints.js';

rulesAlone();

describe('a degree hedged', () => {
  it('names no grievance', () => {
    check([
      ['yesno', '热是热了 不是特别热', { v: true, c: null }],
      ['yesno', '暖和是暖和了 就是不是特别暖和', { c: null }],
      ['csat3', '一般吧 办得不算快也不算慢', { c: null }],
      ['csat3', '还行 不太快也不太慢', { c: null }],
    ]);
  });
  it('leaves a shortfall said plainly alone', () => {
    check([
      ['yesno', '暖气不是很热', { c: 'quality' }],
      ['yesno', '热是热了 就是噪音大', { c: 'quality' }],
      ['csat3', '一般 处理得太慢了', { c: 'late' }],
      ['csat3', '不满意 一点都不热', { v: 'dissatisfied', c: 'quality' }],
    ]);
  });
});

describe('the engineer waited', () => {
  it('is no lateness of theirs', () => {
    expect(complaintZh('是我没在家 让人家师傅在楼下等了半天')).toBeNull();
    expect(complaintZh('我忘了时间 让人家小伙子在门口等了半天')).toBeNull();
  });
  it('leaves the customer kept waiting alone', () => {
    expect(complaintZh('他让我等了半天')?.category).toBe('late');
    expect(complaintZh('师傅等了半天才来')?.category).toBe('late');
    expect(complaintZh('等了半天师傅才来')?.category).toBe('late');
  });
});
