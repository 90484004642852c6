import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileDialog } from '../../src/engine/compile.js';
import { runConversation } from '../../src/engine/conversation.js';
import { resultOf, step, type Session } from '../../src/engine/engine.js';
import { exactInterpreter } from '../../src/engine/exact-interpreter.js';
import { lintFile, lintSpec } from '../../src/engine/lint.js';
import { dialogFiles, parseDialog, validateDialog } from '../../src/engine/load.js';
import { parseDocument } from 'yaml';
import { loadRegistry } from '../../src/engine/registry.js';
import type { Input } from '../../src/engine/types.js';
import type { Interpreter } from '../../src/nlu/types.js';
import { HuifangError } from '../../src/shared/errors.js';

const reg = loadRegistry();
/** The validated spec of an already parsed object, as JSON (what parseDialog returns). */
function validateSpec(raw: unknown, file: string): unknown {
  const r = validateDialog(raw, file);
  if ('problems' in r) throw new Error(JSON.stringify(r.problems));
  return JSON.parse(JSON.stringify(r.spec));
}
const opts = { interpret: exactInterpreter };
const NOW = '2026-11-23T10:00:00+08:00';

function play(id: string, inputs: Input[], o = opts) {
  const d = reg.get(id, 'zh-CN');
  let r = step(d, null, { type: 'start', variables: { customerName: '李女士' }, now: NOW }, o);
  const all = [r];
  for (const i of inputs) {
    r = step(d, JSON.parse(JSON.stringify(r.session)) as Session, i, o);
    all.push(r);
  }
  return { d, r, all };
}

