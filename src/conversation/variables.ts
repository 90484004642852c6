/**
 * What every channel (voice, SMS, chat) needs to start a dialog on a callback: the template
 * variables from the work order and the call's local time.
 */
import { DateTime } from 'luxon';
import type { Store } from '../store/index.js';
import type { Callback } from '../store/repos/callbacks.js';

/** The local time as ISO with offset (resolves "明天上午" and the like). */
export function localNow(now: Date, timeZone: string): string {
  return DateTime.fromJSDate(now).setZone(timeZone).toISO() ?? now.toISOString();
}

/**
 * Template variables of a callback's work order for the engine's `start` input: the customer's
 * name (never for an anonymous complainant, 003 八.5(8)), the engineer, when the order was
 * finished (今天 / 昨天 / M月d日), and any variables the work order carries.
 */
export async function startVariables(store: Store, callback: Callback, now: Date = store.now()): Promise<{ variables: Record<string, string>; timeZone: string }> {
  const start = await store.workOrders.startContext(callback.tenantId, callback.workOrderId);
  const wo = start.workOrder;
  const timeZone = start.timeZone ?? 'Asia/Shanghai';
  const variables: Record<string, string> = {};
  if (!wo) return { variables, timeZone };
  if (start.customerName && !wo.anonymous) variables.customerName = start.customerName;
  if (wo.engineer) variables.engineer = wo.engineer;
  if (wo.finishedAt) {
    const f = DateTime.fromJSDate(wo.finishedAt).setZone(timeZone).startOf('day');
    const days = Math.round(DateTime.fromJSDate(now).setZone(timeZone).startOf('day').diff(f, 'days').days);
    variables.finishedAt = days === 0 ? '今天' : days === 1 ? '昨天' : f.toFormat('M月d日');
  }
  const raw = (wo.raw && typeof wo.raw === 'object' ? wo.raw : {}) as Record<string, unknown>;
  for (const k of ['orderKind', 'company', 'staffNo']) if (typeof raw[k] === 'string') variables[k] = raw[k] as string;
  if (typeof raw.customerName === 'string' && !wo.anonymous) variables.customerName = raw.customerName;
  const rawVars = raw.variables && typeof raw.variables === 'object' ? (raw.variables as Record<string, unknown>) : {};
  for (const [k, v] of Object.entries(rawVars)) if (typeof v === 'string' && !(k === 'customerName' && wo.anonymous)) variables[k] = v;
  return { variables, timeZone };
}
