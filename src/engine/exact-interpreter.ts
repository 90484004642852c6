/**
 * The minimal interpreter: exact option words only (是/不是, 非常满意/满意/不满意, "9",
 * "9分", a choice's words). It is what the engine's own tests use, so that they test the
 * engine and not the understanding of free answers (src/nlu does that).
 */
import type { Interpretation, Interpreter } from '../nlu/types.js';

const YES = new Set(['是', '是的', '对', '方便', '好', '好的', 'yes', 'y']);
const NO = new Set(['不是', '不对', '不方便', '不', 'no', 'n']);
const CSAT: Record<string, string> = {
  非常满意: 'very_satisfied',
  满意: 'satisfied',
  一般: 'neutral',
  不满意: 'dissatisfied',
  'very satisfied': 'very_satisfied',
  satisfied: 'satisfied',
  dissatisfied: 'dissatisfied',
};
const INTENTS: Record<string, Interpretation['intent']> = {
  别再打了: 'opt_out',
  退订: 'opt_out',
  stop: 'opt_out',
  转人工: 'human',
  我要投诉: 'complaint',
  再说一遍: 'repeat',
  现在不方便: 'reschedule',
  打错了: 'wrong_person',
};

export const exactInterpreter: Interpreter = (text, expect) => {
  const t = text.trim().toLowerCase().replace(/[。！？!?.,，]/g, '');
  const base: Interpretation = { text, value: null, intent: INTENTS[t] ?? null, confidence: 1, at: null };
  if (base.intent) return base;
  switch (expect.kind) {
    case 'yesno':
      return { ...base, value: YES.has(t) ? true : NO.has(t) ? false : null };
    case 'csat3':
      return { ...base, value: CSAT[t] ?? null };
    case 'scale': {
      const m = /^(\d+)分?$/.exec(t);
      const n = m ? Number(m[1]) : NaN;
      return { ...base, value: n >= expect.min && n <= expect.max ? n : null };
    }
    case 'choice':
      return { ...base, value: expect.options.find((o) => o.words.some((w) => w.toLowerCase() === t))?.value ?? null };
    case 'time': {
      // ISO datetimes only: enough to test the engine's reschedule path.
      const ok = /^\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d)?([+-]\d\d:\d\d|Z)$/.test(text.trim());
      return { ...base, at: ok ? text.trim() : null };
    }
    case 'text':
      return { ...base, value: text.trim() || null };
  }
};
