/**
 * The evaluation corpus of issue 13 (test/corpus/README.md): the files parse and agree with the
 * dialogs, the test split is frozen, and the harness (scripts/eval-corpus.ts) scores as its
 * README says. The targets themselves are measured by `npm run eval:corpus`, not asserted here.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  CORPUS_DIR,
  SPLITS,
  checkTargets,
  corpusFile,
  expectationOf,
  loadAnswers,
  loadConversations,
  matches,
  parseAnswers,
  parseArgs,
  parseConversations,
  rate,
  scoreAnswer,
  scoreConversation,
  signalsDissatisfied,
  summarizeAnswers,
  summarizeConversations,
  summarizeNonAnswers,
  unhappyYesNo,
  withinCallingHours,
  type AnswerItem,
  type AnswerPrediction,
  type ConversationItem,
  type ConversationResult,
} from '../../scripts/eval-corpus.js';
import { loadRegistry } from '../../src/engine/registry.js';

/**
 * The frozen test split (README "Frozen test split"). Tuning happens on the train split only;
 * a change to a test file must be a deliberate, reviewed decision that updates these hashes
 * and the README together, and says why in the commit.
 */
const FROZEN: Record<string, string> = {
  'answers.test.ndjson': '3791ccaafdf6635df4fa8058840e8c640cae5b99784475a5a2b0d031542e2288',
  'nonanswers.test.ndjson': '546caad08df5d2f0ef6f5e96cd53d69880263a920872a00d2d39f47ef6282da4',
  'conversations.test.yaml': 'cdefb0a1155e564cbff66fc4b00715788c9d325d2c776ea37e1d281224893e6b',
};

const sha256 = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

describe('the frozen test split', () => {
  it.each(Object.entries(FROZEN))('%s has not changed', (name, hash) => {
    expect(sha256(join(CORPUS_DIR, name))).toBe(hash);
  });

  it('the README states the same hashes', () => {
    const readme = readFileSync(join(CORPUS_DIR, 'README.md'), 'utf8');
    for (const [name, hash] of Object.entries(FROZEN)) expect(readme).toContain(`${hash}  ${name}`);
  });
});

/** The answer categories of the corpus (README "Categories of the corpus"), `bad_input` aside: every tuning split holds each. */
const ANSWER_CATEGORIES = ['positive', 'negative', 'no_evidence', 'hedged', 'complaint', 'irony', 'reservation', 'go_ahead', 'verb_echo', 'reschedule', 'callback_time', 'wrong_number', 'relative', 'who_calling', 'human', 'opt_out', 'repeat', 'scale_words', 'temperature', 'english', 'mixed_language', 'asr', 'dialect', 'elderly', 'different_question'];

