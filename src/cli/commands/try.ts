/**
 * `huifang try <dialog-id>`: talk to a dialog in the terminal, one answer per line
 * (`#1` is keypad 1, an empty line is "no input"). Without a terminal on stdin it reads the
 * lines without prompting; when they run out, the customer hangs up.
 */
import { createInterface } from 'node:readline';
import type { Command } from 'commander';
import type { Session } from '../../engine/engine.js';
import type { DialogResult, Effect, Level } from '../../engine/types.js';
import { HuifangError } from '../../shared/errors.js';

function parseVars(pairs: string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const p of pairs) {
    const i = p.indexOf('=');
    if (i <= 0) throw new HuifangError('HF_CLI_USAGE', `--var takes name=value, not '${p}'`);
    out[p.slice(0, i)] = p.slice(i + 1);
  }
  return out;
}

/** Transcript labels, in the dialog's language (English dialogs print English labels). */
const LABELS = {
  'zh-CN': { bot: '机器人', customer: '客户', listen: '听', keypadOnly: '，仅按键', keys: '；按键', escalate: '转人工', reschedule: '改约', noTime: '未定', optOut: '登记免打扰', end: '结束', flag: '标记', silence: '（没有说话）', key: '按键', hangUp: '（挂断）' },
  en: { bot: 'Bot', customer: 'Customer', listen: 'listening', keypadOnly: ', keypad only', keys: '; keys', escalate: 'to a person', reschedule: 'call back', noTime: 'no time', optOut: 'do not call again', end: 'end', flag: 'flag', silence: '(silence)', key: 'key', hangUp: '(hangs up)' },
} as const;
type Labels = (typeof LABELS)[keyof typeof LABELS];

/** The transcript lines of the engine's effects. */
export function describeEffect(e: Effect, L: Labels = LABELS['zh-CN']): string | null {
  switch (e.type) {
    case 'prompt':
      return `${L.bot}: ${e.text}`;
    case 'listen':
      return `  [${L.listen}: ${e.expect.kind}${e.modes.includes('speech') ? '' : L.keypadOnly}${L.keys} ${Object.entries(e.keypad).map(([k, v]) => `${k}=${v}`).join(' ')}]`;
    case 'escalate':
      return `  [${L.escalate}: ${e.reason}]`;
    case 'reschedule':
      return `  [${L.reschedule}: ${e.at ?? L.noTime}]`;
    case 'opt_out':
      return `  [${L.optOut}]`;
    case 'flag':
      // Reservations and numbers to check are worth seeing; the other flags repeat an effect.
      return /^(reservation:|check_number)/.test(e.reason) ? `  [${L.flag}: ${e.reason}]` : null;
    case 'end':
      return `  [${L.end}: ${e.outcome}]`;
    default:
      return null;
  }
}