describe('step function', () => {
  it('a turn on a restored session gives exactly what the live session gives', () => {
    const d = reg.get('telecom-install', 'zh-CN');
    const inputs: Input[] = [{ type: 'digits', digits: '1' }, { type: 'no_input' }, { type: 'answer', text: '方便' }, { type: 'answer', text: '不满意' }, { type: 'answer', text: '网速慢' }];
    let live = step(d, null, { type: 'start', now: NOW }, opts);
    let restored = live;
    for (const i of inputs) {
      live = step(d, live.session, i, opts);
      restored = step(d, JSON.parse(JSON.stringify(restored.session)) as Session, i, opts);
      expect(restored).toEqual(live);
    }
    expect(live.session.done).toBe(true);
  });

  it("computes a score's level once, with the tenant's rules when given (default: the domain's)", () => {
    const d = reg.get('unicom-engineer', 'zh-CN');
    const eight = (rules?: Parameters<typeof step>[3]['levelRules']) => {
      let r = step(d, null, { type: 'start', now: NOW }, opts);
      r = step(d, r.session, { type: 'digits', digits: '8' }, { ...opts, ...(rules ? { levelRules: rules } : {}) });
      return r.effects.find((e) => e.type === 'set_score');
    };
    expect(eight()).toMatchObject({ scale: '0-10', raw: 8, level: 'satisfied' });
    expect(eight({ '0-10': { very_satisfied: 8, satisfied: 6, neutral: null } })).toMatchObject({ level: 'very_satisfied' });
  });

  it('never reads the clock: the same inputs give the same sessions at any time', () => {
    const a = play('telecom-install', [{ type: 'digits', digits: '1' }, { type: 'digits', digits: '2' }]);
    const b = play('telecom-install', [{ type: 'digits', digits: '1' }, { type: 'digits', digits: '2' }]);
    expect(JSON.stringify(a.r)).toBe(JSON.stringify(b.r));
  });

  it('confirms a low-confidence answer instead of guessing, and takes it after a yes', () => {
    const unsure: Interpreter = (text, expect, ctx) => ({ ...exactInterpreter(text, expect, ctx), confidence: text === '不满意' ? 0.4 : 1 });
    const { r, all } = play('telecom-install', [{ type: 'digits', digits: '1' }, { type: 'digits', digits: '1' }, { type: 'answer', text: '不满意' }, { type: 'digits', digits: '1' }], { interpret: unsure });
    const confirm = all[3]!.effects.find((e) => e.type === 'prompt');
    expect(confirm && 'text' in confirm ? confirm.text : '').toContain('您是说“不满意”，对吗？');
    expect(r.session.state).toBe('reason');
    expect(r.session.ctx.answers.satisfaction?.value).toBe('dissatisfied');
  });

  it('a denied confirmation asks again', () => {
    const unsure: Interpreter = (text, expect, ctx) => ({ ...exactInterpreter(text, expect, ctx), confidence: 0.4 });
    const { r } = play('telecom-install', [{ type: 'digits', digits: '1' }, { type: 'digits', digits: '1' }, { type: 'answer', text: '满意' }, { type: 'digits', digits: '2' }], { interpret: unsure });
    expect(r.session.state).toBe('satisfaction');
    expect(r.effects[0]).toMatchObject({ type: 'prompt', text: expect.stringContaining('好的，那请您再说一遍') });
  });

  it('speech confidence from the recognizer also triggers a confirmation', () => {
    const { r } = play('telecom-install', [{ type: 'digits', digits: '1' }, { type: 'digits', digits: '1' }, { type: 'answer', text: '满意', confidence: 0.3 }]);
    expect(r.session.state).toBe('satisfaction__confirm');
  });

  it('after a hang-up, a new call resumes at the step where it stopped (003 二.3(4))', () => {
    const { d, r } = play('telecom-install', [{ type: 'digits', digits: '1' }, { type: 'digits', digits: '1' }, { type: 'hang_up' }]);
    expect(resultOf(d, r.session)).toMatchObject({ outcome: 'hung_up', stoppedAt: 'satisfaction' });
    expect(step(d, r.session, { type: 'digits', digits: '1' }, opts).ignored).toBe('ended');
    const resumed = step(d, r.session, { type: 'resume' }, opts);
    expect(resumed.session.state).toBe('satisfaction');
    expect(resumed.effects[0]).toMatchObject({ type: 'prompt', text: expect.stringMatching(/^您好，刚才通话中断了.*请问您对这次/) });
    const done = step(d, resumed.session, { type: 'digits', digits: '2' }, opts);
    expect(resultOf(d, done.session)).toMatchObject({ outcome: 'completed', answers: { identity: { value: true }, satisfaction: { value: 'satisfied' } } });
  });

  it('a reschedule intent with a time ends at once with the callback time', () => {
    const withTime: Interpreter = (text, expect, ctx) =>
      text === '下午三点再打' ? { text, value: null, intent: 'reschedule', confidence: 0.9, at: '2026-11-23T15:00:00+08:00' } : exactInterpreter(text, expect, ctx);
    const { d, r } = play('telecom-install', [{ type: 'digits', digits: '1' }, { type: 'answer', text: '下午三点再打' }], { interpret: withTime });
    expect(resultOf(d, r.session)).toMatchObject({ outcome: 'rescheduled', callbackAt: '2026-11-23T15:00:00+08:00' });
    expect(r.effects.find((e) => e.type === 'prompt')).toMatchObject({ text: expect.stringContaining('今天下午3点') });
  });

  it('a reschedule intent without a time asks when', () => {
    const { r } = play('telecom-install', [{ type: 'digits', digits: '1' }, { type: 'answer', text: '现在不方便' }]);
    expect(r.session.state).toBe('ask_time');
  });

  it('a timeout (expired SMS session) ends incomplete without a word', () => {
    const { d, r } = play('telecom-install', [{ type: 'digits', digits: '1' }, { type: 'timeout' }]);
    expect(resultOf(d, r.session).outcome).toBe('incomplete');
    expect(r.effects.filter((e) => e.type === 'prompt')).toEqual([]);
  });

  it('repeated hedges or "say again" cannot keep the customer on the line for ever', () => {
    const { d, r } = play('telecom-install', [
      { type: 'digits', digits: '1' },
      { type: 'digits', digits: '1' },
      ...Array.from({ length: 10 }, () => ({ type: 'answer' as const, text: '你再说一遍' })),
    ]);
    expect(r.session.done).toBe(true);
    expect(resultOf(d, r.session).outcome).toBe('incomplete');
    // A hedge said again to the clarifying question is the customer's answer (round 8): neutral, and the call goes on.
    const h = play('telecom-install', [
      { type: 'digits', digits: '1' },
      { type: 'digits', digits: '1' },
      ...Array.from({ length: 10 }, () => ({ type: 'answer' as const, text: '一般' })),
    ]);
    expect(h.r.session.done).toBe(true);
    expect(resultOf(h.d, h.r.session)).toMatchObject({ outcome: 'completed', score: { raw: 'neutral' } });
  });

  it('keypad-only after the re-ask (issue 13: once in other words, then the keypad): the listen effect allows only dtmf', () => {
    const { r } = play('telecom-install', [{ type: 'no_input' }, { type: 'no_input' }]);
    const listen = r.effects.find((e) => e.type === 'listen');
    expect(listen).toMatchObject({ modes: ['dtmf'], keypad: { '1': '是', '2': '不是' } });
  });

  it('rejects malformed inputs with a coded error', () => {
    const d = reg.get('telecom-install', 'zh-CN');
    expect(() => step(d, null, { type: 'answer', text: 'x' }, opts)).toThrow(HuifangError);
    const s = step(d, null, { type: 'start' }, opts).session;
    expect(() => step(d, s, { type: 'digits', digits: '1a' }, opts)).toThrow(/HF_INPUT_INVALID|not an engine input/);
    expect(() => step(d, s, { type: 'nonsense' } as unknown as Input, opts)).toThrow(HuifangError);
  });

  it('refuses a session of another dialog or version', () => {
    const a = reg.get('telecom-install', 'zh-CN');
    const b = reg.get('telecom-repair', 'zh-CN');
    const s = step(a, null, { type: 'start' }, opts).session;
    expect(() => step(b, s, { type: 'no_input' }, opts)).toThrow(expect.objectContaining({ code: 'HF_SESSION_INVALID' }));
    expect(() => step(a, { ...s, state: 'nowhere' }, { type: 'no_input' }, opts)).toThrow(expect.objectContaining({ code: 'HF_SESSION_INVALID' }));
  });

  it('sessions restored into the same state stay independent (one resolved snapshot per state)', () => {
    const d = reg.get('telecom-install', 'zh-CN');
    const a = step(d, null, { type: 'start', variables: { customerName: '王先生' }, now: NOW }, opts).session;
    const b = step(d, null, { type: 'start', variables: { customerName: '赵女士' }, now: NOW }, opts).session;
    expect(a.state).toBe(b.state);
    const ra = step(d, a, { type: 'no_input' }, opts);
    const rb = step(d, b, { type: 'digits', digits: '1' }, opts);
    const ra2 = step(d, a, { type: 'no_input' }, opts);
    expect(ra2).toEqual(ra);
    expect(JSON.stringify(ra.effects)).toContain('王先生');
    expect(JSON.stringify(ra.effects)).not.toContain('赵女士');
    expect(rb.session.state).not.toBe(ra.session.state);
    expect(ra.session.ctx.tries).toBe(1);
    expect(rb.session.ctx.tries).toBe(0);
  });

  it('an unknown state is refused every time, not remembered', () => {
    const d = reg.get('telecom-repair', 'zh-CN');
    const s = step(d, null, { type: 'start' }, opts).session;
    for (let i = 0; i < 2; i++) {
      expect(() => step(d, { ...s, state: 'nowhere' }, { type: 'no_input' }, opts)).toThrow(expect.objectContaining({ code: 'HF_SESSION_INVALID' }));
    }
  });

  it('keeps every persisted session of every golden conversation under 4 KB', () => {
    for (const d of reg.all()) {
      const c = runConversation(d, ['#1', '#1', '#3', '#1', '#1', '#1', '#1', '#1', '#1', '#1', '#1', 'x'.repeat(200), '#0'], { interpret: exactInterpreter, now: NOW });
      expect(JSON.stringify(c.session).length, d.spec.id).toBeLessThanOrEqual(4096);
    }
  });

  it('the English variant runs the same steps', () => {
    const c = runConversation(reg.get('telecom-install', 'en'), ['yes', '#1', 'dissatisfied', 'too slow'], { interpret: exactInterpreter, now: NOW });
    expect(c.result).toMatchObject({ outcome: 'escalated', escalation: { reason: 'dissatisfied' } });
    expect(c.turns[0]!.said.join(' ')).toMatch(/China Telecom/);
  });

  it('the telecom-install steps come in this exact order: identity, convenient, satisfaction, reason only after 不满意, then escalate', () => {
    const asked = (lines: string[]) =>
      runConversation(reg.get('telecom-install', 'zh-CN'), lines, { interpret: exactInterpreter, now: NOW }).turns.flatMap((t) =>
        t.effects.flatMap((e) => (e.type === 'listen' ? [e.stepId] : e.type === 'escalate' ? [`escalate:${e.reason}`] : [])),
      );
    expect(asked(['#1', '#1', '#1'])).toEqual(['identity', 'convenient', 'satisfaction']);
    expect(asked(['#1', '#1', '#3', '慢'])).toEqual(['identity', 'convenient', 'satisfaction', 'reason', 'escalate:dissatisfied']);
  });
});

