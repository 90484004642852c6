/**
 * `huifang interpret --expect <kind>`: interpret one utterance per stdin line and print one
 * JSON object per line ({text, value, intent, confidence, at, complaint}; `reservation: true` when the
 * complaint is a small reservation beside a positive answer, `person` with wrong_person, `learned: true` when the
 * value is the learned reader's guess, src/nlu/learned.ts). The CLI may read the clock
 * (default --now is the current time); the interpreter never does.
 */
import { createInterface } from 'node:readline';
import type { Command } from 'commander';
import { DateTime, IANAZone } from 'luxon';
import type { InterpretContext, Locale } from '../../nlu/types.js';
import { HuifangError } from '../../shared/errors.js';

interface InterpretOptions {
  expect: string;
  locale: string;
  now?: string;
  tz: string;
}

/** Build the context from the command-line options (exported for tests). */
export function contextFromOptions(opts: InterpretOptions, clock: () => Date = () => new Date()): InterpretContext {
  if (opts.locale !== 'zh-CN' && opts.locale !== 'en') {
    throw new HuifangError('HF_CLI_USAGE', `invalid --locale "${opts.locale}": use zh-CN or en`);
  }
  if (!IANAZone.isValidZone(opts.tz)) throw new HuifangError('HF_CLI_USAGE', `invalid --tz "${opts.tz}": use an IANA zone such as Asia/Shanghai`);
  let now: DateTime;
  if (opts.now !== undefined) {
    now = DateTime.fromISO(opts.now, { zone: opts.tz });
    if (!now.isValid) throw new HuifangError('HF_CLI_USAGE', `invalid --now "${opts.now}": use an ISO datetime such as 2026-11-22T10:30:00+08:00`);
  } else {
    now = DateTime.fromJSDate(clock());
  }
  const iso = now.setZone(opts.tz).set({ millisecond: 0 }).toISO({ suppressMilliseconds: true })!;
  return { locale: opts.locale as Locale, now: iso, timeZone: opts.tz };
}

/** Register `huifang interpret` on the program. */
export function register(program: Command): void {
  program
    .command('interpret')
    .description('interpret answers read from stdin (one per line) and print one JSON object per line')
    .requiredOption('--expect <kind>', 'csat3 | yesno | time | text | scale:MIN-MAX | choice:a|b|c')
    .option('--locale <locale>', 'zh-CN or en', 'zh-CN')
    .option('--now <iso>', 'the call\'s current time (ISO datetime), default: the current time')
    .option('--tz <zone>', 'IANA time zone of the customer', 'Asia/Shanghai')
    .action(async (opts: InterpretOptions) => {
      const { interpret, parseKind } = await import('../../nlu/index.js');
      let expect;
      let ctx: InterpretContext;
      try {
        expect = parseKind(opts.expect);
        ctx = contextFromOptions(opts);
      } catch (e) {
        if (e instanceof HuifangError) {
          process.stderr.write(`error ${e.code}: ${e.message}\n`);
          process.exitCode = 2;
          return;
        }
        throw e;
      }
      const rl = createInterface({ input: process.stdin, crlfDelay: Infinity });
      for await (const line of rl) {
        const r = interpret(line, expect, ctx);
        process.stdout.write(
          JSON.stringify({
            text: r.text, value: r.value, intent: r.intent, confidence: r.confidence, at: r.at, complaint: r.complaint ?? null,
            ...(r.reservation ? { reservation: true } : {}), ...(r.person ? { person: r.person } : {}),
            ...(r.learned ? { learned: true } : {}),
          }) + '\n',
        );
      }
    });
}
