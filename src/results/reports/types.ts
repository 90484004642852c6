/**
 * Report types: the fact rows the query layer reads (one row per group of identical callbacks,
 * work orders or escalations, with a count `n`) and the figures the pure core computes from them.
 * See docs/reports.md for the definition of every figure.
 */
import type { ReportLevel } from '../../domain/levels.js';

export const PERIODS = ['day', 'week', 'month'] as const;
export type Period = (typeof PERIODS)[number];

// The fact rows are the store's (src/store/repos/reports.ts): defined there, with the SQL that reads them.
export { REPORT_DIMENSIONS } from '../../store/repos/reports.js';
export type { CallbackFact, CampaignClass, ContactFact, EscalationFact, OrderFact, ReportDimension, Timeliness } from '../../store/repos/reports.js';
import type { CallbackFact, ContactFact, EscalationFact, OrderFact, ReportDimension } from '../../store/repos/reports.js';

/** Callback statuses that end a callback (completed_at is set). */
export type FinishedStatus = 'completed' | 'escalated' | 'opted_out' | 'failed';

/** The dissatisfaction reason of one dissatisfied callback (the same text the export shows). */
export interface ReasonFact {
  tenantId: string;
  day: string;
  group: string | null;
  text: string;
}

/** Everything the pure core needs. */
export interface ReportInput {
  period: Period;
  /** The date asked for, YYYY-MM-DD. */
  date: string;
  tenantId: string | null;
  by: ReportDimension | null;
  /** The time the report is made (overdue escalations). */
  now: Date;
  /** The time zone of the generation time shown (the tenant's; default Asia/Shanghai). */
  timeZone?: string;
  /** Contact attempts of the period; without them attempted and reached count finished callbacks only. */
  contacts?: readonly ContactFact[];
  callbacks: readonly CallbackFact[];
  orders: readonly OrderFact[];
  escalations: readonly EscalationFact[];
  reasons: readonly ReasonFact[];
}

export type LevelCounts = Record<ReportLevel, number>;

export interface ReasonSummary {
  category: ReasonCategory;
  /** Chinese label first, e.g. "迟到/超时 late". */
  label: string;
  count: number;
  /** count / number of reasons given. */
  share: number;
  /** Up to 3 quotes, phone numbers masked, at most 80 characters. */
  examples: string[];
}

export type ReasonCategory = 'late' | 'not_fixed' | 'attitude' | 'mess' | 'charges' | 'repeat_fault' | 'temperature' | 'other';

export interface TargetResult {
  id: 'satisfaction' | 'answered_72h' | 'complaint_rate' | 'escalations_closed' | 'closure_satisfaction';
  label: string;
  source: string;
  /** The measured value (a fraction), null when there is nothing to measure. */
  value: number | null;
  op: '>' | '>=' | '<';
  threshold: number;
  /** null when value is null. */
  met: boolean | null;
}

export interface SurveyFigures {
  answered: number;
  counts: LevelCounts;
  satisfactionRate: number | null;
}

export interface StratumFigures extends SurveyFigures {
  stratum: string;
  sampled: number;
  responded: number;
  responseRate: number | null;
}

/** The figures of one slice (the whole report, one group, or one day). */
export interface Figures {
  satisfactionRate: number | null;
  counts: LevelCounts;
  /** Callbacks with an answer on a scale (a level). */
  answered: number;
  callbacks: {
    /** Work orders finished in the period. */
    ordersDue: number;
    /** Callbacks with at least one contact attempt (call, SMS, chat) in the period. */
    attempted: number;
    /** Of those, callbacks a person answered (an answering machine is not a person). */
    reached: number;
    /** Status completed or escalated (the survey was answered to the end). */
    completed: number;
    /** All callbacks finished in the period (completed_at set): the export's rows. */
    finished: number;
    escalated: number;
    optedOut: number;
    failed: number;
    /** reached / attempted. */
    contactRate: number | null;
    /** answered / finished callbacks that reached the customer. */
    responseRate: number | null;
  };
  /** Phone calls placed in the period, those a person answered, and their ratio. */
  calls: { attempted: number; reached: number; contactRate: number | null };
  timeliness: {
    /** Order-triggered finished callbacks whose work order has a finish time. */
    withDeadline: number;
    sameDay: number;
    /** Reached within the deadline (same day included). */
    onTime: number;
    late: number;
    sameDayRate: number | null;
    onTimeRate: number | null;
  };
  orders: {
    due: number;
    called: number;
    answeredInTime: number;
    answeredInTimeRate: number | null;
  };
  /** Distribution of raw answers per scale: {"0-10": {"9": 12, …}, "csat3": {"satisfied": 3}}. */
  scales: Record<string, Record<string, number>>;
  reasons: ReasonSummary[];
  escalations: {
    opened: number;
    resolved: number;
    unreachable: number;
    open: number;
    overdue: number;
    /** Hours from opening to resolution, resolved ones only (percentile_cont). */
    medianHours: number | null;
    p90Hours: number | null;
    byReason: Record<string, number>;
  };
  reSurvey: SurveyFigures;
  optOuts: number;
  complaints: { count: number; rate: number | null };
  sampling: {
    sampled: number;
    responded: number;
    responseRate: number | null;
    satisfactionRate: number | null;
    strata: StratumFigures[];
  };
  targets: TargetResult[];
}

export interface GroupFigures extends Figures {
  key: string | null;
}

export interface SeriesPoint {
  date: string;
  finished: number;
  answered: number;
  counts: LevelCounts;
  satisfactionRate: number | null;
}

export interface Report extends Figures {
  period: Period;
  date: string;
  /** First and last day of the period, YYYY-MM-DD, inclusive, in the tenant's time zone. */
  from: string;
  to: string;
  tenantId: string | null;
  by: ReportDimension | null;
  generatedAt: string;
  /** The zone of generatedAtLocal: the tenant's (Asia/Shanghai for every tenant). */
  timeZone: string;
  /** generatedAt in that zone, "YYYY-MM-DD HH:mm". */
  generatedAtLocal: string;
  /** One point per day of the period. */
  series: SeriesPoint[];
  /** One entry per value of `by` (empty without a breakdown), largest first. */
  groups: GroupFigures[];
}
