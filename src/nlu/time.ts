/**
 * Callback times: "下午三点", "两点半", "明天上午", "半小时后", "周末", "下周一", "in an hour".
 *
 * Parsing (per locale) produces a {@link TimeSpec}; {@link resolveTime} turns it into an
 * absolute time against the call's `now` and time zone, kept inside calling hours:
 * - an hour without 上午/下午 (两点半, 三点钟) is the next such time (2:30 or 14:30, today or
 *   tomorrow) that falls inside calling hours;
 * - a time outside calling hours is moved to the next opening (21:30 -> 09:00 next day,
 *   07:00 -> 09:00 same day);
 * - a day without a time of day is 10:00 (明天 -> 10:00, 周末 -> Saturday 10:00);
 *   上午 10:00, 早上 09:00, 中午 12:00, 下午 15:00, 傍晚 18:00, 晚上 19:00.
 */
import { DateTime, IANAZone } from 'luxon';
import { parseChineseNumber } from './numerals.js';

export type Period = 'dawn' | 'morning' | 'forenoon' | 'noon' | 'lunch' | 'afternoon' | 'evening' | 'night';

/** A callback time as said, before it is resolved against `now`. */
export interface TimeSpec {
  /** Days from today: 今天 0, 明天 1, 后天 2. */
  dayOffset?: number;
  /** ISO weekday (1 = Monday … 7 = Sunday) and how many weeks ahead (0 = this week, 1 = 下周). */
  weekday?: number;
  weekShift?: number;
  /** 周末: the coming Saturday or Sunday. */
  weekend?: boolean;
  /** 工作日: the next weekday (today only when a part of the day still open is said); with weekShift, that week's. */
  workday?: boolean;
  month?: number;
  dayOfMonth?: number;
  period?: Period;
  hour?: number;
  minute?: number;
  /** The hour was a range (七八点): the earlier one is used. */
  approximateHour?: boolean;
  /** Minutes from now: 半小时后 = 30. */
  offsetMinutes?: number;
  /** 八点以后 / 五点之前. */
  bound?: 'after' | 'before';
  /** 待会, 改天, later: a guess. */
  vague?: boolean;
  /** 现在, 随时, now. */
  now?: boolean;
  /** 随便, whenever: no time said, the time is left to the caller. */
  any?: boolean;
  /** 这个点, 这个时候: the same time of day as now. */
  sameTime?: boolean;
  /** 吃完饭 (after the meal): after lunch before 14:00, else after dinner. */
  meal?: boolean;
  /** 月底: the last days of the month. */
  monthEnd?: boolean;
  /** 哪天上午都行, 平时晚上: a part of any day, not of today in particular. */
  anyDay?: boolean;
  /** A date of the lunar calendar (农历十月十五, 冬月初一, 腊八; 初一 alone: the next new moon's month), days after it;
   * monthShift: a month said relative to the current lunar one (阴历下个月初二: 1). */
  lunar?: { month?: number; monthShift?: number; day: number; after?: number };
  /** The hour was said roughly (around nine, 九点左右): a time just before it is as good. */
  roughly?: boolean;
  /** Round 16 (t16F): a solar term (冬至, 清明 …): its month and the C constant of its date; days after it. */
  solarTerm?: { month: number; c: number; after?: number };
}

export interface ResolvedTime {
  at: string;
  confidence: number;
}

const PERIOD_DEFAULT: Record<Period, [number, number]> = {
  dawn: [6, 0],
  morning: [9, 0],
  forenoon: [10, 0],
  noon: [12, 0],
  lunch: [13, 0],
  afternoon: [15, 0],
  evening: [18, 0],
  night: [19, 0],
};

/** When a part of the day is over (hours). */
const PERIOD_END: Record<Period, number> = { dawn: 9, morning: 12, forenoon: 12, noon: 14, lunch: 14, afternoon: 18, evening: 21, night: 24 };

function hm(s: string | undefined, fallback: string): [number, number] {
  const m = /^(\d{1,2}):(\d{2})$/.exec(s ?? fallback) ?? /^(\d{1,2}):(\d{2})$/.exec(fallback)!;
  return [Number(m[1]), Number(m[2])];
}

/** Hours (0–24) a clock hour may mean, given the period said with it. */
function hourCandidates(h: number, period: Period | undefined): number[] {
  if (h > 12) return [h];
  switch (period) {
    case 'dawn':
      return [h === 12 ? 0 : h];
    case 'morning':
    case 'forenoon':
      return [h === 12 ? 12 : h];
    case 'noon':
    case 'lunch':
      return [h >= 11 ? h : h + 12];
    case 'afternoon':
    case 'evening':
      return [h === 12 ? 12 : h + 12];
    case 'night':
      return [h === 12 ? 24 : h < 5 ? h + 12 : h + 12];
    default:
      if (h === 0) return [0];
      return h === 12 ? [12, 24] : [h, h + 12];
  }
}

const MINUTE = 60_000;
const DAY = 86_400_000;

/** Wall-clock time as milliseconds of a UTC calendar (no zone arithmetic needed for days). */
type Wall = number;

/** Zones by name (luxon caches its formatters; this keeps the lookups off the hot path). */
const ZONES = new Map<string, IANAZone | null>();
function zoneOf(name: string): IANAZone | null {
  let z = ZONES.get(name);
  if (z === undefined) {
    z = IANAZone.isValidZone(name) ? IANAZone.create(name) : null;
    if (ZONES.size < 64) ZONES.set(name, z);
  }
  return z;
}

/** Parse `now`: epoch ms and its own UTC offset (minutes). */
function parseNow(iso: string): { ts: number; offset: number } | null {
  const m = /([+-])(\d{2}):?(\d{2})$|Z$/i.exec(iso);
  const ts = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(iso) ? Date.parse(iso) : NaN;
  if (!Number.isNaN(ts) && m) {
    const offset = m[1] ? (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3])) : 0;
    return { ts, offset };
  }
  const dt = DateTime.fromISO(iso, { setZone: true });
  return dt.isValid ? { ts: dt.toMillis(), offset: dt.offset } : null;
}

const pad = (n: number, w = 2) => String(Math.abs(n)).padStart(w, '0');

/** Format a wall-clock time with its UTC offset as ISO (2026-11-22T15:00:00+08:00). */
function formatWall(t: Wall, offset: number): string {
  const d = new Date(t);
  const sign = offset < 0 ? '-' : '+';
  return `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:00${sign}${pad(Math.trunc(Math.abs(offset) / 60))}:${pad(Math.abs(offset) % 60)}`;
}

const minuteOfDay = (t: Wall) => Math.floor((t - Math.floor(t / DAY) * DAY) / MINUTE);
const startOfDay = (t: Wall) => Math.floor(t / DAY) * DAY;
/** ISO weekday, 1 = Monday … 7 = Sunday. */
const isoWeekday = (t: Wall) => ((new Date(t).getUTCDay() + 6) % 7) + 1;

/** The lunar month and day of a wall-clock day (Intl's Chinese calendar; a leap month is not a numbered one). */
const LUNAR_FMT = new Intl.DateTimeFormat('en-u-ca-chinese', { month: 'numeric', day: 'numeric', timeZone: 'UTC' });
function lunarOf(t: Wall): { month: number; day: number; leap: boolean } {
  let month = 0;
  let day = 0;
  let leap = false;
  for (const p of LUNAR_FMT.formatToParts(new Date(t))) {
    if (p.type === 'month') {
      month = parseInt(p.value, 10);
      leap = !/^\d+$/.test(p.value);
    } else if (p.type === 'day') day = parseInt(p.value, 10);
  }
  return { month, day, leap };
}

/**
 * The first day from `today` on whose lunar date is `month`/`day` (any month when none is said: 初一 alone is the
 * next new moon). A guess from the mean lunar month, then a few days either side: a handful of calendar look-ups.
 */
function lunarToWall(today: Wall, month: number | undefined, day: number): Wall {
  const cur = lunarOf(today);
  let months = month === undefined ? (day >= cur.day ? 0 : 1) : (month - cur.month + 12) % 12;
  if (month !== undefined && months === 0 && day < cur.day) months = 12;
  for (let tries = 0; tries < 3; tries++) {
    const guess = today + Math.round(months * 29.53 + (day - cur.day)) * DAY;
    for (const k of [0, -1, 1, -2, 2, -3, 3]) {
      const t = guess + k * DAY;
      if (t < today) continue;
      const l = lunarOf(t);
      if (!l.leap && l.day === day && (month === undefined || l.month === month)) return t;
    }
    months++;
  }
  return today;
}

/**
 * Resolve a {@link TimeSpec} against the call's `now` (ISO with offset), in `zone`, kept inside
 * calling hours [start, end). Pure: the clock is never read. Calendar arithmetic is done on
 * wall-clock time; luxon converts `now` into the zone and the result back (DST-safe).
 * @returns the time as ISO with offset (no milliseconds), or null without a valid `now`.
 */
