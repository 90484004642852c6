/** Reading a tenant's calling calendar as operators write it: hours, days, the holidays file. */
import { describe, expect, it } from 'vitest';
import {
  CalendarError,
  formatCallingDays,
  formatCallingHours,
  formatHolidays,
  isDate,
  isTimeZone,
  parseCallingDays,
  parseCallingHours,
  parseHolidays,
} from '../../src/campaigns/calendar.js';

const fails = (fn: () => unknown): CalendarError => {
  try {
    fn();
  } catch (e) {
    if (e instanceof CalendarError) return e;
    throw e;
  }
  throw new Error('expected a CalendarError');
};

describe('calling hours', () => {
  it('windows in order, times padded, 24:00 allowed as an end', () => {
    expect(parseCallingHours('13:30-21:00, 9:00-12:00')).toEqual([
      { start: '09:00', end: '12:00' },
      { start: '13:30', end: '21:00' },
    ]);
    expect(parseCallingHours('00:00-23:59')).toEqual([{ start: '00:00', end: '23:59' }]);
    expect(parseCallingHours('22:00-24:00,00:00-02:00')).toEqual([
      { start: '00:00', end: '02:00' },
      { start: '22:00', end: '24:00' },
    ]);
    expect(formatCallingHours(parseCallingHours('09:00-12:00,13:30-21:00'))).toBe('09:00-12:00,13:30-21:00');
  });
  it('refuses backwards, overlapping and malformed windows, saying which', () => {
    expect(fails(() => parseCallingHours('13:00-12:00')).message).toMatch(/"13:00-12:00": a window starts before it ends/);
    expect(fails(() => parseCallingHours('09:00-12:00,11:00-14:00')).message).toMatch(/09:00-12:00 and 11:00-14:00 overlap/);
    expect(fails(() => parseCallingHours('9-12')).message).toMatch(/"9" is not a time of day/);
    expect(fails(() => parseCallingHours('25:00-26:00')).message).toMatch(/"25:00" is not a time of day/);
    expect(fails(() => parseCallingHours('24:00-24:00')).message).toMatch(/"24:00" is not a time of day/);
    expect(fails(() => parseCallingHours(' , ')).message).toMatch(/at least one window/);
  });
});

describe('calling days', () => {
  it('lists and ranges of ISO weekdays, by number or name', () => {
    expect(parseCallingDays('1-5')).toEqual([1, 2, 3, 4, 5]);
    expect(parseCallingDays('mon-fri,sun')).toEqual([1, 2, 3, 4, 5, 7]);
    expect(parseCallingDays('6, 1,1')).toEqual([1, 6]);
    expect(parseCallingDays('周一-周六')).toEqual([1, 2, 3, 4, 5, 6]);
    expect(formatCallingDays([1, 2, 3, 4, 5])).toBe('1-5');
    expect(formatCallingDays([1, 2, 4, 6, 7])).toBe('1,2,4,6,7');
    expect(formatCallingDays([1, 2, 3, 6])).toBe('1-3,6');
  });
  it('refuses what is not a weekday', () => {
    expect(fails(() => parseCallingDays('0-9')).message).toMatch(/"0" is not a weekday/);
    expect(fails(() => parseCallingDays('5-1')).message).toMatch(/from Monday \(1\) towards Sunday/);
    expect(fails(() => parseCallingDays('weekdays')).message).toMatch(/"weekdays" is not a weekday/);
  });
});

describe('the holidays file', () => {
  const FILE = `# 2025 国庆节、中秋节
2025-09-28 workday 国庆调休（周日上班）
2025-10-01..2025-10-08 holiday 国庆节、中秋节

2025-10-11 WORKDAY   # 周六上班
`;
  it('dates, ranges, make-up working days, comments and notes', () => {
    const c = parseHolidays(FILE);
    expect(c.holidays).toEqual(['2025-10-01', '2025-10-02', '2025-10-03', '2025-10-04', '2025-10-05', '2025-10-06', '2025-10-07', '2025-10-08']);
    expect(c.workdays).toEqual(['2025-09-28', '2025-10-11']);
    expect(parseHolidays(formatHolidays(c))).toEqual(c);
  });
  it('JSON with holidays and workdays', () => {
    expect(parseHolidays('{"holidays": ["2025-01-01"], "workdays": ["2025-01-26"]}')).toEqual({ holidays: ['2025-01-01'], workdays: ['2025-01-26'] });
    expect(parseHolidays('["2025-01-01"]')).toEqual({ holidays: ['2025-01-01'], workdays: [] });
    expect(fails(() => parseHolidays('{"holiday": []}')).message).toMatch(/unknown key "holiday"/);
    expect(fails(() => parseHolidays('{"holidays": ["2025-13-01"]}')).message).toMatch(/holidays\[0\]: "2025-13-01" is not a date/);
  });
  it('errors name the line', () => {
    const e = fails(() => parseHolidays('2025-01-01 holiday\n2025-02-30 holiday\n'));
    expect(e.line).toBe(2);
    expect(e.message).toBe('line 2: "2025-02-30" is not a date YYYY-MM-DD');
    expect(fails(() => parseHolidays('2025-01-01\n')).message).toMatch(/line 1: after the date write holiday or workday/);
    expect(fails(() => parseHolidays('2025-01-01 vacation\n')).message).toMatch(/not "vacation"/);
    expect(fails(() => parseHolidays('2025-10-08..2025-10-01 holiday')).message).toMatch(/line 1: the range ends before it starts/);
    expect(fails(() => parseHolidays('2025-01-01..2026-12-31 holiday')).message).toMatch(/more than 366 days/);
  });
  it('a date cannot be both a holiday and a make-up working day', () => {
    const e = fails(() => parseHolidays('2025-10-01..2025-10-03 holiday\n2025-10-02 workday\n'));
    expect(e.message).toBe('2025-10-02 is both a holiday (line 1) and a make-up working day (line 2)');
    expect(e.line).toBe(2);
  });
});

describe('dates and zones', () => {
  it('real dates only; IANA zones only', () => {
    expect(isDate('2024-02-29')).toBe(true);
    expect(isDate('2025-02-29')).toBe(false);
    expect(isDate('2025-1-01')).toBe(false);
    expect(isTimeZone('Asia/Shanghai')).toBe(true);
    expect(isTimeZone('Asia/Urumqi')).toBe(true);
    expect(isTimeZone('Mars/Base')).toBe(false);
    expect(isTimeZone('')).toBe(false);
  });
});
