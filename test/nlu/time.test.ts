import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { normalizeZh } from '../../src/nlu/normalize.js';
import { findClockTimesZh, findDurationsZh, parseTimeZh, resolveTime } from '../../src/nlu/time.js';
import { expectedTimes } from '../../scripts/eval-nlu.js';
import { sharedTestdata } from '../support/testdata.js';

/** Peer test data (read-only): the time rows of /work/shared/testdata/zh-itn-phrases.tsv. */
const timeRows = readFileSync(sharedTestdata('zh-itn-phrases.tsv'), 'utf8')
  .trim()
  .split('\n')
  .slice(1)
  .map((l) => l.split('\t') as [string, string, string])
  .filter(([, , src]) => /time/.test(src));

describe('zh-itn-phrases.tsv time rows', () => {
  for (const [input, expected, source] of timeRows) {
    // The long WeTextProcessing sentence expects 八点五分 -> "8.5分" (a decimal, not a time);
    // every other time in it is checked below.
    if (/\d\.\d分/.test(expected)) {
      it.skip(`${input.slice(0, 12)}… skipped: the reference reads 八点五分 as the decimal 8.5分`, () => {});
      it(`${input.slice(0, 12)}…: the other clock times of the sentence`, () => {
        const got = findClockTimesZh(normalizeZh(input)).map((c) => `${c.hour24}:${c.minute}`);
        expect(got).toEqual(['0:10', '8:5', '8:30', '8:5', '8:5', '15:40', '10:30', '15:41']);
      });
      continue;
    }
    it(`${input} -> ${expected} (${source.split(':')[0]})`, () => {
      const norm = normalizeZh(input);
      const clocks = findClockTimesZh(norm).map((c) => ({ h: c.hour24, m: c.minute, s: c.second }));
      const durations = findDurationsZh(norm).map((d) => d.seconds);
      expect({ clocks, durations }).toEqual(expectedTimes(expected));
    });
  }
});

const NOW = '2026-11-18T10:30:00+08:00'; // Wednesday
const at = (text: string, now = NOW, hours?: { start: string; end: string }) => {
  const spec = parseTimeZh(normalizeZh(text));
  return spec ? (resolveTime(spec, now, 'Asia/Shanghai', hours)?.at ?? null) : null;
};

describe('callback times', () => {
  it.each([
    ['下午三点', '2026-11-18T15:00:00+08:00'],
    ['两点半', '2026-11-18T14:30:00+08:00'],
    ['明天上午', '2026-11-19T10:00:00+08:00'],
    ['半小时后', '2026-11-18T11:00:00+08:00'],
    ['晚上八点以后', '2026-11-18T20:00:00+08:00'],
    ['周末', '2026-11-21T10:00:00+08:00'],
    ['下周一', '2026-11-23T10:00:00+08:00'],
    ['一个小时以后', '2026-11-18T11:30:00+08:00'],
    ['三点钟', '2026-11-18T15:00:00+08:00'],
    ['后天', '2026-11-20T10:00:00+08:00'],
  ])('%s -> %s', (text, want) => expect(at(text)).toBe(want));

  it('moves a time outside calling hours to the next opening', () => {
    expect(at('晚上十点')).toBe('2026-11-19T09:00:00+08:00');
    expect(at('早上七点')).toBe('2026-11-19T09:00:00+08:00');
    expect(at('半小时后', '2026-11-18T20:45:00+08:00')).toBe('2026-11-19T09:00:00+08:00');
    // The close itself is outside ([start, end), as the contact policy has it), and so is past it.
    expect(at('晚上八点', NOW, { start: '08:00', end: '20:00' })).toBe('2026-11-19T08:00:00+08:00');
    expect(at('晚上八点半', NOW, { start: '08:00', end: '20:00' })).toBe('2026-11-19T08:00:00+08:00');
    expect(at('晚上八点以后', NOW, { start: '08:00', end: '20:00' })).toBe('2026-11-19T08:00:00+08:00');
  });

  it('chooses the next ambiguous hour inside calling hours', () => {
    expect(at('两点半', '2026-11-18T15:00:00+08:00')).toBe('2026-11-19T14:30:00+08:00');
    expect(at('十点')).toBe('2026-11-19T10:00:00+08:00'); // 10:00 passed, 22:00 is closed
    expect(at('八点')).toBe('2026-11-18T20:00:00+08:00');
  });

  it('resolves in the customer time zone', () => {
    const spec = parseTimeZh('明天上午')!;
    expect(resolveTime(spec, '2026-11-18T02:30:00Z', 'Asia/Urumqi')?.at).toBe('2026-11-19T10:00:00+06:00');
  });

  it('reads times as people say them (round 9): dusk, Cantonese parts of the day, a day said busy, 个/来 around a count, 月初', () => {
    expect(at('傍黑')).toBe('2026-11-18T18:00:00+08:00');
    expect(at('黑了再打吧')).toBe('2026-11-18T18:00:00+08:00');
    expect(at('屏幕黑了')).toBeNull();
    expect(at('明天下昼')).toBe('2026-11-19T15:00:00+08:00');
    expect(at('下午', '2026-11-18T15:00:00+08:00')).toBe('2026-11-18T15:00:00+08:00');
    expect(at('今天不行 明天也不行 礼拜五吧')).toBe('2026-11-20T10:00:00+08:00');
    expect(at('过个二十来分钟')).toBe('2026-11-18T10:50:00+08:00');
    expect(at('过个三五分钟吧')).toBe('2026-11-18T10:34:00+08:00');
    expect(at('半夜我才下班 你明天中午打')).toBe('2026-11-19T12:00:00+08:00');
    expect(at('月初吧')).toBe('2026-12-01T10:00:00+08:00');
  });

  it('is pure: no now, no time', () => {
    expect(resolveTime({ hour: 3, period: 'afternoon' }, undefined)).toBeNull();
  });
});
