/**
 * Human callback tasks (escalations rows) and alerts.
 *
 * - `planFor(store, callbackId, reason, …)`: the tenant's escalation rule applied to a call
 *   (src/results/escalation.ts `escalationPlan`).
 * - `createTask`: open a task with the plan's deadline, recording why (basis) and by whom.
 * - `updateTask`: assign, move along (open → in_progress → resolved / unreachable), note
 *   the resolution. Resolving creates the re-survey callback for the same work order
 *   (003 八.3: the complainant is called back after handling; 九.5: results are checked).
 * - Alerts: an `AlertSink` gets each new flag (`flagged`) and each task that went overdue
 *   (`overdue`), once, from `runAlertSweep` (the workspace runs it every minute). The
 *   default sink does nothing; the chat surface subscribes with Bot Framework proactive
 *   messages.
 */
import { RESURVEY_WITHIN_HOURS } from '../domain/deadlines.js';
import { HuifangError } from '../shared/errors.js';
import type { Store } from '../store/index.js';
import type { EscalationStatus } from '../store/repos/results.js';
import type { CallContext, Task } from '../store/repos/review.js';
import type { EscalationPlan, EscalationRule, EscalationRuleInput } from './escalation.js';
import { escalationPlan, EscalationRuleSchema, resolveEscalationRule } from './escalation.js';

/** A flagged call, as the alert sink sees it (no phone number; no name when anonymous). */
export interface FlaggedCallAlert {
  callbackId: string;
  tenantId: string;
  workOrderExternalId: string;
  kind: string;
  team: string | null;
  district: string | null;
  reason: string;
  detail: string | null;
  customerName: string | null;
  at: Date;
}

/** Who is told about flagged calls and overdue tasks. */
export interface AlertSink {
  flagged(call: FlaggedCallAlert): void | Promise<void>;
  overdue(task: Task): void | Promise<void>;
}

/** The default: nobody is told. */
export const noopAlertSink: AlertSink = {
  flagged: () => undefined,
  overdue: () => undefined,
};