describe('the corpus files', () => {
  const answers = SPLITS.flatMap((s) => loadAnswers('answers', s).map((a) => ({ ...a, split: s })));
  const nons = SPLITS.flatMap((s) => loadAnswers('nonanswers', s).map((a) => ({ ...a, split: s })));
  const convs = SPLITS.flatMap((s) => loadConversations(s).map((c) => ({ ...c, split: s })));

  it('hold the sizes issue 13 asks for, with at least a third in the test split', () => {
    // Issue 13's corpus is train + test; the dev and dev2 to dev5 splits (rounds 2–6) are counted on their own below.
    const issue13 = <T extends { split: string }>(xs: T[]) => xs.filter((x) => x.split === 'train' || x.split === 'test');
    expect(issue13(answers).length).toBeGreaterThanOrEqual(1500);
    expect(issue13(nons).length).toBeGreaterThanOrEqual(300);
    expect(issue13(convs).length).toBeGreaterThanOrEqual(200);
    for (const xs of [issue13(answers), issue13(nons), issue13(convs)] as { split: string }[][]) {
      expect(xs.filter((x) => x.split === 'test').length * 3).toBeGreaterThanOrEqual(xs.length);
    }
  });

  /** A tuning split written independently: its sizes, every dialog, every answer category, its id prefix. */
  const independentSplit = (split: string, min: { answers: number; nonanswers: number; conversations: number }, prefix: string, conversationsInEveryDialog: boolean, notAsked: readonly string[] = []) => () => {
    const of = <T extends { split: string }>(xs: T[]) => xs.filter((x) => x.split === split);
    expect(of(answers).length).toBeGreaterThanOrEqual(min.answers);
    expect(of(nons).length).toBeGreaterThanOrEqual(min.nonanswers);
    expect(of(convs).length).toBeGreaterThanOrEqual(min.conversations);
    for (const d of loadRegistry().all().map((x) => `${x.spec.id}|${x.spec.locale}`)) {
      expect(of(answers).some((a) => `${a.dialog}|${a.locale}` === d), `${split} answers for ${d}`).toBe(true);
      if (conversationsInEveryDialog) expect(of(convs).some((c) => `${c.dialog}|${c.locale}` === d), `${split} conversations for ${d}`).toBe(true);
    }
    const categories = new Set(of(answers).map((a) => a.category));
    for (const c of ANSWER_CATEGORIES.filter((x) => !notAsked.includes(x))) expect(categories.has(c), `${split} category ${c}`).toBe(true);
    for (const x of [...of(answers), ...of(nons), ...of(convs)]) expect(x.id, x.id).toMatch(new RegExp(`^${prefix}-[anc]-`));
  };

  it('hold an independent dev split of the size round 2 asks for, over every dialog and answer category',
    independentSplit('dev', { answers: 1000, nonanswers: 300, conversations: 150 }, 'd', true));
  // dev2: non-answers and conversations were written by a second author, in parallel.
  it('hold an independent dev2 split (round 3) over every dialog and answer category',
    independentSplit('dev2', { answers: 700, nonanswers: 300, conversations: 150 }, 'e', false));
  // dev3: three authors in parallel: answers (two), non-answers and conversations (one).
  it('hold an independent dev3 split (round 4) over every dialog and answer category',
    independentSplit('dev3', { answers: 1200, nonanswers: 300, conversations: 200 }, 'f', true));
  // dev4: four authors in parallel: answers (two), non-answers (one), conversations (one).
  it('hold an independent dev4 split (round 5) over every dialog and answer category',
    independentSplit('dev4', { answers: 1200, nonanswers: 300, conversations: 200 }, 'g', true));
  // dev5: four more authors in parallel, asked for what the earlier splits did not think of.
  it('hold an independent dev5 split (round 6) over every dialog and answer category',
    independentSplit('dev5', { answers: 1200, nonanswers: 300, conversations: 200 }, 'h', true));
  // dev6: four more authors in parallel, asked for new speakers and new ways of saying things.
  it('hold an independent dev6 split (round 7) over every dialog and answer category',
    independentSplit('dev6', { answers: 1200, nonanswers: 300, conversations: 200 }, 'i', true));

  // dev7: six more authors in parallel (round 8), asked for slang, settled and disclaimed grievances,
  // scores in other systems, tenants and caretakers, noisy places.
  it('hold an independent dev7 split (round 8) over every dialog and answer category',
    independentSplit('dev7', { answers: 1200, nonanswers: 300, conversations: 200 }, 'j', true));

  // dev8: seven more authors in parallel (round 9), asked for answers whose meaning depends on the
  // step, self-corrections, recogniser errors on numbers, keys said aloud, and hard non-answers.
  it('hold an independent dev8 split (round 9) over every dialog and answer category',
    independentSplit('dev8', { answers: 1200, nonanswers: 300, conversations: 200 }, 'k', true));

  // dev9: eight more authors in parallel (round 10), asked for typed replies, older and regional
  // speakers, face-saving answers, numbers and times, real call-centre non-answers, calls as they unfold.
  it('hold an independent dev9 split (round 10) over every dialog and answer category',
    independentSplit('dev9', { answers: 1200, nonanswers: 300, conversations: 200 }, 'l', true));

  // dev10: eight more authors in parallel (round 11), asked for ordinary customers on every step,
  // multi-item surveys, grievances of every category, recogniser output, call-flow steps, real non-answers.
  it('hold an independent dev10 split (round 11) over every dialog and answer category',
    independentSplit('dev10', { answers: 1200, nonanswers: 300, conversations: 200 }, 'm', true));

  // dev11: eight more authors in parallel (round 12), asked for everyday satisfaction answers, the
  // item and fixed/solved steps, grievances and look-alikes, recogniser and dialect speech, the call flow.
  it('hold an independent dev11 split (round 12) over every dialog and answer category',
    independentSplit('dev11', { answers: 1200, nonanswers: 300, conversations: 200 }, 'n', true));

  // dev12: seven more authors in parallel (round 13), asked for mixed feelings and slang on the satisfaction
  // and score steps, grievances and look-alikes on every step, the item and yes/no steps with English and mixed
  // answers, the call flow in recogniser and dialect speech, real phone non-answers, whole calls of both kinds.
  it('hold an independent dev12 split (round 13) over every dialog and answer category',
    independentSplit('dev12', { answers: 1200, nonanswers: 300, conversations: 200 }, 'o', true));

  // dev13: seven more authors in parallel (round 14), asked for northern and long-winded speakers on the
  // satisfaction and score steps, grievances told by their consequences beside look-alikes, partial and conditional
  // yes/no answers and English speakers, the realities of a phone call, phone-audio non-answers, whole calls.
  it('hold an independent dev13 split (round 14) over every dialog and answer category',
    independentSplit('dev13', { answers: 1200, nonanswers: 300, conversations: 200 }, 'p', true));

  // dev14: seven more authors in parallel (round 15), asked for the recogniser at its worst on answer words, households
  // and conditions, money in euphemism and safety told as worries, yes/no answered by a test, device temperatures,
  // non-native English, the survey negotiated, telephony artefacts as non-answers, calls handed over and screened.
  it('hold an independent dev14 split (round 15) over every dialog and answer category',
    independentSplit('dev14', { answers: 1200, nonanswers: 300, conversations: 200 }, 'q', true));

  // dev15: seven more authors in parallel (round 16), asked for southern and south-western Mandarin, set phrases and net
  // slang, feelings instead of levels, privacy and products pushed for gain, damage told in detail, colloquial yes and
  // no, native English idioms and sarcasm, calendar-anchored times, smart speakers and children as non-answers, dialect
  // calls, answering assistants and wrong numbers that turn into the customer.
  it('hold an independent dev15 split (round 16) over every dialog and answer category',
    independentSplit('dev15', { answers: 1200, nonanswers: 300, conversations: 200 }, 'r', true));

  // dev16: seven more authors in parallel (round 17), asked for northern and north-eastern Mandarin, stories with the
  // verdict inside, grades and stars, engineers who coach the callback and fees on the spot, counter-questions and
  // double negatives, lunar and event-anchored times, opt-outs citing the law, ESL and voice-typed English, recogniser
  // homophones, dictation and broadcasts as non-answers, calls answered ahead and verdicts changed, tenants and carers.
  it('hold an independent dev16 split (round 17) over every dialog and answer category',
    independentSplit('dev16', { answers: 1200, nonanswers: 300, conversations: 200 }, 's', true));

  // dev17: seven more authors in parallel (round 18), asked for written registers said aloud, rhetorical questions,
  // fractions and half marks, answers typed by SMS and chat (pinyin, emoji, shorthand, typing slips), the survey itself
  // as a grievance, barge-in and elliptical answers, questions about the survey, echoes of the bot's prompt and SMS
  // auto-replies as non-answers, typed whole calls and callbacks after a reschedule.
  it('hold an independent dev17 split (round 18) over every dialog and answer category',
    independentSplit('dev17', { answers: 1200, nonanswers: 300, conversations: 200 }, 't', true));

  // dev18: seven more authors in parallel (round 19), asked for ordinary customers in their natural proportions (the
  // middle 90% of a normal week: brief verdicts with a reason, hedges, plain grievances, busy customers, relatives,
  // ordinary non-answers of real calls) rather than a theme of rare forms.
  it('hold an independent dev18 split (round 19) over every dialog and answer category',
    independentSplit('dev18', { answers: 1200, nonanswers: 300, conversations: 200 }, 'u', true));

  // dev19: eight more authors in parallel (round 20), asked again for ordinary customers in natural proportions, this
  // time divided by industry (telecom, heating, renovation and unicom), English and typed, the unhappy minority.
  it('hold an independent dev19 split (round 20) over every dialog and answer category',
    independentSplit('dev19', { answers: 1200, nonanswers: 300, conversations: 200 }, 'v', true));

  // dev20: eight more authors in parallel (round 21), asked this time for the issue's own categories, each author a
  // group of them over every dialog, as the first corpus was (scales as said, complaints on every step, the call's
  // flow, English and mixed, recogniser, dialect and elderly speech), hard items included.
  it('hold an independent dev20 split (round 21) over every dialog and answer category',
    independentSplit('dev20', { answers: 1200, nonanswers: 300, conversations: 300 }, 'w', true));
  // dev21: eight more authors in parallel (round 22), weighted toward what the unseen figures miss most: non-answers of real
  // calls (two authors), answers with little or no evidence, the unhappy customer on every step, typed answers, and whole
  // calls with non-answers and hard answers inside them.
  it('hold an independent dev21 split (round 22) over every dialog, weighted toward non-answers and no evidence',
    independentSplit('dev21', { answers: 1000, nonanswers: 700, conversations: 400 }, 'x', true));
  // dev22: eight more authors in parallel (round 23), toward the two targets still short on the test split: the unhappy
  // customer who never says 不满意 (recall), levels, scores and temperatures as said (value), elderly and dialect speakers,
  // intents and times, non-answers of real calls (two authors) and whole calls of both industries.
  // (No author was asked for go-ahead or verb-echo answers on their own; they appear inside the conversations.)
  it('hold an independent dev22 split (round 23) over every dialog, weighted toward unhappy customers and scales as said',
    independentSplit('dev22', { answers: 600, nonanswers: 250, conversations: 150 }, 'y', true, ['go_ahead', 'verb_echo']));
  // dev23: eight more authors in parallel (round 24): unhappy customers who never say 不满意 (stories, comparisons,
  // resignation), levels and yes/no as said, ordinary heating customers and ordinary telecom and renovation customers
  // (one author each), non-answers of real calls (two authors) and whole calls of both industries.
  it('hold an independent dev23 split (round 24) over every dialog, weighted toward unhappy customers and ordinary calls',
    independentSplit('dev23', { answers: 650, nonanswers: 250, conversations: 170 }, 'z', true));

  it('have unique ids across every file', () => {
    const ids = [...answers, ...nons, ...convs].map((x) => x.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('cover every dialog in dialogs/, the English one too, with answers and conversations', () => {
    const dialogs = loadRegistry().all().map((d) => `${d.spec.id}|${d.spec.locale}`);
    expect(dialogs.length).toBeGreaterThanOrEqual(9);
    for (const d of dialogs) {
      expect(answers.some((a) => `${a.dialog}|${a.locale}` === d), `answers for ${d}`).toBe(true);
      expect(convs.some((c) => `${c.dialog}|${c.locale}` === d), `conversations for ${d}`).toBe(true);
      expect(convs.some((c) => `${c.dialog}|${c.locale}` === d && c.split === 'test'), `test conversations for ${d}`).toBe(true);
    }
  });

  it("name real steps, and each answer's expectation is its step's", () => {
    for (const a of [...answers, ...nons]) expect(a.expect, a.id).toBe(expectationOf(a));
  });

  it('time every item explicitly: a now with an offset and an IANA zone', () => {
    for (const x of [...answers, ...nons, ...convs]) {
      expect(x.now, x.id).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d$/);
      expect(x.tz, x.id).toBe('Asia/Shanghai');
    }
  });

  it('non-answers all expect no value on a satisfaction or score question (dev3 to dev23: on yes/no and temperature questions too)', () => {
    for (const n of nons) {
      expect(n.expect, n.id).toMatch(/^[fghijklmnopqrstuvwxyz]-/.test(n.id) ? /^(csat3|yesno|scale:\d+-\d+(:度)?)$/ : /^(csat3|scale:\d+-\d+)$/);
      expect(n.value, n.id).toBeNull();
    }
  });

  it('leak no test item into train: the same words on the same step and clock appear once', () => {
    const key = (a: AnswerItem) => `${a.dialog}|${a.locale}|${a.step}|${a.now}|${a.text.replace(/[\s，。！？,.!?、…~]/g, '').toLowerCase()}`;
    const test = new Set([...answers, ...nons].filter((a) => a.split === 'test').map(key));
    const leaked = [...answers, ...nons].filter((a) => a.split !== 'test' && test.has(key(a))).map((a) => a.id);
    expect(leaked).toEqual([]);
    const convKey = (c: ConversationItem) => `${c.dialog}|${c.locale}|${c.lines.join('\n')}`;
    const testConvs = new Set(convs.filter((c) => c.split === 'test').map(convKey));
    expect(convs.filter((c) => c.split !== 'test' && testConvs.has(convKey(c))).map((c) => c.id)).toEqual([]);
  });

  it('conversations expect what their flags say: a dissatisfied customer escalates, a callback time comes with rescheduled', () => {
    for (const c of convs) {
      if (c.expect.dissatisfied) expect(c.expect.escalates, c.id).toBe(true);
      if (c.expect.callbackAt !== null) expect(c.expect.outcome, c.id).toBe('rescheduled');
    }
  });
});

describe('parsing', () => {
  const item = {
    id: 'a-positive-001',
    category: 'positive',
    tags: [],
    dialog: 'telecom-install',
    locale: 'zh-CN',
    step: 'satisfaction',
    expect: 'csat3',
    now: '2026-11-18T10:30:00+08:00',
    tz: 'Asia/Shanghai',
    text: '满意',
    value: 'satisfied',
    intent: null,
    complaint: null,
    at: null,
    dissatisfied: false,
  };

  it('reads NDJSON answers and names the line of a bad one', () => {
    expect(parseAnswers(`${JSON.stringify(item)}\n\n`)).toHaveLength(1);
    expect(() => parseAnswers(`${JSON.stringify(item)}\n{"id":`, 'x.ndjson')).toThrow(/x\.ndjson:2: not JSON/);
    expect(() => parseAnswers(JSON.stringify({ ...item, complaint: 'rude' }), 'x.ndjson')).toThrow(/x\.ndjson:1: complaint/);
    expect(() => parseAnswers(JSON.stringify({ ...item, extra: 1 }), 'x.ndjson')).toThrow(/x\.ndjson:1/);
    expect(() => parseAnswers(JSON.stringify({ ...item, now: '2026-11-18 10:30' }), 'x.ndjson')).toThrow(/now/);
  });

  it('reads YAML conversations and names the item of a bad one', () => {
    const conv = `- id: "c-telecom-install-001"
  dialog: "telecom-install"
  locale: "zh-CN"
  category: "happy"
  tags: []
  now: "2026-11-18T10:30:00+08:00"
  tz: "Asia/Shanghai"
  variables: {customerName: "张先生"}
  lines: ["是", "#1", ""]
  expect: {outcome: "completed", level: "satisfied", escalates: false, dissatisfied: false, callbackAt: null}
`;
    expect(parseConversations(conv)[0]!.lines).toEqual(['是', '#1', '']);
    expect(() => parseConversations(conv.replace('"completed"', '"done"'), 'c.yaml')).toThrow(/c\.yaml: item 1: expect\.outcome/);
  });

  it('takes --split, --json, --verbose and --counts, and refuses anything else', () => {
    expect(parseArgs([]).splits).toEqual(['train', 'dev', 'dev2', 'dev3', 'dev4', 'dev5', 'dev6', 'dev7', 'dev8', 'dev9', 'dev10', 'dev11', 'dev12', 'dev13', 'dev14', 'dev15', 'dev16', 'dev17', 'dev18', 'dev19', 'dev20', 'dev21', 'dev22', 'dev23', 'test']);
    expect(parseArgs(['--split', 'dev4']).splits).toEqual(['dev4']);
    expect(parseArgs(['--split', 'dev3']).splits).toEqual(['dev3']);
    expect(parseArgs(['--split', 'dev']).splits).toEqual(['dev']);
    expect(parseArgs(['--split', 'dev2']).splits).toEqual(['dev2']);
    expect(parseArgs(['--split', 'test']).splits).toEqual(['test']);
    expect(parseArgs(['--split=all', '--json', '--verbose'])).toEqual({ splits: ['train', 'dev', 'dev2', 'dev3', 'dev4', 'dev5', 'dev6', 'dev7', 'dev8', 'dev9', 'dev10', 'dev11', 'dev12', 'dev13', 'dev14', 'dev15', 'dev16', 'dev17', 'dev18', 'dev19', 'dev20', 'dev21', 'dev22', 'dev23', 'test', 'all'], json: true, verbose: true, counts: false });
    expect(() => parseArgs(['--split', 'valid'])).toThrow(/test, train, dev, dev2, dev3, dev4, dev5, dev6, dev7, dev8, dev9, dev10, dev11, dev12, dev13, dev14, dev15, dev16, dev17, dev18, dev19, dev20, dev21, dev22, dev23 or all/);
    expect(() => parseArgs(['--fast'])).toThrow(/unknown argument/);
  });

  it('names the corpus files by kind and split', () => {
    expect(corpusFile('answers', 'test')).toMatch(/test\/corpus\/answers\.test\.ndjson$/);
    expect(corpusFile('conversations', 'train')).toMatch(/conversations\.train\.yaml$/);
    expect(corpusFile('answers', 'dev2')).toMatch(/answers\.dev2\.ndjson$/);
  });
});

describe('matching an expectation', () => {
  it('takes a value, a list of acceptable values, or a range', () => {
    expect(matches('satisfied', 'satisfied')).toBe(true);
    expect(matches(['satisfied', 'very_satisfied'], 'very_satisfied')).toBe(true);
    expect(matches(['satisfied', null], null)).toBe(true);
    expect(matches('satisfied', null)).toBe(false);
    expect(matches(null, 'satisfied')).toBe(false);
    expect(matches(8, 8)).toBe(true);
    expect(matches([8, 7], 7.5)).toBe(false);
    expect(matches({ from: 0, to: 6 }, 6)).toBe(true);
    expect(matches({ from: 0, to: 6 }, 6.5)).toBe(false);
    expect(matches(true, 'true')).toBe(false);
  });

  it('compares times as instants, and windows inclusively', () => {
    expect(matches('2026-11-18T15:00:00+08:00', '2026-11-18T07:00:00Z')).toBe(true);
    expect(matches('2026-11-18T15:00:00+08:00', '2026-11-18T15:00:01+08:00')).toBe(false);
    const w = { from: '2026-11-19T09:00:00+08:00', to: '2026-11-19T12:00:00+08:00' };
    expect(matches(w, '2026-11-19T12:00:00+08:00')).toBe(true);
    expect(matches(w, '2026-11-19T12:30:00+08:00')).toBe(false);
    expect(matches(w, null)).toBe(false);
    expect(matches([null, w], null)).toBe(true);
  });

  it('accepts a default slot only inside calling hours and after the call', () => {
    const now = '2026-11-18T10:30:00+08:00';
    expect(withinCallingHours('2026-11-18T11:30:00+08:00', now, 'Asia/Shanghai')).toBe(true);
    expect(withinCallingHours('2026-11-18T10:30:00+08:00', now, 'Asia/Shanghai')).toBe(false);
    expect(withinCallingHours('2026-11-18T21:00:00+08:00', now, 'Asia/Shanghai')).toBe(false);
    expect(withinCallingHours('2026-11-19T08:59:00+08:00', now, 'Asia/Shanghai')).toBe(false);
    expect(withinCallingHours('2026-11-19T01:00:00Z', now, 'Asia/Shanghai')).toBe(true);
  });
});

const base: AnswerItem = {
  id: 'a-test-001',
  category: 'complaint',
  tags: [],
  dialog: 'telecom-install',
  locale: 'zh-CN',
  step: 'satisfaction',
  expect: 'csat3',
  now: '2026-11-18T10:30:00+08:00',
  tz: 'Asia/Shanghai',
  text: '师傅迟到了两个小时',
  value: 'dissatisfied',
  intent: null,
  complaint: 'late',
  at: null,
  dissatisfied: true,
};
const pred = (p: Partial<AnswerPrediction>): AnswerPrediction => ({ value: null, intent: null, complaint: null, confidence: 0.9, at: null, ...p });

describe('scoring a single answer', () => {
  it('counts a missing complaint field as null: the category is wrong, the value can still be right', () => {
    const s = scoreAnswer(base, pred({ value: 'dissatisfied' }));
    expect(s.value).toBe(true);
    expect(s.complaint).toBe(false);
    expect(s.dissatisfiedReached).toBe(true);
    expect(s.ok).toBe(false);
  });

  it('accepts the complaint intent on a described grievance, but not another intent', () => {
    expect(scoreAnswer(base, pred({ value: 'dissatisfied', intent: 'complaint', complaint: 'late' })).ok).toBe(true);
    expect(scoreAnswer(base, pred({ value: 'dissatisfied', intent: 'human', complaint: 'late' })).spuriousIntent).toBe(true);
  });

  it('does not score intents outside the six known names', () => {
    const who = { ...base, category: 'who_calling', text: '你是机器人吗', value: null, complaint: null, dissatisfied: false };
    const s = scoreAnswer(who, pred({ intent: 'identity_question' }));
    expect(s.spuriousIntent).toBe(false);
    expect(s.offTopicLevel).toBe(false);
    expect(s.ok).toBe(true);
  });

  it('counts an answer without evidence that got a level', () => {
    const none = { ...base, category: 'no_evidence', text: '不知道', value: null, complaint: null, dissatisfied: false };
    expect(scoreAnswer(none, pred({ value: 'satisfied' })).offTopicLevel).toBe(true);
    expect(scoreAnswer(none, pred({ value: 'satisfied' })).value).toBe(false);
    // a measure (度) is not a level
    const temp = { ...none, dialog: 'heating-repair', step: 'temperature', expect: 'scale:0-40:度' };
    expect(scoreAnswer(temp, pred({ value: 20 })).offTopicLevel).toBeUndefined();
  });

  it('scores intents only where one is expected, spurious ones where none is', () => {
    const opt = { ...base, category: 'opt_out', text: '别再打了', value: null, intent: 'opt_out', complaint: null, dissatisfied: false };
    expect(scoreAnswer(opt, pred({ intent: 'opt_out' })).intent).toBe(true);
    expect(scoreAnswer(opt, pred({})).intent).toBe(false);
    const lenient = { ...opt, intent: ['reschedule', null] };
    expect(scoreAnswer(lenient, pred({})).intent).toBe(true);
    const plain = { ...opt, intent: null };
    expect(scoreAnswer(plain, pred({ intent: 'repeat' })).spuriousIntent).toBe(true);
    expect(scoreAnswer(plain, pred({})).intent).toBeUndefined();
  });

  it('scores a callback time only where one is expected, in its window', () => {
    const busy = { ...base, category: 'reschedule', text: '在开车，下午三点再打', value: null, intent: 'reschedule', complaint: null, dissatisfied: false, at: '2026-11-18T15:00:00+08:00' };
    expect(scoreAnswer(busy, pred({ intent: 'reschedule', at: '2026-11-18T15:00:00+08:00' })).at).toBe(true);
    expect(scoreAnswer(busy, pred({ intent: 'reschedule', at: '2026-11-18T03:00:00+08:00' })).at).toBe(false);
    expect(scoreAnswer({ ...busy, at: null }, pred({ intent: 'reschedule' })).at).toBeUndefined();
  });

  it('records an exception as a failure', () => {
    const s = scoreAnswer(base, { ...pred({}), error: 'boom' });
    expect(s.ok).toBe(false);
    expect(s.error).toBe('boom');
  });

  it('reads the unhappy yes/no of a step from the script', () => {
    expect(unhappyYesNo({ dialog: 'telecom-repair', locale: 'zh-CN', step: 'fixed_check' })).toBe(false);
    expect(unhappyYesNo({ dialog: 'renovation', locale: 'zh-CN', step: 'violations' })).toBe(true);
    expect(unhappyYesNo({ dialog: 'renovation', locale: 'zh-CN', step: 'design' })).toBe(false);
    expect(unhappyYesNo({ dialog: 'renovation', locale: 'zh-CN', step: 'recommend' })).toBeNull();
    expect(unhappyYesNo({ dialog: 'telecom-install', locale: 'zh-CN', step: 'convenient' })).toBeNull();
  });

  it('sees dissatisfaction in a low level, the unhappy yes/no or a complaint', () => {
    const rating = { ...base, dialog: 'unicom-engineer', step: 'rating', expect: 'scale:0-10' };
    expect(signalsDissatisfied(rating, pred({ value: 6 }))).toBe(true);
    expect(signalsDissatisfied(rating, pred({ value: 7 }))).toBe(false);
    expect(signalsDissatisfied(rating, pred({ value: 9, complaint: 'money' }))).toBe(true);
    const fixed = { ...base, dialog: 'telecom-repair', step: 'fixed_check', expect: 'yesno' };
    expect(signalsDissatisfied(fixed, pred({ value: false }))).toBe(true);
    expect(signalsDissatisfied(fixed, pred({ value: true }))).toBe(false);
    const temp = { ...base, dialog: 'heating-repair', step: 'temperature', expect: 'scale:0-40:度' };
    expect(signalsDissatisfied(temp, pred({ value: 2 }))).toBe(false);
    expect(signalsDissatisfied(base, pred({ intent: 'complaint' }))).toBe(true);
  });

  it('sums the figures over the items they apply to', () => {
    const scores = [
      scoreAnswer(base, pred({ value: 'dissatisfied', complaint: 'late' })),
      scoreAnswer(base, pred({ value: 'satisfied' })),
      scoreAnswer({ ...base, id: 'a-test-003', category: 'positive', text: '满意', value: 'satisfied', complaint: null, dissatisfied: false }, pred({ value: 'satisfied' })),
    ];
    const f = summarizeAnswers(scores);
    expect(f.valueAccuracy).toEqual({ hits: 2, n: 3, rate: 2 / 3 });
    expect(f.dissatisfiedRecall).toEqual({ hits: 1, n: 2, rate: 0.5 });
    expect(f.complaintAccuracy).toEqual({ hits: 1, n: 2, rate: 0.5 });
    expect(f.intentAccuracy).toEqual({ hits: 0, n: 0, rate: null });
    expect(f.byCategory.complaint).toEqual({ hits: 1, n: 2, rate: 0.5 });
    expect(rate([true, undefined, false]).n).toBe(2);
  });

  it('counts non-answers given a level, per kind', () => {
    const items = [{ ...base, category: 'name', value: null }, { ...base, category: 'name', value: null }, { ...base, category: 'greeting', value: null }];
    const s = summarizeNonAnswers(items, [pred({ value: 'satisfied' }), pred({}), pred({})]);
    expect(s.levelGiven).toEqual({ hits: 1, n: 3, rate: 1 / 3 });
    expect(s.byKind.name).toEqual({ hits: 1, n: 2, rate: 0.5 });
  });
});

describe('scoring a conversation', () => {
  const conv: ConversationItem = {
    id: 'c-telecom-install-999',
    dialog: 'telecom-install',
    locale: 'zh-CN',
    category: 'hangup_unhappy',
    tags: [],
    now: '2026-11-18T10:30:00+08:00',
    tz: 'Asia/Shanghai',
    variables: {},
    lines: ['是', '方便', '不满意'],
    expect: { outcome: 'hung_up', level: 'dissatisfied', escalates: true, dissatisfied: true, callbackAt: null },
  };
  const got = (r: Partial<ConversationResult>): ConversationResult => ({ outcome: 'hung_up', level: 'dissatisfied', escalation: null, callbackAt: null, flags: [], ...r });

  it('a dissatisfied customer who hung up before an escalation did not reach a person', () => {
    const s = scoreConversation(conv, got({}));
    expect(s.outcome).toBe(true);
    expect(s.reachedPerson).toBe(false);
    expect(s.ok).toBe(false);
    expect(scoreConversation(conv, got({ escalation: 'dissatisfied' })).ok).toBe(true);
  });

  it('an escalation of a content customer is a false escalation', () => {
    const happy = { ...conv, category: 'happy', expect: { outcome: 'completed', level: 'satisfied', escalates: false, dissatisfied: false, callbackAt: null } } as ConversationItem;
    const s = scoreConversation(happy, got({ outcome: 'escalated', level: 'satisfied', escalation: 'dissatisfied' }));
    expect(s.falseEscalation).toBe(true);
    expect(s.reachedPerson).toBeUndefined();
  });

  it('checks callbackAt against a time, a window or "any" slot within calling hours', () => {
    const later = { ...conv, category: 'reschedule', expect: { outcome: 'rescheduled', level: null, escalates: false, dissatisfied: false, callbackAt: 'any' } } as ConversationItem;
    expect(scoreConversation(later, got({ outcome: 'rescheduled', level: null, callbackAt: '2026-11-18T10:30:00+08:00' })).callbackAt).toBe(false);
    expect(scoreConversation(later, got({ outcome: 'rescheduled', level: null, callbackAt: '2026-11-18T14:00:00+08:00' })).ok).toBe(true);
    const at = { ...later, expect: { ...later.expect, callbackAt: { from: '2026-11-18T19:00:00+08:00', to: '2026-11-18T20:00:00+08:00' } } } as ConversationItem;
    expect(scoreConversation(at, got({ outcome: 'rescheduled', level: null, callbackAt: '2026-11-18T19:00:00+08:00' })).callbackAt).toBe(true);
    expect(scoreConversation(at, got({ outcome: 'rescheduled', level: null, callbackAt: null })).callbackAt).toBe(false);
  });

  it('reports reasons and flags as their own figures, not as failures', () => {
    const c = { ...conv, expect: { ...conv.expect, reason: ['dissatisfied', 'complaint:late'], flag: 'late' } } as ConversationItem;
    const s = scoreConversation(c, got({ escalation: 'low_score', flags: ['low_score'] }));
    expect(s.reason).toBe(false);
    expect(s.flagged).toBe(false);
    expect(s.ok).toBe(true);
    expect(scoreConversation(c, got({ escalation: 'complaint:late', flags: ['complaint:late'] })).flagged).toBe(true);
  });

  it('sums the conversation figures and checks them against the targets', () => {
    const scores = [scoreConversation(conv, got({ escalation: 'dissatisfied' })), scoreConversation(conv, got({}))];
    const c = summarizeConversations(scores);
    expect(c.reachedPerson).toEqual({ hits: 1, n: 2, rate: 0.5 });
    expect(c.outcomeRight.rate).toBe(1);
    expect(c.falseEscalations.n).toBe(0);
    const a = summarizeAnswers([scoreAnswer(base, pred({ value: 'dissatisfied', complaint: 'late' }))]);
    const n = summarizeNonAnswers([], []);
    const t = checkTargets({ split: 'test', answers: a, nonanswers: n, conversations: c });
    expect(t.find((x) => x.label.includes('reaching a person'))).toMatchObject({ rate: 0.5, met: false });
    expect(t.find((x) => x.label.includes('outcome right'))).toMatchObject({ met: true });
    expect(t.find((x) => x.label.includes('non-answers'))).toMatchObject({ rate: null, met: null });
  });
});

describe('the harness end to end', () => {
  it('runs corpus items through interpret and try', async () => {
    const { predictAnswer, runConversationItem, resultOfRun } = await import('../../scripts/eval-corpus.js');
    const a = loadAnswers('answers', 'train').find((x) => x.expect === 'csat3')!;
    const p = predictAnswer(a);
    expect(p).toHaveProperty('value');
    expect(p).toHaveProperty('complaint');
    const c = loadConversations('train').find((x) => x.lines.every((l) => l.startsWith('#')))!;
    const r = resultOfRun(await runConversationItem(c));
    expect(r.outcome).not.toBeNull();
    // keypad-only conversations do not depend on understanding words
    expect(scoreConversation(c, r).ok).toBe(true);
  });

  it('the test split is a file per kind', () => {
    for (const k of ['answers', 'nonanswers', 'conversations'] as const) expect(Object.keys(FROZEN)).toContain(corpusFile(k, 'test').split('/').pop());
  });
});