export function resolveTime(
  spec: TimeSpec,
  nowIso: string | undefined,
  zone = 'Asia/Shanghai',
  hours: { start: string; end: string } = { start: '09:00', end: '21:00' },
): ResolvedTime | null {
  if (!nowIso) return null;
  const parsed = parseNow(nowIso);
  if (!parsed) return null;
  const z = zoneOf(zone);
  const offsetAt = (ts: number) => (z ? z.offset(ts) : parsed.offset);
  const [sh, sm] = hm(hours.start, '09:00');
  const [eh, em] = hm(hours.end, '21:00');
  const startMin = sh * 60 + sm;
  const endMin = eh * 60 + em;
  const nowOffset = offsetAt(parsed.ts);
  // Wall-clock now, to the minute.
  const now = Math.floor((parsed.ts + nowOffset * MINUTE) / MINUTE) * MINUTE;
  let confidence = 0.9;

  const inside = (t: Wall) => {
    const m = minuteOfDay(t);
    // [start, end): the close itself is no time to call (src/campaigns/policy.ts refuses it too).
    return m >= startMin && m < endMin;
  };
  /** Move a time into calling hours: the next opening at or after it. */
  const clamp = (t: Wall): Wall => {
    if (inside(t)) return t;
    confidence = Math.min(confidence, 0.75);
    const day = minuteOfDay(t) < startMin ? startOfDay(t) : startOfDay(t) + DAY;
    return day + startMin * MINUTE;
  };
  const done = (t: Wall): ResolvedTime => {
    const c = clamp(t < now ? now : t);
    // Wall-clock -> instant in the zone (two offset lookups settle DST changes).
    let off = offsetAt(c - nowOffset * MINUTE);
    const off2 = offsetAt(c - off * MINUTE);
    if (off2 !== off) off = off2;
    return { at: formatWall(c, off), confidence: spec.vague ? Math.min(confidence, 0.6) : confidence };
  };

  if (spec.now) return done(now);
  if (spec.offsetMinutes !== undefined) {
    // Relative times count real minutes: convert the later instant back to wall-clock.
    const later = parsed.ts + spec.offsetMinutes * MINUTE;
    return done(Math.floor((later + offsetAt(later) * MINUTE) / MINUTE) * MINUTE);
  }

  const today = startOfDay(now);
  // Candidate days, in order.
  let days: Wall[];
  let dayGiven = true;
  if (spec.dayOffset !== undefined) {
    days = [today + spec.dayOffset * DAY];
  } else if (spec.workday) {
    const from = spec.weekShift ? today - (isoWeekday(today) - 1) * DAY + 7 * spec.weekShift * DAY : spec.period || spec.hour !== undefined ? today : today + DAY;
    days = [0, 1, 2, 3, 4, 5, 6, 7, 8].map((k) => from + k * DAY).filter((d) => d >= today && isoWeekday(d) <= 5);
  } else if (spec.weekend) {
    const sat = today - (isoWeekday(today) - 1) * DAY + (5 + 7 * (spec.weekShift ?? 0)) * DAY;
    days = [sat, sat + DAY, sat + 7 * DAY, sat + 8 * DAY].filter((d) => d >= today);
  } else if (spec.weekday !== undefined) {
    let d = today - (isoWeekday(today) - 1) * DAY + (spec.weekday - 1 + 7 * (spec.weekShift ?? 0)) * DAY;
    if (d < today) d += 7 * DAY;
    days = [d, d + 7 * DAY];
  } else if (spec.lunar) {
    const shift = spec.lunar.monthShift;
    const month = shift !== undefined ? ((lunarOf(today).month - 1 + shift) % 12) + 1 : spec.lunar.month;
    days = [lunarToWall(today, month, spec.lunar.day) + (spec.lunar.after ?? 0) * DAY];
  } else if (spec.solarTerm) {
    // Round 16 (t16F): a solar term's date this year, or next year's when it has passed: the 21st century's rule
    // [Y·0.2422 + C] − [L/4] (Y the year's last two digits; L = Y − 1 for the terms of January and February).
    const st = spec.solarTerm;
    const termDay = (year: number) => {
      const yy = year % 100;
      return Date.UTC(year, st.month - 1, Math.floor(yy * 0.2422 + st.c) - Math.floor((st.month <= 2 ? yy - 1 : yy) / 4)) + (st.after ?? 0) * DAY;
    };
    const y = new Date(today).getUTCFullYear();
    days = [termDay(y) >= today ? termDay(y) : termDay(y + 1)];
  } else if (spec.monthEnd) {
    // 月底: two days before the month's last (28 November), or tomorrow when that has passed.
    const n = new Date(today);
    const dim = new Date(Date.UTC(n.getUTCFullYear(), n.getUTCMonth() + 1, 0)).getUTCDate();
    const end = Date.UTC(n.getUTCFullYear(), n.getUTCMonth(), dim - 2);
    days = [end > today ? end : today + DAY];
  } else if (spec.dayOfMonth !== undefined) {
    const n = new Date(today);
    let y = n.getUTCFullYear();
    let mo = spec.month !== undefined ? spec.month - 1 : n.getUTCMonth();
    const at = (yy: number, mm: number) => {
      const dim = new Date(Date.UTC(yy, mm + 1, 0)).getUTCDate();
      return Date.UTC(yy, mm, Math.min(spec.dayOfMonth!, dim));
    };
    let cand = at(y, mo);
    if (cand < today) {
      if (spec.month !== undefined) y++;
      else mo++;
      cand = at(y, mo);
    }
    days = [cand];
  } else {
    dayGiven = false;
    days = [today, today + DAY, today + 2 * DAY];
  }
  if (days.length === 0) days = [today];

  // 晚上十点前都行 with calling hours ending at 21:00: "any time before a time past the close" is
  // the part of the day said (its usual hour), not the next morning.
  if (spec.bound === 'before' && spec.period && spec.hour !== undefined && hourCandidates(spec.hour, spec.period)[0]! * 60 + (spec.minute ?? 0) > endMin) {
    spec = { ...spec, hour: undefined, minute: undefined, bound: undefined };
  }
  // Candidate times of day.
  let times: [number, number][];
  if (spec.hour !== undefined) {
    const minute = spec.minute ?? 0;
    times = hourCandidates(spec.hour, spec.period).map((h) => [h, minute] as [number, number]);
    if (spec.period === undefined && spec.hour <= 12 && spec.hour !== 0) confidence = 0.85;
  } else if (spec.sameTime) {
    times = [[Math.floor(minuteOfDay(now) / 60), minuteOfDay(now) % 60]];
  } else if (spec.period) {
    times = [PERIOD_DEFAULT[spec.period]];
  } else if (spec.meal) {
    // 等我吃完饭: lunch before 14:00 (13:00, or half an hour on when later), else dinner (19:00).
    const m = minuteOfDay(now);
    times = m < 14 * 60 ? [m + 30 > 13 * 60 ? [Math.floor((m + 30) / 60), (m + 30) % 60] : [13, 0]] : [[19, 0]];
  } else {
    times = [[10, 0]];
  }
  if (spec.approximateHour) confidence = Math.min(confidence, 0.6);

  const candidates: Wall[] = [];
  for (const d of days) for (const [h, m] of times) candidates.push(d + (h * 60 + m) * MINUTE);
  // 七点以后 said at 19:00 (or at 19:20): the hour has just passed, so now is already "after seven".
  if (spec.bound === 'after' && spec.hour !== undefined && (!dayGiven || spec.dayOffset === 0) && inside(now) && candidates.some((c) => c <= now && now - c <= 60 * MINUTE)) return done(now);
  const future = candidates.filter((t) => t > now);
  const pool = future.length ? future : candidates;
  // 九点前 with calling hours ending at 21:00: "before the close" is inside.
  let t = pool.find((c) => inside(c) || (spec.bound === 'before' && minuteOfDay(c) === endMin)) ?? pool[0]!;
  // Around nine tonight with calling hours ending at 21:00: a time said roughly at the close itself is
  // reachable in the half hour before it, not the next morning.
  if (spec.roughly && !spec.bound && minuteOfDay(t) === endMin && t - 30 * MINUTE > now) t -= 30 * MINUTE;
  if (!dayGiven && !future.length) t = now;
  // 晚上 said at 20:20, 下午 at 16:00 (or at 15:00, its very start): the part of the day is still
  // open today, so it is now.
  if (spec.period && spec.hour === undefined && !spec.sameTime && !spec.meal && !spec.bound && !spec.anyDay && (!dayGiven || spec.dayOffset === 0)) {
    const m = minuteOfDay(now);
    const [ph, pm] = PERIOD_DEFAULT[spec.period];
    if (m >= ph * 60 + pm && m < PERIOD_END[spec.period] * 60 && inside(now)) t = now;
  }
  if (spec.bound === 'before') {
    const before = t - 60 * MINUTE;
    t = before > now ? before : now;
    confidence = Math.min(confidence, 0.7);
  }
  return done(t);
}

