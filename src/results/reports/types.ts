/**
 * Report types: the fact rows the query layer reads (one row per group of identical callbacks,
 * work orders or escalations, with a count `n`) and the figures the pure core computes from them.
 * See docs/reports.md for the definition of every figure.
 */
import type { ReportLevel } from '../../domain/levels.js';

export const PERIODS = ['day', 'week', 'month'] as const;
export type Period = (typeof PERIODS)[number];

/** Dimensions a report can be broken down by. `station` is the work order's heat station (or service area). */
export const REPORT_DIMENSIONS = ['tenant', 'kind', 'district', 'station', 'team', 'engineer'] as const;
export type ReportDimension = (typeof REPORT_DIMENSIONS)[number];

/** Which survey a callback belongs to, from its campaign name. */
export type CampaignClass = 'order' | 'sampling' | 're-survey';

/** When an order-triggered callback was finished relative to the work order's finish. */
export type Timeliness = 'same_day' | 'on_time' | 'late';

/** Callback statuses that end a callback (completed_at is set). */
export type FinishedStatus = 'completed' | 'escalated' | 'opted_out' | 'failed';

/** Finished callbacks (completed_at in the period), grouped; `n` identical ones. */
export interface CallbackFact {
  tenantId: string;
  /** Local day (tenant time zone) of completed_at, YYYY-MM-DD. */
  day: string;
  /** Value of the breakdown dimension (null when the work order has none, or no breakdown). */
  group: string | null;
  campaignClass: CampaignClass;
  status: string;
  /** At least one contact attempt (or an answer). */
  attempted: boolean;
  /** The customer was reached (answered a call, replied, or the dialog finished). */
  reached: boolean;
  /** Level, scale and raw answer of the overall score (null: no answer). */
  level: ReportLevel | null;
  scale: string | null;
  raw: string | null;
  /** Dissatisfied as the export defines it: level dissatisfied or a dissatisfied / low-score escalation. */
  dissatisfied: boolean;
  /** An escalation with reason 'complaint'. */
  complaint: boolean;
  /** Order-triggered callbacks with a work-order finish time only; else null. */
  timeliness: Timeliness | null;
  /** Sampling callbacks only: "district / heat station" of the work order; else null. */
  stratum: string | null;
  n: number;
}

/** Work orders finished in the period (orders due for a callback), grouped. */
export interface OrderFact {
  tenantId: string;
  /** Local day of finished_at. */
  day: string;
  group: string | null;
  /** A finished order-triggered callback covers the order. */
  called: boolean;
  /** ... and it reached the customer within the deadline (72 h; 48 h for heating). */
  answeredInTime: boolean;
  n: number;
}

/** One escalation opened in the period. */
export interface EscalationFact {
  tenantId: string;
  /** Local day of created_at. */
  day: string;
  group: string | null;
  reason: string;
  status: 'open' | 'in_progress' | 'resolved' | 'unreachable' | string;
  createdAt: Date;
  resolvedAt: Date | null;
  dueAt: Date | null;
}

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
    /** Finished callbacks with at least one attempt. */
    attempted: number;
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
    /** answered / reached. */
    responseRate: number | null;
  };
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
  /** One point per day of the period. */
  series: SeriesPoint[];
  /** One entry per value of `by` (empty without a breakdown), largest first. */
  groups: GroupFigures[];
}
