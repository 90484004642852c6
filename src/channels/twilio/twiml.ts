/**
 * The one TwiML renderer: engine effects -> a TwiML document. Pure (no IO, no clock) and the
 * only module that touches twilio's VoiceResponse.
 *
 * | effect                          | TwiML                                                                   |
 * |---------------------------------|-------------------------------------------------------------------------|
 * | prompt (bargeIn false)          | `<Say language="cmn-CN" voice="Polly.Zhiyu-Neural">` or `<Play>` (TTS)  |
 * | prompt (bargeIn true) + listen  | the prompt nested inside `<Gather … bargeIn="true">` (speech interrupts)|
 * | listen, modes speech+dtmf       | `<Gather input="speech dtmf" language="cmn-Hans-CN" hints speechTimeout="auto" actionOnEmptyResult="true">` |
 * | listen, modes dtmf (keypad only)| `<Gather input="dtmf" …>`                                               |
 * | end                             | `<Hangup/>`, or the transfer verbs when a `transfer` option is passed:  |
 * |                                 | `<Dial><Conference>` (default), `<Enqueue>`, or `<Dial><Number>`        |
 * | record_answer, set_score, flag, escalate, reschedule, opt_out | nothing (stored by recordTurn)  |
 *
 * A prompt whose text has an audio URL in `audio` is played (`<Play>`), else spoken (`<Say>`).
 * The engine's escalate effect does not transfer by itself: a transfer is rendered only when
 * the caller passes `transfer` (see `transferTarget` in voice.ts).
 */
import twilio from 'twilio';
import type { Effect, ListenEffect } from '../../engine/types.js';

const { VoiceResponse } = twilio.twiml;
type Response = InstanceType<typeof VoiceResponse>;
type Gather = ReturnType<Response['gather']>;
type SayAttrs = NonNullable<Parameters<Response['say']>[0]>;
type GatherAttrs = NonNullable<Parameters<Response['gather']>[0]>;

/** Voices and recognition languages per dialog locale. */
export interface VoiceLocale {
  sayLanguage: SayAttrs['language'];
  sayVoice: SayAttrs['voice'];
  gatherLanguage: GatherAttrs['language'];
}

export const VOICE_LOCALES: Record<string, VoiceLocale> = {
  'zh-CN': { sayLanguage: 'cmn-CN', sayVoice: 'Polly.Zhiyu-Neural', gatherLanguage: 'cmn-Hans-CN' },
  en: { sayLanguage: 'en-US', sayVoice: 'Polly.Joanna-Neural', gatherLanguage: 'en-US' },
  'en-US': { sayLanguage: 'en-US', sayVoice: 'Polly.Joanna-Neural', gatherLanguage: 'en-US' },
};

/**
 * Where a live transfer goes.
 * - conference: the customer joins conference `name` (hf-<attempt id>) and waits with the hold
 *   message at `waitUrl` until an agent, rung into it through the REST API, joins; the agent
 *   hears the whisper (who and why) as an announcement. Conference events go to
 *   `statusCallback`; when the customer's `<Dial>` ends, Twilio asks `actionUrl` what next.
 * - queue: `<Enqueue>`; agents take the customer with `renderAgentDequeue` and hear the whisper.
 * - number: `<Dial><Number url=whisper>`.
 */
export type TransferTarget =
  | { kind: 'conference'; name: string; waitUrl: string; statusCallback: string; actionUrl: string }
  | { kind: 'queue'; queue: string; whisperUrl: string }
  | { kind: 'number'; number: string; whisperUrl: string; timeoutSec?: number; callerId?: string };

export interface RenderOptions {
  /** The Gather action URL: the next turn (`/twilio/voice?a=<attempt>&t=<turn>`, absolute). */
  actionUrl: string;
  /** Prompt text -> audio URL (from PromptAudio) for `<Play>`. */
  audio?: Readonly<Record<string, string>>;
  /** Spoken first, outside any Gather (the recording notice on the first turn of a call). */
  notice?: string | null;
  /** Render a transfer to a human instead of hanging up at the end. */
  transfer?: TransferTarget | null;
  /** The dialog's locale (default zh-CN). */
  locale?: string;
}

/** Said when a transfer does not connect (no agent answered, queue left). */
export const TRANSFER_FAILED_TEXT = '抱歉，人工客服暂时无法接通，稍后会有专人与您联系。谢谢您，再见。';
/** The hold message of a conference transfer (the wait URL), repeated until an agent joins. */
export const HOLD_TEXT = '正在为您接通人工客服，请稍候，不要挂机。';
/** Seconds of quiet between two hold messages. */
export const HOLD_PAUSE_SEC = 8;

function localeOf(locale: string | undefined): VoiceLocale {
  return VOICE_LOCALES[locale ?? 'zh-CN'] ?? (locale?.startsWith('en') ? VOICE_LOCALES.en : VOICE_LOCALES['zh-CN']) as VoiceLocale;
}