/**
 * A key said or typed alone when asked when to call back (1, 按一, 三, press 2): every ask_time step
 * announces the same keypad (一小时后请按1，今天晚上请按2，明天上午请按3; dialogs/*.yaml, compile.ts
 * systemAskTime), so the key is that time: 1 in an hour, 2 this evening at seven, 3 tomorrow at ten.
 */
const ASK_TIME_KEY = /^(?:我)?(?:按|按键|选|摁|回复|回|发|press(?:ed)? |option |key |number |reply )?\s*([123一二两三]|one|two|three)(?:键|号)?(?: please)?$/;
/** 第三个, 选第二个, 最后一个, the third one: an option of the keypad named by its place in the list. */
const ASK_TIME_ORDINAL = /^(?:我)?(?:要|选|就|那就|那)?(?:第([123一二两三])(?:个|种|项|条|号)|(最后)(?:一个|那个|一项))$|^(?:the )?(first|second|third|last)(?: one| option)?$/;

export function askTimeKey(stripped: string): TimeSpec | null {
  const t = stripped.trim();
  const m = ASK_TIME_KEY.exec(t);
  const o = m ? null : ASK_TIME_ORDINAL.exec(t);
  if (!m && !o) return null;
  const said = m ? m[1]! : o![1] ?? (o![2] || o![3] === 'last' ? '3' : o![3]!);
  const k = ({ '1': 1, 一: 1, one: 1, first: 1, '2': 2, 二: 2, 两: 2, two: 2, second: 2, '3': 3, 三: 3, three: 3, third: 3 } as Record<string, number>)[said];
  if (k === 1) return { offsetMinutes: 60 };
  if (k === 2) return { dayOffset: 0, period: 'night', hour: 7, minute: 0 };
  return { dayOffset: 1, period: 'forenoon', hour: 10, minute: 0 };
}

// ---------------------------------------------------------------------------------------------
// Chinese

const CN = '[零〇一二两三四五六七八九十]{1,3}|\\d{1,2}';
const CLOCK_ZH = new RegExp(
  `(凌晨|半夜|深夜|早上|早晨|清早|一早|大早上|上午|中午|午后|下午|傍晚|晚上|夜里|夜间|晚间|今晚|明晚|明早)?(${CN})(?:([零〇一二两三四五六七八九])(?=点))?(点|点钟|时|:)(钟)?` +
    `(?:(半)|过?([一二两三])刻|过?(${CN})(?:分|(?![点时:刻课])))?(?:(${CN})秒)?(前后|以后|之后|以前|之前|后|前|左右)?`,
  'g',
);

const PERIOD_ZH: Record<string, Period> = {
  凌晨: 'dawn', 半夜: 'dawn', 深夜: 'dawn', 早上: 'morning', 早晨: 'morning', 清早: 'morning', 一早: 'morning', 大早上: 'morning',
  上午: 'forenoon', 中午: 'noon', 午后: 'afternoon', 下午: 'afternoon', 傍晚: 'evening',
  晚上: 'night', 夜里: 'night', 夜间: 'night', 晚间: 'night', 今晚: 'night', 明晚: 'night', 明早: 'morning',
  下晌: 'afternoon', 后晌: 'afternoon', 晌午: 'noon',
  // Round 16 (t16F): northern 上半晌/下半晌 and Wu 上半日/下半日 (the first and second half of the day); 吃了中午饭 (晌午饭,
  // glossed in zh.ts) is after lunch.
  上半晌: 'forenoon', 下半晌: 'afternoon', 上半日: 'forenoon', 下半日: 'afternoon', 吃了中午饭: 'lunch', 吃过中午饭: 'lunch', 吃完中午饭: 'lunch',
  // Cantonese 上昼/下昼/晏昼 (forenoon, afternoon, early afternoon).
  上昼: 'forenoon', 下昼: 'afternoon', 晏昼: 'afternoon',
  // Wu and northern 上半天/下半天 (the first and second half of the day).
  上半天: 'forenoon', 下半天: 'afternoon',
  中午饭后: 'lunch', 中午饭以后: 'lunch', 中午饭之后: 'lunch', 晚饭后: 'night', 吃完晚饭: 'night', 晚饭以后: 'night', 午饭后: 'lunch', 午休后: 'afternoon', 午觉醒了: 'afternoon', 睡醒午觉: 'afternoon', 睡完午觉: 'afternoon', 午觉起来: 'afternoon', 午睡醒了: 'afternoon', 午睡起来: 'afternoon', 下班后: 'evening', 下了班: 'evening', 等我下班: 'evening', 下班以后: 'evening', 下班: 'evening', 落班: 'evening', 放工: 'evening', 吃完午饭: 'lunch', 午饭以后: 'lunch', 吃过午饭: 'lunch',
  吃了晚饭: 'night', 吃过晚饭: 'night', 晚饭之后: 'night', 吃了午饭: 'lunch', 午饭之后: 'lunch',
};

const WEEKDAY_ZH: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 日: 7, 天: 7, '1': 1, '2': 2, '3': 3, '4': 4, '5': 5, '6': 6, '7': 7 };

function num(s: string | undefined): number | undefined {
  if (s === undefined || s === '') return undefined;
  const v = parseChineseNumber(s);
  return v === null ? undefined : v;
}

/** A clock time found in Chinese text. */
export interface ClockMatch {
  start: number;
  end: number;
  /** The hour as said (0–24) and its 24-hour reading when a period was said. */
  hour: number;
  hour24: number;
  minute: number;
  second: number;
  period?: Period;
  bound?: 'after' | 'before';
  approximateHour?: boolean;
  /** 左右, 前后: about that time. */
  roughly?: boolean;
}

/** Minutes short of the hour said before it (差一刻, 差五分, 差十分钟). */
const SHORT_OF_ZH = new RegExp(`差(一刻|(${CN})分钟?)$`);
/** Round 16 (t16F): the same said after the hour (四点差一刻, 四点差五分). */
const SHORT_AFTER_ZH = new RegExp(`^差(一刻|(${CN})分钟?)`);

/**
 * Find clock times (八点零五分, 下午三点四十, 两点半, 五点一刻, 15:30) in normalised Chinese text.
 * 一点 after 晚/早/快/慢 ("a bit") is not a clock time.
 */
export function findClockTimesZh(text: string): ClockMatch[] {
  const out: ClockMatch[] = [];
  CLOCK_ZH.lastIndex = 0;
  for (let m = CLOCK_ZH.exec(text); m; m = CLOCK_ZH.exec(text)) {
    const [whole, periodWord, hText, hText2, sep, , half, quarter, minText, secText, boundWord] = m;
    const before = text[m.index - 1] ?? '';
    if (hText === '一' && !periodWord && !half && !quarter && /[晚早快慢好大小多少差有些点]/.test(before)) {
      // 晚一点七点半: "a bit later, half past seven"; the minutes read off 一点 start the next clock.
      if (!minText) continue;
      if (/^[点时:]/.test(text.slice(m.index + whole.length))) {
        CLOCK_ZH.lastIndex = m.index + 2;
        continue;
      }
    }
    if (sep === ':' && !/^\d+$/.test(hText ?? '')) continue;
    // 同一时间, 一时半会: 时 in a word (时间, 时候, 时半会) is no clock.
    if (sep === '时' && !periodWord && /^(间|候|半会)/.test(text.slice(m.index + (hText?.length ?? 0) + (hText2?.length ?? 0) + 1))) continue;
    let hour = num(hText);
    let approximateHour = false;
    const pair = hText2 === undefined ? /^([一二两三四五六七八九])([二三四五六七八九])$/.exec(hText ?? '') : null;
    if (hText2 !== undefined || pair) {
      // 七八点: a range of hours.
      const a = num(pair ? pair[1] : hText);
      const b = num(pair ? pair[2] : hText2);
      if (a === undefined || b === undefined || b !== a + 1) continue;
      hour = a;
      approximateHour = true;
    }
    if (hour === undefined || hour > 24) continue;
    let minute = 0;
    if (half) minute = 30;
    else if (quarter) minute = 15 * (num(quarter) ?? 0);
    else if (minText) {
      const v = num(minText);
      if (v === undefined || v > 59) continue;
      minute = v;
    }
    const second = num(secText) ?? 0;
    const period = periodWord ? PERIOD_ZH[periodWord] : undefined;
    const hour24 = period ? hourCandidates(hour, period)[0]! : hour;
    // (Round 13, t13F: 十二点前后 is about twelve, as 左右: no bound.)
    const bound = boundWord === '前后' ? undefined : boundWord && /后/.test(boundWord) ? 'after' : boundWord && /前/.test(boundWord) ? 'before' : undefined;
    const c: ClockMatch = { start: m.index, end: m.index + whole.length, hour, hour24, minute, second };
    // 差一刻五点, 差五分八点: minutes short of the hour (16:45, 7:55).
    const short = !minute && !half ? SHORT_OF_ZH.exec(text.slice(0, m.index)) : null;
    if (short && hour >= 1) {
      const by = short[1] === '一刻' ? 15 : num(short[2]);
      if (by !== undefined && by > 0 && by < 60) {
        c.start = short.index;
        c.hour = hour - 1;
        c.hour24 = hour24 - 1;
        c.minute = 60 - by;
      }
    }
    // Round 16 (t16F): 四点差一刻, 八点差五分: the minutes short said after the hour (15:45, 7:55).
    const shortAfter = !minute && !half && !boundWord && !short ? SHORT_AFTER_ZH.exec(text.slice(c.end)) : null;
    if (shortAfter && hour >= 1) {
      const by = shortAfter[1] === '一刻' ? 15 : num(shortAfter[2]);
      if (by !== undefined && by > 0 && by < 60) {
        c.end += shortAfter[0].length;
        c.hour = hour - 1;
        c.hour24 = hour24 - 1;
        c.minute = 60 - by;
        const tail = /^(前后|以后|之后|以前|之前|后|前|左右)/.exec(text.slice(c.end));
        if (tail) {
          c.end += tail[0].length;
          if (/后/.test(tail[1]!) && tail[1] !== '前后') c.bound = 'after';
          else if (/前/.test(tail[1]!) && tail[1] !== '前后') c.bound = 'before';
          else c.roughly = true;
        }
      }
    }
    if (period) c.period = period;
    if (bound) c.bound = bound;
    if (approximateHour) c.approximateHour = true;
    if (boundWord === '左右' || boundWord === '前后') c.roughly = true;
    out.push(c);
  }
  return out;
}

