import { describe, expect, it } from 'vitest';
import { interpret, parseKind } from '../../src/nlu/index.js';

const ctx = { locale: 'zh-CN' as const, now: '2026-11-18T10:00:00+08:00' };
const temp = parseKind('scale:0-40:度');
const yesno = parseKind('yesno');
const text = parseKind('text');

describe('round 11: complaints read where there are none', () => {
  it('the air conditioner named as the source of a reading is no grievance; resorted to for heat it is', () => {
    expect(interpret('空调开着呢 二十六', temp, ctx).complaint).toBeNull();
    expect(interpret('开着空调呢，不开的话大概十七', temp, ctx).complaint).toBeNull();
    expect(interpret('十五度左右 我家都开空调了', temp, ctx).complaint).toBe('quality');
  });
  it('how often the survey calls, said with an opt-out, is no repeat visit; a fault reported again still is', () => {
    expect(interpret('你们一周打三次了，别再打了', yesno, ctx).complaint).toBeNull();
    expect(interpret('别老打电话了 一个月打好几回', text, ctx).complaint).toBeNull();
    expect(interpret('报修了三回都没修好', yesno, ctx).complaint).not.toBeNull();
  });
  it('a past fault told after (or a week before) the fix that ended it is over', () => {
    expect(interpret('今天热了 昨天还不行', yesno, ctx).complaint).toBeNull();
    expect(interpret('头两天还不太热 今天摸着烫手了 解决了', yesno, ctx).complaint).toBeNull();
    expect(interpret('今天还是不热 昨天也不行', yesno, ctx).complaint).not.toBeNull();
  });
});
