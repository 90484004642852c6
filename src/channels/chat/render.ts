/**
 * Pure chat rendering: engine effects -> message activities (prompts as text, the listen
 * step's keypad as suggested actions), and a typed reply -> an engine input. No IO.
 */
import type { Effect, Input, ListenEffect, Outcome } from '../../engine/types.js';
import type { Interpreter } from '../../nlu/types.js';

/** A message activity as the Bot Framework protocol carries it (the fields we set). */
export interface ChatMessage {
  type: 'message';
  text: string;
  textFormat: 'plain';
  locale?: string;
  inputHint?: 'acceptingInput' | 'expectingInput' | 'ignoringInput';
  suggestedActions?: { to: string[]; actions: { type: 'imBack'; title: string; value: string }[] };
}

export interface RenderedTurn {
  messages: ChatMessage[];
  /** The step the dialog now waits at, or null when it does not wait (ended). */
  listen: ListenEffect | null;
  /** The options of the waiting step as buttons: keypad digit -> label. */
  options: Record<string, string>;
  /** The text of the last question, for a reminder. */
  lastPrompt: string | null;
  end: Outcome | null;
  optedOut: boolean;
}

const FULL_WIDTH_DIGITS = /[０-９＊＃]/g;

/** Half-width digits, no surrounding blanks or final punctuation. */
export function normalizeReply(text: string): string {
  return text
    .replace(FULL_WIDTH_DIGITS, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .trim()
    .replace(/[。.!！?？~～]+$/u, '')
    .trim();
}

/**
 * Phone wording to chat wording: "按1" becomes "回复1", "press 1" becomes "reply 1", "没有听清"
 * becomes "没有看明白". The dialog scripts are written for the phone; the meaning stays.
 */
export function chatWording(text: string): string {
  return text
    .replace(/按\s*([0-9*#])/g, '回复$1')
    .replace(/请说(?=“|")/g, '请回复')
    .replace(/没有听清|没听清/g, (m) => (m === '没听清' ? '没看明白' : '没有看明白'))
    .replace(/\bpress ([0-9*#])/gi, 'reply $1');
}

/**
 * The suggested-action buttons of a keypad map. A button's title is the label; its value is
 * the label too (what the customer sees as their reply) unless two keys share a label, then
 * the digit. Either way {@link inputFromReply} maps the value back to the digit.
 */
export function suggestedActions(keypad: Record<string, string>): ChatMessage['suggestedActions'] | undefined {
  const entries = Object.entries(keypad);
  if (entries.length === 0) return undefined;
  const labels = entries.map(([, l]) => l);
  const unique = new Set(labels).size === labels.length && labels.every((l) => l.trim() !== '');
  return {
    to: [],
    actions: entries.map(([digit, label]) => ({ type: 'imBack', title: label || digit, value: unique ? label : digit })),
  };
}

/** Render one turn's effects as the messages to post, in order; the buttons go on the last one. */
export function renderEffects(effects: readonly Effect[], locale?: string): RenderedTurn {
  const messages: ChatMessage[] = [];
  let listen: ListenEffect | null = null;
  let end: Outcome | null = null;
  let optedOut = false;
  let lastPrompt: string | null = null;
  for (const e of effects) {
    if (e.type === 'prompt') {
      const text = chatWording(e.text);
      messages.push({ type: 'message', text, textFormat: 'plain', ...(locale ? { locale } : {}) });
      if (e.bargeIn) lastPrompt = text;
    } else if (e.type === 'listen') {
      listen = e;
    } else if (e.type === 'end') {
      end = e.outcome;
    } else if (e.type === 'opt_out') {
      optedOut = true;
    }
  }
  const options = listen ? { ...listen.keypad } : {};
  const last = messages[messages.length - 1];
  if (last) last.inputHint = listen ? 'expectingInput' : 'acceptingInput';
  if (listen && last) {
    const sa = suggestedActions(options);
    if (sa) last.suggestedActions = sa;
  }
  return { messages, listen, options, lastPrompt: listen ? lastPrompt : null, end, optedOut };
}

/**
 * A typed reply as an engine input: a reply equal to a button (its digit or its label) is a
 * keypad press; anything else is an answer text, without a recognizer confidence (typed text
 * is what the customer meant to write).
 */
export function inputFromReply(text: string, options: Record<string, string>, now?: string): Input {
  const t = normalizeReply(text);
  const at = now ? { now } : {};
  if (t !== '' && Object.prototype.hasOwnProperty.call(options, t) && /^[0-9*#]+$/.test(t)) return { type: 'digits', digits: t, ...at };
  const lower = t.toLowerCase();
  for (const [digit, label] of Object.entries(options)) {
    if (label && label.trim().toLowerCase() === lower && /^[0-9*#]+$/.test(digit)) return { type: 'digits', digits: digit, ...at };
  }
  return { type: 'answer', text: text.trim(), ...at };
}

/** Chat-only ways to say "stop messaging me" that the phone lexicon has no reason to know. */
const CHAT_OPT_OUT = /(别|不要|不用|甭|勿)(再)?(给我)?(发|发消息|发信息|推送|私信)|(stop|no more) (messages|messaging|texting)|^stop$/i;

/** The shared interpreter, plus the chat opt-out phrases above. */
export function chatInterpreter(base: Interpreter): Interpreter {
  return (text, expect, ctx) => {
    const r = base(text, expect, ctx);
    if (r.intent === null && CHAT_OPT_OUT.test(text.trim())) return { ...r, intent: 'opt_out', value: null, confidence: 0.9 };
    return r;
  };
}
