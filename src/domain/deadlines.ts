/**
 * When a work order's callback is due: one table, read by the contact policy (which plans each
 * callback's window, `callbacks.due_from` / `due_by`) and by the reports (a callback is on time
 * when it is finished inside the window the policy planned for it: by its `due_by`).
 *
 * What the companies' rules say, and how each is read:
 * - Telecom installs, moves, repairs and handled complaints: a callback for every one, the
 *   same day, at the latest within 3 days (004 第五十一条, 第五十三条): from 30 minutes after the
 *   order finished (the engineer has left) to 72 hours.
 * - Heating repairs: 003 四.4(7) "48小时后由派单人员做一次回访工作，询问处理进程，征求用户意见" —
 *   "48 hours after the repair, the dispatcher makes one callback, asking about the progress and
 *   for the customer's opinion". Read as: the callback is made once 48 hours have passed, not
 *   before — the customer needs those two days to tell whether the heating holds, which is what
 *   the callback asks — and within the day after: the window is 48 to 72 hours after the repair.
 *   A heating repair called in that window is on time; before 48 hours it cannot be planned,
 *   after 72 hours it is late. (Counting "on time" as "within 48 hours", as the reports once
 *   did, made every heating repair called as planned late.)
 * - Heating complaints: within 2 days after the complaint was handled (003 八.3, 九.2(2)).
 * - Renovation stages (004 第五篇): about 10 days after the start, within 3 days of the mid-term
 *   payment, within 10 days of completion; in warranty each due visit arrives as an order and is
 *   called within a month.
 * - Heating-season sampling (003 三.2): the household is surveyed within the week the sample opens.
 *
 * Pure and import-free.
 */

/** What a kind of work order gets: its dialog and campaign, and the window of its callback. */
export interface KindRule {
  dialog: string;
  campaign: string;
  /** Minutes after the order finished before the first contact. */
  earliestAfterMinutes: number;
  /** Hours after the order finished by which the callback must be done (the end of the window). */
  latestAfterHours: number;
  /** A 100% callback (not a sample): deadlines beat the over-contact rule. */
  mandatory: boolean;
  /** The rule it follows. */
  basis?: string;
}

const HOUR = 60;
const DAY = 24 * HOUR;

/** The callback of each kind of work order (the default contact policy; a tenant may override kinds). */
export const KIND_RULES: Readonly<Record<string, KindRule>> = {
  install: { dialog: 'telecom-install', campaign: 'telecom-install', earliestAfterMinutes: 30, latestAfterHours: 72, mandatory: true, basis: '004 第五十一条, 第五十三条' },
  move: { dialog: 'telecom-install', campaign: 'telecom-install', earliestAfterMinutes: 30, latestAfterHours: 72, mandatory: true, basis: '004 第五十一条, 第五十三条' },
  repair: { dialog: 'telecom-repair', campaign: 'telecom-repair', earliestAfterMinutes: 30, latestAfterHours: 72, mandatory: true, basis: '004 第五十一条, 第五十三条' },
  complaint: { dialog: 'telecom-complaint', campaign: 'telecom-complaint', earliestAfterMinutes: 30, latestAfterHours: 72, mandatory: true, basis: '004 第五十一条, 第五十三条' },
  'smart-home': { dialog: 'unicom-engineer', campaign: 'unicom-engineer', earliestAfterMinutes: 30, latestAfterHours: 72, mandatory: true, basis: '000 第四十二条; 004 第五十三条' },
  'heating-repair': { dialog: 'heating-repair', campaign: 'heating-repair', earliestAfterMinutes: 48 * HOUR, latestAfterHours: 72, mandatory: true, basis: '003 四.4(7)' },
  'heating-complaint': { dialog: 'heating-complaint', campaign: 'heating-complaint', earliestAfterMinutes: 30, latestAfterHours: 48, mandatory: true, basis: '003 八.3, 九.2(2)' },
  'renovation-start': { dialog: 'renovation', campaign: 'renovation', earliestAfterMinutes: 9 * DAY, latestAfterHours: 11 * 24, mandatory: true, basis: '004 第五篇' },
  'renovation-mid-payment': { dialog: 'renovation', campaign: 'renovation', earliestAfterMinutes: HOUR, latestAfterHours: 72, mandatory: true, basis: '004 第五篇' },
  'renovation-completion': { dialog: 'renovation', campaign: 'renovation', earliestAfterMinutes: DAY, latestAfterHours: 10 * 24, mandatory: true, basis: '004 第五篇' },
  // In warranty: quarterly in year 1, half-yearly in year 2, yearly after (004 第五篇); each
  // due warranty visit arrives as an order and is called within a month.
  'renovation-warranty': { dialog: 'renovation', campaign: 'renovation', earliestAfterMinutes: 0, latestAfterHours: 30 * 24, mandatory: true, basis: '004 第五篇' },
  'heating-sampling': { dialog: 'heating-sampling', campaign: 'sampling', earliestAfterMinutes: 0, latestAfterHours: 7 * 24, mandatory: false, basis: '003 三.2' },
};

/** The window of a callback for an order of `rule` finished at `finishedAt`. */
export function dueWindow(rule: Pick<KindRule, 'earliestAfterMinutes' | 'latestAfterHours'>, finishedAt: Date): { dueFrom: Date; dueBy: Date } {
  const t = finishedAt.getTime();
  return { dueFrom: new Date(t + rule.earliestAfterMinutes * 60_000), dueBy: new Date(t + rule.latestAfterHours * 3_600_000) };
}

/** The re-survey after a task was resolved (003 八.3, 九.5): due within 2 days. */
export const RESURVEY_WITHIN_HOURS = 48;
