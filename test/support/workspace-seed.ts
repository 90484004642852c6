/**
 * Seed data for the workspace tests, the browser test and the screenshots: two tenants,
 * users of every role, flagged calls (one with a recording, one anonymous complainant), tasks
 * (one overdue), a call in progress, and two weeks of finished, scored callbacks before today
 * for the reports page (`seedReportHistory`).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Effect, Input } from '../../src/engine/types.js';
import { recordTurn } from '../../src/results/record.js';
import { createTask, planFor, updateTask } from '../../src/results/tasks.js';
import { storeOver, type Store } from '../../src/store/index.js';

/** A tiny valid WAV: 16-bit mono PCM, a 440 Hz tone. */
export function makeWav(seconds = 1, sampleRate = 8000): Buffer {
  const n = Math.round(seconds * sampleRate);
  const buf = Buffer.alloc(44 + n * 2);
  buf.write('RIFF', 0, 'ascii');
  buf.writeUInt32LE(36 + n * 2, 4);
  buf.write('WAVE', 8, 'ascii');
  buf.write('fmt ', 12, 'ascii');
  buf.writeUInt32LE(16, 16);
  buf.writeUInt16LE(1, 20); // PCM
  buf.writeUInt16LE(1, 22); // mono
  buf.writeUInt32LE(sampleRate, 24);
  buf.writeUInt32LE(sampleRate * 2, 28);
  buf.writeUInt16LE(2, 32);
  buf.writeUInt16LE(16, 34);
  buf.write('data', 36, 'ascii');
  buf.writeUInt32LE(n * 2, 40);
  for (let i = 0; i < n; i++) buf.writeInt16LE(Math.round(Math.sin((2 * Math.PI * 440 * i) / sampleRate) * 8000), 44 + i * 2);
  return buf;
}

export const PASSWORDS = { admin: 'admin-pass-1', zhang: 'zhang-pass-1', li: 'li-pass-123', wang: 'wang-pass-1' } as const;

export interface Seeded {
  repairCall: string;
  repairAttempt: string;
  installCall: string;
  anonCall: string;
  heatCall: string;
  liveCall: string;
  overdueTask: string;
  repairTask: string;
  phone: string;
}

const say = (stepId: string, text: string): Effect => ({ type: 'prompt', text, bargeIn: false, stepId });

const answer = (stepId: string, raw: string, confidence: number, value: unknown = raw, via: 'speech' | 'dtmf' = 'speech'): Effect => ({
  type: 'record_answer',
  stepId,
  raw,
  via,
  value,
  confidence,
});

/**
 * Fill a fresh store. `dataDir` receives recordings/demo/repair.wav.
 * Users: admin (every tenant), zhang (supervisor, telecom), li (agent, telecom), wang (agent, heat).
 */
