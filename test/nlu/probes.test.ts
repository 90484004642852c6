/**
 * Probes (test/nlu/probes.tsv): answers written by category after the first rules of issue 13
 * (grievances of every complaint category said other ways, relatives, go-aheads, dialect,
 * mixed language, real-world non-answers), kept as a regression table beside eval-set.tsv.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { interpretKind } from '../../src/nlu/index.js';

const rows = readFileSync(join(import.meta.dirname, 'probes.tsv'), 'utf8')
  .split('\n')
  .filter((l) => l.trim() && !l.startsWith('#'))
  .map((l) => l.split('\t') as [string, string, string]);

describe('probes by category', () => {
  it.each(rows)('%s %s -> %s', (kind, text, want) => {
    const [k, locale] = kind.split('@');
    const r = interpretKind(text, k!, { now: '2026-11-18T10:30:00+08:00', locale: locale === 'en' ? 'en' : 'zh-CN' });
    const got = `v=${JSON.stringify(r.value)} c=${r.complaint ?? '-'} i=${r.intent ?? '-'} at=${r.at ? r.at.slice(5, 16) : '-'}`;
    for (const w of want.split(' ')) expect(got, text).toContain(w);
  });
});
