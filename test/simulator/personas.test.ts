import { describe, expect, it } from 'vitest';
import {
  classifyQuestion,
  createPersona,
  keypadOptions,
  PERSONA_KINDS,
  PERSONA_MIX,
  personaMix,
  personasByNumber,
  mixWithAnswerRate,
  NOT_ANSWERING,
  type Heard,
  type PersonaKind,
} from '../../src/simulator/personas.js';
import { gatherSpec, parseTwiml } from '../../src/simulator/twiml.js';

const both = gatherSpec({ name: 'Gather', attrs: { input: 'speech dtmf' }, children: [], text: '' });
const keysOnly = gatherSpec({ name: 'Gather', attrs: { input: 'dtmf', numDigits: '1' }, children: [], text: '' });
const heard = (text: string, turn = 1, gather = both): Heard => ({ text, turn, gather });

const Q = {
  identity: '请问您是张先生本人吗？是请说“是”或按1，不是请按2。',
  convenient: '您今天办理的宽带安装已经完工，想占用您一分钟做个回访，现在方便吗？方便请按1，不方便请按2。',
  csat: '请问您对这次宽带安装服务满意吗？非常满意请按1，满意请按2，不满意请按3。',
  reason: '很抱歉给您带来不便。请问您不满意的主要原因是什么？请直接说出来，不便说明请按0。',
  score10: '请您用0到10分为本次服务打分，10分为非常满意。可以直接说分数，或按0到9键打分，10分请按星号键。',
  score5: '请您对我们的整体服务打分，5分非常满意，4分比较满意，3分感觉一般，2分不满意，1分非常不满意，0分感觉极差。请直接说分数，或按0到5键。',
  when: '那好的，不好意思打扰您了，请问您什么时候方便？一小时后请按1，今天晚上请按2，明天上午请按3。',
  suggest: '最后，您对我们的工作还有什么意见或建议吗？请直接说，没有请按0。',
  violation: '请问您在施工过程中，是否发现公司人员有违反公司规定的行为，比如索要财物？有请按1，没有请按2。',
  fixed: '您反映的宽带故障已于今天处理，请问问题解决了吗？解决了请按1，没有解决请按2。',
  temp: '请问您家屋里现在大概多少度？可以直接说度数；20度以上请按1，18到20度请按2，16到18度请按3，16度以下请按4。',
};

describe('reading the prompt', () => {
  it('classifies questions from the words alone', () => {
    expect(classifyQuestion(Q.identity)).toBe('yesno');
    expect(classifyQuestion(Q.convenient)).toBe('yesno');
    expect(classifyQuestion(Q.csat)).toBe('satisfaction');
    expect(classifyQuestion(Q.reason)).toBe('open');
    expect(classifyQuestion(Q.score10)).toBe('score');
    expect(classifyQuestion(Q.score5)).toBe('score');
    expect(classifyQuestion(Q.when)).toBe('time');
    expect(classifyQuestion(Q.suggest)).toBe('open');
    expect(classifyQuestion(Q.violation)).toBe('yesno');
    expect(classifyQuestion(Q.temp)).toBe('temperature');
  });

  it('reads the keypad options the prompt announces', () => {
    expect(keypadOptions(Q.csat)).toEqual([
      { label: '非常满意', key: '1' },
      { label: '满意', key: '2' },
      { label: '不满意', key: '3' },
    ]);
    expect(keypadOptions(Q.identity)).toEqual([
      { label: '是', key: '1' },
      { label: '不是', key: '2' },
    ]);
    expect(keypadOptions(Q.score10)).toEqual([{ label: '10分', key: '*' }]);
  });

  it('parses TwiML', () => {
    const doc = parseTwiml(
      '<?xml version="1.0"?><Response><Gather input="speech dtmf" action="/x?a=1&amp;t=2" hints="是,不是"><Say>你好 &lt;测试&gt;</Say></Gather><Hangup/></Response>',
    );
    expect(doc.children.map((c) => c.name)).toEqual(['Gather', 'Hangup']);
    expect(doc.children[0]?.attrs.action).toBe('/x?a=1&t=2');
    expect(doc.children[0]?.children[0]?.text).toBe('你好 <测试>');
    expect(gatherSpec(doc.children[0]!)).toMatchObject({ input: ['speech', 'dtmf'], hints: ['是', '不是'] });
  });
});

