// Round 12: the learned reader (src/nlu/learned.ts), a second opinion on csat3 and yes/no answers the
// rules found no evidence in, given as a guess the engine confirms.
import { afterEach, describe, expect, it } from 'vitest';
import { classify, features, FILL, LEARNED_CONFIDENCE, learnedModel, probabilities, secondOpinion, type KindModel, type LearnedModel } from '../../src/nlu/learned.js';
import { interpret } from '../../src/nlu/index.js';
import type { Interpretation } from '../../src/nlu/types.js';
import { corpusHash } from '../../scripts/train-nlu.js';
import { playCall } from '../support/play-call.js';

/** A model of one n-gram (嗷) that says dissatisfied, and one (嗯哼) that is barely sure of satisfied. */
const csat3: KindModel = {
  labels: [null, 'very_satisfied', 'satisfied', 'neutral', 'dissatisfied'],
  bias: [2, 0, 0, 0, 0],
  weights: { 嗷: [0, 0, 0, 0, 9], 嗯哼: [0, 0, 2.5, 0, 0] },
};
const tiny: LearnedModel = { format: 1, trainedOn: ['train'], corpusSha256: '', kinds: { csat3, yesno: { labels: [null, true, false], bias: [0, 0, 0], weights: { 嗷: [0, 9, 0] } } } };
const none = (over: Partial<Interpretation> = {}): Interpretation => ({ text: '嗷', value: null, intent: null, confidence: 0, at: null, complaint: null, ...over });
const zh = { locale: 'zh-CN' as const };

describe('features and probabilities', () => {
  it('are the character 1–3-grams of the folded text between ^ and $, each once', () => {
    expect(features('满意').sort()).toEqual(['$', '^', '^满', '^满意', '满', '满意', '满意$', '意', '意$'].sort());
    expect(features('ＯＫ  ok')).toEqual(features('ok ok'));
    expect(features('好好').filter((f) => f === '好')).toHaveLength(1);
  });

  it('give a distribution over the labels; unknown n-grams leave the bias', () => {
    const p = probabilities(csat3, '嗷');
    expect(p.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 9);
    expect(classify(csat3, '嗷')).toMatchObject({ value: 'dissatisfied' });
    expect(classify(csat3, '完全没见过的字').value).toBeNull();
  });
});

describe('secondOpinion', () => {
  it('fills in an answer the rules found no evidence in, as a guess below the confirmation threshold', () => {
    const r = secondOpinion(none(), '嗷', { kind: 'csat3' }, zh, () => false, tiny);
    expect(r).toMatchObject({ value: 'dissatisfied', confidence: LEARNED_CONFIDENCE, learned: true });
    expect(LEARNED_CONFIDENCE).toBeLessThan(0.6);
    expect(secondOpinion(none(), '嗷', { kind: 'yesno' }, zh, () => false, tiny)).toMatchObject({ value: true, learned: true });
  });

  it('is silent when it is not sure enough', () => {
    expect(Math.max(...probabilities(csat3, '嗯哼'))).toBeLessThan(FILL);
    expect(secondOpinion(none({ text: '嗯哼' }), '嗯哼', { kind: 'csat3' }, zh, () => false, tiny).value).toBeNull();
  });

  it('never overrules the rules, and never speaks over an intent, a grievance, a ruled-out answer, a confirmation or a problem question', () => {
    const rules = none({ value: 'satisfied', confidence: 0.9 });
    expect(secondOpinion(rules, '嗷', { kind: 'csat3' }, zh, () => false, tiny)).toBe(rules);
    for (const r of [none({ intent: 'human' }), none({ intent: 'complaint' }), none({ complaint: 'late' })]) {
      expect(secondOpinion(r, '嗷', { kind: 'csat3' }, zh, () => false, tiny)).toBe(r);
    }
    expect(secondOpinion(none(), '嗷', { kind: 'csat3' }, zh, () => true, tiny).value).toBeNull();
    expect(secondOpinion(none(), '嗷', { kind: 'csat3' }, { ...zh, learned: false }, () => false, tiny).value).toBeNull();
    expect(secondOpinion(none(), '嗷', { kind: 'yesno', yesReportsProblem: true }, zh, () => false, tiny).value).toBeNull();
    expect(secondOpinion(none(), '嗷', { kind: 'scale', min: 0, max: 10 }, zh, () => false, tiny).value).toBeNull();
    expect(secondOpinion(none(), '嗷', { kind: 'csat3' }, zh, () => false, null).value).toBeNull();
  });
});

describe('the shipped model', () => {
  afterEach(() => {
    delete process.env.HUIFANG_NLU_MODEL;
  });

  it('was trained on the tuning splits, never on the frozen test split, and on the corpus as it is now (npm run train:nlu)', () => {
    const m = learnedModel();
    expect(m).not.toBeNull();
    expect(m!.trainedOn).not.toContain('test');
    expect(m!.trainedOn).toContain('dev10');
    expect(m!.corpusSha256, 'the corpus or a regression table changed: run npm run train:nlu').toBe(corpusHash());
  });

  it('reads a grievance the rules have no word for, as a guess; HUIFANG_NLU_MODEL=off turns it off', () => {
    expect(interpret('他那个态度我就不说了', { kind: 'csat3' }, zh)).toMatchObject({ value: 'dissatisfied', confidence: LEARNED_CONFIDENCE, learned: true });
    process.env.HUIFANG_NLU_MODEL = 'off';
    expect(interpret('他那个态度我就不说了', { kind: 'csat3' }, zh)).toMatchObject({ value: null });
  });

  it('is silent where the rules say there is nothing to read, and under what the rules read', () => {
    expect(interpret('不确定', { kind: 'yesno' }, zh).value).toBeNull();
    expect(interpret('你问的是哪个？', { kind: 'csat3' }, zh).value).toBeNull();
    const r = interpret('满意', { kind: 'csat3' }, zh);
    expect(r.learned).toBeUndefined();
    expect(r.value).toBe('satisfied');
  });

  it('in a call, the guess is confirmed: agreed, it reaches a person; denied, the customer says what they meant', () => {
    const agreed = playCall('telecom-install', ['是我', '方便', '他那个态度我就不说了', '对', '态度差']);
    expect(agreed.session.ctx.escalation?.reason).toBe('dissatisfied');
    expect(agreed.session.ctx.outcome).toBe('escalated');
    const denied = playCall('telecom-install', ['是我', '方便', '他那个态度我就不说了', '不对，挺满意的']);
    expect(denied.session.ctx.escalation).toBeNull();
    expect(denied.session.ctx.answers.satisfaction?.value).toBe('satisfied');
    expect(denied.session.ctx.outcome).toBe('completed');
  });
});