export async function seedWorkspace(store: Store, dataDir: string): Promise<Seeded> {
  const wav = join(dataDir, 'recordings', 'demo', 'repair.wav');
  mkdirSync(dirname(wav), { recursive: true });
  writeFileSync(wav, makeWav(2));

  await store.tenants.upsert({ id: 'telecom', name: '中国电信某分公司' });
  await store.tenants.upsert({ id: 'heat', name: '永恒热力' });
  await store.users.create({ username: 'admin', password: PASSWORDS.admin, role: 'admin', displayName: '系统管理员' });
  await store.users.create({ username: 'zhang', password: PASSWORDS.zhang, role: 'supervisor', tenantId: 'telecom', displayName: '张主管' });
  await store.users.create({ username: 'li', password: PASSWORDS.li, role: 'agent', tenantId: 'telecom', displayName: '李坐席' });
  await store.users.create({ username: 'wang', password: PASSWORDS.wang, role: 'agent', tenantId: 'heat', displayName: '王坐席' });

  async function call(o: {
    tenantId: string; externalId: string; kind: string; name: string; phone: string; team: string; district: string; engineer: string;
    dialogId: string; anonymous?: boolean; recording?: string; effects: Effect[]; end?: boolean; segment?: string;
    /** The call turn by turn (input and effects, prompts rendered as the customer heard them) instead of `effects` in one. */
    turns?: { input?: Input; effects: Effect[] }[];
  }): Promise<{ callbackId: string; attemptId: string }> {
    const wo = await store.workOrders.upsert({
      tenantId: o.tenantId, externalId: o.externalId, kind: o.kind, finishedAt: new Date(store.now().getTime() - 86_400_000),
      customer: { name: o.name, phones: [o.phone] }, team: o.team, district: o.district, engineer: o.engineer,
      anonymous: o.anonymous ?? false, ...(o.segment ? { segment: o.segment } : {}),
    });
    const { callback } = await store.callbacks.create({ tenantId: o.tenantId, workOrderId: wo.id, dialogId: o.dialogId, dialogVersion: 1, campaign: 'daily' });
    const phones = await store.workOrders.phones(wo.customerId as string);
    const { attempt } = await store.callbacks.startAttempt({ callbackId: callback.id, channel: 'voice', providerId: `CA${o.externalId}`, phoneId: phones[0]?.id ?? null });
    await store.callbacks.updateAttempt(attempt.id, { answeredAt: store.now(), ...(o.recording ? { recordingRef: o.recording } : {}) });
    if (o.turns) {
      for (const [i, turn] of o.turns.entries()) {
        await recordTurn(store, {
          callbackId: callback.id, attemptId: attempt.id, providerEventId: `${o.externalId}-t${i}`, expectedVersion: i, session: { seeded: true, turn: i },
          effects: turn.effects, ...(turn.input ? { input: turn.input } : {}),
        });
      }
    } else if (o.effects.length) {
      await recordTurn(store, {
        callbackId: callback.id, attemptId: attempt.id, providerEventId: `${o.externalId}-1`, expectedVersion: 0, session: { seeded: true },
        effects: [...o.effects, ...(o.end === false ? [] : [{ type: 'end', outcome: 'escalated', stepId: 'closing' } as Effect])],
      });
    }
    return { callbackId: callback.id, attemptId: attempt.id };
  }

  const repair = await call({
    tenantId: 'telecom', externalId: 'GZ-2025-0117', kind: 'repair', name: '王女士', phone: '13812345678', team: '装维一班', district: '朝阳',
    engineer: '刘师傅', dialogId: 'telecom-repair', recording: 'demo/repair.wav', effects: [],
    // Turn by turn, as the runner records a call: the prompts as the customer heard them.
    turns: [
      { effects: [say('greeting', '您好！我是中国电信客服1024号。'), say('fixed_check', '您昨天申告的宽带故障现在已经处理好了，请您再试一下。请问现在使用正常吗？正常请按1，还有问题请按2。')] },
      {
        input: { type: 'answer', text: '还是断网，修了等于没修', confidence: 0.91 },
        effects: [answer('fixed_check', '还是断网，修了等于没修', 0.91, false), { type: 'flag', reason: 'not_fixed', stepId: 'fixed_check' },
          say('problem_detail', '很抱歉给您带来不便。请您简单说一下现在还有什么问题，不便说明请按0。')],
      },
      {
        input: { type: 'answer', text: '师傅上门还要了两百块红包，网还是老掉线', confidence: 0.55 },
        effects: [answer('problem_detail', '师傅上门还要了两百块红包，网还是老掉线', 0.55), { type: 'flag', reason: 'low_confidence', stepId: 'problem_detail' },
          say('escalate_not_fixed', '好的，您的障碍单已经重新派发，维修人员会尽快与您联系。'), { type: 'end', outcome: 'escalated', stepId: 'escalate_not_fixed' }],
      },
    ],
  });
  const install = await call({
    tenantId: 'telecom', externalId: 'ZJ-2025-0342', kind: 'install', name: '李先生', phone: '13987654321', team: '装维二班', district: '海淀',
    engineer: '陈师傅', dialogId: 'telecom-install', segment: 'vip',
    effects: [
      answer('identity', '是', 0.97, true),
      answer('convenient', '方便', 0.95, true),
      answer('satisfaction', '3', 1, 'dissatisfied', 'dtmf'),
      { type: 'set_score', stepId: 'satisfaction', scale: 'csat3', raw: 'dissatisfied', level: 'dissatisfied' },
      answer('reason', '约好上午来结果下午才到，也没提前打电话', 0.88),
      { type: 'flag', reason: 'dissatisfied', stepId: 'satisfaction' },
    ],
  });
  const anon = await call({
    tenantId: 'heat', externalId: 'RL-TS-0088', kind: 'heating-complaint', name: '赵某', phone: '13600001111', team: '第三供热站', district: '南城',
    engineer: '周师傅', dialogId: 'heating-complaint', anonymous: true,
    effects: [
      answer('solved', '没有解决，屋里才十六度', 0.86, false),
      answer('unsolved_detail', '暖气还是不热，再这样我就打12345投诉', 0.82),
      { type: 'flag', reason: 'not_resolved', stepId: 'solved' },
    ],
  });
  const heat = await call({
    tenantId: 'heat', externalId: 'RL-WX-0203', kind: 'heating-repair', name: '孙先生', phone: '13711112222', team: '第一供热站', district: '北城',
    engineer: '吴师傅', dialogId: 'heating-repair',
    effects: [answer('satisfaction', '不满意，来了两次都没修好', 0.9, 'dissatisfied'), { type: 'flag', reason: 'dissatisfied', stepId: 'satisfaction' }],
  });
  const live = await call({
    tenantId: 'telecom', externalId: 'ZJ-2025-0400', kind: 'install', name: '周女士', phone: '13500003333', team: '装维一班', district: '朝阳',
    engineer: '刘师傅', dialogId: 'telecom-install', effects: [], end: false,
  });

  const { plan } = await planFor(store, repair.callbackId, 'not_fixed', { transferFailed: true });
  const repairTask = await createTask(store, { callbackId: repair.callbackId, reason: 'misconduct', detail: '客户反映师傅索要红包 200 元（000 第四十三条）', createdBy: 'zhang' });
  await createTask(store, { callbackId: repair.callbackId, reason: 'not_fixed', detail: plan.whisper, assignee: 'li', createdBy: 'zhang' });
  await createTask(store, { callbackId: install.callbackId, reason: 'dissatisfied', assignee: 'li', createdBy: 'zhang' });
  const overdue = await createTask(store, {
    callbackId: heat.callbackId, reason: 'dissatisfied', createdBy: 'admin', dueAt: new Date(store.now().getTime() - 3 * 3_600_000),
  });
  await createTask(store, { callbackId: anon.callbackId, reason: 'complaint', createdBy: 'admin' });
  await seedReportHistory(store);
  return {
    repairCall: repair.callbackId,
    repairAttempt: repair.attemptId,
    installCall: install.callbackId,
    anonCall: anon.callbackId,
    heatCall: heat.callbackId,
    liveCall: live.callbackId,
    overdueTask: overdue.id,
    repairTask: repairTask.id,
    phone: '+8613812345678',
  };
}

