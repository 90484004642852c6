/**
 * What a callback's answers mean, defined once: when a customer counts as dissatisfied, which
 * step holds the reason, which escalations carry it. Pure and import-free: the write-back
 * event, the export, the report facts (060_report_facts.sql repeats these lists in SQL; a test
 * keeps them in step) and the reports read them from here.
 */

/**
 * Escalation reasons that mean the customer was dissatisfied: the dialog's own "不满意" and a
 * low score (004 第五十二条: every "不满意" goes to a human callback; 第五十四条).
 */
export const DISSATISFIED_REASONS = ['dissatisfied', 'low_score'] as const;

/** Escalation reasons whose detail is the reason for dissatisfaction (when no reason step was answered). */
export const REASON_DETAIL_REASONS = ['dissatisfied', 'low_score', 'not_fixed', 'complaint'] as const;

/** The escalation reason of a complaint (004 第六十条: contact within 2 hours). */
export const COMPLAINT_REASON = 'complaint';

/**
 * Dissatisfied: the overall score's level is dissatisfied, or the call escalated as
 * dissatisfied or for a low score.
 */
export function isDissatisfied(level: string | null | undefined, escalations: readonly { reason: string }[]): boolean {
  return level === 'dissatisfied' || escalations.some((e) => (DISSATISFIED_REASONS as readonly string[]).includes(e.reason));
}

/**
 * Steps whose answer is the reason for dissatisfaction (004 第五十四条: ask the concrete reason and
 * record it truthfully): step ids such as "reason", "dissatisfied_reason", "low_score.reason".
 * The pattern's source is what Postgres matches with `~*` in the report facts.
 */
export const REASON_STEP = /(^|[_.-])(reason|why|dissatisfaction|不满意原因|原因)([_.-]|$)/i;

/** The overall score of a callback: the last one recorded on step 'overall', else the last one recorded. */
export const OVERALL_STEP = 'overall';