/** A duration found in Chinese text (五分钟, 两个小时, 半小时). */
export interface DurationMatch {
  start: number;
  end: number;
  minutes: number;
  seconds: number;
}

const DURATION_ZH = new RegExp(`(${CN}|半|几|一两|两三)(个)?(半)?(小时|钟头|分钟|分|秒钟|秒)`, 'g');

/** Find durations (五分钟, 一个半小时, 五秒钟) in normalised Chinese text. */
export function findDurationsZh(text: string): DurationMatch[] {
  const out: DurationMatch[] = [];
  const clocks = findClockTimesZh(text);
  DURATION_ZH.lastIndex = 0;
  for (let m = DURATION_ZH.exec(text); m; m = DURATION_ZH.exec(text)) {
    const [whole, q, , half, unit] = m;
    // 十三点十分三十六秒: the seconds of a clock time are not a duration.
    if (clocks.some((c) => m.index < c.end && m.index + whole.length > c.start)) continue;
    if (unit === '分' && !/(后|以后|之后)/.test(text.slice(m.index + whole.length, m.index + whole.length + 2))) continue;
    const n = q === '半' ? 0.5 : q === '几' ? 3 : q === '一两' ? 1.5 : q === '两三' ? 2.5 : num(q);
    if (n === undefined) continue;
    const amount = n + (half ? 0.5 : 0);
    const seconds = unit === '小时' || unit === '钟头' ? amount * 3600 : unit === '秒钟' || unit === '秒' ? amount : amount * 60;
    out.push({ start: m.index, end: m.index + whole.length, minutes: seconds / 60, seconds });
  }
  return out;
}

// (这礼拜天天加班: 天天 is "every day", no Sunday.)
const WEEKDAY_RE_ZH = /(下下个?|下个?|这个?|本)?(?:周|星期|礼拜)([一二三四五六日1-7]|天(?!天))/g;
/** Said busy after a day (礼拜一到礼拜五都上班, 周五我要出门): not the day to call. */
/** 工作日, 下周工作日: Monday to Friday said as the days to call. */
const WORKDAY_ZH = /(下下个?|下个?)?(?:周|星期|礼拜)?(?:工作日|上班的日子)/;
// Round 23 (t23F): an adverb before the busy word keeps it busy (今天实在没空, 明天真的不行, 今天确实忙): 周五下午再打吧 今天实在没空
// is Friday afternoon, not today.
// (Round 23, t23D: 今天真没空, 今天实在不方便: the adverbs of insistence too.)
const DAY_BUSY_ZH = /^(一天|一整天|整天|全天)?(都|也|我|要|得|还|实在|真的?|确实|肯定|恐怕|估计|可能|根本|是)*(要|得)?(上班|出门|出差|不在|没空|有事|不行|不方便|忙|加班|值班)/;
/** Said free after a day (礼拜六吧, 周四可以). */
const DAY_FREE_ZH = /^(上午|下午|晚上|中午|早上)?(都)?(吧|可以|行|有空|方便|都行|再打|打|再说|联系|来电)/;

/**
 * The weekday meant among those said: the first said free, else the first not said busy, else the
 * first (the end of a range said free, 周一到周五都行, makes its start free).
 */
function pickDay(ms: RegExpMatchArray[], text: string): RegExpMatchArray | undefined {
  if (ms.length < 2) return ms[0];
  const after = (m: RegExpMatchArray) => text.slice(m.index! + m[0].length);
  // (Round 16, t16F: 下周三或者周四都行: two days offered as a choice are said free together, and the first is taken.)
  const ranged = (i: number) => i + 1 < ms.length && /^(到|至|-|或者?|或是|还是|和|跟)$/.test(text.slice(ms[i]!.index! + ms[i]![0].length, ms[i + 1]!.index!));
  const state = (i: number): 'free' | 'busy' | null => (ranged(i) ? state(i + 1) : DAY_FREE_ZH.test(after(ms[i]!)) ? 'free' : DAY_BUSY_ZH.test(after(ms[i]!)) ? 'busy' : null);
  const i = ms.findIndex((_m, k) => state(k) === 'free' && !(k > 0 && ranged(k - 1)));
  if (i >= 0) return ms[i];
  return ms.find((_m, k) => state(k) !== 'busy' && !(k > 0 && ranged(k - 1))) ?? ms[0];
}

const RELATIVE_ZH = new RegExp(`(过了|过|再过|等|得|还得|要|还要|需要)?(?:个)?([一二两三四五]?十几|${CN}|(?<![上下])半|几|一两|两三|个把|俩)(个)?(多|来)?(半)?(小时|钟头|(?<=个(?:多|来|半)?)钟(?![头点表声])|刻钟|分钟|天|周|星期|礼拜)(以后|之后|过后|后)?`);
const RELATIVE_ZH_ALL = new RegExp(RELATIVE_ZH.source, 'g');
const HOLIDAY_ZH = /(元旦|五一|劳动节|国庆)(节|假期|长假)?(以后|之后|过后|后)?/;
/** Round 16 (t16F): solar terms said as a date, with the month and C constant of their 21st-century date rule. */
const SOLAR_TERMS_ZH: Record<string, [number, number]> = { 立春: [2, 3.87], 清明: [4, 4.81], 立夏: [5, 5.52], 夏至: [6, 21.37], 立秋: [8, 7.5], 立冬: [11, 7.438], 冬至: [12, 21.94] };
const SOLAR_TERM_ZH = /(过了?)?(立春|清明|立夏|夏至|立秋|立冬|冬至)(节)?(以后|之后|过后|后)?/;
/**
 * A lunar date: a month said lunar (农历十月十五, 阴历十一月初三, 冬月初一, 腊月二十), a day said lunar (初一 … 初十, 廿三),
 * or a festival of the lunar calendar (腊八, 小年, 春节, 大年初一, 元宵); 以后 is the days after it.
 */
const LUNAR_DAY = '初[一二三四五六七八九十]|廿[一二三四五六七八九]|二十[一二三四五六七八九]?|三十|十[一二三四五六七八九]|[一二三四五六七八九十]';
const LUNAR_ZH = new RegExp(`(?:(?:农历|阴历|老历)(正|十一|十二|[一二三四五六七八九十冬腊])月|(正|冬|腊)月)(${LUNAR_DAY})(?:日|号)?|(?:农历|阴历|老历)(${LUNAR_DAY})(?:日|号)?|(?<![上读念月最当起年])(初[一二三四五六七八九十])(?![中二三级期步])|(腊八|小年|春节|大年初一|元宵节?)|(?:农历|阴历|老历)的?(下下|下|这|本)个?月的?(${LUNAR_DAY})(?:日|号)?`);
const LUNAR_AFTER_ZH = /^(?:那天|那一天|当天)?(以后|之后|过后|后)/;
/**
 * Round 17 (t17F): the lunar calendar set as the frame of the whole answer (阴历, 农历, 老黄历, or today's lunar day said:
 * 今天初十吧？那就十二那天上午; 初八……不对初八过了，那就十三吧，阴历; 老黄历说十六好，十六打吧; 阴历二十我们家摆酒，二十一以后):
 * a day said bare (十二, 十六, 二十一) is a lunar day too, and the day to call is the last one said that is not today, gone by
 * or busy. Past the 15th (过了十五, 十五以后) is the full moon's, the lunar 15th, when no month or 号 is said: the solar one
 * is the same number only once a month, and the lunar 15th is the one people put things off to.
 */
