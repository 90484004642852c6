/**
 * Supervisors in chat: subscribe a conversation to alerts, and two questions answered from
 * the store — today's satisfaction and the open human-callback tasks. Only masked phone
 * numbers are ever written; every item links to the call's page in the workspace.
 */
import { DateTime } from 'luxon';
import { reasonLabel } from '../../results/escalation.js';
import type { ReportLevel } from '../../domain/levels.js';
import { buildReport } from '../../results/reports/query.js';
import type { Store } from '../../store/index.js';
import { maskPhone } from '../../shared/phone.js';
import { normalizeReply } from './render.js';

export type SupervisorCommand =
  | { type: 'subscribe'; code: string | null }
  | { type: 'unsubscribe' }
  | { type: 'satisfaction_today' }
  | { type: 'open_tasks' }
  | { type: 'help' };

/**
 * Read a supervisor command from a message, or null. Subscribing: "订阅提醒", "subscribe"
 * (optionally followed by the subscription code); questions: "今天的满意率", "待处理任务".
 */
export function parseSupervisorCommand(text: string): SupervisorCommand | null {
  const t = normalizeReply(text).replace(/\s+/g, ' ');
  const lower = t.toLowerCase();
  const sub = /^(订阅提醒|订阅告警|subscribe)(?:\s+(\S+))?$/i.exec(t);
  if (sub) return { type: 'subscribe', code: sub[2] ?? null };
  if (/^(取消订阅提醒|取消提醒|退订提醒|unsubscribe)$/i.test(t)) return { type: 'unsubscribe' };
  if (/^(今天|今日)(的)?满意率|^满意率$|^satisfaction( today)?$|^today'?s satisfaction$/.test(lower)) return { type: 'satisfaction_today' };
  if (/^(待处理|待办|未处理)(的)?(任务|工单|回访)?$|^open tasks$|^tasks$/.test(lower)) return { type: 'open_tasks' };
  if (/^(帮助|help|\?|？)$/.test(lower)) return { type: 'help' };
  return null;
}

export const SUPERVISOR_HELP =
  '可以这样问我：\n· 今天的满意率\n· 待处理任务\n· 取消订阅提醒';

/** The workspace link of a call. */
export function callLink(publicUrl: string | undefined, callbackId: string): string {
  return `${(publicUrl ?? '').replace(/\/+$/, '')}/#/calls/${encodeURIComponent(callbackId)}`;
}

/** A phone for chat: already masked stays as it is; anything else is masked. Never a full number. */
export function safeMasked(phone: string | null | undefined): string | null {
  if (!phone) return null;
  return phone.includes('*') ? phone : maskPhone(phone);
}

export interface SatisfactionToday {
  /** yyyy-mm-dd in the tenant's time zone. */
  date: string;
  counts: Record<ReportLevel, number>;
  /** (非常满意 + 满意) / (非常满意 + 满意 + 不满意), null without such answers. */
  rate: number | null;
  /** Callbacks finished today (completed or escalated). */
  finished: number;
}

/** The tenant's time zone (Asia/Shanghai by default). */
export async function tenantTimeZone(store: Store, tenantId: string): Promise<string> {
  return (await store.tenants.get(tenantId))?.timeZone ?? 'Asia/Shanghai';
}

/**
 * Today's satisfaction of a tenant (local day in the tenant's time zone), from the reports
 * module (src/results/reports `buildReport`, period 'day'), so chat and the daily report give
 * the same figure: each finished callback's overall level (the last score on step 'overall',
 * else the last score), (非常满意 + 满意) / (非常满意 + 满意 + 不满意).
 */
export async function satisfactionToday(store: Store, tenantId: string, now: Date): Promise<SatisfactionToday> {
  const tz = await tenantTimeZone(store, tenantId);
  const date = DateTime.fromJSDate(now).setZone(tz).toISODate() ?? '';
  const r = await buildReport(store, { period: 'day', date, tenantId, now });
  return { date, counts: { ...r.counts }, rate: r.satisfactionRate, finished: r.callbacks.completed };
}

/** Percent with one decimal, e.g. 0.6667 -> "66.7%". */
export function percent(rate: number): string {
  return `${(Math.round(rate * 1000) / 10).toFixed(1)}%`;
}

export function satisfactionText(s: SatisfactionToday): string {
  const c = s.counts;
  if (s.rate === null) return `今天（${s.date}）还没有可计算满意率的回访结果（已完成 ${s.finished} 个回访）。`;
  return [
    `今天（${s.date}）的满意率：${percent(s.rate)}`,
    `非常满意 ${c.very_satisfied}，满意 ${c.satisfied}，不满意 ${c.dissatisfied}${c.neutral ? `，一般 ${c.neutral}（不计入）` : ''}`,
    `已完成回访 ${s.finished} 个。满意率 =（非常满意+满意）/（非常满意+满意+不满意）。`,
  ].join('\n');
}

export interface OpenTask {
  id: string;
  callbackId: string;
  reason: string;
  dueAt: Date | null;
  maskedPhone: string | null;
}

/** Open escalations (open or in progress) of a tenant: how many, and the first `limit` by due time. */
export async function openTasks(store: Store, tenantId: string, limit = 5): Promise<{ total: number; overdue: number; top: OpenTask[]; now: Date }> {
  const now = store.now();
  const t = await store.review.openTaskSummary(tenantId, now, limit);
  return {
    total: t.total,
    overdue: t.overdue,
    top: t.top.map((r) => ({ id: r.id, callbackId: r.callbackId, reason: r.reason, dueAt: r.dueAt, maskedPhone: safeMasked(r.masked) })),
    now,
  };
}

export function openTasksText(t: { total: number; overdue: number; top: OpenTask[]; now: Date }, timeZone: string, publicUrl?: string): string {
  if (t.total === 0) return '目前没有待处理的人工回访任务。';
  const lines = [`待处理任务 ${t.total} 个${t.overdue ? `，其中已逾期 ${t.overdue} 个` : ''}。最早到期的 ${t.top.length} 个：`];
  t.top.forEach((task, i) => {
    const due = task.dueAt ? DateTime.fromJSDate(task.dueAt).setZone(timeZone).toFormat('M月d日 HH:mm') : '无期限';
    const late = task.dueAt && task.dueAt.getTime() < t.now.getTime() ? '（已逾期）' : '';
    lines.push(`${i + 1}. ${due}${late} ${reasonLabel(task.reason)}${task.maskedPhone ? ` ${task.maskedPhone}` : ''} ${callLink(publicUrl, task.callbackId)}`);
  });
  return lines.join('\n');
}