const GOOD = `
id: t
version: 1
title: t
locale: zh-CN
variables: { company: { default: 某公司 } }
sms: { template: survey, variables: { company: company } }
steps:
  - id: greeting
    say: 您好，这里是{{company}}。
    next: q
  - id: q
    ask: 满意吗？非常满意请按1，满意请按2，不满意请按3。
    expect: { kind: csat3 }
    keypad: { "1": very_satisfied, "2": satisfied, "3": dissatisfied }
    reprompt: 请按1、2或3。
    branches: [{ when: dissatisfied, goto: esc }]
    next: bye
  - id: esc
    escalate: dissatisfied
    next: bye
  - id: bye
    end: 再见。
`;

describe('dialog schema errors name the file, the step and the field', () => {
  it('accepts a good script', () => {
    expect(lintSpec(parseDialog(GOOD, 't.yaml'), 't.yaml')).toEqual([]);
  });
  it('a wrong expect kind', () => {
    expect(() => parseDialog(GOOD.replace('kind: csat3', 'kind: stars'), 't.yaml')).toThrow(/t\.yaml, step 'q', field expect(\.kind)?: .*yesno, csat3/);
  });
  it('a missing reprompt', () => {
    expect(() => parseDialog(GOOD.replace(/ {4}reprompt: .*\n/, ''), 't.yaml')).toThrow(/t\.yaml, step 'q', field reprompt/);
  });
  it('an unknown field', () => {
    expect(() => parseDialog(GOOD.replace('next: q', 'next: q\n    colour: red'), 't.yaml')).toThrow(/step 'greeting'.*unknown field\(s\) colour/);
  });
  it('a bad keypad key', () => {
    expect(() => parseDialog(GOOD.replace('"3": dissatisfied', '"33": dissatisfied'), 't.yaml')).toThrow(/step 'q', field keypad.*keypad key/);
  });
  it('a step of no kind', () => {
    expect(() => parseDialog(GOOD.replace('end: 再见。', 'finish: 再见。'), 't.yaml')).toThrow(/step 'bye', field \(kind\)/);
  });
  it('bad YAML', () => {
    expect(() => parseDialog('id: [', 't.yaml')).toThrow(/t\.yaml: not valid YAML/);
    expect(() => parseDialog(GOOD.replace('version: 1', 'version: 1\nversion: 2'), 't.yaml')).toThrow(/t\.yaml: not valid YAML: duplicated mapping key/);
  });
  it('every dialog of dialogs/ reads as the reference YAML 1.2 parser (the yaml package) reads it', () => {
    // load.ts parses with js-yaml (core schema) for a faster start; dates, yes/no and 1.1 octals stay strings or numbers as in `yaml`.
    for (const file of dialogFiles()) {
      const text = readFileSync(file, 'utf8');
      expect(JSON.parse(JSON.stringify(parseDialog(text, file))), file).toEqual(validateSpec(parseDocument(text).toJS(), file));
    }
    expect(parseDialog(GOOD.replace('title: t', 'title: 2026-12-03'), 't.yaml').title).toBe('2026-12-03');
  });
  it('errors carry the code HF_DIALOG_SCHEMA', () => {
    try {
      parseDialog(GOOD.replace('version: 1', 'version: one'), 't.yaml');
      expect.unreachable();
    } catch (e) {
      expect((e as HuifangError).code).toBe('HF_DIALOG_SCHEMA');
      expect((e as HuifangError).message).toMatch(/field version: version must be a whole number/);
    }
  });
});

