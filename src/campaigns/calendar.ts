/**
 * A tenant's calling calendar as operators write it (`huifang tenant`, the workspace's
 * Tenants page): calling hours `09:00-12:00,13:30-21:00`, calling days `1-5`, and a holidays
 * file. Pure: text in, values or a message out; the caller names the option in its error.
 *
 * The holidays file (docs/intake.md, "Tenants"): one date per line, `holiday` or `workday`
 * (a make-up working day, 调休), an optional note; `#` starts a comment; a range
 * `2025-10-01..2025-10-08` stands for every day in it:
 *
 * ```
 * # 2025 国庆节、中秋节
 * 2025-09-28 workday 国庆调休（周日上班）
 * 2025-10-01..2025-10-08 holiday 国庆节、中秋节
 * 2025-10-11 workday 国庆调休（周六上班）
 * ```
 *
 * A JSON file `{"holidays": ["2025-10-01", …], "workdays": ["2025-09-28", …]}` is read too.
 */

export interface CallingWindow {
  start: string;
  end: string;
}

export interface HolidayCalendar {
  /** Dates with no calls, sorted. */
  holidays: string[];
  /** Make-up working days (调休), sorted. */
  workdays: string[];
}

/** A problem with the text, and the line of a holidays file it is on. */
export class CalendarError extends Error {
  constructor(
    message: string,
    readonly line?: number,
  ) {
    super(message);
    this.name = 'CalendarError';
  }
}

const HHMM = /^([01]?\d|2[0-3]):([0-5]\d)$/;

function hhmm(v: string, end: boolean): string {
  const t = v.trim();
  if (end && t === '24:00') return t;
  const m = HHMM.exec(t);
  if (!m) throw new CalendarError(`"${t}" is not a time of day HH:MM`);
  return `${m[1]!.padStart(2, '0')}:${m[2]}`;
}

/**
 * `09:00-12:00,13:30-21:00` → windows in order. Ends may be 24:00; 23:59 also runs to
 * midnight (00:00-23:59 is any time of day). Windows may not overlap.
 *
 * @throws CalendarError
 */
export function parseCallingHours(text: string): CallingWindow[] {
  const parts = text.split(/[,，;]/).map((p) => p.trim()).filter(Boolean);
  if (!parts.length) throw new CalendarError('give at least one window HH:MM-HH:MM');
  const windows = parts.map((p) => {
    const m = /^(\S+?)\s*(?:-|–|~|～|到)\s*(\S+)$/.exec(p);
    if (!m) throw new CalendarError(`"${p}" is not a window HH:MM-HH:MM`);
    const w = { start: hhmm(m[1]!, false), end: hhmm(m[2]!, true) };
    if (w.start >= w.end) throw new CalendarError(`"${p}": a window starts before it ends (windows past midnight are two windows: 22:00-24:00,00:00-02:00)`);
    return w;
  });
  windows.sort((a, b) => a.start.localeCompare(b.start));
  for (let i = 1; i < windows.length; i++) {
    const prev = windows[i - 1]!;
    const w = windows[i]!;
    if (w.start < prev.end) throw new CalendarError(`${prev.start}-${prev.end} and ${w.start}-${w.end} overlap`);
  }
  return windows;
}

/** Windows back to text: `09:00-12:00,13:30-21:00`. */
export function formatCallingHours(windows: readonly CallingWindow[]): string {
  return windows.map((w) => `${w.start}-${w.end}`).join(',');
}

const DAY_NAMES: Record<string, number> = {
  mon: 1, monday: 1, 一: 1, 周一: 1,
  tue: 2, tuesday: 2, 二: 2, 周二: 2,
  wed: 3, wednesday: 3, 三: 3, 周三: 3,
  thu: 4, thursday: 4, 四: 4, 周四: 4,
  fri: 5, friday: 5, 五: 5, 周五: 5,
  sat: 6, saturday: 6, 六: 6, 周六: 6,
  sun: 7, sunday: 7, 日: 7, 天: 7, 周日: 7,
};

function weekday(v: string): number {
  const t = v.trim().toLowerCase();
  const n = /^[1-7]$/.test(t) ? Number(t) : DAY_NAMES[t];
  if (!n) throw new CalendarError(`"${v.trim()}" is not a weekday: 1 (Monday) to 7 (Sunday), or mon … sun`);
  return n;
}

/**
 * Calling days: ISO weekdays, as a list and ranges — `1-5`, `1-6`, `1,3,5`, `mon-fri`.
 *
 * @throws CalendarError
 */
export function parseCallingDays(text: string): number[] {
  const days = new Set<number>();
  const parts = text.split(/[,，]/).map((p) => p.trim()).filter(Boolean);
  if (!parts.length) throw new CalendarError('give at least one weekday, e.g. 1-5 (Monday to Friday)');
  for (const p of parts) {
    const r = /^(\S+?)\s*-\s*(\S+)$/.exec(p);
    if (r) {
      const a = weekday(r[1]!);
      const b = weekday(r[2]!);
      if (a > b) throw new CalendarError(`"${p}": a range of weekdays goes from Monday (1) towards Sunday (7)`);
      for (let d = a; d <= b; d++) days.add(d);
    } else {
      days.add(weekday(p));
    }
  }
  return [...days].sort((a, b) => a - b);
}

