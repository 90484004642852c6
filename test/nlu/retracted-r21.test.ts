// Round 21 (t21K): a callback time offered and at once refused in the same breath (…吧 哦不行 / …也不行), then another:
// the one said after the refusal is meant; and 满意 heard as 满宜 or typed half in pinyin (满yi). Each beside a look-alike.
import { describe, expect, it } from 'vitest';
import { interpretKind } from '../../src/nlu/index.js';
import { check, rulesAlone } from './read-kind.js';

rulesAlone();

const at = (text: string) => interpretKind(text, 'time', { now: '2026-11-18T10:30:00+08:00', locale: 'zh-CN' }).at ?? null;

describe('round 21: a time offered then refused', () => {
  it('the time said after the refusal is meant', () => {
    expect(at('半个小时以后吧，哦不行，那会儿我要去接孩子，那就明天上午')).toMatch(/^2026-11-19T(09|10)/);
    expect(at('下午吧……下午也不行，下午有个会，那就晚上吧')).toMatch(/^2026-11-18T(18|19|20)/);
  });
  it('look-alikes: a condition (不行的话) and a plain refusal of one day keep their readings', () => {
    expect(at('下午吧，下午不行的话就晚上')).toMatch(/^2026-11-18T1[3-7]/);
    expect(at('明天不行，后天吧')).toMatch(/^2026-11-20/);
  });
});

describe('round 21: 满意 one sound or one script off', () => {
  it('满宜 and 满yi read satisfied; 满一年 (a year full) is no level', () => {
    check([
      ['csat3', '满宜吧', { v: 'satisfied' }],
      ['csat3', '挺满yi的', { v: 'satisfied' }],
    ]);
    expect(interpretKind('这宽带还没满一年就坏了', 'csat3', { now: '2026-11-18T10:30:00+08:00', locale: 'zh-CN' }).value).not.toBe('satisfied');
  });
});
