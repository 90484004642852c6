/**
 * The one renderer of Aliyun SmartCall answers: engine effects -> the JSON the platform's
 * 智能外呼回调 HTTP interface expects back (what to do next: play TTS, stop playing, transfer to
 * an agent, hang up; help.aliyun.com 112703). Pure (no IO, no clock).
 *
 * | effect                        | answer                                                               |
 * |-------------------------------|----------------------------------------------------------------------|
 * | prompt(s) + listen            | `action: "play"`, the prompts as TTS in the dialog's voice; `break`   |
 * |                               | (the customer may interrupt) from the prompt's bargeIn; `mute_time`  |
 * |                               | from the listen's timeout; `dtmf` with the keys when keypad answers  |
 * |                               | are possible                                                          |
 * | end                           | `action: "hangup"` after the closing words                            |
 * | end + a live transfer         | `action: "transfer"` to the agent's number after a notice             |
 * | anything else                 | nothing (stored by recordTurn)                                        |
 *
 * `dynamic_id` names the attempt and the turn the next callback answers (`<attempt>.<turn>`):
 * the platform gives it back in that callback, as Twilio gives back the Gather's action URL.
 * The field names follow the callback page's 返回参数 as far as the stored documentation shows
 * them; they are written here and nowhere else (docs/telephony-aliyun.md says what to check).
 */
import type { Effect } from '../../engine/types.js';

export interface SmartCallAction {
  action: 'play' | 'hangup' | 'transfer' | 'none';
  /** TTS text to play ('' for none). */
  content: string;
  content_type: 'tts';
  /** TTS voice. */
  voice: string;
  /** The customer may interrupt the prompt by speaking. */
  break: boolean;
  /** Silence before a `mute` callback (no input), ms. */
  mute_time?: number;
  /** Keypad answers: at most this many digits end the input. */
  dtmf?: { max_digits: number };
  /** Hang up after the content was played (a closing). */
  hangup_after_play?: boolean;
  /** The number a transfer rings (never logged). */
  transfer_to?: string;
  /** Given back in the next callback: `<attempt>.<turn>`. */
  dynamic_id: string;
}

export interface RenderActionOptions {
  attemptId: string;
  turn: number;
  voice: string;
  /** Spoken before anything else (the recording notice). */
  notice?: string | null;
  /** A live transfer to this number (the closing words give way to `transferText`). */
  transferTo?: string | null;
  transferText?: string;
}

/** `<attempt>.<turn>`, or `<attempt>.open` for the call's first callback. */
export function dynamicId(attemptId: string, turn: number | 'open'): string {
  return `${attemptId}.${turn}`;
}

/** The attempt and turn of a `dynamic_id`, or null. */
export function parseDynamicId(v: string | undefined | null): { attemptId: string; turn: number | 'open' } | null {
  const m = /^([A-Za-z0-9_-]{1,64})\.(open|\d{1,6})$/.exec(v ?? '');
  if (!m) return null;
  return { attemptId: m[1]!, turn: m[2] === 'open' ? 'open' : Number(m[2]) };
}

/** Render a turn's effects as the platform's next action. */
export function renderAction(effects: readonly Effect[], o: RenderActionOptions): SmartCallAction {
  const prompts = effects.filter((e): e is Extract<Effect, { type: 'prompt' }> => e.type === 'prompt');
  const listen = effects.find((e): e is Extract<Effect, { type: 'listen' }> => e.type === 'listen');
  const end = effects.find((e) => e.type === 'end');
  const texts = [...(o.notice ? [o.notice] : []), ...prompts.filter((p) => !(end && o.transferTo && p.stepId === end.stepId)).map((p) => p.text)];
  const base = { content_type: 'tts' as const, voice: o.voice, dynamic_id: dynamicId(o.attemptId, o.turn) };
  if (end && o.transferTo) {
    return { ...base, action: 'transfer', content: [...texts, o.transferText ?? ''].filter(Boolean).join(''), break: false, transfer_to: o.transferTo };
  }
  if (end || !listen) {
    return { ...base, action: 'hangup', content: texts.join(''), break: false, hangup_after_play: true };
  }
  const keys = Object.keys(listen.keypad);
  const keypad = listen.modes.includes('dtmf') && keys.length > 0;
  return {
    ...base,
    action: 'play',
    content: texts.join(''),
    break: prompts.some((p) => p.bargeIn) && listen.modes.includes('speech'),
    mute_time: Math.round(listen.timeoutSec * 1000),
    ...(keypad ? { dtmf: { max_digits: Math.max(...keys.map((k) => k.length)) } } : {}),
  };
}
