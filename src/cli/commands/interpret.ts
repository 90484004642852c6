/**
 * `huifang interpret --expect <kind>`: interpret one utterance per stdin line and print one
 * JSON object per line ({text, value, intent, confidence, at, complaint}; `reservation: true` when the
 * complaint is a small reservation beside a positive answer, `person` with wrong_person, `learned: true` when the
 * value is the learned reader's guess, src/nlu/learned.ts). The CLI may read the clock
 * (default --now is the current time); the interpreter never does.
 *
 * Round 15 (t15S): `--step <dialog>.<step>` reads as the engine does on that step of dialogs/ (in the dialog's
 * --locale): its expectation (with `yesReportsProblem` where "yes" reports a problem), its question, and (round 16)
 * the rules alone where the engine reads by the rules alone (who is speaking, is now a good time), so an answer
 * about another item than the one asked gives no yes or no (src/nlu/topics.ts); --expect is then optional (given,
 * it replaces the step's). `--question <text>` passes the words asked by hand. Neither --expect nor --step, or a
 * step that does not exist: HF_CLI_USAGE.
 */
import { createInterface } from 'node:readline';
import type { Command } from 'commander';
import { DateTime, IANAZone } from 'luxon';
import type { Expectation, InterpretContext, Locale } from '../../nlu/types.js';
import type { DialogRegistry } from '../../engine/registry.js';
import { HuifangError } from '../../shared/errors.js';

interface InterpretOptions {
  expect?: string;
  locale: string;
  now?: string;
  tz: string;
  step?: string;
  question?: string;
}

/**
 * The expectation and the question of a step of dialogs/, named `<dialog>.<step>` in a locale, as the engine
 * passes them to the interpreter, from the dialogs of `registry` (loadRegistry(); exported for the corpus harness, scripts/eval-corpus.ts).
 * @throws HuifangError HF_CLI_USAGE when the dialog, in that locale, has no such listening step
 */
export function stepReading(dialogStep: string, locale: string, registry: DialogRegistry): { expect: Expectation; question: string; learned?: false } {
  const dot = dialogStep.lastIndexOf('.');
  const usage = () => new HuifangError('HF_CLI_USAGE', `invalid --step "${dialogStep}": no such step in dialogs/ (${locale}); use <dialog>.<step>, e.g. renovation.quality`);
  if (dot <= 0 || dot === dialogStep.length - 1) throw usage();
  let d;
  try {
    d = registry.get(dialogStep.slice(0, dot), locale);
  } catch {
    throw usage();
  }
  const ls = d.listens.get(dialogStep.slice(dot + 1));
  if (!ls || d.spec.locale !== locale) throw usage();
  // Round 16: as in a call, the learned reader guesses only answers about the service (not who is speaking, not
  // whether now is a good time): the step's learnedReads (src/engine/compile.ts).
  return { expect: ls.expect, question: ls.prompt, ...(ls.learnedReads ? {} : { learned: false as const }) };
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
    .option('--expect <kind>', 'csat3 | yesno | time | text | scale:MIN-MAX | choice:a|b|c (optional with --step)')
    .option('--step <dialog.step>', "read as on this step of dialogs/ (in --locale's dialog): its expectation and its question")
    .option('--question <text>', 'the words asked (an answer about another item then gives no yes or no)')
    .option('--locale <locale>', 'zh-CN or en', 'zh-CN')
    .option('--now <iso>', 'the call\'s current time (ISO datetime), default: the current time')
    .option('--tz <zone>', 'IANA time zone of the customer', 'Asia/Shanghai')
    .action(async (opts: InterpretOptions) => {
      const { interpret, parseKind } = await import('../../nlu/index.js');
      const { loadRegistry } = await import('../../engine/registry.js');
      let expect: Expectation;
      let ctx: InterpretContext;
      try {
        ctx = contextFromOptions(opts);
        if (opts.step === undefined && opts.expect === undefined) throw new HuifangError('HF_CLI_USAGE', 'give --expect <kind> or --step <dialog>.<step>');
        const step = opts.step !== undefined ? stepReading(opts.step, opts.locale, loadRegistry()) : null;
        expect = opts.expect !== undefined ? parseKind(opts.expect) : step!.expect;
        const question = opts.question ?? step?.question;
        if (question !== undefined) ctx.question = question;
        if (step?.learned === false) ctx.learned = false;
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
