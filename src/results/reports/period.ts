/**
 * Periods: calendar days, ISO weeks (Monday to Sunday) and calendar months, as local dates
 * YYYY-MM-DD. Pure date arithmetic on the calendar: the time zone is applied by the query
 * layer, which turns each tenant's local days into instants (see docs/reports.md).
 */
import { HuifangError } from '../../shared/errors.js';
import type { Period } from './types.js';
import { PERIODS } from './types.js';

const DAY_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_DAY = 86_400_000;

/** Parse YYYY-MM-DD (a real calendar date) to a UTC-midnight Date, or throw HF_CLI_USAGE. */
export function parseDay(date: string, what = 'date'): Date {
  const m = DAY_RE.exec(date);
  const d = m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : null;
  if (!m || !d || d.toISOString().slice(0, 10) !== date) {
    throw new HuifangError('HF_CLI_USAGE', `${what} must be a date YYYY-MM-DD, got ${date}`);
  }
  return d;
}

const fmt = (d: Date): string => d.toISOString().slice(0, 10);

/** The day `n` days after `date`. */
export function addDays(date: string, n: number): string {
  return fmt(new Date(parseDay(date).getTime() + n * MS_DAY));
}

/** Check a period name. */
export function parsePeriod(p: string): Period {
  if (!(PERIODS as readonly string[]).includes(p)) {
    throw new HuifangError('HF_CLI_USAGE', `period must be one of ${PERIODS.join(', ')}, got ${p}`);
  }
  return p as Period;
}

/**
 * First and last day (inclusive) of the period that contains `date`.
 * @example periodRange('week', '2025-01-01') // { from: '2024-12-30', to: '2025-01-05' } (ISO week 2025-W01)
 */
export function periodRange(period: Period, date: string): { from: string; to: string } {
  const d = parseDay(date);
  if (period === 'day') return { from: date, to: date };
  if (period === 'week') {
    const dow = (d.getUTCDay() + 6) % 7; // Monday 0 … Sunday 6
    const from = new Date(d.getTime() - dow * MS_DAY);
    return { from: fmt(from), to: fmt(new Date(from.getTime() + 6 * MS_DAY)) };
  }
  const from = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1));
  const to = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0));
  return { from: fmt(from), to: fmt(to) };
}

/** Every day from `from` to `to`, inclusive. */
export function daysOf(from: string, to: string): string[] {
  const out: string[] = [];
  const end = parseDay(to).getTime();
  for (let t = parseDay(from).getTime(); t <= end; t += MS_DAY) out.push(fmt(new Date(t)));
  return out;
}

/**
 * ISO week of a date: year and week number (week 1 holds the year's first Thursday).
 * @example isoWeek('2024-12-30') // { year: 2025, week: 1 }
 */
export function isoWeek(date: string): { year: number; week: number } {
  const d = parseDay(date);
  const dow = (d.getUTCDay() + 6) % 7;
  const thursday = new Date(d.getTime() + (3 - dow) * MS_DAY);
  const year = thursday.getUTCFullYear();
  const jan1 = Date.UTC(year, 0, 1);
  return { year, week: Math.floor((thursday.getTime() - jan1) / MS_DAY / 7) + 1 };
}

/** A label for the period: 2025-01-15, 2025-W03, 2025-01. */
export function periodLabel(period: Period, date: string): string {
  if (period === 'day') return date;
  if (period === 'month') return date.slice(0, 7);
  const w = isoWeek(date);
  return `${w.year}-W${String(w.week).padStart(2, '0')}`;
}
