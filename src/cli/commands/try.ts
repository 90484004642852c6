/**
 * `huifang try <dialog-id>`: talk to a dialog in the terminal, one answer per line
 * (`#1` is keypad 1, an empty line is "no input"). Without a terminal on stdin it reads the
 * lines without prompting; when they run out, the customer hangs up.
 */
import { createInterface } from 'node:readline';
import type { Command } from 'commander';
import type { Session } from '../../engine/engine.js';
import type { Effect } from '../../engine/types.js';
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

function describe(e: Effect): string | null {
  switch (e.type) {
    case 'prompt':
      return `机器人: ${e.text}`;
    case 'listen':
      return `  [听: ${e.expect.kind}${e.modes.includes('speech') ? '' : '，仅按键'}；按键 ${Object.entries(e.keypad).map(([k, v]) => `${k}=${v}`).join(' ')}]`;
    case 'escalate':
      return `  [转人工: ${e.reason}]`;
    case 'reschedule':
      return `  [改约: ${e.at ?? '未定'}]`;
    case 'opt_out':
      return '  [登记免打扰]';
    case 'end':
      return `  [结束: ${e.outcome}]`;
    default:
      return null;
  }
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
      const [{ loadRegistry }, { interpret }, { inputFromLine }, { resultOf, step }] = await Promise.all([
        import('../../engine/registry.js'),
        import('../../nlu/index.js'),
        import('../../engine/conversation.js'),
        import('../../engine/engine.js'),
      ]);
      const dialog = loadRegistry().get(id, o.locale);
      const interactive = Boolean(process.stdin.isTTY);
      const print = (effects: Effect[]) => {
        if (o.json && !interactive) return;
        for (const e of effects) {
          const line = describe(e);
          if (line) process.stdout.write(line + '\n');
        }
      };
      const now = () => o.now ?? new Date().toISOString();
      const opts = { interpret, timeZone: o.tz };
      let r = step(dialog, null, { type: 'start', variables: parseVars(o.var), now: now(), timeZone: o.tz }, opts);
      print(r.effects);
      let stored = JSON.stringify(r.session);
      const rl = createInterface({ input: process.stdin, terminal: interactive });
      const ended = () => r.session.done || r.session.state === '__hung_up';
      if (interactive) process.stdout.write('客户> ');
      for await (const line of rl) {
        if (ended()) break;
        r = step(dialog, JSON.parse(stored) as Session, inputFromLine(line.trim(), now()), opts);
        stored = JSON.stringify(r.session);
        print(r.effects);
        if (ended()) break;
        if (interactive) process.stdout.write('客户> ');
      }
      rl.close();
      if (!ended()) {
        r = step(dialog, JSON.parse(stored) as Session, { type: 'hang_up' }, opts);
        print(r.effects);
      }
      const result = resultOf(dialog, r.session);
      if (o.json) {
        const { dialog: d, outcome, answers, score, escalation, callbackAt } = result;
        process.stdout.write(
          JSON.stringify({ dialog: d, outcome, answers, score: score ? { scale: score.scale, raw: score.raw, level: score.level } : null, escalation, callbackAt }) + '\n',
        );
      }
    });
}
