/**
 * The session as the store keeps it: the engine's session plus the state of the channel that
 * owns it now (`channelState`), and the first step of a new contact (start, resume, or close
 * a contact that never reported its end first).
 */
import type { CompiledDialog } from '../engine/compile.js';
import { step, type EngineOptions, type Session, type StepResult } from '../engine/engine.js';
import type { Effect, Input } from '../engine/types.js';
import type { AttemptChannel } from '../domain/callbacks.js';

/**
 * What every channel keeps beside the engine session: which attempt (call, SMS thread, chat
 * thread) owns it now, and the prompts and listen of its last turn (what a replayed webhook
 * or a reminder repeats). A channel adds its own fields.
 */
export interface ChannelStateBase {
  channel: AttemptChannel;
  attemptId: string;
  lastEffects: Effect[];
}

/** A session as stored: the engine's, with the owning channel's state. */
export type ChannelSession<S extends ChannelStateBase = ChannelStateBase> = Session & { channelState?: S };

/** A session as stored, without the state a channel keeps next to it. */
export function stripChannel(stored: unknown): Session {
  const { channelState: _cs, ...rest } = stored as Session & { channelState?: unknown };
  return rest;
}

/** Whether a session is still running (not ended, not dropped). */
export function isRunning(s: Session | null | undefined): s is Session {
  return !!s && !s.done && s.state !== '__hung_up';
}

/** Only what a channel repeats: prompts and the listen. */
export function speakable(effects: readonly Effect[]): Effect[] {
  return effects.filter((e) => e.type === 'prompt' || e.type === 'listen');
}

/**
 * The first step of a new contact (call, SMS thread, chat thread) on a callback:
 * - no session yet, or the old one ended (done) or stopped before any answer: `start`;
 * - the last contact dropped after some answers ('__hung_up'): `resume` at that step (003 二.3(4));
 * - a session still open from an attempt that never reported its end: that attempt's turn
 *   is closed with `hang_up` first (returned as `closePrevious`), then resumed.
 */
export function openingStep(
  dialog: CompiledDialog,
  stored: ChannelSession | null,
  start: { variables: Record<string, string>; timeZone: string; now: string },
  engine: EngineOptions,
): { closePrevious: StepResult | null; result: StepResult; resumed: boolean } {
  const startInput: Input = { type: 'start', variables: start.variables, timeZone: start.timeZone, now: start.now };
  const opts: EngineOptions = { ...engine, timeZone: start.timeZone };
  if (!stored || stored.dialog !== dialog.spec.id || stored.version !== dialog.spec.version) {
    return { closePrevious: null, result: step(dialog, null, startInput, opts), resumed: false };
  }
  let closePrevious: StepResult | null = null;
  let session: Session = stripChannel(stored);
  if (isRunning(session)) {
    closePrevious = step(dialog, session, { type: 'hang_up' }, opts);
    session = closePrevious.session;
  }
  const answered = Object.keys(session.ctx.answers ?? {}).length > 0;
  if (session.state === '__hung_up' && answered) {
    const r = step(dialog, session, { type: 'resume', now: start.now }, opts);
    if (!r.ignored) return { closePrevious, result: r, resumed: true };
  }
  return { closePrevious, result: step(dialog, null, startInput, opts), resumed: false };
}
