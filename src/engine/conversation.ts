/**
 * Running a whole conversation through the step function, with the session saved to JSON
 * and restored between every turn, as a server does. Used by `huifang try`, the demo and the
 * golden transcripts.
 */
import type { Interpreter } from '../nlu/types.js';
import type { CompiledDialog } from './compile.js';
import { resultOf, step, type Session } from './engine.js';
import type { DialogResult, Effect, Input, ListenEffect } from './types.js';

export interface Turn {
  /** What the customer did: text, `#1` for keypad 1, '' for no input; null for the start. */
  input: string | null;
  /** What the bot said in answer. */
  said: string[];
  effects: Effect[];
}

/** A line typed by a person or a script -> an engine input. */
export function inputFromLine(line: string, now?: string): Input {
  if (line === '') return { type: 'no_input' };
  if (/^#[0-9*#]+$/.test(line)) return { type: 'digits', digits: line.slice(1), ...(now ? { now } : {}) };
  return { type: 'answer', text: line, ...(now ? { now } : {}) };
}

export interface ConversationOptions {
  interpret: Interpreter;
  variables?: Record<string, string>;
  now?: string;
  timeZone?: string;
  /** Called after each turn (for printing as it goes). */
  onTurn?: (t: Turn) => void;
}

export interface Conversation {
  turns: Turn[];
  session: Session;
  result: DialogResult;
}

/**
 * Play `lines` against a dialog. When the lines run out before the dialog ends, the
 * customer hangs up. The session goes through JSON between every turn.
 */
export function runConversation(dialog: CompiledDialog, lines: Iterable<string>, opts: ConversationOptions): Conversation {
  const it = lines[Symbol.iterator]();
  return converse(dialog, () => {
    const next = it.next();
    return next.done ? null : next.value;
  }, opts);
}

/**
 * Play a conversation with a customer who answers what they hear: `respond` gets the last
 * listen effect (what is asked, the keypad) and the prompts said, and returns a line
 * (`#1`, '' or text) or null to hang up.
 */
export function converse(
  dialog: CompiledDialog,
  respond: (listen: ListenEffect | null, said: string[]) => string | null,
  opts: ConversationOptions,
): Conversation {
  const turns: Turn[] = [];
  const said = (effects: Effect[]) => effects.flatMap((e) => (e.type === 'prompt' ? [e.text] : []));
  const engineOpts = { interpret: opts.interpret, ...(opts.timeZone ? { timeZone: opts.timeZone } : {}) };
  let r = step(
    dialog,
    null,
    { type: 'start', variables: opts.variables ?? {}, ...(opts.now ? { now: opts.now } : {}), ...(opts.timeZone ? { timeZone: opts.timeZone } : {}) },
    engineOpts,
  );
  const first: Turn = { input: null, said: said(r.effects), effects: r.effects };
  turns.push(first);
  opts.onTurn?.(first);
  let stored = JSON.stringify(r.session);
  let last = first;
  while (!r.session.done && r.session.state !== '__hung_up') {
    const listen = [...last.effects].reverse().find((e): e is ListenEffect => e.type === 'listen') ?? null;
    const line = respond(listen, last.said);
    const input: Input = line === null ? { type: 'hang_up' } : inputFromLine(line, opts.now);
    r = step(dialog, JSON.parse(stored) as Session, input, engineOpts);
    stored = JSON.stringify(r.session);
    const t: Turn = { input: line, said: said(r.effects), effects: r.effects };
    last = t;
    turns.push(t);
    opts.onTurn?.(t);
  }
  const session = JSON.parse(stored) as Session;
  return { turns, session, result: resultOf(dialog, session) };
}