function speak(target: Response | Gather, text: string, loc: VoiceLocale, audio: Readonly<Record<string, string>> | undefined): void {
  const url = audio?.[text];
  if (url) target.play(url);
  else target.say({ language: loc.sayLanguage, voice: loc.sayVoice }, text);
}

function gatherAttrs(listen: ListenEffect, actionUrl: string, loc: VoiceLocale, nestedPrompts: boolean): GatherAttrs {
  const speech = listen.modes.includes('speech');
  const dtmf = listen.modes.includes('dtmf') || !speech;
  const keys = Object.keys(listen.keypad);
  const attrs: GatherAttrs = {
    input: speech && dtmf ? ['speech', 'dtmf'] : speech ? ['speech'] : ['dtmf'],
    action: actionUrl,
    method: 'POST',
  };
  if (speech) {
    attrs.language = loc.gatherLanguage;
    if (listen.hints.length) attrs.hints = listen.hints.join(',');
    attrs.speechTimeout = 'auto';
  }
  attrs.timeout = listen.timeoutSec;
  // Single-key menus end the Gather on the first key press; longer answers (0-10) end with # or silence.
  if (dtmf && keys.length > 0 && keys.every((k) => k.length === 1)) attrs.numDigits = 1;
  attrs.actionOnEmptyResult = true;
  if (speech && nestedPrompts) attrs.bargeIn = true;
  return attrs;
}

function renderTransfer(r: Response, t: TransferTarget, loc: VoiceLocale): void {
  if (t.kind === 'conference') {
    // The customer waits (startConferenceOnEnter false) until an agent starts the conference;
    // when the customer hangs up the conference ends (endConferenceOnExit), releasing the agent.
    // What follows is decided by the action URL (a goodbye, or nothing after a conversation).
    r.dial({ action: t.actionUrl, method: 'POST' }).conference(
      {
        startConferenceOnEnter: false,
        endConferenceOnExit: true,
        beep: 'false',
        waitUrl: t.waitUrl,
        waitMethod: 'POST',
        statusCallback: t.statusCallback,
        statusCallbackMethod: 'POST',
        statusCallbackEvent: ['start', 'end', 'join', 'leave'],
        participantLabel: 'customer',
      },
      t.name,
    );
    return;
  }
  if (t.kind === 'queue') {
    r.enqueue({}, t.queue);
  } else {
    const dial = r.dial({ timeout: t.timeoutSec ?? 20, ...(t.callerId ? { callerId: t.callerId } : {}) });
    dial.number({ url: t.whisperUrl }, t.number);
  }
  // Reached only when the transfer did not connect.
  r.say({ language: loc.sayLanguage, voice: loc.sayVoice }, TRANSFER_FAILED_TEXT);
  r.hangup();
}

/**
 * Render one turn's effects as TwiML.
 *
 * @example renderTwiml(r.effects, { actionUrl: 'https://example.org/twilio/voice?a=A1&t=1' })
 */
export function renderTwiml(effects: readonly Effect[], opts: RenderOptions): string {
  const loc = localeOf(opts.locale);
  const r = new VoiceResponse();
  if (opts.notice) speak(r, opts.notice, loc, opts.audio);
  const prompts = effects.filter((e): e is Extract<Effect, { type: 'prompt' }> => e.type === 'prompt');
  const listen = effects.find((e): e is ListenEffect => e.type === 'listen');
  const ended = effects.some((e) => e.type === 'end');
  if (listen) {
    // The trailing run of barge-in prompts goes inside the Gather; the rest is said first.
    let split = prompts.length;
    while (split > 0 && prompts[split - 1]?.bargeIn) split--;
    for (const p of prompts.slice(0, split)) speak(r, p.text, loc, opts.audio);
    const nested = prompts.slice(split);
    const g = r.gather(gatherAttrs(listen, opts.actionUrl, loc, nested.length > 0));
    for (const p of nested) speak(g, p.text, loc, opts.audio);
  } else {
    for (const p of prompts) speak(r, p.text, loc, opts.audio);
  }
  if (!listen && opts.transfer) renderTransfer(r, opts.transfer, loc);
  else if (ended) r.hangup();
  return r.toString();
}

/** Speak a text and hang up (fallback, refused calls). */
export function renderSayAndHangup(text: string | null, opts: { locale?: string; audio?: Readonly<Record<string, string>> } = {}): string {
  const r = new VoiceResponse();
  if (text) speak(r, text, localeOf(opts.locale), opts.audio);
  r.hangup();
  return r.toString();
}

/** The hold message a customer hears in a conference until an agent joins (the wait URL; Twilio repeats it). */
export function renderHold(): string {
  const r = new VoiceResponse();
  const loc = localeOf('zh-CN');
  r.say({ language: loc.sayLanguage, voice: loc.sayVoice }, HOLD_TEXT);
  r.pause({ length: HOLD_PAUSE_SEC });
  return r.toString();
}

