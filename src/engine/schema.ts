/**
 * The schema of a dialog script (dialogs/*.yaml), written for script authors: every field
 * has a message that says what is expected, and errors name the file, the step and the field.
 */
import { z } from 'zod';

const stepId = z
  .string({ error: 'a step id must be text' })
  .regex(/^[a-z][a-z0-9_]*$/, { error: 'a step id uses lower-case letters, digits and _ and starts with a letter' });

const text = (what: string) => z.string({ error: `${what} must be text` }).min(1, { error: `${what} must not be empty` });

/** A keypad key: 0-9, * or #. */
const keypadKey = z.string().regex(/^[0-9*#]$/, { error: 'a keypad key is one of 0-9, * or #' });

/**
 * What a keypad key means: a value of the expected kind (yes/no, very_satisfied, 9, a choice
 * value), or, for free text and callback times, a phrase that is then read as if it were said.
 */
const keypadValue = z.union([z.string(), z.number(), z.boolean()], {
  error: 'a keypad key maps to a value: text, a number or true/false',
});

const pointMeaning = z.record(z.string().regex(/^-?\d+$/, { error: 'scale points are whole numbers' }), z.string());

export const expectSchema = z.discriminatedUnion(
  'kind',
  [
    z.strictObject({ kind: z.literal('yesno') }),
    z.strictObject({ kind: z.literal('csat3') }),
    z.strictObject({
      kind: z.literal('scale'),
      min: z.number({ error: 'a scale needs min (a number)' }).int(),
      max: z.number({ error: 'a scale needs max (a number)' }).int(),
      /** A meaning for each point, e.g. {5: 非常满意, 0: 感觉极差} (004 第五篇). */
      meanings: pointMeaning.optional(),
      /** The answer is a measure in this unit (度 for a room temperature), not a score. */
      unit: z.string().optional(),
    }),
    z.strictObject({
      kind: z.literal('choice'),
      options: z
        .array(z.strictObject({ value: z.string(), words: z.array(z.string()).min(1) }))
        .min(2, { error: 'a choice needs at least two options' }),
    }),
    z.strictObject({ kind: z.literal('text') }),
    z.strictObject({ kind: z.literal('time') }),
  ],
  { error: 'expect.kind must be one of yesno, csat3, scale, choice, text, time' },
);

/** A branch condition on the interpreted answer. */
export const whenSchema = z.union(
  [
    z.string(),
    z.number(),
    z.boolean(),
    z.strictObject({ in: z.array(z.union([z.string(), z.number(), z.boolean()])).min(1) }),
    z.strictObject({ min: z.number().optional(), max: z.number().optional() }),
  ],
  { error: 'when is a value, {in: [...]} or {min, max}' },
);

const branchSchema = z.strictObject({ when: whenSchema, goto: stepId });

const base = {
  id: stepId,
  /** Clause references this step enforces, e.g. "004 第五十四条". */
  source: z.string().optional(),
};

const sayStep = z.strictObject({
  ...base,
  say: text('say'),
  next: stepId,
});

const askStep = z.strictObject({
  ...base,
  ask: text('ask (the question)'),
  expect: expectSchema,
  keypad: z.record(keypadKey, keypadValue),
  /** Labels of the keypad keys, for the keypad-only prompt, e.g. {"1": 非常满意}. */
  keypadLabels: z.record(keypadKey, z.string()).optional(),
  reprompt: text('reprompt'),
  /** Said before re-asking when the answer is a hedge on a scale without a middle (还行, 一般). */
  clarify: z.string().optional(),
  hints: z.array(z.string()).optional(),
  /** Values that must lead to a human (lint checks every such path escalates). */
  escalateWhen: whenSchema.optional(),
  /** Record this answer as a score (csat3 and scale asks). */
  score: z.boolean().optional(),
  branches: z.array(branchSchema).optional(),
  next: stepId,
});

const escalateStep = z.strictObject({
  ...base,
  escalate: text('escalate (the reason)'),
  say: z.string().optional(),
  next: stepId,
});

const rescheduleStep = z.strictObject({
  ...base,
  /** The question "when is a good time?"; the answer ends the call with a callback time. */
  reschedule: text('reschedule (the question)'),
  keypad: z.record(keypadKey, keypadValue),
  keypadLabels: z.record(keypadKey, z.string()).optional(),
  reprompt: text('reprompt'),
  /** Said after the time was understood; {{time}} is the time in words. */
  confirm: z.string().optional(),
});

const endStep = z.strictObject({
  ...base,
  end: text('end (the closing words)'),
  /** Default: escalated when the call escalated, else completed. */
  outcome: z.enum(['completed', 'escalated', 'incomplete']).optional(),
});

export const stepSchema = z.union([askStep, sayStep, escalateStep, rescheduleStep, endStep], {
  error: 'a step is one of: say, ask, escalate, reschedule, end (with the fields that kind needs)',
});

/** The schema for one step, chosen by its kind key, so that errors point at the right field. */
export const STEP_SCHEMAS = {
  ask: askStep,
  escalate: escalateStep,
  reschedule: rescheduleStep,
  end: endStep,
  say: sayStep,
} as const;

const variableSchema = z.strictObject({
  label: z.string().optional(),
  default: z.string().optional(),
});

/** System messages a dialog may override; defaults come from the locale. */
export const messagesSchema = z
  .strictObject({
    repromptPrefix: z.string(),
    keypadOnly: z.string(),
    incomplete: z.string(),
    confirm: z.string(),
    confirmRetry: z.string(),
    optOut: z.string(),
    human: z.string(),
    complaint: z.string(),
    complaintNoted: z.string(),
    wrongPerson: z.string(),
    askTime: z.string(),
    rescheduled: z.string(),
    rescheduledNoTime: z.string(),
    resume: z.string(),
    repeat: z.string(),
    whoCalling: z.string(),
    askTimeOther: z.string(),
    holdOn: z.string(),
  })
  .partial();

export const dialogSchema = z.strictObject({
  id: z.string().regex(/^[a-z][a-z0-9-]*$/, { error: 'id uses lower-case letters, digits and -' }),
  version: z.number({ error: 'version must be a whole number' }).int().positive(),
  title: text('title'),
  locale: z.enum(['zh-CN', 'en'], { error: 'locale is zh-CN or en' }),
  description: z.string().optional(),
  /** Clause references of the whole script. */
  sources: z.array(z.string()).optional(),
  variables: z.record(z.string().regex(/^[a-zA-Z][a-zA-Z0-9]*$/), variableSchema).optional(),
  settings: z
    .strictObject({
      /** Reprompts after no input or nothing understood, before keypad-only. */
      maxReprompts: z.number().int().min(0).max(5).optional(),
      /** Below this confidence the dialog confirms instead of guessing. */
      confirmBelow: z.number().min(0).max(1).optional(),
      listenTimeoutSec: z.number().int().min(1).max(60).optional(),
      /** Ask steps where answers are anonymous (003 八.5(8)). */
      anonymous: z.boolean().optional(),
    })
    .optional(),
  /**
   * The SMS template this dialog's texts are sent with where SMS must use approved templates
   * (Aliyun 短信服务, docs/telephony-aliyun.md): `template` is a name that ALIYUN_SMS_TEMPLATES
   * maps to the approved code; `variables` maps each template variable to a dialog variable
   * (`content`, the message text itself, is always given).
   */
  sms: z
    .strictObject({
      template: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, { error: 'template is a name of letters, digits, _ and -' }),
      variables: z.record(z.string().regex(/^[a-zA-Z][a-zA-Z0-9_]*$/), z.string()).optional(),
    })
    .optional(),
  /** The step whose answer is the callback's overall score. */
  score: stepId.optional(),
  messages: messagesSchema.optional(),
  steps: z.array(stepSchema).min(2, { error: 'a dialog needs at least a greeting and an end' }),
});

export type DialogSpec = z.infer<typeof dialogSchema>;
export type StepSpec = z.infer<typeof stepSchema>;
export type AskStepSpec = z.infer<typeof askStep>;
export type SayStepSpec = z.infer<typeof sayStep>;
export type EscalateStepSpec = z.infer<typeof escalateStep>;
export type RescheduleStepSpec = z.infer<typeof rescheduleStep>;
export type EndStepSpec = z.infer<typeof endStep>;
export type When = z.infer<typeof whenSchema>;
export type Messages = z.infer<typeof messagesSchema>;

export type StepKind = 'say' | 'ask' | 'escalate' | 'reschedule' | 'end';

export function stepKind(step: StepSpec): StepKind {
  if ('ask' in step) return 'ask';
  if ('escalate' in step) return 'escalate';
  if ('reschedule' in step) return 'reschedule';
  if ('end' in step) return 'end';
  return 'say';
}

/** Where a step goes next, in order: branches first, then next. */
export function stepTargets(step: StepSpec): string[] {
  const out: string[] = [];
  if ('branches' in step && step.branches) for (const b of step.branches) out.push(b.goto);
  if ('next' in step) out.push(step.next);
  return out;
}