const DAY = 86_400_000;

/** 0-10 answers of the telecom repair callbacks, one a day (1 = yesterday … 14). */
const REPAIR_SCORES = ['10', '9', '9', '8', '6', '10', '7', '9', '10', '3', '9', '8', '10', '9'];
/** csat3 answers of the telecom install callbacks, one a day. */
const INSTALL_LEVELS = ['very_satisfied', 'satisfied', 'very_satisfied', 'neutral', 'satisfied', 'dissatisfied', 'very_satisfied', 'satisfied', 'very_satisfied', 'very_satisfied', 'dissatisfied', 'satisfied', 'very_satisfied', 'satisfied'] as const;
const SURNAMES = ['赵', '钱', '孙', '周', '吴', '郑', '冯', '陈', '褚', '卫', '蒋', '沈', '韩', '杨'];
const REASONS = ['师傅迟到了一个多小时，也没提前说', '装完地上全是线头，没打扫', '修了两次又坏了，老是掉线', '客服态度很不耐烦'];
const STRATA = [
  { district: '北城', heatStation: '第一供热站' },
  { district: '南城', heatStation: '第三供热站' },
] as const;

function levelOf010(raw: string): 'very_satisfied' | 'satisfied' | 'dissatisfied' {
  const n = Number(raw);
  return n >= 9 ? 'very_satisfied' : n >= 7 ? 'satisfied' : 'dissatisfied';
}

