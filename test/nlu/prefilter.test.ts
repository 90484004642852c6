/**
 * The prefilter of regular-expression tables (src/nlu/prefilter.ts): an expression is skipped only when none of the
 * code units every match contains is in the text, so skipping changes no reading. Checked on the analysis's cases,
 * and on every table the interpreter builds against the expressions themselves over the corpus's answers.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { interpret, parseKind } from '../../src/nlu/index.js';
import { RegexTable, requiredUnits, RewriteTable } from '../../src/nlu/prefilter.js';
import { ZH_PARSER } from '../../src/nlu/zh.js';

const units = (re: RegExp) => {
  const u = requiredUnits(re);
  return u ? [...u].map((c) => String.fromCharCode(c)).sort().join('') : null;
};

describe('the units every match contains', () => {
  it('a literal, the smallest required part of a sequence, the union over branches', () => {
    expect(units(/满意/)).toBe('满'); // both are required: either one will do
    expect(units(/师傅(迟到|来晚)/)).toBe('师'); // 师 and 傅 each one unit; the first smallest is kept
    expect(units(/(迟到|来晚|晚到)/)).toBe('晚来迟');
    expect(units(/[一二三]分/)).toBe('分');
    expect(units(/[一二三]/)).toBe('一三二');
    expect(units(/\d+度/)).toBe('度');
  });
  it('what can be empty, a negated class or any character requires nothing', () => {
    expect(units(/(满意)?/)).toBeNull();
    expect(units(/满意|/)).toBeNull();
    expect(units(/[^，]{2}/)).toBeNull();
    expect(units(/.+/)).toBeNull();
    expect(units(/\s+/)).toBeNull();
    expect(units(/^$/)).toBeNull();
    expect(units(/好/i)).toBeNull(); // case folding is not followed
  });
  it('a positive lookaround requires its words; a negative one requires nothing', () => {
    expect(units(/(?<=师傅)来/)).toBe('师'); // 师, 傅 and 来 each required, one unit each: the first is kept
    expect(units(/(?<=师傅[^，]{0,3})[^，]/)).toBe('师'); // only the lookbehind's words are known
    expect(units(/(?<!不)[^，]/)).toBeNull();
    expect(units(/(?=.*满意)/)).toBe('满');
  });
  it('a backreference or an optional part adds nothing; a repeated part counts once', () => {
    expect(units(/(好)\1/)).toBe('好');
    expect(units(/(哈)+/)).toBe('哈');
    expect(units(/(哈)*了/)).toBe('了');
  });
});

describe('a table of expressions', () => {
  const exprs = [/满意/, /不满意/, /迟到|来晚/, /[^，]+/, /好/g];
  const t = new RegexTable(exprs);
  it('gives the expressions that may match, and always those it knows nothing of (or that keep a lastIndex)', () => {
    const may = t.candidates('师傅来晚了');
    expect(exprs.map((_, i) => RegexTable.may(may, i))).toEqual([false, false, true, true, true]);
    const may2 = t.candidates('挺满意的');
    expect(exprs.map((_, i) => RegexTable.may(may2, i))).toEqual([true, false, false, true, true]);
  });
  it('rewrites in order, looking again after a rewrite (a rewrite can bring in the words of a later one)', () => {
    const r = new RewriteTable<string>([
      [/满竟/g, '满意'],
      [/满意/g, '[level]'],
    ]);
    expect(r.apply('挺满竟的', (s, re, to) => s.replace(re, to))).toBe('挺[level]的');
    expect(r.apply('还行', (s, re, to) => s.replace(re, to))).toBe('还行');
  });
});

describe("the interpreter's own tables, checked against their expressions", () => {
  // Texts of the train split and the 637-row set, raw and in the normal form the complaint and intent rules see.
  const texts = new Set<string>();
  for (const f of ['test/corpus/answers.train.ndjson', 'test/corpus/nonanswers.train.ndjson']) {
    for (const line of readFileSync(f, 'utf8').split('\n')) if (line.trim()) texts.add(JSON.parse(line).text as string);
  }
  for (const line of readFileSync('test/nlu/eval-set.tsv', 'utf8').split('\n').slice(1)) {
    const text = line.split('\t')[2];
    if (text) texts.add(text);
  }
  const all = [...texts].flatMap((t) => [t, ZH_PARSER.normalize(t)]);

  it('builds a table for the complaint, intent and rewrite rules, most of whose expressions it can index', () => {
    interpret('师傅来晚了', parseKind('csat3'), { locale: 'zh-CN' }); // the complaint tables are built on first use
    interpret('the engineer was late', parseKind('csat3'), { locale: 'en' });
    const sizes = RegexTable.built.map((b) => b.expressions.length);
    expect(sizes.filter((n) => n >= 20).length).toBeGreaterThanOrEqual(6);
    expect(all.length).toBeGreaterThan(1000);
  });
  it('never leaves out an expression that matches (every table, every text)', () => {
    const missed: string[] = [];
    for (const { expressions, table } of RegexTable.built) {
      for (const text of all) {
        const may = table.candidates(text);
        expressions.forEach((re, i) => {
          if (RegexTable.may(may, i)) return;
          re.lastIndex = 0;
          if (re.test(text)) missed.push(`${re.source.slice(0, 40)} on ${text}`);
          re.lastIndex = 0;
        });
      }
    }
    expect(missed).toEqual([]);
  });
});
