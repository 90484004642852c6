/**
 * The task board's API (docs/workspace.md, "Tasks"): list with filters, search, sort and
 * paging; change a task; call the customer from a task without seeing the number; reveal the
 * number to the task's assignee only. Every route sits behind the workspace's session and
 * CSRF guard; each checks role and tenant itself; calls and reveals are audited (004 第五篇).
 */
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { labelOf } from '../../domain/labels.js';
import { updateTask } from '../../results/tasks.js';
import { HuifangError } from '../../shared/errors.js';
import type { EscalationStatus } from '../../store/repos/results.js';
import type { Task, TaskFilter } from '../../store/repos/review.js';
import type { TaskCall } from '../../store/repos/task-calls.js';
import type { User } from '../../store/repos/users.js';
import type { AppDeps } from '../app.js';
import { canSeeTenant, currentUser, tenantScope } from './auth.js';
import { listenAvailability } from './listen.js';
import { agentMaySee, isAnonymous, taskView } from './views.js';
import { twilioChannel } from './twilio-channel.js';
import { parseRequest } from './request.js';

const STATUSES: readonly EscalationStatus[] = ['open', 'in_progress', 'resolved', 'unreachable'];
const MAX_PAGE_SIZE = 200;

const bad = (message: string): HuifangError => new HuifangError('HF_BAD_REQUEST', message);
const notFound = (what: string): HuifangError => new HuifangError('HF_NOT_FOUND', `no ${what}`);
const forbidden = (message: string): HuifangError => new HuifangError('HF_FORBIDDEN', message);
const unavailable = (message: string): HuifangError => new HuifangError('HF_CALL_UNAVAILABLE', message);

const optStr = z.string().trim().max(200).optional().transform((v) => (v === '' ? undefined : v));
const isoDate = z
  .string()
  .trim()
  .optional()
  .transform((v) => (v ? v : undefined))
  .refine((v) => v === undefined || !Number.isNaN(new Date(v).getTime()), 'not a date');
const positive = (max: number) =>
  z
    .string()
    .trim()
    .optional()
    .transform((v) => (v ? Number(v) : undefined))
    .refine((v) => v === undefined || (Number.isInteger(v) && v >= 1 && v <= max), `a whole number from 1 to ${max}`);

/** A task call as the page shows it: no number, the outcome in words. */
function callView(c: TaskCall) {
  return {
    id: c.id,
    taskId: c.taskId,
    by: c.username,
    outcome: c.outcome,
    outcomeLabel: labelOf('taskCallOutcome', c.outcome),
    talkSeconds: c.talkSeconds,
    recorded: c.recordingSid !== null,
    startedAt: c.createdAt,
    answeredAt: c.answeredAt,
    endedAt: c.endedAt,
    ended: c.endedAt !== null,
  };
}