/**
 * Finished callbacks of the last 14 days (before the seed's "now"), written through the
 * repositories with a clock set to each day: telecom repairs (0-10) and installs (csat3) with
 * reasons for the dissatisfied ones, a failed call every 4th day, an opt-out every 5th, one task
 * resolved within a day and its re-survey answered; heat: a sampling survey in two strata with
 * indoor temperatures. No flags, no open tasks: the queue and the board stay as above.
 */
export async function seedReportHistory(store: Store): Promise<void> {
  const now = store.now().getTime();
  const at = (t: number): Store => storeOver(store.db, store.migrations, { now: () => new Date(t), newId: store.newId });
  let seq = 0;

  async function finished(o: {
    tenantId: string; kind: string; team: string; district: string; heatStation?: string; engineer: string; dialogId: string;
    campaign: string; when: number; effects: Effect[]; outcome?: 'completed' | 'opted_out'; answered?: boolean;
  }): Promise<string> {
    seq++;
    const s = at(o.when - 5 * 60_000);
    const wo = await s.workOrders.upsert({
      tenantId: o.tenantId, externalId: `H-${o.tenantId}-${String(seq).padStart(3, '0')}`, kind: o.kind, finishedAt: new Date(o.when - 4 * 3_600_000),
      customer: { name: `${SURNAMES[seq % SURNAMES.length]}${seq % 2 ? '先生' : '女士'}`, phones: [`1390000${String(seq).padStart(4, '0')}`] }, team: o.team, district: o.district,
      heatStation: o.heatStation ?? null, engineer: o.engineer,
    });
    const { callback } = await s.callbacks.create({ tenantId: o.tenantId, workOrderId: wo.id, dialogId: o.dialogId, dialogVersion: 1, campaign: o.campaign });
    const phones = await s.workOrders.phones(wo.customerId as string);
    const { attempt } = await s.callbacks.startAttempt({ callbackId: callback.id, channel: 'voice', providerId: `CAH${seq}`, phoneId: phones[0]?.id ?? null });
    const done = at(o.when);
    if (o.answered === false) {
      await done.callbacks.updateAttempt(attempt.id, { endedAt: new Date(o.when), outcome: 'no-answer' });
      await done.callbacks.transition(callback.id, 'failed', { outcome: 'incomplete', completedAt: new Date(o.when) });
      return callback.id;
    }
    await s.callbacks.updateAttempt(attempt.id, { answeredAt: new Date(o.when - 4 * 60_000) });
    await recordTurn(done, {
      callbackId: callback.id, attemptId: attempt.id, providerEventId: `H${seq}-1`, expectedVersion: 0, session: { seeded: true },
      effects: [...o.effects, { type: 'end', outcome: o.outcome ?? 'completed', stepId: 'closing' }],
    });
    return callback.id;
  }

  for (let k = 1; k <= 14; k++) {
    const day = now - k * DAY;
    const raw = REPAIR_SCORES[k - 1] as string;
    const repairLevel = levelOf010(raw);
    const repair = await finished({
      tenantId: 'telecom', kind: 'repair', team: k % 2 ? '装维一班' : '装维二班', district: k % 3 ? '朝阳' : '海淀', engineer: k % 2 ? '刘师傅' : '陈师傅',
      dialogId: 'telecom-repair', campaign: 'daily', when: day - 2 * 3_600_000,
      effects: [
        answer('satisfaction', raw, 1, Number(raw), 'dtmf'),
        { type: 'set_score', stepId: 'satisfaction', scale: '0-10', raw, level: repairLevel },
        ...(repairLevel === 'dissatisfied' ? [answer('reason', REASONS[k % REASONS.length] as string, 0.9)] : []),
      ],
    });
    const level = INSTALL_LEVELS[k - 1] as (typeof INSTALL_LEVELS)[number];
    await finished({
      tenantId: 'telecom', kind: 'install', team: k % 2 ? '装维二班' : '装维一班', district: '海淀', engineer: '陈师傅',
      dialogId: 'telecom-install', campaign: 'daily', when: day,
      effects: [
        answer('satisfaction', level, 1, level, 'dtmf'),
        { type: 'set_score', stepId: 'satisfaction', scale: 'csat3', raw: level, level },
        ...(level === 'dissatisfied' ? [answer('reason', REASONS[(k + 1) % REASONS.length] as string, 0.9)] : []),
      ],
    });
    if (k % 4 === 0) {
      await finished({ tenantId: 'telecom', kind: 'install', team: '装维一班', district: '朝阳', engineer: '刘师傅', dialogId: 'telecom-install', campaign: 'daily', when: day + 3_600_000, effects: [], answered: false });
    }
    if (k % 5 === 0) {
      await finished({
        tenantId: 'telecom', kind: 'repair', team: '装维二班', district: '海淀', engineer: '陈师傅', dialogId: 'telecom-repair', campaign: 'daily',
        when: day + 2 * 3_600_000, effects: [{ type: 'opt_out', stepId: 'intro' } as Effect], outcome: 'opted_out',
      });
    }
    // The dissatisfied repair of day 5: a task resolved 20 hours later, re-surveyed the next day.
    if (k === 5) {
      const task = await createTask(at(day), { callbackId: repair, reason: 'dissatisfied', createdBy: 'zhang' });
      const { reSurveyCallbackId } = await updateTask(at(day + 20 * 3_600_000), task.id, { status: 'resolved', resolution: '已上门复查，重新调试' });
      const rs = at(day + DAY - 3_600_000);
      const { attempt } = await rs.callbacks.startAttempt({ callbackId: reSurveyCallbackId as string, channel: 'voice', providerId: 'CAH-RS-1', phoneId: null });
      await rs.callbacks.updateAttempt(attempt.id, { answeredAt: new Date(day + DAY - 3_600_000) });
      await recordTurn(rs, {
        callbackId: reSurveyCallbackId as string, attemptId: attempt.id, providerEventId: 'H-RS-1', expectedVersion: 0, session: { seeded: true },
        effects: [
          answer('satisfaction', '9', 1, 9, 'dtmf'),
          { type: 'set_score', stepId: 'satisfaction', scale: '0-10', raw: '9', level: 'very_satisfied' },
          { type: 'end', outcome: 'completed', stepId: 'closing' },
        ],
      });
    }
    // Heat: the month's sampling survey, one household per stratum a day for 10 days; every 3rd not reached.
    if (k <= 10) {
      for (const [i, st] of STRATA.entries()) {
        const temp = 17 + ((k + i * 3) % 6);
        const lvl = temp < 18 ? 'dissatisfied' : temp < 20 ? 'satisfied' : 'very_satisfied';
        await finished({
          tenantId: 'heat', kind: 'sampling', team: i ? '第三供热站' : '第一供热站', district: st.district, heatStation: st.heatStation, engineer: i ? '周师傅' : '吴师傅',
          dialogId: 'heating-sampling', campaign: 'sampling-heating', when: day + (i + 1) * 3_600_000, answered: (k + i) % 3 !== 0,
          effects: [
            answer('temperature', `${temp}度`, 0.9, temp),
            answer('overall', lvl, 1, lvl, 'dtmf'),
            { type: 'set_score', stepId: 'overall', scale: 'csat3', raw: lvl, level: lvl },
            ...(lvl === 'dissatisfied' ? [answer('reason', `屋里才${temp}度，暖气不热`, 0.9)] : []),
          ],
        });
      }
    }
  }
}
