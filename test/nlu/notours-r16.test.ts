/**
 * Round 16 (t16R): one reader for each idea that was read twice (refactor, no new coverage).
 * - Grievances not ours (notours.ts): the value path (phases.ts) sets aside what the complaint path sets aside, so an answer
 *   with no complaint left is not read as dissatisfied; a grievance against the company beside the same words stays.
 * - One advert list (nonanswer.ts ADVERT_ZH), read by normalizeZh and the non-answer readers alike.
 * - One go-ahead reader (goahead.ts), asked by topics.ts for its "convenient" item.
 * Own phrasings, with look-alikes that must not change.
 */
import { describe, expect, it } from 'vitest';
import { interpret, parseKind } from '../../src/nlu/index.js';
import { goAheadZh, saysGoAhead } from '../../src/nlu/goahead.js';
import { normalizeZh } from '../../src/nlu/normalize.js';
import { notAnAnswerZh } from '../../src/nlu/nonanswer.js';
import { notOursClausesZh, notOursZh } from '../../src/nlu/notours.js';
import { topicsOf } from '../../src/nlu/topics.js';

const read = (text: string, kind = 'csat3') => {
  const r = interpret(text, parseKind(kind), { locale: 'zh-CN', learned: false });
  return { v: r.value, c: r.complaint ?? null };
};

describe('a grievance not ours, read alike for the value and the complaint', () => {
  it('the customer\'s own doing, made good already, or another home\'s story keeps the level', () => {
    expect(read('满意，来晚了一个钟头，是我叫他下午再来的')).toEqual({ v: 'satisfied', c: null });
    expect(read('满意，家里冷是因为窗户漏风，自己家的问题')).toEqual({ v: 'satisfied', c: null });
    expect(read('满意，地砖他踩脏了，不过走之前拖得干干净净')).toEqual({ v: 'satisfied', c: null });
    expect(read('满意，隔壁说他家的师傅迟到了，我们家这个倒挺准时')).toEqual({ v: 'satisfied', c: null });
    expect(read('我对门家装的时候挺闹心，我家这回挺顺的，满意')).toEqual({ v: 'satisfied', c: null });
  });
  it('the same grievance told as the company\'s keeps the dissatisfaction', () => {
    expect(read('满意，来晚了一个钟头，是他自己睡过头了')).toMatchObject({ v: 'dissatisfied', c: 'late' });
    expect(read('满意，地拖脏了，走的时候也没收拾')).toMatchObject({ v: 'dissatisfied', c: 'mess' });
    expect(read('满意，隔壁说他家的师傅迟到了，我们家这个也迟到了')).toMatchObject({ v: 'dissatisfied', c: 'late' });
    expect(read('我对门家装的时候挺闹心，我家这回也挺闹心').v).toBe('dissatisfied');
  });
  it('the clauses the value path is given are the complaint path\'s reading', () => {
    const norms = ['满意', '晚了半小时是我让他晚点来的'];
    const whole = notOursZh(norms.join(''));
    expect(notOursClausesZh(norms).join('')).toBe(whole);
    expect(notOursClausesZh(norms)[1]).toMatch(/^\u3000+$/u);
    expect(notOursClausesZh(['满意', '晚了半小时'])).toEqual(['满意', '晚了半小时']);
  });
});

describe('one advert list', () => {
  it('a live-stream pitch is the set\'s, for the normaliser and the non-answer reader alike', () => {
    expect(normalizeZh('今晚八点开抢')).toBe('');
    expect(normalizeZh('口碑之选 百万家庭推荐')).toBe('');
    expect(notAnAnswerZh('现在拨打订购热线')).toBe(true);
    expect(read('限时秒杀，全国联保，满意度行业第一').v).toBeNull();
  });
  it('a sneer in the words of an advert, and a plain level, are the customer\'s', () => {
    expect(normalizeZh('满意')).toBe('满意');
    expect(read('修一次网送我一地泥巴，买一送一')).toMatchObject({ v: 'dissatisfied', c: 'mess' });
  });
});

describe('one go-ahead reader', () => {
  it('topics.ts hears a go-ahead as the "is now a good time" item through the reader', () => {
    expect(goAheadZh('你问吧')).toBe(true);
    expect(saysGoAhead('嗯，那你问吧')).toBe(true);
    expect(topicsOf('行，你说吧', 'zh-CN').has('convenient')).toBe(true);
    expect(topicsOf('Sure, go ahead', 'en').has('convenient')).toBe(true);
    expect(topicsOf('我在开车', 'zh-CN').has('convenient')).toBe(true);
    // (How the call should be spoken is about the call too: 好 好 你说慢点 answers nothing about the heating.)
    expect(topicsOf('好 好 你说慢点 我岁数大了', 'zh-CN').has('convenient')).toBe(true);
  });
  it('你说 inside a question or a report is no go-ahead', () => {
    expect(topicsOf('你说我满不满意', 'zh-CN').has('convenient')).toBe(false);
    expect(topicsOf('师傅说吧台那块漏水', 'zh-CN').has('convenient')).toBe(false);
  });
});
