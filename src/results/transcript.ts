/**
 * A call as it happened (issue 17): the transcript lines recordTurn stored (what the customer
 * heard or read, rendered, and what they said, typed or keyed) turned into the entries the
 * call page shows, in order, across every attempt and channel (a voice call, then its SMS
 * fallback, …). Pure.
 *
 * - A prompt followed by the customer's input is one entry `{prompt, raw, via, confidence,
 *   value}` (a question and its answer; `value` is what the dialog understood, when it recorded
 *   the input as an answer);
 * - a prompt followed by another prompt or by nothing is `{text}` (a greeting, a confirmation,
 *   a statement, the closing);
 * - an input with no prompt before it is `{prompt: null, raw, …}`.
 *
 * `offsetSec` is where the entry starts in the attempt's recording (seconds after the call was
 * answered), for attempts that have one; else null.
 */
import type { Answer } from '../store/repos/results.js';
import type { TranscriptLine } from '../store/repos/calls.js';

export interface TranscriptAttempt {
  id: string;
  channel: string;
  answeredAt: Date | null;
  /** The attempt has a recording the user may play. */
  playable: boolean;
}

export interface TranscriptEntry {
  stepId: string | null;
  attemptId: string | null;
  channel: string | null;
  at: Date;
  offsetSec: number | null;
  /** A statement (no answer follows). */
  text?: string;
  /** A question and its answer. */
  prompt?: string | null;
  raw?: string;
  via?: string | null;
  confidence?: number | null;
  value?: unknown;
}

export function buildTranscript(lines: readonly TranscriptLine[], answers: readonly Answer[], attempts: readonly TranscriptAttempt[]): TranscriptEntry[] {
  const byAttempt = new Map(attempts.map((a) => [a.id, a]));
  const used = new Set<number>();
  const offset = (attemptId: string | null, at: Date): number | null => {
    const a = attemptId ? byAttempt.get(attemptId) : undefined;
    if (!a || !a.playable || !a.answeredAt) return null;
    return Math.max(0, Math.round((at.getTime() - a.answeredAt.getTime()) / 100) / 10);
  };
  const valueOf = (l: TranscriptLine): unknown => {
    const hit = answers.find((x) => !used.has(x.id) && x.attemptId === l.attemptId && x.raw === l.text && (l.stepId === null || x.stepId === l.stepId))
      ?? answers.find((x) => !used.has(x.id) && x.attemptId === l.attemptId && x.raw === l.text);
    if (!hit) return null;
    used.add(hit.id);
    return hit.value ?? null;
  };
  const common = (l: TranscriptLine) => ({
    stepId: l.stepId,
    attemptId: l.attemptId,
    channel: l.attemptId ? (byAttempt.get(l.attemptId)?.channel ?? null) : null,
    at: l.createdAt,
    offsetSec: offset(l.attemptId, l.createdAt),
  });
  const out: TranscriptEntry[] = [];
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i] as TranscriptLine;
    const next = lines[i + 1];
    if (l.role === 'bot') {
      if (next && next.role === 'customer' && next.attemptId === l.attemptId) {
        out.push({ ...common(l), stepId: next.stepId ?? l.stepId, prompt: l.text, raw: next.text, via: next.via, confidence: next.confidence, value: valueOf(next) });
        i++;
      } else {
        out.push({ ...common(l), text: l.text });
      }
    } else {
      out.push({ ...common(l), prompt: null, raw: l.text, via: l.via, confidence: l.confidence, value: valueOf(l) });
    }
  }
  return out;
}
