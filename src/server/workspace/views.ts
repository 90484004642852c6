/**
 * How calls and tasks are shown to a workspace user: names and numbers masked, or gone for
 * anonymous complainants (003 八.5(8)); every code with its label (src/domain/labels.ts).
 * Shared by the workspace API (api.ts), the calls API (calls-api.ts) and the tasks API (tasks-api.ts).
 */
import { basisLabel, labelOf } from '../../domain/labels.js';
import { ANONYMOUS_DIALOGS, type CallContext, type Task } from '../../store/repos/review.js';
import type { User } from '../../store/repos/users.js';
import type { AppDeps } from '../app.js';
import { canSeeTenant } from './auth.js';

/** Whether a call's customer is anonymous: the work order says so, or the dialog is an anonymous one. */
export function isAnonymous(deps: AppDeps, c: CallContext): boolean {
  if (c.anonymous || ANONYMOUS_DIALOGS.includes(c.dialogId)) return true;
  try {
    return deps.dialogs.has(c.dialogId) && deps.dialogs.get(c.dialogId).spec.settings?.anonymous === true;
  } catch {
    return false;
  }
}

/** The call context as a user may see it: name and number masked or gone. */
export function contextView(deps: AppDeps, c: CallContext) {
  const anonymous = isAnonymous(deps, c);
  return {
    callbackId: c.callbackId,
    tenantId: c.tenantId,
    workOrder: c.workOrderExternalId,
    kind: c.kind,
    kindLabel: labelOf('kind', c.kind),
    team: c.team,
    district: c.district,
    engineer: c.engineer,
    segment: c.segment,
    dialogId: c.dialogId,
    campaign: c.campaign,
    callbackStatus: c.callbackStatus,
    anonymous,
    customerName: anonymous ? null : c.customerName,
    phone: anonymous ? null : c.phoneMasked,
  };
}

/** Digits that could be a phone number (7 or more) in a customer's words, masked. */
export function maskDigits(text: string): string {
  return text.replace(/\+?\d[\d\s-]{5,}\d/g, (m) => {
    const d = m.replace(/\D/g, '');
    return d.length >= 7 ? `${d.slice(0, 3)}****${d.slice(-4)}` : m;
  });
}

/** A task as the board shows it (`user`: whether they may call or reveal from it). */
export function taskView(deps: AppDeps, t: Task, user?: User) {
  const ctx = contextView(deps, t);
  const open = t.status === 'open' || t.status === 'in_progress';
  return {
    ...ctx,
    id: t.id,
    // The most serious reason first (004 第五十条: one task per callback, every reason on it).
    reason: t.reasons[0] ?? t.reason,
    reasonLabel: labelOf('reason', t.reasons[0] ?? t.reason),
    reasons: t.reasons,
    reasonLabels: t.reasons.map((r) => labelOf('reason', r)),
    detail: t.detail,
    customerWords: t.customerWords ? maskDigits(t.customerWords) : null,
    status: t.status,
    statusLabel: labelOf('taskStatus', t.status),
    assignee: t.assignee,
    dueAt: t.dueAt,
    overdue: t.overdue,
    lastNote: t.lastNote,
    resolution: t.resolution,
    resolvedAt: t.resolvedAt,
    createdAt: t.createdAt,
    createdBy: t.createdBy,
    mode: t.mode,
    basis: t.basis,
    basisLabel: basisLabel(t.basis),
    reSurveyCallbackId: t.resurveyCallbackId,
    ...(user
      ? {
          // Click-to-call: an open task of a customer who is not anonymous, by its assignee
          // (an agent may take an unassigned one by calling) or a supervisor.
          canCall: open && !ctx.anonymous && (user.role !== 'agent' || t.assignee === null || t.assignee === user.username),
          // The full number: the task's assignee only (audited).
          canReveal: !ctx.anonymous && t.assignee === user.username,
        }
      : {}),
  };
}

/**
 * An agent sees a task when it is in their tenant, assigned to them or to nobody, and not an
 * anonymous complainant's (those go to supervisors with the case, never the number: 003 八.5(8)).
 */
export function agentMaySee(deps: AppDeps, u: User, t: Task): boolean {
  return canSeeTenant(u, t.tenantId) && (t.assignee === null || t.assignee === u.username) && !isAnonymous(deps, t);
}
