/** Saying a callback time in words, relative to the call's local time ("明天上午10:00"). */
import { DateTime } from 'luxon';
import type { Locale } from '../nlu/types.js';

export function timeInWords(at: string, now: string | null, zone: string, locale: Locale): string {
  const t = DateTime.fromISO(at, { setZone: true }).setZone(zone);
  if (!t.isValid) return at;
  const n = now ? DateTime.fromISO(now, { setZone: true }).setZone(zone) : null;
  const days = n ? Math.round(t.startOf('day').diff(n.startOf('day'), 'days').days) : null;
  if (locale === 'en') {
    const hm = t.toFormat('H:mm');
    const day = days === 0 ? 'today' : days === 1 ? 'tomorrow' : `on ${t.setLocale('en').toFormat('cccc d LLLL')}`;
    return `${day} at ${hm}`;
  }
  const part = t.hour < 12 ? '上午' : t.hour < 18 ? '下午' : '晚上';
  const h12 = t.hour > 12 ? t.hour - 12 : t.hour;
  const clock = `${h12}点${t.minute === 0 ? '' : t.minute === 30 ? '半' : `${t.minute}分`}`;
  const day = days === 0 ? '今天' : days === 1 ? '明天' : days === 2 ? '后天' : `${t.month}月${t.day}日`;
  return `${day}${part}${clock}`;
}
