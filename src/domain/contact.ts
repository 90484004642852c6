/**
 * Rules of contacting one number, read by the contact policy (src/campaigns/policy.ts). Pure
 * and import-free.
 *
 * - The per-number cap: at most 3 calls to one number in any 24 hours. Carriers in mainland
 *   China mark a caller id that rings one person more often as a nuisance caller and block it
 *   (issue 18), and the companies' rules forbid over-disturbing a customer (004 第五十条). The
 *   cap counts every call to the number, whichever callback or tenant placed it.
 * - Early-media results (the carrier's announcement before anyone answers, which Aliyun's
 *   SmartCall reports): 空号 (the number is not assigned) and 停机 (the line is suspended) are
 *   not retried by any channel: a call cannot reach the number and a text will not be
 *   delivered either; a person checks the number with the work-order system instead (004
 *   第五十二条: failed automatic callbacks go to a person). 关机 (the phone is switched off) is
 *   not retried by voice either — another call minutes later meets the same announcement and
 *   counts against the cap — but a text is worth sending at once: the carrier's SMS centre keeps
 *   it and delivers it when the phone is switched on, so the customer can still answer.
 */

/** The per-number cap: calls and hours. */
export const NUMBER_CALL_CAP = { calls: 3, hours: 24 } as const;

/** Why a call failed before it was answered, as the carrier announced it (early media). */
export type FailureReason = 'unassigned' | 'powered_off' | 'suspended';
export const FAILURE_REASONS: readonly FailureReason[] = ['unassigned', 'powered_off', 'suspended'];

/** What the contact ladder does after an early-media failure. */
export const AFTER_EARLY_MEDIA: Readonly<Record<FailureReason, 'human_task' | 'text'>> = {
  unassigned: 'human_task',
  suspended: 'human_task',
  powered_off: 'text',
};

/**
 * The earliest time at or after `at` when one more call to a number keeps the cap, given the
 * start times of the calls already placed to it (any order).
 */
export function capFreeAt(calls: readonly Date[], at: Date, cap: { calls: number; hours: number } = NUMBER_CALL_CAP): Date {
  const windowMs = cap.hours * 3_600_000;
  const times = calls.map((d) => d.getTime()).sort((a, b) => a - b);
  let t = at.getTime();
  for (let guard = 0; guard < times.length + 1; guard++) {
    const inWindow = times.filter((x) => x > t - windowMs && x <= t);
    if (inWindow.length < cap.calls) return new Date(t);
    // Wait until the oldest call that keeps the window full has left it.
    t = inWindow[inWindow.length - cap.calls]! + windowMs + 1;
  }
  return new Date(t);
}