describe('personas answer by habit', () => {
  const speech = (kind: PersonaKind, text: string, seed = 1, g = both) =>
    createPersona(kind, seed, { habits: { keypad: kind === 'keypad_only' ? 1 : 0 } }).respond(heard(text, 1, g));

  it('satisfied: yes, satisfied, a high score in words, no complaints', () => {
    expect(speech('satisfied', Q.identity)).toMatchObject({ kind: 'speech', text: expect.stringMatching(/是|对/) });
    expect(speech('satisfied', Q.convenient)).toMatchObject({ kind: 'speech', text: expect.stringMatching(/方便|可以|对|是/) });
    expect(speech('satisfied', Q.csat)).toMatchObject({ kind: 'speech', text: expect.stringMatching(/^(?!不).*满意/) });
    const s = speech('satisfied', Q.score10);
    expect(s).toMatchObject({ kind: 'speech', text: expect.stringMatching(/[八九十]分/) });
    expect(speech('satisfied', Q.score5)).toMatchObject({ kind: 'speech', text: expect.stringMatching(/[四五]分/) });
    expect(speech('satisfied', Q.suggest)).toMatchObject({ kind: 'speech', text: expect.stringMatching(/没/) });
    expect(speech('satisfied', Q.violation)).toMatchObject({ kind: 'speech', text: expect.stringMatching(/^没有/) });
    expect(speech('satisfied', Q.fixed)).toMatchObject({ kind: 'speech', text: expect.not.stringMatching(/没有/) });
  });

  it('dissatisfied: 不满意, then a concrete reason that fits the service', () => {
    const p = createPersona('dissatisfied', 4, { habits: { keypad: 0 } });
    expect(p.respond(heard(Q.csat, 2))).toMatchObject({ kind: 'speech', text: expect.stringMatching(/不.*满意/) });
    const r = p.respond(heard(Q.reason, 3));
    expect(r.kind).toBe('speech');
    expect(['师傅迟到了两个小时', '网还是断', '装完以后网速很慢', '师傅态度不好', '说好上午来，下午才到']).toContain((r as { text: string }).text);
    expect(p.respond(heard(Q.fixed, 4))).toMatchObject({ text: expect.stringMatching(/^没有，/) });
    expect(p.respond(heard(Q.score10, 5))).toMatchObject({ text: expect.stringMatching(/[三四五六]分/) });
  });

  it('busy now: call me at 3 pm', () => {
    expect(speech('busy_later', Q.convenient)).toMatchObject({ kind: 'speech', text: '现在不方便，下午三点再打' });
    expect(speech('busy_later', Q.when)).toMatchObject({ kind: 'speech', text: '下午三点吧' });
  });

  it('keypad only: presses the announced keys, * for 10, 0 to skip', () => {
    expect(speech('keypad_only', Q.identity)).toEqual({ kind: 'dtmf', digits: '1' });
    expect(speech('keypad_only', Q.csat)).toMatchObject({ kind: 'dtmf', digits: expect.stringMatching(/^[12]$/) });
    expect(speech('keypad_only', Q.suggest)).toEqual({ kind: 'dtmf', digits: '0' });
    const tens = Array.from({ length: 20 }, (_, i) => speech('keypad_only', Q.score10, i)).filter((r) => r.kind === 'dtmf');
    expect(tens.every((r) => ['8', '9', '*'].includes((r as { digits: string }).digits))).toBe(true);
  });

  it('everyone uses keys when the Gather takes only dtmf', () => {
    for (const kind of ['satisfied', 'dissatisfied', 'mumbler'] as const) {
      expect(speech(kind, Q.csat, 1, keysOnly).kind).toBe('dtmf');
    }
  });

  it('asks for a human, opts out, mumbles, stays silent, hangs up', () => {
    expect(speech('human', Q.convenient)).toMatchObject({ text: expect.stringContaining('转人工') });
    expect(speech('opt_out', Q.convenient)).toMatchObject({ text: expect.stringContaining('别再打了') });
    const m = speech('mumbler', Q.csat);
    expect(m.kind).toBe('speech');
    expect((m as { confidence: number }).confidence).toBeLessThanOrEqual(0.4);
    expect((m as { text: string }).text).toContain('…');
    expect(speech('silent', Q.csat)).toEqual({ kind: 'silence' });
    expect(speech('machine', Q.csat)).toEqual({ kind: 'silence' });
    const h = createPersona('hang_up', 1, { habits: { hangUpAtTurn: 1, keypad: 0 } });
    expect(h.respond(heard(Q.identity, 0)).kind).toBe('speech');
    expect(h.respond(heard(Q.convenient, 1))).toEqual({ kind: 'hangup' });
  });

  it('pickup follows the kind', () => {
    expect(createPersona('no_answer', 1).pickup).toBe('no-answer');
    expect(createPersona('busy_line', 1).pickup).toBe('busy');
    expect(createPersona('machine', 1).pickup).toBe('machine');
    expect(createPersona('satisfied', 1).pickup).toBe('answer');
  });

  it('SMS replies', () => {
    const body = '您的宽带已安装完成，请问您对服务满意吗？满意回复1，不满意回复2。';
    expect(createPersona('satisfied', 1).replyToSms(body)).toMatch(/1|满意/);
    expect(createPersona('dissatisfied', 1).replyToSms(body)).toMatch(/^(2|不满意)，/);
    expect(createPersona('opt_out', 1).replyToSms(body)).toMatch(/退订|TD/);
    expect(createPersona('no_answer', 1).replyToSms(body)).toBeNull();
  });
});