const LUNAR_FRAME_ZH = /农历|阴历|老历|黄历|初[一二三四五六七八九十](?![中二三级期步])/;
const LUNAR_BARE_DAY_ZH = /(?<![0-9零一二两三四五六七八九十百千月点号初廿上下第几周期拜前后好])(初[一二三四五六七八九十]|廿[一二三四五六七八九]|二十[一二三四五六七八九]?|三十|十[一二三四五六七八九])(?![零一二两三四五六七八九十点号日月分度块岁个年楼层单元栋斤米多万百千%])/g;
const PAST_FIFTEENTH_ZH = /(?:过了|过完)十五(?![零一二三四五六七八九点号日月分度块岁个年楼层单元栋斤米多万百千])|(?<![零一二两三四五六七八九十月点号初廿])十五(?:以后|之后|过后|过了)/;
const LUNAR_MONTH_DAY_ZH = new RegExp(`(过了|过完)?(正|十一|十二|[一二三四五六七八九十冬腊])月(${LUNAR_DAY})(?![0-9零一二两三四五六七八九十号日])`);
function lunarFramedDayZh(text: string): TimeSpec['lunar'] | null {
  if (/[0-9零一二两三四五六七八九十]+(号|日)(?!子)/.test(text)) return null;
  if (!LUNAR_FRAME_ZH.test(text)) {
    const f = PAST_FIFTEENTH_ZH.exec(text);
    return f ? { day: 15, after: 1 } : null;
  }
  const dayNum = (d: string) => (d.startsWith('初') ? num(d.slice(1)) : d.startsWith('廿') ? 20 + (num(d.slice(1)) ?? 0) : num(d));
  // 过了十月十五，老历的: a month and a day said bare in the lunar frame are the lunar date.
  const md = LUNAR_MONTH_DAY_ZH.exec(text);
  if (md) {
    const month = md[2] === '正' ? 1 : md[2] === '冬' ? 11 : md[2] === '腊' ? 12 : num(md[2]);
    const day = dayNum(md[3]!);
    if (month !== undefined && month >= 1 && month <= 12 && day !== undefined && day >= 1 && day <= 30) {
      return { month, day, ...(md[1] || LUNAR_AFTER_ZH.test(text.slice(md.index + md[0].length)) ? { after: 1 } : {}) };
    }
  }
  const said = [...text.matchAll(LUNAR_BARE_DAY_ZH)].filter((d) => {
    const before = text.slice(0, d.index);
    const after = text.slice(d.index + d[0].length);
    return !/(今天|今儿(个)?|今日)(是|都)?$/.test(before) && !/^(已经)?(过了|过去了|早过了)/.test(after) && !/^(吧)?[？?]/.test(after) && !DAY_BUSY_ZH.test(after.replace(/^(那天|那一天|当天)/, '')) && !/^(我们家|我家|家里|俺家)/.test(after);
  });
  const last = said[said.length - 1];
  if (!last) return null;
  const day = dayNum(last[1]!);
  if (day === undefined || day < 1 || day > 30) return null;
  const rest = text.slice(last.index + last[0].length);
  return { day, ...(LUNAR_AFTER_ZH.test(rest) || /(?<![初廿十一二三四五六七八九号])(过了|过完)(农历|阴历|老历)?$/.test(text.slice(0, last.index)) ? { after: 1 } : {}) };
}
function lunarDateZh(text: string): TimeSpec['lunar'] | null {
  const m = LUNAR_ZH.exec(text);
  if (!m || (!m[1] && !m[2] && !m[6] && !m[7])) {
    const framed = lunarFramedDayZh(text);
    if (framed) return framed;
  }
  if (!m) return null;
  const dayNum = (d: string) => (d.startsWith('初') ? num(d.slice(1)) : d.startsWith('廿') ? 20 + (num(d.slice(1)) ?? 0) : num(d));
  let month: number | undefined;
  let day: number | undefined;
  const mo = m[1] ?? m[2];
  if (mo) {
    month = mo === '正' ? 1 : mo === '冬' ? 11 : mo === '腊' ? 12 : num(mo);
    day = dayNum(m[3]!);
  } else if (m[4]) day = dayNum(m[4]);
  else if (m[5]) day = dayNum(m[5]);
  else if (m[7]) {
    // 阴历下个月初二: a day of the lunar month after the current one.
    day = dayNum(m[8]!);
    if (day === undefined || day < 1 || day > 30) return null;
    const monthShift = m[7] === '下下' ? 2 : m[7] === '下' ? 1 : 0;
    return { monthShift, day, ...(LUNAR_AFTER_ZH.test(text.slice(m.index + m[0].length)) ? { after: 1 } : {}) };
  } else {
    [month, day] = m[6] === '腊八' ? [12, 8] : m[6] === '小年' ? [12, 23] : m[6]!.startsWith('元宵') ? [1, 15] : [1, 1];
  }
  if (day === undefined || day < 1 || day > 30 || (month !== undefined && (month < 1 || month > 12))) return null;
  // (等过了阴历十五: 过了 said before the date is after it too.)
  const after = LUNAR_AFTER_ZH.test(text.slice(m.index + m[0].length)) || /(过了|过完)$/.test(text.slice(0, m.index));
  return { ...(month !== undefined ? { month } : {}), day, ...(after ? { after: 1 } : {}) };
}
// (Round 17, t17F: 孩子放了学我得去接，接回来你再打: fetched from school and home, the same late afternoon.)
const AFTER_SCHOOL_ZH = /等[^，。！？接]{0,6}放(了)?学|(?<!接[^，。！？]{0,4})放(了)?学(回来|回家|到家)?(以后|之后|过后|后|再|了再)|放(了)?学[^。！？]{0,8}接(回来|回家|到家)(了|以后|之后|后)?[，,\s]?(你|你们)?(再|打)/;
const DAY_OF_MONTH_ZH = new RegExp(`(?:(${CN})月)?(${CN})(?:号|日)(?!码|线|楼|院|门|床|窗口|机)`);

/**
 * Parse a callback time in normalised Chinese text.
 * @returns the spec, or null when the text names no time.
 */
export function parseTimeZh(text: string): TimeSpec | null {
  // 过一个钟头 哦不对 两个钟头吧; 一个小时后 不对 那会儿我在坐车 你改晚上七点吧: a time said after
  // the customer corrects themself replaces the one before.
  let corr = -1;
  CORRECTION_ZH.lastIndex = 0;
  for (let m = CORRECTION_ZH.exec(text); m; m = CORRECTION_ZH.exec(text)) corr = m.index + m[0].length;
  if (corr > 0 && corr < text.length) {
    const fixed = parseTimeOnceZh(text.slice(corr));
    if (fixed) return fixed;
  }
  // Round 21 (t21K): a time said, then taken back in a clause of its own ending in 不行 (一个小时以后吧……哦不行，一个小时
  // 以后我得出门，那就今天晚上; 晚上吧……晚上也不行，那明天中午吧): what follows the refusal is meant, when it holds a time.
  // (三点不行的话四点 is a condition, not a refusal; 不行 with no time after it is left to the readers below.)
  if (text.includes('不行')) {
    let cut = -1;
    REFUSED_CLAUSE_ZH.lastIndex = 0;
    for (let m = REFUSED_CLAUSE_ZH.exec(text); m; m = REFUSED_CLAUSE_ZH.exec(text)) if (m.index > 0) cut = m.index + m[0].length;
    if (cut > 0 && cut < text.length) {
      const fixed = parseTimeOnceZh(text.slice(cut));
      if (fixed) return fixed;
    }
  }
  // 1430吧: a clock time said as its digits.
  const digits = /^(?:嗯|啊|呃|额|那|就)*(\d{1,2})(\d{2})(?:点|吧|啊|呢|左右)*$/.exec(text);
  if (digits) {
    const h = Number(digits[1]);
    const mi = Number(digits[2]);
    if (h <= 23 && mi < 60) return { hour: h, minute: mi };
  }
  return parseTimeOnceZh(text);
}

/**
 * The customer correcting themself (哦不对, 说错了, 不是不是), or a bare 不 between two times
 * (三点 不 四点, 上午 呃 不 还是下午吧).
 */
// (Round 19, t19I: or a second span said after a hesitation, 一个小时以后吧 呃 一个半小时: the span said last.)
const CORRECTION_ZH = /不对|说错了|口误|(?<=(?:小时|钟头|分钟)(?:以后|之后|后)?(?:吧|啊)?[，,\s]?)(?:呃|额|嗯)+[，,\s]?(?=(?:过|再过)?[零一二两三四五六七八九十半\d]{1,3}(?:个)?(?:半)?(?:小时|钟头|分钟))|(?:哦|噢|呃|啊)不是|(?<=[点半刻午上晚早天儿一二三四五六日](?:吧|啊|呀|呢)?[，,\s]?)(?:呃|嗯|额|哦|啊)*不(?:是|不)*[，,\s]?(?:呃|嗯|额|哦|啊)*(?=(?:还是|改|就)?(?:今天|明天|后天|上午|下午|中午|晚上|早上|傍晚|周|星期|礼拜|[零一二两三四五六七八九十\d]{1,3}点))/g;

