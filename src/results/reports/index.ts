/**
 * Reports: satisfaction by day, ISO week and month, per tenant and per kind, district, heat
 * station, team or engineer, and what drives dissatisfaction. Pure core (compute.ts,
 * classify.ts, period.ts, format.ts) plus one query layer (query.ts). See docs/reports.md.
 */
export * from './types.js';
export { classifyReason, maskPhonesInText, quote, REASON_CATEGORIES, REASON_LABELS } from './classify.js';
export { computeFigures, computeReport, emptyCounts, LEVEL_LABELS, LEVELS, percentile, ratio, satisfactionRate, summariseReasons, TARGETS } from './compute.js';
export { addDays, daysOf, isoWeek, parseDay, parsePeriod, periodLabel, periodRange } from './period.js';
export { buildReport, parseDimension, reasonFacts } from './query.js';
export type { FactRange, FactSource, ReportOptions } from './query.js';
export { DIMENSION_LABELS, formatReport, formatReportCsv, formatReportTable, PERIOD_LABELS, pct, REPORT_FORMATS, textTable } from './format.js';
export type { ReportFormat } from './format.js';
