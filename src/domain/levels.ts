/**
 * Report levels: every answer scale normalised to very_satisfied / satisfied / neutral /
 * dissatisfied, so that daily, weekly and monthly reports compute one satisfaction figure
 * (004 第五十五条: (非常满意 + 满意) / (非常满意 + 满意 + 不满意)). The raw answer is always
 * kept next to the level.
 *
 * Pure and dependency-free, like all of src/domain: the engine computes a score's level with
 * `toLevel` (once per turn, with the tenant's rules), the reports count `LEVELS`, the export,
 * the write-back event and the workspace (through the served module /workspace/assets/domain.js)
 * name them with `LEVEL_LABELS`.
 *
 * Defaults and why:
 * - csat3: the answer is already a level (004 第五十四条 非常满意 / 满意 / 不满意, plus neutral
 *   for hedges such as 还行/一般).
 * - 0-10: 9–10 very_satisfied, 7–8 satisfied, 0–6 dissatisfied, no neutral. Unicom asks for
 *   a 10-point rating (000 第四十二条, 第四十五条(九)); this is the NPS-like convention, and it
 *   matches the dialog's low-score escalation cut (<= 6), so every escalated low score counts
 *   as dissatisfied.
 * - 0-5: 5 very_satisfied, 4 satisfied, 3 neutral, 0–2 dissatisfied (the renovation script,
 *   004 第五篇, gives a meaning per point, 5 非常满意 … 0 感觉极差).
 * - 1-5: 5 very_satisfied, 4 satisfied, 3 neutral, 1–2 dissatisfied.
 * - any other min-max: proportional. With p = (raw - min) / (max - min):
 *   p >= 0.85 very_satisfied, p >= 0.65 satisfied, p >= 0.45 neutral, else dissatisfied.
 *   These cut points give the 0-5 and 1-5 defaults above exactly (e.g. 1-10: 9–10, 7–8, 6, 1–5).
 * A tenant may override any numeric scale with thresholds in the scale's own units.
 */

/** The levels, best first (004 第五十四条: 非常满意 / 满意 / 不满意, and neutral for hedges). */
export const LEVELS = ['very_satisfied', 'satisfied', 'neutral', 'dissatisfied'] as const;
export type ReportLevel = (typeof LEVELS)[number];

/** The levels' names, Chinese first. */
export const LEVEL_LABELS = {
  'zh-CN': { very_satisfied: '非常满意', satisfied: '满意', neutral: '一般', dissatisfied: '不满意' },
  en: { very_satisfied: 'Very satisfied', satisfied: 'Satisfied', neutral: 'Neutral', dissatisfied: 'Dissatisfied' },
} as const satisfies Record<string, Record<ReportLevel, string>>;
export type LabelLocale = keyof typeof LEVEL_LABELS;

/**
 * The levels as a dialog says them back ("您是说“不满意”，对吗？") and offers them as speech hints:
 * the names, in lower case in English, where neutral is what a customer would say (so-so).
 */
export const LEVEL_SPOKEN = {
  'zh-CN': LEVEL_LABELS['zh-CN'],
  en: { very_satisfied: 'very satisfied', satisfied: 'satisfied', neutral: 'so-so', dissatisfied: 'dissatisfied' },
} as const satisfies Record<LabelLocale, Record<ReportLevel, string>>;

/** Lowest raw value of each level; `neutral: null` means the scale has no neutral band. */
export interface LevelThresholds {
  very_satisfied: number;
  satisfied: number;
  neutral?: number | null;
}

/** Per-scale thresholds, keyed by scale name ("0-10", "1-7", …), e.g. from tenant settings `levelRules`. */
export type LevelRules = Readonly<Record<string, LevelThresholds>>;

export const DEFAULT_LEVEL_RULES: LevelRules = {
  '0-10': { very_satisfied: 9, satisfied: 7, neutral: null },
  '0-5': { very_satisfied: 5, satisfied: 4, neutral: 3 },
  '1-5': { very_satisfied: 5, satisfied: 4, neutral: 3 },
};

/** Fractions of the range used for scales without explicit rules. */
export const PROPORTIONAL_CUTS = { very_satisfied: 0.85, satisfied: 0.65, neutral: 0.45 } as const;

const CSAT3_WORDS: Readonly<Record<string, ReportLevel>> = {
  ...Object.fromEntries(LEVELS.map((l) => [l, l])),
  ...Object.fromEntries(LEVELS.map((l) => [LEVEL_LABELS['zh-CN'][l], l])),
  还行: 'neutral',
};

/** Parse a scale name "min-max" (non-negative integers, min < max), else null. */
export function parseScale(scale: string): { min: number; max: number } | null {
  const m = /^(\d+)-(\d+)$/.exec(scale.trim());
  if (!m) return null;
  const min = Number(m[1]);
  const max = Number(m[2]);
  return min < max ? { min, max } : null;
}

/** Check that thresholds go down from very_satisfied to neutral. */
export function validThresholds(t: LevelThresholds): boolean {
  const ok = (n: unknown): boolean => typeof n === 'number' && Number.isFinite(n);
  if (!ok(t.very_satisfied) || !ok(t.satisfied) || t.very_satisfied < t.satisfied) return false;
  return t.neutral === null || t.neutral === undefined || (ok(t.neutral) && t.satisfied >= t.neutral);
}

function thresholdsFor(scale: string, min: number, max: number, rules?: LevelRules): LevelThresholds {
  const own = rules?.[scale];
  if (own && validThresholds(own)) return own;
  const def = DEFAULT_LEVEL_RULES[scale];
  if (def) return def;
  const span = max - min;
  return {
    very_satisfied: min + PROPORTIONAL_CUTS.very_satisfied * span,
    satisfied: min + PROPORTIONAL_CUTS.satisfied * span,
    neutral: min + PROPORTIONAL_CUTS.neutral * span,
  };
}

/** Tolerance for thresholds computed from fractions (0.85 × 20 is 16.999…). */
const EPS = 1e-9;

/**
 * The report level of an answer on a scale, or null when the answer is not on the scale.
 *
 * @param scale "csat3", "0-10", "0-5", "1-5" or any "min-max"
 * @param raw the answer as given: a number (or numeric text) for numeric scales, a level
 *   (or 非常满意/满意/一般/还行/不满意) for csat3
 * @param rules per-tenant thresholds (tenant settings `levelRules`); scales not named keep the defaults
 * @example toLevel('0-10', 8) // 'satisfied'
 * @example toLevel('0-10', 8, { '0-10': { very_satisfied: 8, satisfied: 6, neutral: null } }) // 'very_satisfied'
 */
export function toLevel(scale: string, raw: number | string, rules?: LevelRules): ReportLevel | null {
  if (scale === 'csat3') return typeof raw === 'string' ? (CSAT3_WORDS[raw.trim()] ?? null) : null;
  const range = parseScale(scale);
  if (!range) return null;
  const n = typeof raw === 'number' ? raw : raw.trim() === '' ? NaN : Number(raw.trim());
  if (!Number.isFinite(n) || n < range.min || n > range.max) return null;
  const t = thresholdsFor(scale, range.min, range.max, rules);
  if (n >= t.very_satisfied - EPS) return 'very_satisfied';
  if (n >= t.satisfied - EPS) return 'satisfied';
  if (t.neutral !== null && t.neutral !== undefined && n >= t.neutral - EPS) return 'neutral';
  return 'dissatisfied';
}
