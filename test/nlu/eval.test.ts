import { describe, expect, it } from 'vitest';
import { evalItnTimes, evalNumerals, figures, loadEvalSet, runEvalSet } from '../../scripts/eval-nlu.js';

describe('evaluation set (test/nlu/eval-set.tsv)', () => {
  const rows = loadEvalSet();
  const results = runEvalSet(rows, 5);
  const f = figures(results, results.map((r) => r.micros));
  it('has at least 400 labelled rows across all kinds and both locales', () => {
    expect(rows.length).toBeGreaterThanOrEqual(400);
    expect(Object.keys(f.perKind).sort()).toEqual(['choice', 'csat3', 'scale', 'text', 'time', 'yesno']);
    expect(Object.keys(f.perLocale).sort()).toEqual(['en', 'zh-CN']);
  });
  // Speed (p99 < 1 ms) is shown by `npm run bench -- nlu` and `npm run eval:nlu` (docs/benchmarks.md),
  // never by a timed assertion: under load a test's timing says nothing about the code.
  it('meets the targets: accuracy >= 97%, dissatisfied recall >= 99%', () => {
    const failing = f.failures.map((r) => `L${r.row.line} ${r.row.text}: got ${JSON.stringify(r.got)}`);
    expect(f.accuracy, failing.join('\n')).toBeGreaterThanOrEqual(0.97);
    expect(f.dissatisfiedRecall).toBeGreaterThanOrEqual(0.99);
    expect(f.falseEscalationConfident).toBeLessThanOrEqual(0.02);
    expect(f.intentAccuracy).toBeGreaterThanOrEqual(0.97);
  });
});

describe('peer test data', () => {
  it('passes every zh-numerals.tsv row in 0..100', () => {
    const n = evalNumerals();
    expect(n.inRangePassed).toBe(n.inRange);
  });
  it('passes the zh-itn-phrases.tsv time rows except the documented disagreement', () => {
    const t = evalItnTimes();
    expect(t.failures.filter((x) => x.why === 'mismatch')).toEqual([]);
  });
});
