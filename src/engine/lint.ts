/**
 * The dialog linter: checks a script beyond its schema. Every rule here protects a customer
 * or a supervisor: no dead ends, no lost "dissatisfied", no forbidden phrase, keypad keys
 * announced, the company named in the greeting.
 */
import { HuifangError } from '../shared/errors.js';
import { compileDialog, matchesWhen } from './compile.js';
import { DEFAULT_MESSAGES, placeholders } from './messages.js';
import { stepKind, stepTargets, type AskStepSpec, type DialogSpec, type StepSpec, type When } from './schema.js';
import { formatProblem, loadDialogFile } from './load.js';
import { basename } from 'node:path';

export interface LintProblem {
  file: string;
  step: string | null;
  rule: string;
  message: string;
}

/**
 * Forbidden service phrases (服务禁用语 000 第四十六条; 文明服务忌语 001 网管中心), compared
 * without punctuation or spaces. No prompt may contain one.
 */
export const FORBIDDEN_PHRASES = [
  '不知道这事不归我管',
  '我哪知道',
  '说了多少遍了',
  '还不明白',
  '自己看说明书',
  '不知道什么时候能修好',
  '等电话吧',
  '有意见找我们领导去',
  '现在没空',
  '我们不是为你一家服务的',
  '你问我我问谁',
  '你问我我去问谁',
  '你看有没有搞错',
  '不想用就别用',
  '不是我们的问题',
  '你自己想办法吧',
  '喂',
  '干什么',
  '没上班了',
  '你等着吧',
  '我正忙着',
  '急什么',
  '喊什么',
  '烦不烦',
  '我就这态度',
  '找领导去',
  '怎么不说明白',
  '早干什么的',
];

const strip = (s: string) => s.replace(/[\s\p{P}\p{S}]/gu, '');

/** The forbidden phrases a text contains. */
export function forbiddenIn(text: string): string[] {
  const t = strip(text);
  return FORBIDDEN_PHRASES.filter((p) => t.includes(p));
}

function texts(step: StepSpec): string[] {
  const out: string[] = [];
  for (const k of ['say', 'ask', 'reprompt', 'clarify', 'end', 'reschedule', 'confirm'] as const) {
    const v = (step as Record<string, unknown>)[k];
    if (typeof v === 'string') out.push(v);
  }
  return out;
}

function keyAnnounced(text: string, key: string, locale: string): boolean {
  // A range such as "按0到9键" or "press 0 to 9" announces every digit inside it.
  if (/^[0-9]$/.test(key)) {
    for (const m of text.matchAll(/(?:按|press )([0-9])\s*(?:到|至|-|to)\s*([0-9])/gi)) {
      if (Number(key) >= Number(m[1]) && Number(key) <= Number(m[2])) return true;
    }
  }
  if (locale === 'en') return new RegExp(`press ${key.replace(/[*#]/, '\\$&')}\\b|${key === '*' ? 'star' : key === '#' ? 'hash' : '\\b' + key + '\\b'}`, 'i').test(text);
  const word = key === '*' ? '(星号|\\*)' : key === '#' ? '(井号|#)' : key;
  return new RegExp(`按${word}`).test(text);
}

/** Values of an ask that must lead to a human. */
function escalatingValues(step: AskStepSpec): unknown[] {
  const e = step.expect;
  const when: When | undefined = step.escalateWhen ?? (e.kind === 'csat3' ? 'dissatisfied' : undefined);
  if (when === undefined) return [];
  const domain: unknown[] =
    e.kind === 'csat3'
      ? ['very_satisfied', 'satisfied', 'neutral', 'dissatisfied']
      : e.kind === 'scale'
        ? Array.from({ length: e.max - e.min + 1 }, (_, i) => e.min + i)
        : e.kind === 'yesno'
          ? [true, false]
          : e.kind === 'choice'
            ? e.options.map((o) => o.value)
            : [];
  return domain.filter((v) => matchesWhen(v, when));
}