/** `<Response/>`: acknowledges a webhook and changes nothing. */
export function renderEmpty(): string {
  return new VoiceResponse().toString();
}

/** The whisper an agent hears before being connected (a `url` on the transferred number or queue). */
export function renderWhisper(text: string, locale?: string): string {
  const r = new VoiceResponse();
  const loc = localeOf(locale);
  r.say({ language: loc.sayLanguage, voice: loc.sayVoice }, text);
  return r.toString();
}

/**
 * The agent side of a queue transfer: an agent's phone (or client) that runs this TwiML takes
 * the next waiting customer off the queue and hears the whisper first.
 */
export function renderAgentDequeue(queue: string, whisperUrl: string): string {
  const r = new VoiceResponse();
  r.dial().queue({ url: whisperUrl }, queue);
  return r.toString();
}

const REASON_ZH: Record<string, string> = {
  dissatisfied: '不满意',
  low_score: '低分',
  not_fixed: '故障未修复',
  complaint: '投诉',
  human_requested: '客户要求人工',
};

/**
 * The whisper text: who and why. No phone number (000 第四十三条(十一)).
 *
 * @example whisperText({ customerName: '张先生', title: '电信装机回访', reason: 'dissatisfied', detail: '师傅迟到了' })
 *   // '回访转接：张先生，电信装机回访，不满意，原因：师傅迟到了。'
 */
export function whisperText(w: { customerName?: string | null; title?: string | null; reason: string; detail?: string | null }): string {
  const parts = [w.customerName, w.title, REASON_ZH[w.reason] ?? w.reason].filter((p): p is string => !!p);
  return `回访转接：${parts.join('，')}${w.detail ? `，原因：${w.detail}` : ''}。`;
}

/** Said while the database does not answer on a call's first webhook: the call is held a moment and tried again. */
export const OUTAGE_HOLD_TEXT = '您好，请稍候。';
/** Said when an answer could not be stored (the database did not answer): the question is asked again. */
export const REPROMPT_TEXT = '抱歉，刚才没有听清，请您再说一遍。';

/**
 * Hold the caller: a short notice, a pause of `pauseSec`, then Twilio asks `redirectUrl`
 * again (the outage answer of a call's first webhook, docs/telephony.md).
 */
export function renderHoldAndRetry(redirectUrl: string, pauseSec: number, locale?: string): string {
  const loc = localeOf(locale);
  const r = new VoiceResponse();
  r.say({ language: loc.sayLanguage, voice: loc.sayVoice }, OUTAGE_HOLD_TEXT);
  r.pause({ length: pauseSec });
  r.redirect({ method: 'POST' }, redirectUrl);
  return r.toString();
}

/**
 * Ask for the answer again (speech or keypad) and send it to `actionUrl`: the outage answer
 * of a turn whose answer could not be stored. The turn number in `actionUrl` is unchanged, so
 * the answer counts once whichever request finally stores it.
 */
export function renderReprompt(actionUrl: string, locale?: string): string {
  const loc = localeOf(locale);
  const r = new VoiceResponse();
  const g = r.gather({ input: ['speech', 'dtmf'], action: actionUrl, method: 'POST', language: loc.gatherLanguage, speechTimeout: 'auto', timeout: 8, actionOnEmptyResult: true });
  g.say({ language: loc.sayLanguage, voice: loc.sayVoice }, REPROMPT_TEXT);
  return r.toString();
}

/** Said to the agent when a call from a task cannot go on (the database did not answer). */
export const TASK_CALL_UNAVAILABLE_TEXT = '系统暂时无法接通客户，请稍后在任务中重试。';

/** What the agent hears when they pick up a call placed from a task, before the customer is rung. */
export const TASK_CALL_AGENT_TEXT = '正在为您接通客户，本次通话将被录音。';
/** What the customer hears before being connected: who calls, why, and that the call is recorded. */
export function taskCallNoticeText(company: string | null): string {
  return `您好，这里是${company ?? ''}客服中心，就您的服务工单给您回电。为保证服务质量，本次通话将被录音。`;
}

/**
 * The agent's side of a click-to-call from a task: the notice, then `<Dial>` the customer
 * with the company's caller id; the customer hears `noticeUrl` before being bridged.
 */
export function renderTaskCallBridge(o: { number: string; callerId: string | null; noticeUrl: string; actionUrl: string; timeoutSec: number }): string {
  const r = new VoiceResponse();
  const loc = localeOf('zh-CN');
  r.say({ language: loc.sayLanguage, voice: loc.sayVoice }, TASK_CALL_AGENT_TEXT);
  const dial = r.dial({ timeout: o.timeoutSec, action: o.actionUrl, method: 'POST', ...(o.callerId ? { callerId: o.callerId } : {}) });
  dial.number({ url: o.noticeUrl, method: 'POST' }, o.number);
  return r.toString();
}
