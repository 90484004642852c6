/**
 * Saying a callback time in words, relative to the call's local time ("明天上午10点").
 *
 * The local calendar fields come from one cached `Intl.DateTimeFormat` per time zone (the
 * platform's tz database, as luxon uses): a reschedule turn said the time through luxon in
 * ~150 µs, most of a turn's budget; this takes a few µs.
 */
import type { Locale } from '../nlu/types.js';

interface LocalTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
}

const formats = new Map<string, Intl.DateTimeFormat>();

function format(zone: string): Intl.DateTimeFormat {
  let f = formats.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
    });
    formats.set(zone, f);
  }
  return f;
}

/** The wall-clock fields of an instant in a zone, or null for an unknown zone. */
function localTime(ms: number, zone: string): LocalTime | null {
  let parts: Intl.DateTimeFormatPart[];
  try {
    parts = format(zone).formatToParts(ms);
  } catch {
    return null;
  }
  const t: LocalTime = { year: 0, month: 0, day: 0, hour: 0, minute: 0 };
  for (const p of parts) if (p.type in t) t[p.type as keyof LocalTime] = Number(p.value);
  return t;
}

const dayNumber = (t: LocalTime): number => Date.UTC(t.year, t.month - 1, t.day) / 86_400_000;

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export function timeInWords(at: string, now: string | null, zone: string, locale: Locale): string {
  const ms = Date.parse(at);
  const t = Number.isNaN(ms) ? null : localTime(ms, zone);
  if (!t) return at;
  const nowMs = now ? Date.parse(now) : NaN;
  const n = Number.isNaN(nowMs) ? null : localTime(nowMs, zone);
  const days = n ? dayNumber(t) - dayNumber(n) : null;
  if (locale === 'en') {
    const hm = `${t.hour}:${String(t.minute).padStart(2, '0')}`;
    const weekday = WEEKDAYS[new Date(Date.UTC(t.year, t.month - 1, t.day)).getUTCDay()];
    const day = days === 0 ? 'today' : days === 1 ? 'tomorrow' : `on ${weekday} ${t.day} ${MONTHS[t.month - 1]}`;
    return `${day} at ${hm}`;
  }
  const part = t.hour < 12 ? '上午' : t.hour < 18 ? '下午' : '晚上';
  const h12 = t.hour > 12 ? t.hour - 12 : t.hour;
  const clock = `${h12}点${t.minute === 0 ? '' : t.minute === 30 ? '半' : `${t.minute}分`}`;
  const day = days === 0 ? '今天' : days === 1 ? '明天' : days === 2 ? '后天' : `${t.month}月${t.day}日`;
  return `${day}${part}${clock}`;
}