/** Round 21 (t21K): a time offered (…吧) and at once refused (哦不行, 晚上也不行, 那会儿可不行了); normalised text has no stops. */
const REFUSED_CLAUSE_ZH = /(?<=吧|啊|呀|呢)(?:哦|噢|啊|呃|哎|唉|不对)*[\u4e00-\u9fff]{0,6}?(?:也|可|还)?不行(?:了|啊|呀|呢)?(?!的话)/g;

/** Round 20 (t20K2): a span refused (不行, 我在开会, 我也忙, 还在路上, 还没到, 开不完). */
const REL_REFUSED_ZH = /^[？?]?[，,\s]*(那|这)?(可|也|还|肯定)?(不行|不成|够呛|不方便)(?!的话)|^[？?]?[，,\s]*(我)?(这边|那会儿?|那时候?)?(也|还|都|正|肯定|可能)*(在)?(忙|开会|有会|上课|有事|上班|加班|在路上|路上|没到|没回|没下班|开不完|完不了|不在)/;

/** Round 23 (t23D): a clock followed by what leaves at it (的飞机, 的航班, 的高铁, 的车, 起飞, 发车, 登机). */
const DEPARTURE_AT_ZH = /^(的)?(飞机|航班|高铁|火车|动车|车(?!来|过来|到)|大巴|船|票)|^(起飞|发车|开车|登机|检票|的飞)/;