describe('lint rules', () => {
  const lint = (yaml: string) => lintSpec(parseDialog(yaml, 't.yaml'), 't.yaml').map((p) => p.rule);
  it('an unreachable step', () => {
    expect(lint(GOOD + '  - id: lost\n    end: 再见。\n')).toContain('reachable');
  });
  it('a goto to nowhere', () => {
    expect(lint(GOOD.replace('goto: esc', 'goto: nowhere'))).toContain('references');
  });
  it('a dissatisfied answer that does not escalate', () => {
    expect(lint(GOOD.replace('goto: esc', 'goto: bye'))).toContain('escalates');
  });
  it('a scored scale without a low-score rule', () => {
    const y = GOOD.replace('expect: { kind: csat3 }', 'expect: { kind: scale, min: 0, max: 2 }').replace('keypad: { "1": very_satisfied, "2": satisfied, "3": dissatisfied }', 'keypad: { "0": 0, "1": 1, "2": 2 }').replace('非常满意请按1，满意请按2，不满意请按3', '请按0到2').replace('branches: [{ when: dissatisfied, goto: esc }]', '');
    expect(lint(y)).toContain('escalates');
  });
  it('a forbidden phrase (000 第四十六条)', () => {
    expect(lint(GOOD.replace('end: 再见。', 'end: 有意见，找我们领导去。'))).toContain('forbidden-phrase');
  });
  it('a keypad key not announced', () => {
    expect(lint(GOOD.replace('不满意请按3。', '不满意请说不满意。'))).toContain('keypad');
  });
  it('a greeting without the company (000 第十一条)', () => {
    expect(lint(GOOD.replace('这里是{{company}}', '这里是客服'))).toContain('greeting');
  });
  it('an undeclared variable', () => {
    expect(lint(GOOD.replace('再见。', '再见，{{nobody}}。'))).toContain('variables');
  });
  it('a say loop that never asks', () => {
    expect(lint(GOOD.replace('next: q', 'next: greeting'))).toEqual(expect.arrayContaining(['ends']));
  });
  it('a dialog without an SMS template, or one mapping a variable it does not have (Aliyun sends templates only)', () => {
    expect(lint(GOOD.replace(/^sms: .*\n/m, ''))).toContain('sms-template');
    expect(lint(GOOD.replace('variables: { company: company }', 'variables: { company: firm }'))).toContain('sms-template');
    expect(lint(GOOD.replace('variables: { company: company }', 'variables: { content: company }'))).toContain('sms-template');
  });
  it('lints files, reporting schema problems as problems', () => {
    const dir = mkdtempSync(join(tmpdir(), 'hf-lint-'));
    writeFileSync(join(dir, 'bad.yaml'), GOOD.replace('kind: csat3', 'kind: stars'));
    const problems = lintFile(join(dir, 'bad.yaml'));
    expect(problems[0]).toMatchObject({ file: 'bad.yaml', step: 'q', rule: 'schema' });
  });
  it('every shipped dialog is clean', () => {
    for (const d of reg.all()) expect(lintSpec(d.spec, d.spec.id)).toEqual([]);
  });
  it('compiles what lints', () => {
    expect(() => compileDialog(parseDialog(GOOD, 't.yaml'))).not.toThrow();
  });
});
