/**
 * The dialog engine's public types: inputs it takes, effects it gives, the session it keeps
 * and the result of a finished callback. Everything here is plain JSON.
 */
import type { Csat3, Expectation, Locale } from '../nlu/types.js';

export type Outcome = 'completed' | 'escalated' | 'rescheduled' | 'opted_out' | 'incomplete' | 'hung_up';

/** Why a call went to a human. */
export type EscalationReason =
  | 'dissatisfied'
  | 'low_score'
  | 'not_fixed'
  | 'complaint'
  | 'human_requested'
  | string;

/** Normalised report level of any scale. */
export type Level = Csat3;

/** What the channel tells the engine. */
export type Input =
  | {
      type: 'start';
      /** Template variables: customerName, company, staffNo, orderKind, engineer, finishedAt, ... */
      variables?: Record<string, string>;
      /** The call's local time (ISO with offset), used only for resolving callback times. */
      now?: string;
      timeZone?: string;
      locale?: Locale;
    }
  | { type: 'answer'; text: string; confidence?: number; now?: string }
  | { type: 'digits'; digits: string; now?: string }
  | { type: 'no_input' }
  | { type: 'hang_up' }
  | { type: 'timeout' }
  /** A new call for a session that ended hung_up: resume at the step where it stopped (003 二.3(4)). */
  | { type: 'resume'; now?: string };

/** Listen: what the channel should collect next. */
export interface ListenEffect {
  type: 'listen';
  stepId: string;
  expect: Expectation;
  /** Speech allowed, or keypad only (after repeated failures). */
  modes: ('speech' | 'dtmf')[];
  /** Keypad digit -> what it means, as announced in the prompt. */
  keypad: Record<string, string>;
  hints: string[];
  /** Seconds of silence before "no input". */
  timeoutSec: number;
}

export type Effect =
  | { type: 'prompt'; text: string; bargeIn: boolean; stepId: string }
  | ListenEffect
  | { type: 'record_answer'; stepId: string; raw: string; via: 'speech' | 'dtmf' | 'text'; value: unknown; confidence: number }
  | { type: 'set_score'; stepId: string; scale: string; raw: number | string; level: Level | null }
  | { type: 'flag'; reason: string; stepId: string }
  | { type: 'escalate'; reason: EscalationReason; stepId: string; detail?: string }
  | { type: 'reschedule'; at: string | null; stepId: string }
  | { type: 'opt_out'; stepId: string }
  | { type: 'end'; outcome: Outcome; stepId: string };

export interface AnswerRecord {
  raw: string;
  value: unknown;
  confidence: number;
  via: 'speech' | 'dtmf' | 'text';
}

export interface ScoreResult {
  stepId: string;
  /** "csat3", "0-10", "0-5", ... */
  scale: string;
  raw: number | string;
  level: Level | null;
}

/** The result of a callback, complete once `outcome` is set. */
export interface DialogResult {
  dialog: string;
  version: number;
  outcome: Outcome | null;
  answers: Record<string, { raw: string; value: unknown }>;
  score: ScoreResult | null;
  /** `detail`: "hung up before giving a reason" when the customer left right after saying they were unhappy. */
  escalation: { reason: EscalationReason; detail?: string } | null;
  callbackAt: string | null;
  flags: string[];
  /** The step a hung-up call stopped at, for resuming. */
  stoppedAt: string | null;
}