export function registerTasksApi(app: FastifyInstance, deps: AppDeps): void {
  const { store } = deps;

  /** A task the user may see (agents: theirs or unassigned, never an anonymous complainant's), or 404. */
  async function visibleTask(u: User, id: string): Promise<Task> {
    const task = await store.review.task(id);
    if (!task || !canSeeTenant(u, task.tenantId)) throw notFound('task');
    if (u.role === 'agent' && !agentMaySee(deps, u, task)) throw notFound('task');
    return task;
  }

  async function checkAssignee(username: string, tenantId: string): Promise<void> {
    const a = await store.users.byUsername(username);
    if (!a || a.disabled || !(a.tenantId === null || a.tenantId === tenantId)) throw bad(`no user ${username} who can work on this tenant`);
  }

  /**
   * The tasks. Filters: tenant, status (comma-separated), reason, assignee (a user name, `me`
   * or `none`), overdue=true, q (a work order, or the last digits of the customer's number);
   * sort=deadline (default) | severity. Without `page`: every matching task, `{items, now}`;
   * with `page` (and `pageSize`, default 20): `{items, total, page, pageSize, now}`.
   */
  app.get('/api/tasks', async (req) => {
    const u = currentUser(req);
    const q = parseRequest(
      z.object({
        tenant: optStr,
        status: optStr,
        reason: optStr,
        assignee: optStr,
        overdue: z.enum(['true', 'false', '']).optional(),
        q: optStr,
        sort: z.enum(['deadline', 'severity', '']).optional(),
        page: positive(1_000_000),
        pageSize: positive(MAX_PAGE_SIZE),
      }),
      req.query,
    );
    const scope = tenantScope(u);
    if (q.tenant && scope && !scope.includes(q.tenant)) throw forbidden('not your tenant');
    let statuses: EscalationStatus[] | undefined;
    if (q.status) {
      const list = q.status.split(',').map((s) => s.trim()).filter(Boolean);
      const unknown = list.filter((s) => !STATUSES.includes(s as EscalationStatus));
      if (unknown.length > 0) throw bad(`status: unknown ${unknown.join(', ')} (one of ${STATUSES.join(', ')})`);
      statuses = list as EscalationStatus[];
    }
    const agent = u.role === 'agent';
    const assignee = q.assignee === 'me' ? u.username : q.assignee;
    const filter: TaskFilter = {
      tenantIds: scope,
      tenantId: q.tenant,
      statuses,
      reason: q.reason,
      q: q.q,
      sort: q.sort === 'severity' ? 'severity' : 'deadline',
      ...(q.overdue === 'true' ? { overdueAt: store.now() } : {}),
    };
    if (agent) {
      // Agents: their own tasks and the unassigned ones; never an anonymous complainant's.
      filter.excludeAnonymous = true;
      if (assignee === 'none') filter.unassigned = true;
      else if (assignee && assignee !== u.username) throw forbidden('agents see their own tasks and unassigned ones');
      else {
        filter.assignee = u.username;
        filter.orUnassigned = assignee === undefined;
      }
    } else if (assignee === 'none') filter.unassigned = true;
    else if (assignee) filter.assignee = assignee;
    const now = store.now();
    if (q.page === undefined) {
      const tasks = await store.review.tasks(filter);
      return { items: tasks.map((t) => taskView(deps, t, u)), now };
    }
    const pageSize = q.pageSize ?? 20;
    const [tasks, total] = await Promise.all([
      store.review.tasks({ ...filter, limit: pageSize, offset: (q.page - 1) * pageSize }),
      store.review.countTasks(filter),
    ]);
    return { items: tasks.map((t) => taskView(deps, t, u)), total, page: q.page, pageSize, now };
  });

  /** One task with its notes (call outcomes) and calls. */
  app.get<{ Params: { id: string } }>('/api/tasks/:id', async (req) => {
    const u = currentUser(req);
    const task = await visibleTask(u, req.params.id);
    const [notes, calls] = await Promise.all([store.taskCalls.notes(task.id), store.taskCalls.ofTask(task.id)]);
    return {
      task: taskView(deps, task, u),
      notes: notes.map((n) => ({ author: n.author, kind: n.kind, text: n.text, at: n.createdAt })),
      calls: calls.map(callView),
    };
  });

  app.patch<{ Params: { id: string } }>('/api/tasks/:id', async (req) => {
    const u = currentUser(req);
    const task = await visibleTask(u, req.params.id);
    const body = parseRequest(
      z.strictObject({
        status: z.enum(['open', 'in_progress', 'resolved', 'unreachable']).optional(),
        assignee: z.string().max(64).nullable().optional(),
        resolution: z.string().max(5000).nullable().optional(),
        dueAt: isoDate.nullable(),
      }),
      req.body,
    );
    if (u.role === 'agent') {
      if (body.assignee !== undefined && body.assignee !== null && body.assignee !== u.username) throw forbidden('agents assign tasks only to themselves');
      if (body.dueAt !== undefined) throw forbidden('agents cannot move deadlines');
    } else if (body.assignee) {
      await checkAssignee(body.assignee, task.tenantId);
    }
    // Working on an unassigned task takes it: a resolved card names who handled it.
    if (task.assignee === null && body.status && body.status !== 'open' && body.assignee === undefined) body.assignee = u.username;
    const r = await updateTask(store, task.id, {
      ...(body.status !== undefined ? { status: body.status } : {}),
      ...(body.assignee !== undefined ? { assignee: body.assignee } : {}),
      ...(body.resolution !== undefined ? { resolution: body.resolution } : {}),
      ...(body.dueAt !== undefined ? { dueAt: body.dueAt ? new Date(body.dueAt) : null } : {}),
    });
    await store.contact.audit({ tenantId: task.tenantId, actor: u.username, action: 'update_task', subject: `task:${task.id}`, detail: { ...body, resolution: body.resolution ? '[text]' : body.resolution } });
    return { task: taskView(deps, r.task, u), reSurveyCallbackId: r.reSurveyCallbackId };
  });

  /**
   * Call the customer from the task: Twilio rings the user's own phone, then the customer with
   * the company's caller ID, recorded after a spoken notice (src/channels/twilio/task-call.ts).
   * The number is never sent to the page. Agents: their task, or an unassigned one (calling
   * takes it). Audited as `task_call`.
   */
  app.post<{ Params: { id: string } }>('/api/tasks/:id/call', async (req, reply) => {
    const u = currentUser(req);
    const task = await visibleTask(u, req.params.id);
    const subject = `task:${task.id}`;
    if (isAnonymous(deps, task)) {
      await store.contact.audit({ tenantId: task.tenantId, actor: u.username, action: 'task_call_denied', subject, detail: { anonymous: true } });
      throw new HuifangError('HF_ANONYMOUS', 'anonymous complainant: nobody calls them from a task (003 八.5(8))');
    }
    if (u.role === 'agent' && task.assignee !== null && task.assignee !== u.username) throw forbidden('this task is assigned to someone else');
    if (task.status !== 'open' && task.status !== 'in_progress') throw unavailable('the task is closed: reopen it first');
    if (!listenAvailability(deps).twilio) throw unavailable('Twilio is not configured: calls cannot be placed from the workspace');
    const agentPhone = await store.users.phoneOf(u.id);
    if (!agentPhone) throw unavailable('your user has no phone number to ring: an admin sets it on the users page');
    if (await store.taskCalls.live(task.id)) throw unavailable('a call of this task is going on');
    const wo = await store.workOrders.get(task.workOrderId);
    const phones = wo?.customerId ? await store.workOrders.phones(wo.customerId) : [];
    const callable = [];
    for (const p of phones) if (!(await store.contact.isDoNotContact(p.e164, task.tenantId))) callable.push(p);
    if (phones.length === 0) throw unavailable('the work order has no number to call');
    if (callable.length === 0) throw new HuifangError('HF_NO_CONTACT', 'the customer asked not to be contacted again (004 第五十条)');
    const phone = callable.find((p) => p.isPrimary) ?? (callable[0] as (typeof callable)[number]);
    // Calling takes the task and starts it.
    if (task.assignee === null || task.status === 'open') {
      await updateTask(store, task.id, { ...(task.assignee === null ? { assignee: u.username } : {}), ...(task.status === 'open' ? { status: 'in_progress' as const } : {}) });
    }
    const { startTaskCall, twilioRuntime } = await twilioChannel();
    const call = await startTaskCall(twilioRuntime(deps, req.log), {
      taskId: task.id,
      callbackId: task.callbackId,
      tenantId: task.tenantId,
      userId: u.id,
      username: u.username,
      agentPhone,
      phoneId: phone.id,
    });
    await store.contact.audit({ tenantId: task.tenantId, actor: u.username, action: 'task_call', subject, detail: { callId: call.id, callSid: call.agentCallSid, phoneId: phone.id } });
    reply.header('cache-control', 'no-store');
    return reply.code(201).send({ call: callView(call), myPhone: u.phoneMasked });
  });

  /** A call of the task: how it is going (the page polls it). */
  app.get<{ Params: { id: string; callId: string } }>('/api/tasks/:id/calls/:callId', async (req) => {
    const u = currentUser(req);
    const task = await visibleTask(u, req.params.id);
    const call = await store.taskCalls.get(req.params.callId);
    if (!call || call.taskId !== task.id) throw notFound('call');
    return { call: callView(call) };
  });

  /** The customer's full numbers, for the task's assignee only (audited; refusals too). */
  app.post<{ Params: { id: string } }>('/api/tasks/:id/reveal', async (req, reply) => {
    const u = currentUser(req);
    const task = await visibleTask(u, req.params.id);
    const subject = `task:${task.id}`;
    if (isAnonymous(deps, task)) {
      await store.contact.audit({ tenantId: task.tenantId, actor: u.username, action: 'reveal_phone_denied', subject, detail: { anonymous: true } });
      throw new HuifangError('HF_ANONYMOUS', 'anonymous complainant: no name or number is shown (003 八.5(8))');
    }
    if (task.assignee !== u.username) {
      await store.contact.audit({ tenantId: task.tenantId, actor: u.username, action: 'reveal_phone_denied', subject, detail: { assignee: false } });
      throw forbidden("only the task's assignee sees the full number");
    }
    const wo = await store.workOrders.get(task.workOrderId);
    const phones = wo?.customerId ? await store.workOrders.phones(wo.customerId) : [];
    await store.contact.audit({ tenantId: task.tenantId, actor: u.username, action: 'reveal_phone', subject, detail: { phoneIds: phones.map((p) => p.id), callbackId: task.callbackId } });
    reply.header('cache-control', 'no-store');
    return { phones: phones.map((p) => ({ id: p.id, e164: p.e164, masked: p.masked, primary: p.isPrimary })) };
  });
}
