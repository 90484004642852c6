/**
 * Click-to-call from a task (docs/workspace.md, "Calling the customer from a task"): an agent
 * calls the customer without ever seeing the number.
 *
 * 1. `startTaskCall` places a call to the AGENT's phone (stored on their user) through the
 *    Twilio REST API, recorded from the answer (the whole bridged call), no machine detection;
 * 2. when the agent picks up, `/twilio/task-call?c=<id>` answers: the agent hears "正在为您接通
 *    客户，本次通话将被录音", then `<Dial callerId=<company number>><Number url=notice>` rings the
 *    customer with the company's caller ID (TWILIO_FROM, the number the callbacks come from);
 * 3. the customer, on picking up, hears the notice (`/twilio/task-call/notice`: who calls, why,
 *    and that the call is recorded) before being bridged;
 * 4. the Dial's action (`/twilio/task-call/dial`) and the agent leg's status callback note the
 *    outcome on the task (talked, the customer did not answer or was busy, the agent did not
 *    answer); the recording's SID is kept with the call.
 *
 * URLs carry the task call's id only, never a number; the number is read by its id when the
 * agent has picked up and goes to Twilio only. A late or replayed webhook changes nothing.
 */
import { labelOf } from '../../domain/labels.js';
import { HuifangError } from '../../shared/errors.js';
import type { TaskCall, TaskCallOutcome } from '../../store/repos/task-calls.js';
import { routeUrl, type TwilioRuntime } from './common.js';
import { param, type TwilioParams } from './signature.js';
import { renderEmpty, renderSayAndHangup, renderTaskCallBridge, renderWhisper, taskCallNoticeText } from './twiml.js';

/** How long the agent's and the customer's phones ring, seconds. */
export const TASK_CALL_RING_SEC = 30;

/** Place the call to the agent's phone. The caller checks who may call and audits. */
export async function startTaskCall(
  rt: TwilioRuntime,
  o: { taskId: string; callbackId: string; tenantId: string; userId: string; username: string; agentPhone: string; phoneId: string },
): Promise<TaskCall> {
  const row = await rt.store.taskCalls.create({ taskId: o.taskId, callbackId: o.callbackId, tenantId: o.tenantId, userId: o.userId, username: o.username, phoneId: o.phoneId });
  const q = { c: row.id };
  try {
    const { providerId } = await rt.provider.placeCall({
      to: o.agentPhone,
      url: routeUrl(rt.publicUrl, '/twilio/task-call', q),
      statusCallback: routeUrl(rt.publicUrl, '/twilio/task-call/status', q),
      fallbackUrl: routeUrl(rt.publicUrl, '/twilio/task-call/fallback', q),
      record: true,
      recordingStatusCallback: routeUrl(rt.publicUrl, '/twilio/task-call/recording', q),
      timeLimitSec: rt.settings.callTimeLimitSec ?? 600,
      timeoutSec: TASK_CALL_RING_SEC,
    });
    return (await rt.store.taskCalls.update(row.id, { agentCallSid: providerId })) ?? row;
  } catch (e) {
    await rt.store.taskCalls.update(row.id, { outcome: 'failed', ended: true });
    await note(rt, row, 'failed');
    throw e;
  }
}

/** The outcome in words, as noted on the task. */
function outcomeText(call: TaskCall, outcome: TaskCallOutcome, talkSeconds: number | null): string {
  const words = labelOf('taskCallOutcome', outcome);
  const talk = talkSeconds && talkSeconds > 0 ? `，通话 ${Math.floor(talkSeconds / 60)} 分 ${talkSeconds % 60} 秒` : '';
  return `${call.username} 拨打客户：${words}${talk}`;
}

async function note(rt: TwilioRuntime, call: TaskCall, outcome: TaskCallOutcome, talkSeconds: number | null = null): Promise<void> {
  await rt.store.taskCalls.addNote({ taskId: call.taskId, author: call.username, kind: `call:${outcome}`, text: outcomeText(call, outcome, talkSeconds) });
}

async function load(rt: TwilioRuntime, q: { c?: string }): Promise<TaskCall | null> {
  return q.c ? rt.store.taskCalls.get(q.c) : null;
}

