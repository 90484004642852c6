/**
 * The workspace's JSON API. Every route sits behind the global /api/* session and CSRF guard
 * (auth.ts); each checks the role and the tenant scope itself. Numbers are masked, anonymous
 * complainants have no name and no number for anyone (003 八.5(8)), and every reveal, every
 * recording played and every call opened goes to the audit log (004 第五篇).
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { reasonLabel } from '../../results/escalation.js';
import { createTask, planFor, setTenantEscalationRule, tenantEscalationRule } from '../../results/tasks.js';
import { COMPLAINT_CATEGORIES } from '../../nlu/complaints.js';
import { HuifangError } from '../../shared/errors.js';
import { dialablePhone, maskPhone } from '../../shared/phone.js';
import type { CallContext, Task } from '../../store/repos/review.js';
import type { User } from '../../store/repos/users.js';
import { ROLES } from '../../store/repos/users.js';
import type { AppDeps } from '../app.js';
import { canReviewCalls, canRevealPhone, canSeeTenant, currentUser, requireRole, tenantScope, userView } from './auth.js';
import { resolveRecordingRef, sendRecording } from './recording.js';
import { listenAvailability } from './listen.js';
import { buildTranscript } from '../../results/transcript.js';
import { hasPlayableRecording } from './calls-api.js';
import { agentMaySee, contextView, isAnonymous, taskView } from './views.js';
import { twilioChannel } from './twilio-channel.js';
import { parseRequest } from './request.js';

function bad(message: string): HuifangError {
  return new HuifangError('HF_BAD_REQUEST', message);
}
function notFound(what: string): HuifangError {
  return new HuifangError('HF_NOT_FOUND', `no ${what}`);
}
function forbidden(message: string): HuifangError {
  return new HuifangError('HF_FORBIDDEN', message);
}

/** A phone number in a request body: normalised to E.164 by the route; '' or null clears it. */
const phoneField = z.string().trim().max(32).nullable().optional();

const isoDate = z
  .string()
  .trim()
  .optional()
  .transform((v) => (v ? v : undefined))
  .refine((v) => v === undefined || !Number.isNaN(new Date(v).getTime()), 'not a date');

async function loadCallFor(deps: AppDeps, req: FastifyRequest, id: string): Promise<{ user: User; call: CallContext; tasks: Task[] }> {
  const user = currentUser(req);
  const call = await deps.store.review.callContext(id);
  if (!call || !canSeeTenant(user, call.tenantId)) throw notFound('call');
  const tasks = await deps.store.review.tasks({ callbackId: id });
  if (!canReviewCalls(user) && !tasks.some((t) => agentMaySee(deps, user, t))) {
    // An agent opens a call only through a task of theirs.
    throw forbidden('agents see only the calls of their tasks');
  }
  return { user, call, tasks };
}

function promptOf(deps: AppDeps, dialogId: string, stepId: string): string | null {
  try {
    if (!deps.dialogs.has(dialogId)) return null;
    const d = deps.dialogs.get(dialogId);
    const step = d.spec.steps.find((s) => s.id === stepId) as { ask?: string; say?: string } | undefined;
    const text = step?.ask ?? step?.say ?? null;
    if (!text) return null;
    const vars = d.spec.variables ?? {};
    return text.replace(/\{\{\s*(\w+)\s*\}\}/g, (_m, k: string) => `【${(vars[k] as { label?: string } | undefined)?.label ?? k}】`);
  } catch {
    return null;
  }
}