/** Calling days back to text: `1-5`, `1-3,6`. */
export function formatCallingDays(days: readonly number[]): string {
  const sorted = [...new Set(days)].sort((a, b) => a - b);
  const out: string[] = [];
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j]! + 1) j++;
    out.push(j - i >= 2 ? `${sorted[i]}-${sorted[j]}` : sorted.slice(i, j + 1).join(','));
    i = j + 1;
  }
  return out.join(',');
}

/** A real calendar date YYYY-MM-DD (2025-02-30 is not one). */
export function isDate(v: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(v)) return false;
  const d = new Date(`${v}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === v;
}

function days(from: string, to: string): string[] {
  const out: string[] = [];
  for (let t = Date.parse(`${from}T00:00:00Z`); t <= Date.parse(`${to}T00:00:00Z`); t += 86_400_000) out.push(new Date(t).toISOString().slice(0, 10));
  return out;
}

const MAX_RANGE_DAYS = 366;

/**
 * Read a holidays file (text lines or JSON; see the module comment).
 *
 * @throws CalendarError naming the line
 */
export function parseHolidays(text: string): HolidayCalendar {
  const body = text.replace(/^\uFEFF/, '');
  const holidays = new Set<string>();
  const workdays = new Set<string>();
  const seen = new Map<string, { kind: string; line: number }>();
  const add = (date: string, kind: 'holiday' | 'workday', line: number) => {
    const prior = seen.get(date);
    if (prior && prior.kind !== kind) throw new CalendarError(`${date} is both a holiday (line ${kind === 'holiday' ? line : prior.line}) and a make-up working day (line ${kind === 'workday' ? line : prior.line})`, line);
    seen.set(date, { kind, line });
    (kind === 'holiday' ? holidays : workdays).add(date);
  };
  if (/^\s*[{[]/.test(body)) {
    let data: unknown;
    try {
      data = JSON.parse(body);
    } catch {
      throw new CalendarError('not valid JSON (or write one date per line: 2025-10-01 holiday)');
    }
    const o = (Array.isArray(data) ? { holidays: data } : data) as Record<string, unknown>;
    for (const key of Object.keys(o)) if (key !== 'holidays' && key !== 'workdays') throw new CalendarError(`unknown key "${key}": the keys are holidays and workdays`);
    for (const kind of ['holidays', 'workdays'] as const) {
      const list = o[kind] ?? [];
      if (!Array.isArray(list)) throw new CalendarError(`${kind} must be a list of dates YYYY-MM-DD`);
      for (const [i, v] of list.entries()) {
        if (typeof v !== 'string' || !isDate(v)) throw new CalendarError(`${kind}[${i}]: ${JSON.stringify(v)} is not a date YYYY-MM-DD`);
        add(v, kind === 'holidays' ? 'holiday' : 'workday', i + 1);
      }
    }
  } else {
    for (const [i, raw] of body.split(/\r?\n/).entries()) {
      const line = i + 1;
      const t = raw.replace(/#.*$/, '').trim();
      if (!t) continue;
      const m = /^(\S+)(?:\s+(\S+))?(?:\s+.*)?$/.exec(t)!;
      const spec = m[1]!;
      const kind = (m[2] ?? '').toLowerCase();
      if (kind !== 'holiday' && kind !== 'workday') {
        throw new CalendarError(`line ${line}: after the date write holiday or workday (a make-up working day, 调休), not "${m[2] ?? ''}"`, line);
      }
      const range = /^(\S+?)\.\.(\S+)$/.exec(spec);
      const [from, to] = range ? [range[1]!, range[2]!] : [spec, spec];
      for (const d of [from, to]) if (!isDate(d)) throw new CalendarError(`line ${line}: "${d}" is not a date YYYY-MM-DD`, line);
      if (to < from) throw new CalendarError(`line ${line}: the range ends before it starts`, line);
      const list = days(from, to);
      if (list.length > MAX_RANGE_DAYS) throw new CalendarError(`line ${line}: a range of more than ${MAX_RANGE_DAYS} days`, line);
      for (const d of list) add(d, kind, line);
    }
  }
  return { holidays: [...holidays].sort(), workdays: [...workdays].sort() };
}

/** A calendar back to the text format (one line per date). */
export function formatHolidays(c: HolidayCalendar): string {
  const lines = [...c.holidays.map((d) => `${d} holiday`), ...c.workdays.map((d) => `${d} workday`)];
  return lines.sort().join('\n') + (lines.length ? '\n' : '');
}

/** An IANA time zone this runtime knows (Asia/Shanghai, Asia/Urumqi, …). */
export function isTimeZone(zone: string): boolean {
  if (!zone || !/^[A-Za-z_]+(\/[A-Za-z0-9_+-]+)*$/.test(zone)) return false;
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}