describe('reproducible', () => {
  it('same kind and seed, same answers; other seeds vary', () => {
    for (const kind of PERSONA_KINDS) {
      const a = createPersona(kind, 123);
      const b = createPersona(kind, 123);
      for (const [i, q] of Object.values(Q).entries()) expect(a.respond(heard(q, i))).toEqual(b.respond(heard(q, i)));
      expect(a.habits).toEqual(b.habits);
    }
    const answers = new Set(Array.from({ length: 30 }, (_, s) => JSON.stringify(createPersona('satisfied', s).respond(heard(Q.csat)))));
    expect(answers.size).toBeGreaterThan(2);
  });

  it('personaMix: exact proportions, reproducible order', () => {
    const mix = personaMix(7, 1000);
    expect(mix).toHaveLength(1000);
    const count = (k: PersonaKind) => mix.filter((p) => p.kind === k).length;
    for (const [k, w] of PERSONA_MIX) expect(count(k)).toBe(w * 10);
    expect(personaMix(7, 50).map((p) => `${p.kind}/${p.seed}`)).toEqual(personaMix(7, 50).map((p) => `${p.kind}/${p.seed}`));
    expect(personaMix(8, 50).map((p) => p.kind)).not.toEqual(personaMix(7, 50).map((p) => p.kind));
    const satisfiedShare = mix.filter((p) => ['satisfied', 'keypad_only', 'mumbler', 'silent'].includes(p.kind)).length / 1000;
    expect(satisfiedShare).toBeCloseTo(0.7, 2);
  });

  it('personasByNumber: one persona per number, stable, with pinned numbers', () => {
    const f = personasByNumber(1, { '+8613800000000': 'opt_out' });
    expect(f('+8613800000000').kind).toBe('opt_out');
    expect(f('+8613800000001')).toBe(f('+8613800000001'));
    expect(personasByNumber(1)('+8613800000005').kind).toBe(personasByNumber(1)('+8613800000005').kind);
  });
});

describe('the answer rate (huifang simulator --answer-rate)', () => {
  it('weighs the not-answering kinds 1 - rate and keeps the proportions within each group', () => {
    const mix = mixWithAnswerRate(0.5);
    const weight = (answering: boolean) => mix.filter(([k]) => NOT_ANSWERING.has(k) !== answering).reduce((s, [, w]) => s + w, 0);
    expect(weight(true)).toBeCloseTo(50, 9);
    expect(weight(false)).toBeCloseTo(50, 9);
    const w = Object.fromEntries(mix);
    expect(w.no_answer! / w.busy_line!).toBeCloseTo(6 / 2, 9);
    expect(w.satisfied! / w.dissatisfied!).toBeCloseTo(62 / 10, 9);
    expect(() => mixWithAnswerRate(1.5)).toThrow(RangeError);
  });

  it('rate 1: every number picks up; rate 0: none does; the same seed and number, the same customer', () => {
    const all = personasByNumber(3, {}, mixWithAnswerRate(1));
    const none = personasByNumber(3, {}, mixWithAnswerRate(0));
    const numbers = Array.from({ length: 300 }, (_, i) => `+8613${String(100_000_000 + i * 37).slice(-9)}`);
    expect(numbers.filter((n) => all(n).pickup === 'no-answer' || all(n).pickup === 'busy')).toEqual([]);
    expect(numbers.filter((n) => none(n).pickup === 'answer' || none(n).pickup === 'machine')).toEqual([]);
    const again = personasByNumber(3, {}, mixWithAnswerRate(1));
    expect(numbers.map((n) => again(n).kind)).toEqual(numbers.map((n) => all(n).kind));
  });
});
