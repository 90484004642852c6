/**
 * Bad input gives a value or null, never an exception (issue 13): empty, over 2,000 characters,
 * emoji, control characters, mixed scripts, on every kind of question and both locales.
 * Property-based with fast-check (seeded, so a failure replays).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { interpretKind } from '../../src/nlu/index.js';

const KINDS = ['csat3', 'yesno', 'time', 'text', 'scale:0-10', 'scale:0-5', 'scale:0-40:度', 'choice:a=上午|b=下午'];
const NOW = '2026-11-18T10:30:00+08:00';

/** Pieces people and recognisers produce, and pieces nobody should. */
const piece = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 30 }),
  fc.string({ unit: 'binary', maxLength: 30 }),
  fc.constantFrom('满意', '不满意', '七八分', '下午三点', '打错了', 'OK', 'very 满意', '😀', '👍🏻', '🤬', '\u0000', '\u0007', '\u001b[31m', '\r\n', '\t', '？？？', '…', 'ㄅㄆㄇ', 'ＡＢＣ', '١٢٣', 'Ω≈ç√', '\uD800', '\uFFFF', '٪', '1e309', '-0', 'NaN', '9'.repeat(40)),
);
const utterance = fc.array(piece, { maxLength: 8 }).map((xs) => xs.join(''));

function check(text: string, kind: string, locale: 'zh-CN' | 'en') {
  const r = interpretKind(text, kind, { now: NOW, locale });
  expect(typeof r.confidence).toBe('number');
  expect(r.confidence).toBeGreaterThanOrEqual(0);
  expect(r.confidence).toBeLessThanOrEqual(1);
  if (kind === 'scale:0-10' && r.value !== null) expect(Number.isInteger(r.value)).toBe(true);
  if (kind.startsWith('scale') && r.value !== null) expect(Number.isFinite(r.value)).toBe(true);
  if (kind === 'csat3') expect([null, 'very_satisfied', 'satisfied', 'neutral', 'dissatisfied']).toContain(r.value);
  if (kind === 'yesno') expect([null, true, false]).toContain(r.value);
  expect(r.at === null || !Number.isNaN(Date.parse(r.at))).toBe(true);
}

describe('bad input never throws', () => {
  it('random utterances on every kind, both locales', () => {
    fc.assert(
      fc.property(utterance, fc.constantFrom(...KINDS), fc.constantFrom('zh-CN' as const, 'en' as const), (text, kind, locale) => check(text, kind, locale)),
      { seed: 13, numRuns: 600 },
    );
  });

  it.each([
    ['empty', ''],
    ['blank', '   \n\t '],
    ['over 2,000 characters', '满意'.repeat(1500)],
    ['over 2,000 characters of digits', '9'.repeat(5000)],
    ['emoji only', '😀😀👍🏻'],
    ['control characters', '\u0000\u0001满\u0007意\u001f'],
    ['lone surrogate', '\uD800满意'],
    ['mixed scripts', 'very 满意 ok 👍 ١٢٣ Ω'],
    ['zhuyin', 'ㄇㄢˇ ㄧˋ'],
  ])('%s', (_name, text) => {
    for (const kind of KINDS) for (const locale of ['zh-CN', 'en'] as const) check(text, kind, locale);
  });
});
