import { describe, expect, it } from 'vitest';
import { timeInWords } from '../../src/engine/timewords.js';

describe('timeInWords: a callback time said relative to the call', () => {
  const NOW = '2026-11-23T10:00:00+08:00';
  it('says today, tomorrow, the day after and a date in Chinese', () => {
    expect(timeInWords('2026-11-23T15:00:00+08:00', NOW, 'Asia/Shanghai', 'zh-CN')).toBe('今天下午3点');
    expect(timeInWords('2026-11-24T10:30:00+08:00', NOW, 'Asia/Shanghai', 'zh-CN')).toBe('明天上午10点半');
    expect(timeInWords('2026-11-25T19:05:00+08:00', NOW, 'Asia/Shanghai', 'zh-CN')).toBe('后天晚上7点5分');
    expect(timeInWords('2026-12-01T09:00:00+08:00', NOW, 'Asia/Shanghai', 'zh-CN')).toBe('12月1日上午9点');
  });
  it('counts days in the call zone, not in UTC (just after local midnight)', () => {
    // 00:30 on the 24th in Shanghai is still the 23rd in UTC.
    expect(timeInWords('2026-11-23T16:30:00Z', NOW, 'Asia/Shanghai', 'zh-CN')).toBe('明天上午0点半');
  });
  it('says English with the weekday and month', () => {
    expect(timeInWords('2026-11-24T10:00:00+08:00', NOW, 'Asia/Shanghai', 'en')).toBe('tomorrow at 10:00');
    expect(timeInWords('2026-11-27T14:05:00+08:00', NOW, 'Asia/Shanghai', 'en')).toBe('on Friday 27 November at 14:05');
  });
  it('follows daylight saving in zones that have it', () => {
    // New York leaves DST on 2026-11-01: 9:00 local is 14:00Z after, 13:00Z before.
    expect(timeInWords('2026-11-02T14:00:00Z', '2026-10-31T13:00:00Z', 'America/New_York', 'en')).toBe('on Monday 2 November at 9:00');
    expect(timeInWords('2026-10-31T13:00:00Z', '2026-10-31T12:00:00Z', 'America/New_York', 'en')).toBe('today at 9:00');
  });
  it('without the call time, says the date; a bad time or zone is returned as it came', () => {
    expect(timeInWords('2026-11-24T10:00:00+08:00', null, 'Asia/Shanghai', 'zh-CN')).toBe('11月24日上午10点');
    expect(timeInWords('soon', NOW, 'Asia/Shanghai', 'zh-CN')).toBe('soon');
    expect(timeInWords('2026-11-24T10:00:00+08:00', NOW, 'No/Such_Zone', 'zh-CN')).toBe('2026-11-24T10:00:00+08:00');
  });
});