/** Fans alerts out to subscribers; a failing subscriber does not stop the others. */
export class AlertHub implements AlertSink {
  readonly #sinks = new Set<AlertSink>();
  /** Subscribe; returns the unsubscribe function. */
  subscribe(sink: AlertSink): () => void {
    this.#sinks.add(sink);
    return () => this.#sinks.delete(sink);
  }
  get size(): number {
    return this.#sinks.size;
  }
  async flagged(call: FlaggedCallAlert): Promise<void> {
    await Promise.allSettled([...this.#sinks].map(async (s) => s.flagged(call)));
  }
  async overdue(task: Task): Promise<void> {
    await Promise.allSettled([...this.#sinks].map(async (s) => s.overdue(task)));
  }
}

/** The process-wide hub other code subscribes to (e.g. `alerts.subscribe(botSink)`). */
export const alerts = new AlertHub();

/** The tenant's escalation rule, resolved over the defaults. */
export async function tenantEscalationRule(store: Store, tenantId: string): Promise<EscalationRule> {
  const tenant = await store.tenants.get(tenantId);
  const stored = await store.review.escalationRule(tenantId);
  return resolveEscalationRule((stored as EscalationRuleInput | null) ?? null, tenant?.timeZone);
}

/** Validate and store a tenant's escalation rule. @throws HuifangError HF_STORE_INVALID */
export async function setTenantEscalationRule(store: Store, tenantId: string, rule: unknown): Promise<EscalationRule> {
  const parsed = EscalationRuleSchema.safeParse(rule);
  if (!parsed.success) throw new HuifangError('HF_STORE_INVALID', `escalation rule: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  await store.review.setEscalationRule(tenantId, parsed.data);
  return tenantEscalationRule(store, tenantId);
}

/** The plan for escalating one call now (who and why in the whisper; no number). */
export async function planFor(
  store: Store,
  callbackId: string,
  reason: string,
  opts: { now?: Date; transferFailed?: boolean; channelCanTransfer?: boolean; detail?: string | null } = {},
): Promise<{ plan: EscalationPlan; call: CallContext }> {
  const call = await store.review.requireCall(callbackId);
  const rule = await tenantEscalationRule(store, call.tenantId);
  const plan = escalationPlan({
    reason,
    orderKind: call.kind,
    segment: call.segment,
    now: opts.now ?? store.now(),
    rule,
    who: { name: call.customerName, anonymous: call.anonymous },
    ...(opts.transferFailed !== undefined ? { transferFailed: opts.transferFailed } : {}),
    ...(opts.channelCanTransfer !== undefined ? { channelCanTransfer: opts.channelCanTransfer } : {}),
    ...(opts.detail !== undefined ? { detail: opts.detail } : {}),
  });
  return { plan, call };
}

/** Open a human callback task for a call; the deadline comes from the tenant's rule unless given. */
export async function createTask(
  store: Store,
  input: { callbackId: string; reason: string; detail?: string | null; assignee?: string | null; dueAt?: Date | null; createdBy?: string | null; stepId?: string | null },
): Promise<Task> {
  const { plan } = await planFor(store, input.callbackId, input.reason, { transferFailed: true, detail: input.detail ?? null });
  const dueAt = input.dueAt ?? plan.dueAt;
  return store.transaction(async (tx) => {
    const esc = await tx.results.addEscalation({
      callbackId: input.callbackId,
      reason: input.reason,
      detail: input.detail ?? plan.whisper,
      stepId: input.stepId ?? null,
      dueAt,
    });
    if (esc.noTaskReason) {
      // Nobody may contact this customer (they opted out): no task (004 第五十条); nothing is kept.
      throw new HuifangError('HF_NO_CONTACT', 'the customer asked not to be contacted again: no callback task is opened');
    }
    // One open task per callback (004 第五十条): a new reason joins the open task.
    const taskId = esc.mergedInto ?? esc.id;
    if (!esc.mergedInto) await tx.review.annotateTask(esc.id, { createdBy: input.createdBy ?? null, mode: 'task', basis: input.dueAt ? 'set by hand' : plan.basis });
    if (input.assignee) await tx.results.updateEscalation(taskId, { assignee: input.assignee });
    return (await tx.review.task(taskId)) as Task;
  });
}

export interface TaskPatch {
  status?: EscalationStatus;
  assignee?: string | null;
  resolution?: string | null;
  dueAt?: Date | null;
}

const NEXT: Record<EscalationStatus, EscalationStatus[]> = {
  open: ['open', 'in_progress', 'resolved', 'unreachable'],
  in_progress: ['open', 'in_progress', 'resolved', 'unreachable'],
  // A resolved or unreachable task may be reopened (the customer calls again).
  resolved: ['resolved', 'open'],
  unreachable: ['unreachable', 'open', 'in_progress'],
};

/**
 * Change a task. Resolving it creates (once) a re-survey callback for the same work order,
 * campaign 're-survey', same dialog, due within 2 days (003 八.3, 九.5).
 *
 * @throws HuifangError HF_NOT_FOUND, HF_STORE_INVALID (a move the board does not allow,
 *   or resolving without a resolution note).
 */
export async function updateTask(store: Store, id: string, patch: TaskPatch): Promise<{ task: Task; reSurveyCallbackId: string | null }> {
  return store.transaction(async (tx) => {
    const before = await tx.review.task(id);
    if (!before) throw new HuifangError('HF_NOT_FOUND', `no task ${id}`);
    if (patch.status && !NEXT[before.status].includes(patch.status)) {
      throw new HuifangError('HF_TASK_TRANSITION', `a ${before.status} task cannot become ${patch.status}`);
    }
    const resolving = patch.status === 'resolved' && before.status !== 'resolved';
    const resolution = patch.resolution !== undefined ? patch.resolution : before.resolution;
    if (resolving && !resolution?.trim()) {
      throw new HuifangError('HF_STORE_INVALID', 'a resolved task needs a resolution note (004 第五十四条: record it truthfully)');
    }
    await tx.results.updateEscalation(id, {
      ...(patch.status !== undefined ? { status: patch.status } : {}),
      ...(patch.assignee !== undefined ? { assignee: patch.assignee } : {}),
      ...(patch.resolution !== undefined ? { resolution: patch.resolution } : {}),
    });
    if (patch.dueAt !== undefined) await tx.review.setTaskDue(id, patch.dueAt);
    let reSurveyCallbackId: string | null = before.resurveyCallbackId;
    if (resolving && !reSurveyCallbackId) {
      const original = await tx.callbacks.require(before.callbackId);
      const now = store.now();
      const { callback } = await tx.callbacks.create({
        tenantId: original.tenantId,
        workOrderId: original.workOrderId,
        dialogId: original.dialogId,
        dialogVersion: original.dialogVersion,
        campaign: 're-survey',
        dueFrom: now,
        dueBy: new Date(now.getTime() + RESURVEY_WITHIN_HOURS * 3_600_000),
      });
      reSurveyCallbackId = callback.id;
      await tx.review.setResurvey(id, callback.id);
    }
    return { task: (await tx.review.task(id)) as Task, reSurveyCallbackId };
  });
}

/**
 * Tell the sink about new flags and newly overdue tasks, each once (claimed in the store,
 * so several server nodes do not repeat an alert). Returns how many were sent.
 */
export async function runAlertSweep(store: Store, sink: AlertSink = alerts, now: Date = store.now()): Promise<{ flagged: number; overdue: number }> {
  const flags = await store.review.claimUnalertedFlags();
  for (const f of flags) {
    const call = await store.review.callContext(f.callbackId);
    if (!call) continue;
    await sink.flagged({
      callbackId: f.callbackId,
      tenantId: call.tenantId,
      workOrderExternalId: call.workOrderExternalId,
      kind: call.kind,
      team: call.team,
      district: call.district,
      reason: f.reason,
      detail: f.detail,
      customerName: call.anonymous ? null : call.customerName,
      at: f.createdAt,
    });
  }
  const ids = await store.review.claimOverdueTasks(now);
  for (const id of ids) {
    const task = await store.review.task(id);
    if (task) await sink.overdue(task.anonymous ? { ...task, customerName: null, phoneMasked: null } : task);
  }
  return { flagged: flags.length, overdue: ids.length };
}
