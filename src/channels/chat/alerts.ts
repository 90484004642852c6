/**
 * Proactive supervisor alerts in chat: a flagged call, an overdue human-callback task. Each
 * alert goes to every conversation subscribed for the callback's tenant ("订阅提醒"), with a
 * link to the call's page. Only masked numbers.
 */
import { DateTime } from 'luxon';
import { reasonLabel } from '../../results/escalation.js';
import type { AlertSink, FlaggedCallAlert } from '../../results/tasks.js';
import type { Task } from '../../store/repos/review.js';
import type { Config } from '../../shared/config.js';
import type { Store } from '../../store/index.js';
import { chatTransport, sendProactive, type ChatLog, type ChatTransport } from './adapter.js';
import type { ChatMessage } from './render.js';

import { callLink, safeMasked, tenantTimeZone } from './supervisor.js';

/** A flagged call: the short form, or the supervisors' FlaggedCallAlert (src/results/tasks.ts). */
export interface FlaggedAlert {
  callbackId: string;
  reason: string;
  /** Masked only (138****5678); a full number given here is masked before it is sent. */
  maskedPhone?: string | null;
  tenantId?: string;
  kind?: string;
  workOrderExternalId?: string;
  detail?: string | null;
}

/** An overdue task: the short form, or the supervisors' Task (src/store/repos/review.ts). */
export interface OverdueAlert {
  taskId: string;
  callbackId: string;
  dueAt: Date | string | null;
  reason: string;
  tenantId?: string;
  maskedPhone?: string | null;
}

/** Both shapes the sink takes. */
export interface ChatAlertSinkLike {
  flagged(a: FlaggedAlert | FlaggedCallAlert): Promise<void>;
  overdue(a: OverdueAlert | Task): Promise<void>;
}

const KIND_ZH: Record<string, string> = { install: '装机', move: '移机', repair: '维修', complaint: '投诉' };

function asFlagged(a: FlaggedAlert | FlaggedCallAlert): FlaggedAlert {
  const f: FlaggedAlert = { callbackId: a.callbackId, reason: a.reason, maskedPhone: 'maskedPhone' in a ? (a.maskedPhone ?? null) : null };
  if (a.tenantId) f.tenantId = a.tenantId;
  if (a.kind) f.kind = a.kind;
  if (a.workOrderExternalId) f.workOrderExternalId = a.workOrderExternalId;
  return f;
}

function asOverdue(a: OverdueAlert | Task): OverdueAlert {
  if ('taskId' in a) return a;
  return { taskId: a.id, callbackId: a.callbackId, dueAt: a.dueAt, reason: a.reason, tenantId: a.tenantId, maskedPhone: a.anonymous ? null : a.phoneMasked };
}

export interface AlertDelivery {
  delivered: number;
  failed: number;
}

/** The alert texts (pure). */
export function flaggedText(a: FlaggedAlert, publicUrl?: string): string {
  const phone = safeMasked(a.maskedPhone ?? null);
  const order = [a.kind ? `${KIND_ZH[a.kind] ?? a.kind}工单` : null, a.workOrderExternalId ?? null].filter(Boolean).join(' ');
  return `【回访提醒】一通回访被标记：${reasonLabel(a.reason)}${order ? `，${order}` : ''}${phone ? `，客户 ${phone}` : ''}。\n查看：${callLink(publicUrl, a.callbackId)}`;
}

export function overdueText(a: OverdueAlert, timeZone: string, publicUrl?: string): string {
  const due = a.dueAt ? DateTime.fromJSDate(typeof a.dueAt === 'string' ? new Date(a.dueAt) : a.dueAt).setZone(timeZone).toFormat('M月d日 HH:mm') : '—';
  const phone = safeMasked(a.maskedPhone ?? null);
  return `【任务逾期】人工回访任务已超过期限（${due}）：${reasonLabel(a.reason)}${phone ? `，客户 ${phone}` : ''}。\n查看：${callLink(publicUrl, a.callbackId)}`;
}

/**
 * Sends alerts to subscribed supervisor conversations. An undeliverable conversation is
 * logged and skipped; the others still get the alert.
 *
 * @example
 *   const sink = new ChatAlertSink({ store, config, log: app.log });
 *   await sink.flagged({ callbackId, reason: 'complaint', maskedPhone: '138****5678' });
 */
export class ChatAlertSink implements AlertSink, ChatAlertSinkLike {
  private readonly store: Store;
  private readonly config: Config;
  private readonly transport: ChatTransport;
  private readonly log: ChatLog | undefined;
  /** What the last call delivered (for tests and logs). */
  lastDelivery: AlertDelivery = { delivered: 0, failed: 0 };

  constructor(deps: { store: Store; config: Config; transport?: ChatTransport; log?: ChatLog }) {
    this.store = deps.store;
    this.config = deps.config;
    this.transport = deps.transport ?? chatTransport(deps.config);
    this.log = deps.log;
  }

  async flagged(alert: FlaggedAlert | FlaggedCallAlert): Promise<void> {
    const a = asFlagged(alert);
    const tenantId = a.tenantId ?? (await this.store.callbacks.get(a.callbackId))?.tenantId;
    if (!tenantId) return;
    await this.broadcast(tenantId, flaggedText(a, this.config.publicUrl));
  }

  async overdue(alert: OverdueAlert | Task): Promise<void> {
    const a = asOverdue(alert);
    const tenantId = a.tenantId ?? (await this.store.callbacks.get(a.callbackId))?.tenantId;
    if (!tenantId) return;
    const tz = await tenantTimeZone(this.store, tenantId);
    await this.broadcast(tenantId, overdueText(a, tz, this.config.publicUrl));
  }

  private async broadcast(tenantId: string, text: string): Promise<void> {
    const subs = await this.store.chat.subscriptions(tenantId);
    const msg: ChatMessage = { type: 'message', text, textFormat: 'plain' };
    const d: AlertDelivery = { delivered: 0, failed: 0 };
    for (const s of subs) {
      try {
        await sendProactive(this.transport, s.address.reference, [msg]);
        d.delivered++;
      } catch (e) {
        d.failed++;
        this.log?.warn({ subscription: s.id, err: (e as Error).message }, 'chat alert not delivered');
      }
    }
    this.lastDelivery = d;
  }
}