function targetFor(step: AskStepSpec, value: unknown): string {
  for (const b of step.branches ?? []) if (matchesWhen(value, b.when)) return b.goto;
  return step.next;
}

/** Lint a validated spec. */
export function lintSpec(spec: DialogSpec, file: string): LintProblem[] {
  const problems: LintProblem[] = [];
  const add = (step: string | null, rule: string, message: string) => problems.push({ file, step, rule, message });
  const byId = new Map<string, StepSpec>();
  for (const s of spec.steps) {
    if (byId.has(s.id)) add(s.id, 'unique-ids', `step id '${s.id}' is used twice`);
    byId.set(s.id, s);
  }
  // Every dialog can run by SMS (the contact ladder's text step, 004 第五十二条), and on Aliyun an
  // SMS goes out only through an approved template: each dialog names its own.
  if (!spec.sms) add(null, 'sms-template', 'no SMS template: add `sms: { template: <name>, variables: { <template variable>: <dialog variable> } }` (docs/telephony-aliyun.md)');
  else {
    for (const [tv, dv] of Object.entries(spec.sms.variables ?? {})) {
      if (tv === 'content') add(null, 'sms-template', '`content` is the message text itself: map only the other template variables');
      if (!(spec.variables ?? {})[dv]) add(null, 'sms-template', `template variable ${tv} names ${dv}, which is not a variable of the dialog`);
    }
  }
  // References.
  for (const s of spec.steps) {
    for (const t of stepTargets(s)) if (!byId.has(t)) add(s.id, 'references', `goes to '${t}', which is not a step`);
  }
  if (spec.score) {
    const s = byId.get(spec.score);
    if (!s || stepKind(s) !== 'ask') add(null, 'references', `score names '${spec.score}', which is not an ask step`);
  }
  if (problems.length) return problems;

  const first = spec.steps[0]!;
  const isEnd = (s: StepSpec) => stepKind(s) === 'end' || stepKind(s) === 'reschedule';
  // Reachability: from the first step; a reschedule step is also reached by the reschedule intent.
  const seen = new Set<string>();
  const queue = [first.id, ...spec.steps.filter((s) => stepKind(s) === 'reschedule').map((s) => s.id)];
  while (queue.length) {
    const id = queue.pop()!;
    if (seen.has(id)) continue;
    seen.add(id);
    queue.push(...stepTargets(byId.get(id)!));
  }
  for (const s of spec.steps) if (!seen.has(s.id)) add(s.id, 'reachable', 'no path leads to this step');

  // Every path ends: an end is reachable from every step, and no loop lacks a question.
  const canEnd = new Set<string>(spec.steps.filter(isEnd).map((s) => s.id));
  for (let changed = true; changed; ) {
    changed = false;
    for (const s of spec.steps) {
      if (!canEnd.has(s.id) && stepTargets(s).some((t) => canEnd.has(t))) {
        canEnd.add(s.id);
        changed = true;
      }
    }
  }
  for (const s of spec.steps) if (!canEnd.has(s.id)) add(s.id, 'ends', 'no path from this step reaches an end');
  for (const s of spec.steps) {
    // A loop of say/escalate steps would never wait for the customer.
    const visiting = new Set<string>();
    let cur: StepSpec | undefined = s;
    while (cur && (stepKind(cur) === 'say' || stepKind(cur) === 'escalate')) {
      if (visiting.has(cur.id)) {
        add(s.id, 'ends', 'a loop of say/escalate steps never asks or ends');
        break;
      }
      visiting.add(cur.id);
      cur = byId.get((cur as { next: string }).next);
    }
  }

  // Every dissatisfied or low-score path escalates (004 第五十二条, 第五十四条).
  const escalatesOnEveryPath = (start: string): boolean => {
    const stack = [start];
    const visited = new Set<string>();
    while (stack.length) {
      const id = stack.pop()!;
      if (visited.has(id)) continue;
      visited.add(id);
      const s = byId.get(id)!;
      if (stepKind(s) === 'escalate') continue;
      if (isEnd(s)) return false;
      stack.push(...stepTargets(s));
    }
    return true;
  };
  for (const s of spec.steps) {
    if (stepKind(s) !== 'ask') continue;
    const a = s as AskStepSpec;
    if (a.expect.kind === 'scale' && (a.score ?? true) && a.escalateWhen === undefined) {
      add(s.id, 'escalates', 'a scored scale must say which scores are low (escalateWhen), so they reach a human');
    }
    for (const v of escalatingValues(a)) {
      if (!escalatesOnEveryPath(targetFor(a, v))) {
        add(s.id, 'escalates', `the answer ${JSON.stringify(v)} can end the call without escalating to a human`);
        break;
      }
    }
  }

  // Wording: forbidden phrases (000 第四十六条, 001 忌语), keypad keys announced, variables declared.
  const declared = new Set(Object.keys(spec.variables ?? {}));
  for (const s of spec.steps) {
    for (const t of texts(s)) {
      for (const p of forbiddenIn(t)) add(s.id, 'forbidden-phrase', `contains the forbidden phrase “${p}” (000 第四十六条, 001 忌语)`);
      for (const v of placeholders(t)) if (!declared.has(v)) add(s.id, 'variables', `uses {{${v}}}, which is not a declared variable`);
    }
    const k = stepKind(s);
    if (k === 'ask' || k === 'reschedule') {
      const keypad = (s as { keypad: Record<string, unknown> }).keypad;
      const prompt = k === 'ask' ? (s as AskStepSpec).ask : (s as { reschedule: string }).reschedule;
      if (Object.keys(keypad).length === 0) add(s.id, 'keypad', 'every question needs a keypad mapping');
      for (const key of Object.keys(keypad)) {
        if (!keyAnnounced(prompt, key, spec.locale)) add(s.id, 'keypad', `keypad key ${key} is not announced in the question`);
      }
    }
  }
  for (const [key, t] of Object.entries(spec.messages ?? {})) {
    for (const p of forbiddenIn(t ?? '')) add(null, 'forbidden-phrase', `message ${key} contains the forbidden phrase “${p}”`);
  }
  for (const t of Object.values(DEFAULT_MESSAGES[spec.locale])) {
    for (const p of forbiddenIn(t)) add(null, 'forbidden-phrase', `a default message contains the forbidden phrase “${p}”`);
  }

  // The greeting names the company (000 第十一条).
  const greeting = texts(first).join('');
  const company = spec.variables?.company?.default;
  if (!greeting.includes('{{company}}') && !(company && greeting.includes(company))) {
    add(first.id, 'greeting', 'the first step must name the company ({{company}}), 000 第十一条');
  }

  // It compiles to a machine.
  if (!problems.length) {
    try {
      compileDialog(spec);
    } catch (e) {
      add(null, 'compile', (e as Error).message);
    }
  }
  return problems;
}

/** Lint one file: schema problems first, then the rules above. */
export function lintFile(path: string): LintProblem[] {
  const file = basename(path);
  try {
    return lintSpec(loadDialogFile(path), file);
  } catch (e) {
    if (e instanceof HuifangError && e.code === 'HF_DIALOG_SCHEMA') {
      const list = (e.details?.problems as { file: string; step: string | null; field: string; message: string }[] | undefined) ?? [];
      if (!list.length) return [{ file, step: null, rule: 'schema', message: e.message }];
      return list.map((p) => ({ file, step: p.step, rule: 'schema', message: formatProblem(p).slice(p.file.length + 2) }));
    }
    throw e;
  }
}

export function formatLint(p: LintProblem): string {
  return `${p.file}${p.step ? `, step '${p.step}'` : ''} [${p.rule}]: ${p.message}`;
}
