/**
 * Dissatisfied customers not reached: unhappiness said in the written, polite register (不甚满意, 难言满意, 不甚如意),
 * anger or weariness said in English (fuming, exhausted with the whole thing), "not entirely" closed with a no, and the
 * praise asked back before the harm is told (How could I not be satisfied, he only broke my lamp). Phrasings of our own,
 * each beside a look-alike that must keep its reading.
 */
import { describe, expect, it } from 'vitest';
import { check, read, rulesAlone } from './read-kind.js';

rulesAlone();

describe('polite, written-register unhappiness', () => {
  it('is a dissatisfied level', () => check([
    ['csat3', '说实话，这次服务难言满意', { v: 'dissatisfied' }],
    ['csat3', '对这次维修不甚满意', { v: 'dissatisfied' }],
  ]));
  it('leaves the praise and the plain hedge alone', () => check([
    ['csat3', '差强人意吧', { v: 'neutral' }],
    ['csat3', '乏善可陈吧', { v: 'neutral' }],
    ['csat3', '挺满意的', { v: 'satisfied' }],
  ]));
});

describe('anger and weariness said in English', () => {
  it('is a dissatisfied level', () => check([
    ['csat3', 'Honestly, I am livid', { v: 'dissatisfied' }],
    ['csat3', 'Fuming, to be honest', { v: 'dissatisfied' }],
    ['csat3', 'I am sick of the whole thing', { v: 'dissatisfied' }],
    ['csat3', 'Not entirely, no', { v: 'dissatisfied' }],
  ]));
  it('leaves "not entirely" without its no unread as dissatisfied', () => check([
    ['csat3', 'Not entirely', { v: null }],
  ]));
});

describe('the praise asked back, then the harm told', () => {
  it('is a grievance, not a question', () => check([
    ['csat3', 'How could I not be satisfied, he only scratched my floor', { v: 'dissatisfied' }],
    ['csat3', 'How can I not be happy, he broke my vase', { v: 'dissatisfied' }],
  ]));
  it('alone, or followed by praise, is no dissatisfied level', () => {
    for (const t of ['How could I not be satisfied', 'How could I not be satisfied, he was brilliant']) {
      expect(read(t, 'csat3').v, t).not.toBe('dissatisfied');
    }
  });
});
