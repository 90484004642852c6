/**
 * How serious a flag or escalation reason is, most serious first: staff misconduct and
 * complaints (handled within 2 hours, 004 第六十条; 000 第四十三条), a fault not fixed,
 * dissatisfaction (004 第五十二条, 第五十四条), then the reasons a person looks at for other
 * causes. The flagged-calls queue is ordered by it. Unknown reasons come last. Pure.
 */
export const REASON_SEVERITY: readonly string[] = [
  'misconduct',
  'complaint',
  'not_fixed',
  'not_resolved',
  'dissatisfied',
  'low_score',
  'abusive',
  'human_requested',
  'vip_human_first',
  'auto_vip',
  'auto_unreachable',
  'auto_machine',
  'hung_up',
  'low_confidence',
  'check_number',
  'wrong_person',
  'reservation',
  'opt_out',
];

/** The rank of a reason in REASON_SEVERITY (0 = most serious); `complaint:late` ranks as `complaint`. */
export function reasonRank(reason: string): number {
  const head = reason.split(':', 1)[0] ?? reason;
  const i = REASON_SEVERITY.indexOf(head);
  return i === -1 ? REASON_SEVERITY.length : i;
}
