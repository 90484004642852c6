import { describe, expect, it } from 'vitest';
import { interpretKind } from '../../src/nlu/index.js';

const NOW = '2026-11-18T10:30:00+08:00';
const zh = (text: string, kind: string) => interpretKind(text, kind, { now: NOW });

describe('complaints, round 9', () => {
  it('a concession of the level word keeps the level beside a clear complaint, not beside a fault still there', () => {
    const r = zh('好是好 可是师傅走之前给我推销了一堆东西', 'csat3');
    expect([r.value, r.complaint, r.reservation]).toEqual(['satisfied', 'money', undefined]);
    expect(zh('满意是满意就是网还是断', 'csat3').value).toBe('dissatisfied');
    expect(zh('处理是处理了 但是网还是断', 'csat3').value).toBe('dissatisfied');
  });

  it('a fault only feared is no complaint; a hazard feared still is', () => {
    expect(zh('现在是好了 就怕过两天又坏', 'yesno').complaint).toBeNull();
    expect(zh('修好了 就担心过几天又不热', 'yesno').complaint).toBeNull();
    expect(zh('满意 就是线头露着 我担心孩子去摸', 'csat3').complaint).toBe('safety');
  });

  it.each([
    ['那个师傅说给他三百块钱就给我换好点的管子', 'money'],
    ['满意 就是阀门那还有点渗水', 'not_fixed'],
    ['他走了以后我自己拖了半天地 到处是灰', 'mess'],
    ['说好十点来 十点半才到的', 'late'],
    ['满意 就是没带工具 又回去拿了一趟', 'repeat_visit'],
  ])('%s -> %s', (text, category) => expect(zh(text, 'csat3').complaint).toBe(category));
});