function parseTimeOnceZh(text: string): TimeSpec | null {
  const spec: TimeSpec = {};
  let found = false;

  // Relative: 半小时后, 一个小时以后, 过十分钟, 二十分钟之后, 过两天.
  // (这两天在办丧事 过两天再说吧: the span said with 过/等/要 is the delay, a bare 这两天 is when the customer is busy.)
  const rels = text.includes('天') || text.includes('周') || text.includes('星期') || text.includes('礼拜') ? [...text.matchAll(RELATIVE_ZH_ALL)] : [];
  // (Round 12: 给我五分钟，五分钟后打过来: of a span said twice, the one said with 后 is the delay.)
  const spans = rels.length ? [] : [...text.matchAll(RELATIVE_ZH_ALL)];
  const rel = rels.length > 1 ? rels.find((r) => r[1] && r.index! > 0) ?? RELATIVE_ZH.exec(text) : spans.length > 1 ? spans.find((r) => r[7]) ?? RELATIVE_ZH.exec(text) : RELATIVE_ZH.exec(text);
  // A bare duration on its own (十分钟, 半个小时吧) is a time from now.
  // (大概一个多小时, 等一下就行 五分钟: hedges and waits around a bare duration.)
  // (再打 十分钟吧, 等会儿吧 五分钟: a duration said after 'call again' or 'in a while';
  // 一个钟头就回来: back in an hour.)
  const relBefore = rel ? text.slice(0, rel.index) : '';
  const relAfter = rel ? text.slice(rel.index + rel[0].length) : '';
  // 我五分钟后要进会场，要不你明天打: the customer is busy from then on; the time said after is the one.
  // Round 20 (t20K2): the span offered, echoed and refused (一个小时以后？不行; 一小时后我在开会，你下午三点打; 一个钟头我这边也完不了，
  // 两个钟头吧): not the time to call; the time said after the refusal is, else none (asked again).
  if (rel && /小时|钟头|分钟/.test(rel[0])) {
    let rest = relAfter.replace(/^[？?]?[，,\s]*/, '');
    if (rest.startsWith(rel[0])) rest = rest.slice(rel[0].length);
    rest = rest.replace(/^(以后|之后|后)/, '');
    const refused = REL_REFUSED_ZH.exec(rest);
    if (refused) {
      return parseTimeOnceZh(rest.slice(refused[0].length));
    }
  }
  if (rel && /^(我)?(就|还)?(要|得)(?!打|来电|联系|回)/.test(relAfter)) {
    const later = parseTimeOnceZh(relAfter);
    if (later) return later;
  }
  if (rel && (rel[1] || rel[7] || !/[^，。！？?!\s吧啊呢再打来过以后之后大概差不多约估计左右等一下会儿待就行好]/.test(text.replace(rel[0], '')) || /(再打|再来电|再联系|等会儿?|待会儿?|一会儿?|稍等)(吧|啊)?$/.test(relBefore) || /^(就|再)(回来|回家|到家)/.test(relAfter) || (/^(吧|啊|呗|左右|的样子)?((你|您|你们)?(到时候|那时候|那会儿?)?(再)?(打|来电|联系|打过来|打给我|问)[^，]{0,4})?$/.test(relAfter) && !/(了|过)[^，]{0,3}$/.test(relBefore)))) {
    const [, , q, , more, half, unit] = rel;
    // 十几分钟 is about fifteen minutes, 二十几 about twenty-five.
    const tens = q?.endsWith('十几') ? (num(q.slice(0, -1)) ?? 10) + 5 : undefined;
    // 三五分钟, 四五个小时: two small numbers side by side are a range, its middle (not 35).
    const span = q ? /^([一二两三四五六七八])([二三四五六七八九])$/.exec(q) : null;
    const spanMid = span && num(span[2]!)! > num(span[1]!)! && num(span[2]!)! - num(span[1]!)! <= 2 ? (num(span[1]!)! + num(span[2]!)!) / 2 : undefined;
    const n = tens ?? spanMid ?? (q === '半' ? 0.5 : q === '几' ? 3 : q === '一两' ? 1.5 : q === '两三' ? 2.5 : q === '个把' ? 1 : q === '俩' ? 2 : num(q));
    if (n !== undefined) {
      // 一个多小时 is about an hour and a half, 二十多分钟 about twenty-five minutes; 来 is "about"
      // (二十来分钟, 个把钟头: about twenty minutes, nothing added).
      const over = more === '多';
      // (Round 16, t16F: 半个钟, 一个钟: 钟 after a count is an hour, as 钟头 is.)
      const hourUnit = unit === '小时' || unit === '钟头' || unit === '钟';
      const amount = n + (half ? 0.5 : 0) + (over && hourUnit ? 0.5 : over && unit === '分钟' && n >= 10 ? 5 : 0);
      if (unit === '天') {
        spec.dayOffset = Math.round(amount);
        if (q === '几') spec.vague = true;
      } else if (unit === '周' || unit === '星期' || unit === '礼拜') {
        spec.dayOffset = Math.round(amount * 7);
      } else {
        spec.offsetMinutes = Math.round(hourUnit ? amount * 60 : unit === '刻钟' ? amount * 15 : amount);
        if (q === '几' || q === '一两' || q === '两三' || q === '个把' || tens !== undefined || spanMid !== undefined || more) spec.vague = true;
        return spec;
      }
      found = true;
    }
  }
  // Vague soon: 待会, 等会儿, 一会儿, 晚点, 稍后.
  if (!found && /(待会|等会|一会|过会|稍后|回头|等下|一下再|晚点|晚一点|晚些|迟点|迟一点)/.test(text) && !/(晚点了|晚了|来晚)/.test(text)) {
    const later = /(晚点|晚一点|晚些|迟点|迟一点|回头)/.test(text);
    const rest = text.replace(/(待会|等会|一会|过会|稍后|回头|等下|晚点|晚一点|晚些|迟点|迟一点)/g, '');
    if (!/(今天|明天|明早|明晚|明儿|今晚|后天|周|星期|礼拜|上午|下午|晚上|中午|早上|傍晚|晚饭|午饭|下班|天黑|联播|点|时|\d)/.test(rest)) {
      return { offsetMinutes: later ? 60 : 30, vague: true };
    }
  }

  // Days.
  const dayWords: [RegExp, number, Period?][] = [
    // Round 23 (t23D): northern 今个(儿)/明个(儿)/后个儿 are 今天/明天/后天 (后个儿下半晌 is the day after tomorrow's
    // afternoon); 说明个情况, 证明个事 and 最后个/然后个 are not days.
    [/大后天|大后儿|大后个儿/, 3], [/后天|(?<![以之然过])后儿(个)?|(?<![以之然过最落前背])后个儿|(?<![以之然过最落前])后日(?![子常期])/, 2], [/明早|明天早上|明天一早/, 1, 'morning'], [/明晚/, 1, 'night'],
    [/明天|明儿|明日|(?<![说证表声标注查讲透发聪光分鲜文指失开英阐简])明个(?![人别体])|(?<![大])明朝(?![代末初人])/, 1], [/今晚/, 0, 'night'], [/今天|今儿|今日|今个/, 0],
  ];
  // 今天不行 明天也不行 礼拜五吧: a day said busy is not the day to call; it stands only when no
  // other day is said.
  let busyDay: [number, Period?] | undefined;
  // Round 16 (t16F): 今天办喜事，哪有工夫，过两天: a span of days said with 过/等 is the day to call; a day named
  // beside it is when the customer is busy.
  const relDays = found && spec.dayOffset !== undefined && !!rel?.[1];
  for (const [re, off, p] of relDays ? [] : dayWords) {
    const d = re.exec(text);
    if (!d) continue;
    // (Round 17, t17F: 今天初十吧？那就十二: today named by its lunar date sets the frame, it is no time to call.)
    if (/^(个|儿)?(是|都)?(农历|阴历|初[一二三四五六七八九十]|廿|十[一二三四五六七八九]|二十|三十)/.test(text.slice(d.index + d[0].length)) && lunarFramedDayZh(text)) continue;
    if (DAY_BUSY_ZH.test(text.slice(d.index + d[0].length).replace(/^(个|儿)+/, ''))) {
      busyDay ??= [off, p];
      continue;
    }
    spec.dayOffset = off;
    if (p) spec.period = p;
    found = true;
    break;
  }
  const lunar = spec.dayOffset === undefined ? lunarDateZh(text) : null;
  if (lunar) {
    spec.lunar = lunar;
    found = true;
  } else if (spec.dayOffset === undefined) {
    const wk = pickDay([...text.matchAll(WEEKDAY_RE_ZH)], text);
    // (这周末不行，下周末吧: a weekend said busy is not the one to call; the one said after it is. Round 12.)
    const wes = [...text.matchAll(/(下个?|这个?|本)?(?:周末|礼拜六礼拜天|星期六星期天)/g)];
    const we = wes.find((w) => !DAY_BUSY_ZH.test(text.slice(w.index + w[0].length))) ?? wes[0] ?? null;
    // 工作日吧，周末我们家来客人; 周末不行，工作日晚上打: the working days said as the time to call (not said busy: 工作日我都在单位),
    // unless the weekend is the one said free (周末打吧).
    const workday = WORKDAY_ZH.exec(text);
    const workdayMeant = !!workday && !/^(我|都|也|一般|一直)*(在|上班|没空|不在|忙|不行|不方便|别|不要)/.test(text.slice(workday.index + workday[0].length)) && !(we && DAY_FREE_ZH.test(text.slice(we.index + we[0].length)));
    if (wk) {
      spec.weekday = WEEKDAY_ZH[wk[2]!]!;
      spec.weekShift = wk[1]?.startsWith('下下') ? 2 : wk[1]?.startsWith('下') ? 1 : 0;
      found = true;
    } else if (workdayMeant) {
      spec.workday = true;
      if (workday[1]) spec.weekShift = workday[1].startsWith('下下') ? 2 : 1;
      found = true;
    } else if (we && !we[1]?.startsWith('下') && /^(之前|以前|前)/.test(text.slice(we.index + we[0].length))) {
      // 这个周末之前: before the weekend, a weekday still to come (tomorrow, a guess).
      spec.dayOffset = 1;
      spec.vague = true;
      found = true;
    } else if (we && (/^(以后|之后|过后|后|过了|过去)/.test(text.slice(we.index + we[0].length)) || /过了?$/.test(text.slice(0, we.index)))) {
      // 周末以后, 过了周末, 周末过了: after the weekend, the Monday that follows it.
      spec.weekday = 1;
      spec.weekShift = (we[1]?.startsWith('下') ? 1 : 0) + 1;
      found = true;
    } else if (we) {
      spec.weekend = true;
      spec.weekShift = we[1]?.startsWith('下') ? 1 : 0;
      found = true;
    } else if (/下(个)?(周|星期|礼拜)|过了?(这|本)(个)?(周|星期|礼拜)(?!末)|(这|本)(个)?(周|星期|礼拜)(过了|过去)(以后|之后|后|再)?/.test(text)) {
      // (Round 12: 过了这周, 这周过了再说: after this week, next week's Monday.)
      // 下周: next week's Monday; 下下周: the Monday of the week after.
      spec.weekday = 1;
      spec.weekShift = /下下(个)?(周|星期|礼拜)/.test(text) ? 2 : 1;
      found = true;
    } else if (/下(个)?月/.test(text) && !DAY_OF_MONTH_ZH.test(text)) {
      // 下个月: the first of next month (a day that has passed this month rolls over).
      spec.dayOfMonth = 1;
      found = true;
    } else if (/月初|月中/.test(text) && !DAY_OF_MONTH_ZH.test(text)) {
      // 月初 (the first days of a month; said after them, of the next), 月中 (the 15th).
      spec.dayOfMonth = /月初/.test(text) ? 1 : 15;
      found = true;
    } else if (/月底|月末/.test(text) && !DAY_OF_MONTH_ZH.test(text)) {
      spec.monthEnd = true;
      found = true;
    } else if (/改天|下次|回头|过些天|过段时间|过一段时间/.test(text)) {
      spec.dayOffset = 1;
      spec.vague = true;
      found = true;
    } else if (SOLAR_TERM_ZH.test(text)) {
      // Round 16 (t16F): a solar term (冬至那天, 过了冬至): its day, or the day after it when said past it.
      const st = SOLAR_TERM_ZH.exec(text)!;
      const [month, c] = SOLAR_TERMS_ZH[st[2]!]!;
      const after = !!st[1] || !!st[4] || /^(那天)?(以后|之后|过后|后|过了|过去)/.test(text.slice(st.index + st[0].length));
      spec.solarTerm = { month, c, ...(after ? { after: 1 } : {}) };
      found = true;
    } else if (HOLIDAY_ZH.test(text)) {
      // Fixed-date holidays: 元旦 (1/1), 五一 (5/1), 国庆 (10/1); 以后 is the day after the holiday break.
      const h = HOLIDAY_ZH.exec(text)!;
      const [mo, d, breakDays] = h[1] === '元旦' ? [1, 1, 1] : h[1] === '五一' || h[1] === '劳动节' ? [5, 1, 5] : [10, 1, 7];
      // Round 16 (t16F): 过了元旦 is after it as 元旦以后 is; 元旦前 is any day before it (tomorrow, a guess), unless the days
      // before it are said busy (元旦前都没空: after it).
      const rest = text.slice(h.index + h[0].length);
      const beforeIt = !h[3] && /^(之前|以前|前)/.test(rest);
      if (beforeIt && !DAY_BUSY_ZH.test(rest.replace(/^(之前|以前|前)/, ''))) {
        spec.dayOffset = 1;
        spec.vague = true;
      } else {
        spec.month = mo;
        spec.dayOfMonth = h[3] || beforeIt || /过了?$/.test(text.slice(0, h.index)) || /^(过了|过去)/.test(rest) ? d + breakDays : d;
      }
      found = true;
    } else {
      const dm = DAY_OF_MONTH_ZH.exec(text);
      if (dm) {
        const d = num(dm[2]);
        const mo = num(dm[1]);
        if (d !== undefined && d >= 1 && d <= 31 && (mo === undefined || (mo >= 1 && mo <= 12))) {
          // 过了十五号, 十五号以后打: the days after that date, from the next one (a day past the 28th is kept as said).
          // (25号以后我才回来，25号晚上吧: the day itself said free afterwards is the day.)
          const same = [...text.matchAll(new RegExp(DAY_OF_MONTH_ZH.source, 'g'))].filter((m) => m[2] === dm[2]);
          const pastSaid = (m: RegExpExecArray) => /^(以后|之后|过后|过了)/.test(text.slice(m.index + m[0].length)) || /(过了|过完)$/.test(text.slice(0, m.index));
          const past = same.some(pastSaid) && !same.some((m) => !pastSaid(m) && DAY_FREE_ZH.test(text.slice(m.index + m[0].length)));
          spec.dayOfMonth = past && d < 28 ? d + 1 : d;
          if (mo !== undefined) spec.month = mo;
          found = true;
        }
      }
    }
  }

  // Round 12: today said busy and nothing else (今天都不行, 今天一天都没空): not today, so tomorrow, any time of it.
  if (!found && busyDay && busyDay[0] === 0 && !busyDay[1] && !/[零一二两三四五六七八九十\d]\s*点|上午|下午|中午|晚上|早上|傍晚|下班|午饭|晚饭|分钟|小时|钟头/.test(text)) {
    spec.dayOffset = 1;
    return spec;
  }
  if (!found && busyDay) {
    spec.dayOffset = busyDay[0];
    if (busyDay[1]) spec.period = busyDay[1];
    found = true;
  }

  // Clock and period.
  // Round 23 (t23D): the hour of a departure (我三点的飞机 马上要安检了, 八点的高铁, 两点半起飞) is when the customer is gone, no time
  // to call (the README's 师傅下午三点才来: a time that is not a callback time gives no at); the engine asks when.
  const clocks = findClockTimesZh(text).filter((c) => !DEPARTURE_AT_ZH.test(text.slice(c.end)));
  // 我十二点有个会，晚上七点后可以: the time said free wins over a time said busy; when every time
  // said is busy (九点下课，九点以后打也不合适了，明天中午吧) the day and part of the day stand alone.
  const after = (c: ClockMatch) => text.slice(c.end);
  const free = (c: ClockMatch) => /^(以后|之后|后|左右|前后|多)?(都)?(可以|行|有空|方便|都行|再打|打给我|打过来|打|吧|再说|联系|来电|保险|稳妥|合适|比较好|更好|好一?点)/.test(after(c)) && !/^[^，]{0,8}(不合适|不行|不方便|太晚|太早)/.test(after(c)) && !/(别|不要|甭|千万别)$/.test(text.slice(0, c.start));
  // (Round 17, t17F: 你别三点打，三点我验收，四点以后吧: a time said not to call at is no time to call, 打 after it or not.)
  const busy = (c: ClockMatch) => /^[^，]{0,4}(有个?会|开会|上课|下课|有事|不行(?!的话)|没空|不方便(?!的话)|不合适|上班|忙)|^(要|得|就要|就得)?去[^，]{1,4}|^[^，]{0,3}(别|不要|甭)(打|来电)/.test(after(c)) || /^[^，]{0,8}(不合适|太晚|太早)/.test(after(c));
  let clock = clocks.find(free) ?? clocks.find((c) => !busy(c)) ?? (found ? undefined : clocks[0]);
  // Round 17 (t17F): 晚上七点到九点都行: the end of a range said free makes the range free, and the call is at its start
  // (with the part of the day said before it), not at its end read alone (九点: the next morning).
  const k = clock ? clocks.indexOf(clock) : -1;
  if (clock && k > 0 && /^(到|至|-|~|～)$/.test(text.slice(clocks[k - 1]!.end, clock.start)) && !busy(clocks[k - 1]!)) clock = clocks[k - 1]!;
  if (clock) {
    spec.hour = clock.hour;
    spec.minute = clock.minute;
    if (clock.period) spec.period = clock.period;
    if (clock.bound) spec.bound = clock.bound;
    if (clock.approximateHour) spec.approximateHour = true;
    if (clock.roughly) spec.roughly = true;
    found = true;
  }
  if (!spec.period) {
    // 白天都在上班，只有中午有空: a part of the day said busy is not the time; the next one is.
    // 傍黑, 擦黑, 黑了再打: dusk and after dark are the evening (黑了 only with a call after it:
    // 屏幕黑了 is a fault).
    const all = [...text.matchAll(/(天黑(以后|之后|后)?|天擦黑|赶黑|傍黑|擦黑|(?<![屏幕灯机视])黑了(以后|之后)?(?=(你|你们)?(再|打|联系))|上昼|下昼|晏昼|上半天|下半天|上半晌|下半晌|上半日|下半日|吃了中午饭|吃过中午饭|吃完中午饭|中午饭(?:后|以后|之后)|下了班|等我下班|晚饭后|吃完晚饭|吃了晚饭|吃过晚饭|晚饭以后|晚饭之后|午饭后|午休后|午觉醒了|睡醒午觉|睡完午觉|午觉起来|午睡醒了|午睡起来|吃完午饭|吃了午饭|午饭以后|午饭之后|吃过午饭|下班后|下晌|后晌|晌午|下班以后|(?<!刚)下班(?!了)|(?<!刚)(落班|放工)(?=之后|以后|后)|凌晨|大早上|早上|早晨|清早|一早|上午|中午|午后|下午|傍晚|晚上|夜里|夜间|晚间|白天)/g)];
    // (Round 21, t21K: 晚上我要加班, 晚上也不行: busy said with the speaker named, or with 也, counts too.)
    const saidBusy = (m: RegExpMatchArray) => /^[？?]?(我|我们|俺)?(都|也|一直|全)?(在|要|得)?(上班|没空|不行|不方便|不在|忙|有事|开会|上课|加班|值班)|^[^，]{0,3}(别|不要|甭|不能)(打|来电|联系)/.test(text.slice(m.index! + m[0].length)) || /(别|不要|甭|除了|不是)$/.test(text.slice(0, m.index!));
    // 别晚上打 晚上孩子睡觉 明天下午吧: a part of the day said free (吧, 可以, 有空) wins over one merely mentioned.
    // (半夜我才下班 你明天中午打: 中午 is followed by the call asked for.)
    const saidFree = (m: RegExpMatchArray) => /^(以后|之后|后)?(都|也)?(吧|可以|行|有空|方便|都行|再打|再说|打给我|打过来|联系|来电|(你|你们)?(再)?打(?![不了过]))/.test(text.slice(m.index! + m[0].length));
    // Round 21 (t21K): every part of the day said busy, and no day or clock said (晚上？晚上我要加班; 晚上不行): no time to call
    // yet, the customer is asked again (a day said, 明天晚上不行, keeps the first part as before).
    const allBusy = all.length > 0 && all.every(saidBusy) && !found && spec.dayOffset === undefined && spec.weekday === undefined;
    const p = allBusy ? undefined : all.find((m) => saidFree(m) && !saidBusy(m)) ?? all.find((m) => !saidBusy(m)) ?? all[0];
    if (p) {
      spec.period = p[1] === '白天' ? 'forenoon' : /黑/.test(p[1]!) ? 'evening' : PERIOD_ZH[p[1]!]!;
      found = true;
      // 中午吃完饭, 中午饭后: noon with the meal over is after lunch.
      if (spec.period === 'noon' && /^(吃完|吃过|吃了)饭|^饭(后|以后|之后)/.test(text.slice(p.index! + p[0].length))) spec.period = 'lunch';
      // 下午晚些时候, 下午晚一点: the end of the afternoon (about five).
      if (spec.period === 'afternoon' && spec.hour === undefined && /^(晚些|晚点|晚一点|稍晚|快下班)/.test(text.slice(p.index! + p[0].length))) {
        spec.hour = 5;
        spec.minute = 0;
      }
    }
  }
  // 新闻联播完了, 联播以后: the evening news ends at half past seven.
  // (Round 15, t15F2: 看新闻联播呢，完了再打: watching it now, the call after it is over.)
  if (spec.hour === undefined && /(新闻)?联播(完|以后|之后|后|结束|播完|看完)|看完(新闻)?联播|看(新闻)?联播(呢|着呢|呐)?[，]?(等)?(完了|看完|播完|结束)/.test(text)) {
    spec.period = 'night';
    spec.hour = 7;
    spec.minute = 30;
    found = true;
  }
  // 等孩子放学, 放学回来以后: once the children are home from school, late afternoon (half past four).
  // (我在接孩子放学 is an errand now, no time; a clock said with it wins.)
  if (spec.hour === undefined && !spec.period && AFTER_SCHOOL_ZH.test(text)) {
    spec.period = 'afternoon';
    spec.hour = 4;
    spec.minute = 30;
    found = true;
  }
  // Round 17 (t17F): 下午一上班就打, 下午刚上班的时候: the afternoon's work starting, half past one.
  if (spec.hour === undefined && (!spec.period || spec.period === 'afternoon') && /下午(一|刚)上班/.test(text)) {
    spec.period = 'afternoon';
    spec.hour = 1;
    spec.minute = 30;
    found = true;
  }
  if (spec.period && /哪天|哪一天|每天|天天|平时|平常/.test(text)) spec.anyDay = true;
  if (found && spec.hour === undefined && !spec.period && /这个(点|时候|时间|钟点)|同一(个)?时间|同样的时间|(明天|明儿个?|后天|周[一二三四五六日天]|星期[一二三四五六日天])(的)?(这会儿?|这时候)/.test(text)) spec.sameTime = true;
  // 等我吃完饭: after the meal (lunch or dinner, by the clock).
  // (过了饭点, 饭点过了: once the mealtime is over, the same.)
  if (!found && /(吃完|吃过|吃了)饭|饭后|过了?饭点|饭点(过了|以后|之后|过后|后)/.test(text)) {
    spec.meal = true;
    found = true;
  }
  // Round 23 (t23F): now said busy (反正现在不行, 现在没空, 这会儿真不方便) is the one time not to call, no time to call at
  // (随便什么时候打吧 反正现在不行: left to us, below).
  if (!found && /(现在|马上|立刻)/.test(text) && !/(现在|这会儿?)(是|可|真的?|实在|确实|肯定|反正)?(不行|没空|没时间|不方便|不得空|忙|顾不上)/.test(text)) return { now: true };
  // 随便, 都行, 你们看着打: the customer leaves the time to us (the engine picks a polite default slot).
  if (!found && /(随时|什么时候都|啥时候都|都可以|都行|随便|看着(打|办|安排))/.test(text)) return { now: true, vague: true, any: true };
  // 明天再说吧: a day without a time of day is a guess at the hour (the engine asks when).
  if (found && spec.dayOffset !== undefined && spec.dayOffset > 0 && spec.hour === undefined && !spec.period && !spec.sameTime && !spec.meal && /再说|吧$/.test(text)) spec.vague = true;
  return found ? spec : null;
}
