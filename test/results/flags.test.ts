import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { textFlags } from '../../src/results/flags.js';
import { recordTurn } from '../../src/results/record.js';
import type { Store } from '../../src/store/index.js';
import { openTestStore, uniq, type TestStore } from '../support/store.js';
import { seedCallback } from '../support/seed.js';

const reasons = (s: string) => textFlags(s).map((f) => f.reason);

describe('textFlags', () => {
  it('finds misconduct words: money, gifts, cigarettes (000 第四十三条)', () => {
    expect(textFlags('师傅上门还要了两百块红包')).toEqual([{ reason: 'misconduct', term: '红包' }]);
    expect(reasons('装完跟我要钱，说是辛苦费')).toEqual(['misconduct']);
    expect(textFlags('他乱收费')).toEqual([{ reason: 'misconduct', term: '乱收费' }]);
    for (const s of ['他还要烟', '暗示我送礼', '向我索要好处', '收费两百', 'The technician asked for money']) expect(reasons(s)).toContain('misconduct');
  });

  it('ignores negated words', () => {
    expect(textFlags('师傅没要钱，挺好的')).toEqual([]);
    expect(textFlags('没有乱收费，很规范')).toEqual([]);
    expect(textFlags('不收费的')).toEqual([]);
    expect(textFlags('不用投诉了，已经好了')).toEqual([]);
    expect(textFlags('no complaints, all good')).toEqual([]);
  });

  it('finds complaints and regulator threats', () => {
    expect(reasons('我要投诉你们')).toEqual(['complaint']);
    expect(reasons('再不修我就打12345')).toEqual(['complaint']);
    expect(reasons('I want to complain')).toEqual(['complaint']);
  });

  it('finds abusive language', () => {
    expect(reasons('你们他妈的什么服务')).toEqual(['abusive']);
    expect(reasons('what the FUCK')).toEqual(['abusive']);
    expect(reasons('全角ＦＵＣＫ')).toEqual(['abusive']);
  });

  it('finds several at once, and nothing in ordinary answers', () => {
    expect(reasons('傻逼师傅要红包，我要投诉')).toEqual(['misconduct', 'complaint', 'abusive']);
    for (const s of ['挺好的', '满意', '网速快多了', '', '3']) expect(textFlags(s)).toEqual([]);
    expect(textFlags(null)).toEqual([]);
  });
});

describe('recordTurn adds text flags', () => {
  let t: TestStore;
  let store: Store;
  beforeAll(async () => {
    t = await openTestStore('pglite');
    store = t.store;
  });
  afterAll(async () => t?.cleanup());

  it('flags misconduct words in a spoken answer once, with the word as detail; not keypad answers', async () => {
    const { callback } = await seedCallback(store);
    await recordTurn(store, {
      callbackId: callback.id, providerEventId: uniq('ev'), expectedVersion: 0, session: {},
      effects: [
        { type: 'record_answer', stepId: 'reason', raw: '师傅要了红包，我要投诉', via: 'speech', value: null, confidence: 0.8 },
        { type: 'flag', reason: 'complaint', stepId: 'reason' },
        { type: 'record_answer', stepId: 'code', raw: '投诉', via: 'dtmf', value: null, confidence: 1 },
      ],
    });
    const flags = await store.review.flagsOf(callback.id);
    expect(flags.map((f) => [f.reason, f.stepId, f.detail])).toEqual([
      ['misconduct', 'reason', '红包'],
      ['complaint', 'reason', null],
    ]);
  });
});