export function registerWorkspaceApi(app: FastifyInstance, deps: AppDeps): void {
  const { store } = deps;

  /* ----------------------------------------------------------------- meta */
  app.get('/api/meta', async (req) => {
    const u = currentUser(req);
    const scope = tenantScope(u) ?? null;
    const values = await store.review.filterValues(scope);
    // A user bound to a tenant is offered that tenant's people only, never the global accounts.
    const users = canReviewCalls(u)
      ? (await store.users.list({ tenantId: u.tenantId })).filter((x) => !x.disabled && (u.tenantId === null || x.tenantId === u.tenantId)).map(userView)
      : [userView(u)];
    return {
      ...values,
      users,
      reasonLabels: Object.fromEntries(
        ['dissatisfied', 'low_score', 'not_fixed', 'not_resolved', 'complaint', 'human_requested', 'misconduct', 'low_confidence', 'hung_up', 'opt_out', 'wrong_person', 'abusive', 'check_number',
          ...COMPLAINT_CATEGORIES.flatMap((c) => [`complaint:${c}`, `reservation:${c}`])]
          .map((r) => [r, reasonLabel(r)]),
      ),
    };
  });

  /* flags: calls-api.ts (GET /api/flags, its export and bulk review) */

  /* ---------------------------------------------------------------- calls */
  app.get<{ Params: { id: string } }>('/api/calls/:id', async (req, reply) => {
    const { user, call, tasks } = await loadCallFor(deps, req, req.params.id);
    const [attempts, answers, scores, flags, review, lines] = await Promise.all([
      store.callbacks.attempts(call.callbackId),
      store.results.answers(call.callbackId),
      store.results.scores(call.callbackId),
      store.review.flagsOf(call.callbackId),
      store.review.review(call.callbackId),
      store.calls.transcript(call.callbackId),
    ]);
    await store.contact.audit({ tenantId: call.tenantId, actor: user.username, action: 'view_call', subject: `callback:${call.callbackId}` });
    reply.header('cache-control', 'no-store');
    const reviewer = canReviewCalls(user);
    const visibleTasks = reviewer ? tasks : tasks.filter((t) => agentMaySee(deps, user, t));
    // A recording only of a call a person answered: an answering machine, a call nobody
    // answered or an SMS thread has none to play (no dead player).
    const playable = (a: (typeof attempts)[number]) => hasPlayableRecording(a);
    return {
      call: contextView(deps, call),
      canReveal: canRevealPhone(user) && !isAnonymous(deps, call),
      canPlay: reviewer,
      attempts: attempts.map((a) => ({
        id: a.id,
        channel: a.channel,
        startedAt: a.startedAt,
        answeredAt: a.answeredAt,
        endedAt: a.endedAt,
        outcome: a.outcome,
        /** The telephony provider that carried it (twilio, aliyun), and a carrier's early-media reason (空号, 关机, 停机). */
        provider: a.provider,
        failureReason: a.failureReason,
        hasRecording: playable(a),
        recordingUrl: reviewer && playable(a) ? `/api/calls/${encodeURIComponent(call.callbackId)}/recordings/${encodeURIComponent(a.id)}` : null,
      })),
      // What was said, in order (stored by every turn since migration 140); older calls: the answers with their step's prompt.
      transcript: lines.length
        ? buildTranscript(lines, answers, attempts.map((a) => ({ id: a.id, channel: a.channel, answeredAt: a.answeredAt, playable: reviewer && playable(a) })))
        : answers.map((a) => ({
            stepId: a.stepId,
            prompt: promptOf(deps, call.dialogId, a.stepId),
            raw: a.raw,
            via: a.via,
            confidence: a.confidence,
            value: a.value,
            at: a.createdAt,
            attemptId: a.attemptId,
            offsetSec: null,
          })),
      scores: scores.map((s) => ({ stepId: s.stepId, scale: s.scale, raw: s.raw, level: s.level })),
      flags: flags.map((f) => ({ ...f, reasonLabel: reasonLabel(f.reason) })),
      review,
      tasks: visibleTasks.map((t) => taskView(deps, t, user)),
    };
  });

  app.post<{ Params: { id: string } }>('/api/calls/:id/reveal', async (req, reply) => {
    const { user, call } = await loadCallFor(deps, req, req.params.id);
    const subject = `callback:${call.callbackId}`;
    if (!canRevealPhone(user)) {
      await store.contact.audit({ tenantId: call.tenantId, actor: user.username, action: 'reveal_phone_denied', subject, detail: { role: user.role } });
      throw forbidden('only admins and supervisors see full numbers');
    }
    if (isAnonymous(deps, call)) {
      await store.contact.audit({ tenantId: call.tenantId, actor: user.username, action: 'reveal_phone_denied', subject, detail: { anonymous: true } });
      throw new HuifangError('HF_ANONYMOUS', 'anonymous complainant: no name or number is shown (003 八.5(8))');
    }
    const wo = await store.workOrders.get(call.workOrderId);
    const phones = wo?.customerId ? await store.workOrders.phones(wo.customerId) : [];
    await store.contact.audit({ tenantId: call.tenantId, actor: user.username, action: 'reveal_phone', subject, detail: { phoneIds: phones.map((p) => p.id) } });
    reply.header('cache-control', 'no-store');
    return { phones: phones.map((p) => ({ id: p.id, e164: p.e164, masked: p.masked, primary: p.isPrimary })) };
  });

  app.get<{ Params: { id: string; attemptId: string } }>('/api/calls/:id/recordings/:attemptId', async (req, reply) => {
    const user = requireRole(req, 'admin', 'supervisor');
    const { call } = await loadCallFor(deps, req, req.params.id);
    const attempt = await store.callbacks.getAttempt(req.params.attemptId);
    if (!attempt || attempt.callbackId !== call.callbackId || !hasPlayableRecording(attempt)) throw new HuifangError('HF_RECORDING_UNAVAILABLE', 'this call has no such recording');
    // Every request that can return audio is audited, Range requests included: a suffix range
    // (bytes=-N) or a run of partial requests can fetch a whole recording (004 第五篇).
    const range = typeof req.headers.range === 'string' ? req.headers.range.slice(0, 100) : null;
    await store.contact.audit({
      tenantId: call.tenantId,
      actor: user.username,
      action: 'play_recording',
      subject: `callback:${call.callbackId}`,
      detail: { attemptId: attempt.id, ...(range !== null ? { range } : {}) },
    });
    return sendRecording(deps, req, reply, resolveRecordingRef(deps, attempt));
  });

  app.put<{ Params: { id: string } }>('/api/calls/:id/review', async (req) => {
    const user = requireRole(req, 'admin', 'supervisor');
    const { call } = await loadCallFor(deps, req, req.params.id);
    const body = parseRequest(z.object({ notes: z.string().max(5000).nullable().optional(), reviewed: z.boolean().optional() }), req.body);
    const review = await store.review.saveReview(call.callbackId, {
      by: user.username,
      ...(body.notes !== undefined ? { notes: body.notes } : {}),
      ...(body.reviewed !== undefined ? { reviewed: body.reviewed } : {}),
    });
    if (body.reviewed) await store.contact.audit({ tenantId: call.tenantId, actor: user.username, action: 'review_call', subject: `callback:${call.callbackId}` });
    return { review };
  });

  app.post<{ Params: { id: string } }>('/api/calls/:id/tasks', async (req, reply) => {
    const user = requireRole(req, 'admin', 'supervisor');
    const { call } = await loadCallFor(deps, req, req.params.id);
    const body = parseRequest(
      z.object({
        reason: z.string().trim().min(1).max(64),
        detail: z.string().max(2000).nullable().optional(),
        assignee: z.string().max(64).nullable().optional(),
        dueAt: isoDate.nullable(),
      }),
      req.body,
    );
    if (body.assignee) await checkAssignee(body.assignee, call.tenantId);
    const task = await createTask(store, {
      callbackId: call.callbackId,
      reason: body.reason,
      detail: body.detail ?? null,
      assignee: body.assignee ?? null,
      dueAt: body.dueAt ? new Date(body.dueAt) : null,
      createdBy: user.username,
    });
    await store.contact.audit({ tenantId: call.tenantId, actor: user.username, action: 'create_task', subject: `task:${task.id}`, detail: { callbackId: call.callbackId } });
    return reply.code(201).send({ task: taskView(deps, task) });
  });

  /** The plan the tenant's rule gives for a reason now (the create-task form shows the deadline). */
  app.get<{ Params: { id: string }; Querystring: { reason?: string } }>('/api/calls/:id/plan', async (req) => {
    requireRole(req, 'admin', 'supervisor');
    const { call } = await loadCallFor(deps, req, req.params.id);
    const reason = req.query.reason ?? 'dissatisfied';
    const { plan } = await planFor(store, call.callbackId, reason, { transferFailed: true });
    return { plan };
  });

  async function checkAssignee(username: string, tenantId: string): Promise<void> {
    const a = await store.users.byUsername(username);
    if (!a || a.disabled || !(a.tenantId === null || a.tenantId === tenantId)) throw bad(`no user ${username} who can work on this tenant`);
  }

  /* ----------------------------------------------------------------- live */
  app.get('/api/live', async (req, reply) => {
    const u = requireRole(req, 'admin', 'supervisor');
    const rows = await store.review.liveAttempts({ tenantIds: tenantScope(u) });
    const availability = listenAvailability(deps);
    reply.header('cache-control', 'no-store');
    return {
      twilio: availability.twilio,
      // Listening in: a call put through to people runs in a Twilio conference; a supervisor is
      // rung into it muted (POST /api/live/:attemptId/listen).
      listenIn: availability.listenIn,
      // Why not, when not: 'no_twilio' | 'transfer_mode'.
      listenInOff: availability.reason,
      myPhone: u.phoneMasked,
      items: rows.map((r) => ({
        ...contextView(deps, r),
        attemptId: r.attemptId,
        channel: r.channel,
        startedAt: r.startedAt,
        answeredAt: r.answeredAt,
        conference: r.conferenceStatus,
        canListen: availability.listenIn && r.channel === 'voice' && r.conferenceStatus !== null && r.conferenceStarted,
      })),
    };
  });

  /**
   * Listen in on a live call: the supervisor's phone (stored on the user, set by an admin) is
   * rung into the call's conference muted, without a beep. Audited (004 第五篇); the number
   * is never in the URL, the body or a log line.
   */
  app.post<{ Params: { attemptId: string } }>('/api/live/:attemptId/listen', async (req, reply) => {
    const u = currentUser(req);
    const attempt = await store.callbacks.getAttempt(req.params.attemptId);
    const call = attempt ? await store.review.callContext(attempt.callbackId) : null;
    if (!attempt || !call || !canSeeTenant(u, call.tenantId)) throw notFound('call');
    const subject = `callback:${call.callbackId}`;
    if (!canReviewCalls(u)) {
      await store.contact.audit({ tenantId: call.tenantId, actor: u.username, action: 'listen_in_denied', subject, detail: { attemptId: attempt.id, role: u.role } });
      throw forbidden('only supervisors and admins listen in');
    }
    const availability = listenAvailability(deps);
    if (!availability.listenIn) {
      throw new HuifangError('HF_LISTEN_UNAVAILABLE', availability.reason === 'no_twilio' ? 'Twilio is not configured' : 'live transfers do not run as conferences (TWILIO_TRANSFER_MODE)');
    }
    if (attempt.channel !== 'voice') throw new HuifangError('HF_LISTEN_UNAVAILABLE', 'only phone calls can be listened in on');
    const phone = await store.users.phoneOf(u.id);
    if (!phone) throw new HuifangError('HF_LISTEN_UNAVAILABLE', 'your user has no phone number to ring: an admin sets it on the users page');
    const { listenIn, twilioRuntime } = await twilioChannel();
    const r = await listenIn(twilioRuntime(deps, req.log), { attemptId: attempt.id, userId: u.id, phone });
    await store.contact.audit({
      tenantId: call.tenantId,
      actor: u.username,
      action: 'listen_in',
      subject,
      detail: { attemptId: attempt.id, conferenceSid: r.conferenceSid, callSid: r.callSid },
    });
    reply.header('cache-control', 'no-store');
    return reply.code(201).send({ listening: true, callSid: r.callSid, phone: maskPhone(phone) });
  });

  /* ---------------------------------------------------------------- users */
  app.get('/api/users', async (req) => {
    const u = requireRole(req, 'admin', 'supervisor');
    // A user bound to a tenant sees that tenant's users only: not the global accounts (admins of every tenant).
    const items = (await store.users.list({ tenantId: u.tenantId })).filter((x) => u.tenantId === null || x.tenantId === u.tenantId);
    return {
      items: items.map((x) => ({ ...userView(x), disabled: x.disabled, phone: x.phoneMasked, createdAt: x.createdAt })),
      canEdit: u.role === 'admin',
    };
  });

  app.post('/api/users', async (req, reply) => {
    const u = requireRole(req, 'admin');
    const body = parseRequest(
      z.object({
        username: z.string().trim().min(2).max(64),
        password: z.string().min(8).max(1024),
        role: z.enum(ROLES as [string, ...string[]]),
        tenantId: z.string().nullable().optional(),
        displayName: z.string().max(100).nullable().optional(),
        phone: phoneField,
      }),
      req.body,
    );
    if (u.tenantId !== null && body.tenantId !== u.tenantId) throw forbidden('a tenant admin creates users of their tenant only');
    if (body.tenantId && !(await store.tenants.get(body.tenantId))) throw bad(`no tenant ${body.tenantId}`);
    const phone = body.phone ? dialablePhone(body.phone) : null;
    const created = await store.users.create({
      username: body.username,
      password: body.password,
      role: body.role as User['role'],
      tenantId: body.tenantId ?? null,
      displayName: body.displayName ?? null,
      phone,
    });
    await store.contact.audit({ tenantId: created.tenantId, actor: u.username, action: 'create_user', subject: `user:${created.id}`, detail: { role: created.role, phone: phone ? 'set' : null } });
    return reply.code(201).send({ user: { ...userView(created), disabled: created.disabled, phone: created.phoneMasked } });
  });

  /** Disable or enable a user (disabling ends their sessions), set their phone or display name. Admins. */
  app.patch<{ Params: { id: string } }>('/api/users/:id', async (req) => {
    const u = requireRole(req, 'admin');
    const target = await store.users.get(req.params.id);
    if (!target || (u.tenantId !== null && target.tenantId !== u.tenantId)) throw notFound('user');
    const body = parseRequest(
      z.strictObject({
        disabled: z.boolean().optional(),
        phone: phoneField,
        displayName: z.string().trim().max(100).nullable().optional(),
        role: z.enum(ROLES as [string, ...string[]]).optional(),
        password: z.string().max(1024).optional(),
      }),
      req.body,
    );
    if (body.disabled === true && target.id === u.id) throw bad('you cannot disable yourself');
    // An admin does not demote themselves (a tenant could be left with no admin).
    if (body.role !== undefined && body.role !== target.role && target.id === u.id) throw new HuifangError('HF_USER_INVALID', 'you cannot change your own role', { field: 'role' });
    if (body.password !== undefined && body.password.length < 8) throw new HuifangError('HF_USER_INVALID', 'password: at least 8 characters', { field: 'password' });
    const phone = body.phone ? dialablePhone(body.phone) : null;
    if (body.disabled !== undefined) await store.users.setDisabled(target.id, body.disabled);
    if (body.phone !== undefined) await store.users.setPhone(target.id, phone);
    if (body.displayName !== undefined) await store.users.setDisplayName(target.id, body.displayName || null);
    // A role change or a password reset ends the user's sessions: the new rights or password apply at the next sign-in.
    if (body.role !== undefined && body.role !== target.role) await store.users.setRole(target.id, body.role as User['role']);
    if (body.password !== undefined) await store.users.setPassword(target.id, body.password, { endSessions: target.id !== u.id });
    await store.contact.audit({
      tenantId: target.tenantId,
      actor: u.username,
      action: 'update_user',
      subject: `user:${target.id}`,
      // Never the number itself.
      detail: {
        ...(body.disabled !== undefined ? { disabled: body.disabled } : {}),
        ...(body.phone !== undefined ? { phone: body.phone ? 'set' : 'cleared' } : {}),
        ...(body.displayName !== undefined ? { displayName: true } : {}),
        ...(body.role !== undefined && body.role !== target.role ? { role: { from: target.role, to: body.role } } : {}),
        // Never the password: only that it was reset.
        ...(body.password !== undefined ? { password: 'reset' } : {}),
      },
    });
    const after = (await store.users.get(target.id)) as User;
    return { user: { ...userView(after), disabled: after.disabled, phone: after.phoneMasked } };
  });

  /* ------------------------------------------------------ escalation rule */
  app.get<{ Params: { tenant: string } }>('/api/tenants/:tenant/escalation-rule', async (req) => {
    const u = requireRole(req, 'admin', 'supervisor');
    if (!canSeeTenant(u, req.params.tenant) || !(await store.tenants.get(req.params.tenant))) throw notFound('tenant');
    return { rule: await tenantEscalationRule(store, req.params.tenant) };
  });

  app.put<{ Params: { tenant: string } }>('/api/tenants/:tenant/escalation-rule', async (req) => {
    const u = requireRole(req, 'admin');
    if (!canSeeTenant(u, req.params.tenant) || !(await store.tenants.get(req.params.tenant))) throw notFound('tenant');
    const rule = await setTenantEscalationRule(store, req.params.tenant, req.body);
    await store.contact.audit({ tenantId: req.params.tenant, actor: u.username, action: 'set_escalation_rule', subject: `tenant:${req.params.tenant}` });
    return { rule };
  });
}