/** The agent picked up: the notice, then ring the customer with the company's caller id. */
export async function handleTaskCallAnswered(rt: TwilioRuntime, q: { c?: string }, p: TwilioParams): Promise<string> {
  const call = await load(rt, q);
  if (!call || call.endedAt || (call.agentCallSid && param(p.CallSid) && call.agentCallSid !== param(p.CallSid))) return renderSayAndHangup(null);
  const phone = call.phoneId ? await rt.store.workOrders.phone(call.phoneId) : null;
  if (!phone) {
    await rt.store.taskCalls.update(call.id, { outcome: 'failed', ended: true });
    await note(rt, call, 'failed');
    return renderSayAndHangup('抱歉，客户号码无法使用，已记录在任务上。');
  }
  // The customer may have opted out since the call was started: nobody may call them then.
  if (await rt.store.contact.isDoNotContact(phone.e164, call.tenantId)) {
    await rt.store.taskCalls.update(call.id, { outcome: 'failed', ended: true });
    await note(rt, call, 'failed');
    return renderSayAndHangup('客户已要求不再联系，本次不拨打。');
  }
  await rt.store.taskCalls.update(call.id, { outcome: 'calling_customer', answered: true });
  const q2 = { c: call.id };
  return renderTaskCallBridge({
    number: phone.e164,
    callerId: rt.settings.from ?? null,
    noticeUrl: routeUrl(rt.publicUrl, '/twilio/task-call/notice', q2),
    actionUrl: routeUrl(rt.publicUrl, '/twilio/task-call/dial', q2),
    timeoutSec: TASK_CALL_RING_SEC,
  });
}

/** The customer picked up: they hear who calls and that the call is recorded, then are bridged. */
export async function handleTaskCallNotice(rt: TwilioRuntime, q: { c?: string }): Promise<string> {
  const call = await load(rt, q);
  if (!call) return renderEmpty();
  await rt.store.taskCalls.update(call.id, { outcome: 'connected' });
  const tenant = await rt.store.tenants.get(call.tenantId);
  return renderWhisper(taskCallNoticeText(tenant?.name ?? null));
}

/** The `<Dial>` to the customer ended: note how it went on the task. */
export async function handleTaskCallDialEnd(rt: TwilioRuntime, q: { c?: string }, p: TwilioParams): Promise<string> {
  const call = await load(rt, q);
  if (!call) return renderSayAndHangup(null);
  const status = param(p.DialCallStatus) ?? 'failed';
  const talk = Number(param(p.DialCallDuration) ?? 0) || 0;
  const outcome: TaskCallOutcome =
    status === 'completed' || status === 'answered' ? 'completed' : status === 'busy' ? 'customer_busy' : status === 'no-answer' ? 'customer_no_answer' : 'customer_failed';
  const changed = await rt.store.taskCalls.update(call.id, { outcome, dialStatus: status, talkSeconds: talk, ended: true });
  if (changed) await note(rt, call, outcome, talk);
  return renderSayAndHangup(outcome === 'completed' ? '通话已结束，结果已记录在任务上。' : `${labelOf('taskCallOutcome', outcome)}，已记录在任务上。`);
}

/** The agent leg's progress: an agent who does not pick up, or a call that ended without a Dial result. */
export async function handleTaskCallStatus(rt: TwilioRuntime, q: { c?: string }, p: TwilioParams): Promise<void> {
  const call = await load(rt, q);
  if (!call || call.endedAt) return;
  const status = param(p.CallStatus);
  if (status === 'in-progress' || status === 'answered') {
    await rt.store.taskCalls.update(call.id, { answered: true });
    return;
  }
  if (status === 'no-answer' || status === 'busy' || status === 'canceled' || (status === 'failed' && !call.answeredAt)) {
    const changed = await rt.store.taskCalls.update(call.id, { outcome: 'agent_no_answer', ended: true });
    if (changed) await note(rt, call, 'agent_no_answer');
    return;
  }
  if (status === 'completed' || status === 'failed') {
    // Ended before the Dial reported (the agent hung up while the customer was ringing).
    const outcome: TaskCallOutcome = call.outcome === 'connected' ? 'completed' : call.answeredAt ? 'customer_no_answer' : 'agent_no_answer';
    const changed = await rt.store.taskCalls.update(call.id, { outcome, ended: true });
    if (changed) await note(rt, call, outcome);
  }
}

/** The recording of the call (from the agent's answer: the notice and the bridged talk). */
export async function handleTaskCallRecording(rt: TwilioRuntime, q: { c?: string }, p: TwilioParams): Promise<void> {
  const call = await load(rt, q);
  const sid = param(p.RecordingSid);
  if (!call || !sid || !/^RE[0-9a-f]{32}$/i.test(sid)) return;
  await rt.store.taskCalls.update(call.id, { recordingSid: sid });
}

/** Twilio could not fetch the first document: end politely, note the failure. */
export async function handleTaskCallFallback(rt: TwilioRuntime, q: { c?: string }): Promise<string> {
  const call = await load(rt, q);
  if (call) {
    const changed = await rt.store.taskCalls.update(call.id, { outcome: 'failed', ended: true });
    if (changed) await note(rt, call, 'failed');
  }
  return renderSayAndHangup('抱歉，系统暂时无法接通客户，请稍后再试。');
}

/** Thrown by the API when a task call cannot start. */
export function callUnavailable(message: string): HuifangError {
  return new HuifangError('HF_CALL_UNAVAILABLE', message);
}