/** The transcript line of what the customer said or keyed (issue 13: the transcript reads as a conversation). */
export function describeLine(line: string, L: Labels = LABELS['zh-CN']): string {
  const t = line.trim();
  if (t === '') return `${L.customer}: ${L.silence}`;
  if (/^#[0-9*#]+$/.test(t)) return `${L.customer}: [${L.key} ${t.slice(1)}]`;
  return `${L.customer}: ${t}`;
}

/** What `huifang try --json` prints: the result of the call, one JSON object. */
export interface TryJson {
  dialog: string;
  outcome: DialogResult['outcome'];
  answers: DialogResult['answers'];
  score: { scale: string; raw: number | string; level: Level | null } | null;
  escalation: DialogResult['escalation'];
  callbackAt: string | null;
}

export interface TryOptions {
  /** Template variables (`--var name=value`). */
  variables?: Record<string, string>;
  /** zh-CN or en: which variant of the dialog. */
  locale?: string | undefined;
  /** The call's local time, ISO with offset; default: the current time at each turn. */
  now?: string | undefined;
  /** IANA time zone, default Asia/Shanghai. */
  timeZone?: string;
  /** Called with the effects of every turn, in order (the CLI prints them). */
  onEffects?: (effects: Effect[]) => void;
  /** Called when the next line is awaited (the CLI shows its prompt). */
  onWaiting?: () => void;
  /** Called with each customer line before it is played (the CLI prints it in the transcript). */
  onLine?: (line: string) => void;
}

export interface TryRun {
  /** Exactly what `try --json` prints. */
  json: TryJson;
  /** The full result (flags and the step a hung-up call stopped at included). */
  result: DialogResult;
}

/** The printed JSON of a result. */
export function tryJson(result: DialogResult): TryJson {
  const { dialog, outcome, answers, score, escalation, callbackAt } = result;
  return { dialog, outcome, answers, score: score ? { scale: score.scale, raw: score.raw, level: score.level } : null, escalation, callbackAt };
}

/**
 * Play a conversation as `huifang try` does: the customer's lines (`#1` keypad, '' no input)
 * one per turn, the session through JSON between turns; when the lines run out before the
 * dialog ends, the customer hangs up. The corpus harness (scripts/eval-corpus.ts) calls this
 * in-process, so that it measures the same path as `try --json`.
 */
export async function runTry(id: string, lines: AsyncIterable<string> | Iterable<string>, o: TryOptions = {}): Promise<TryRun> {
  // Loaded here, not at the top: `huifang --help` must not load the engine (src/cli/main.ts).
  const [{ loadRegistry }, { interpret }, { inputFromLine }, { resultOf, step }] = await Promise.all([
    import('../../engine/registry.js'),
    import('../../nlu/index.js'),
    import('../../engine/conversation.js'),
    import('../../engine/engine.js'),
  ]);
  const dialog = loadRegistry().get(id, o.locale);
  const tz = o.timeZone ?? 'Asia/Shanghai';
  const show = o.onEffects ?? (() => undefined);
  const now = () => o.now ?? new Date().toISOString();
  const opts = { interpret, timeZone: tz };
  let r = step(dialog, null, { type: 'start', variables: o.variables ?? {}, now: now(), timeZone: tz }, opts);
  show(r.effects);
  let stored = JSON.stringify(r.session);
  const ended = () => r.session.done || r.session.state === '__hung_up';
  o.onWaiting?.();
  for await (const line of lines) {
    if (ended()) break;
    o.onLine?.(line);
    r = step(dialog, JSON.parse(stored) as Session, inputFromLine(line.trim(), now()), opts);
    stored = JSON.stringify(r.session);
    show(r.effects);
    if (ended()) break;
    o.onWaiting?.();
  }
  if (!ended()) {
    r = step(dialog, JSON.parse(stored) as Session, { type: 'hang_up' }, opts);
    show(r.effects);
  }
  const result = resultOf(dialog, r.session);
  return { json: tryJson(result), result };
}

export function register(program: Command): void {
  program
    .command('try')
    .description('talk to a dialog in the terminal (#1 = keypad 1, empty line = no input)')
    .argument('<dialog-id>', 'a dialog id, e.g. telecom-install')
    .option('--json', 'print the result as one JSON object on the last line')
    .option('--var <name=value...>', 'template variables, e.g. --var customerName=张先生', [])
    .option('--locale <locale>', 'zh-CN or en')
    .option('--now <iso>', "the call's local time, ISO with offset (default: now)")
    .option('--tz <zone>', 'IANA time zone', 'Asia/Shanghai')
    .action(async (id: string, o: { json?: boolean; var: string[]; locale?: string; now?: string; tz: string }) => {
      const { loadRegistry } = await import('../../engine/registry.js');
      const dialog = loadRegistry().get(id, o.locale); // an unknown dialog is reported before anything else, as before
      const L = LABELS[dialog.spec.locale];
      const variables = parseVars(o.var);
      const interactive = Boolean(process.stdin.isTTY);
      const quiet = Boolean(o.json && !interactive);
      const print = (effects: Effect[]) => {
        if (quiet) return;
        for (const e of effects) {
          const line = describeEffect(e, L);
          if (line) process.stdout.write(line + '\n');
        }
      };
      // With a terminal, readline echoes what is typed after the prompt (issue 13: the transcript reads as a conversation).
      const rl = createInterface({ input: process.stdin, terminal: interactive, ...(interactive ? { output: process.stdout } : {}) });
      // Take the line iterator now: lines read while the interpreter loads are buffered by it.
      const it = rl[Symbol.asyncIterator]();
      try {
        const { json } = await runTry(id, { [Symbol.asyncIterator]: () => it }, {
          variables,
          locale: o.locale,
          now: o.now,
          timeZone: o.tz,
          onEffects: print,
          onWaiting: () => {
            if (interactive) process.stdout.write(`${L.customer}> `);
          },
          // Piped lines are not shown by a terminal: the transcript prints them. A typed line is
          // on screen after the prompt already; it is labelled there.
          onLine: (line) => {
            if (!quiet && !interactive) process.stdout.write(describeLine(line, L) + '\n');
          },
        });
        if (o.json) process.stdout.write(JSON.stringify(json) + '\n');
      } finally {
        rl.close();
      }
    });
}
