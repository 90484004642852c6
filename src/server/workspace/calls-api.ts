/**
 * The workspace's calls, quality checks and flags queue (issue 17):
 *
 * - `GET /api/calls`: every call the user may see (callbacks with at least one contact
 *   attempt), filtered (from, to, tenant, dialog, kind, level, outcome, flagged, engineer,
 *   team, q = a work-order number or the last digits of the customer's number) and paged
 *   (page, pageSize) → `{items, total, page, pageSize}`;
 * - quality checks (抽检): `POST /api/quality/samples` draws a seeded random n% of a day's
 *   answered calls and records it; `GET /api/quality/samples[/:id]`; `PUT
 *   /api/quality/samples/:id/calls/:callbackId` saves a call's scoring sheet (script followed
 *   1–5, politeness 1–5, answer recorded correctly yes/no, notes); `GET
 *   /api/quality/samples/:id/export` is the CSV; drawing, scoring and exporting are audited;
 * - the flags queue: `GET /api/flags` (most serious first, with the total; search, paging),
 *   `POST /api/flags/review` marks several calls reviewed at once, `GET /api/flags/export` the CSV.
 *
 * Admins and supervisors, in their tenants (agents: 403). Numbers are masked; anonymous
 * complainants have no name and no number (003 八.5(8)); exports hold no phone numbers.
 */
import { stringify } from 'csv-stringify/sync';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { DateTime } from 'luxon';
import { z } from 'zod';
import { bySeverity, REASON_SEVERITY } from '../../domain/labels.js';
import { reasonLabel } from '../../results/escalation.js';
import { drawQualitySample } from '../../results/quality.js';
import { HuifangError } from '../../shared/errors.js';
import type { Attempt } from '../../store/repos/callbacks.js';
import type { CallContext } from '../../store/repos/review.js';
import type { AppDeps } from '../app.js';
import { canSeeTenant, requireRole, tenantScope } from './auth.js';
import { contextView } from './views.js';
import { parseRequest } from './request.js';

/**
 * Whether an attempt has a recording worth a player: a phone call a person answered (not an
 * answering machine, not unanswered) with a recording. Else no player, and the recording route
 * answers 404 HF_RECORDING_UNAVAILABLE instead of trying to fetch one that does not exist.
 */
export function hasPlayableRecording(a: Pick<Attempt, 'channel' | 'recordingRef' | 'answeredAt' | 'outcome'>): boolean {
  return (
    (a.channel === 'voice' || a.channel === 'simulator') &&
    Boolean(a.recordingRef) &&
    a.answeredAt !== null &&
    a.outcome !== 'machine' && a.outcome !== 'no-answer' && a.outcome !== 'busy' && a.outcome !== 'failed'
  );
}

const DEFAULT_ZONE = 'Asia/Shanghai';
const LEVELS = ['very_satisfied', 'satisfied', 'neutral', 'dissatisfied'] as const;

const optStr = z.string().trim().max(200).optional().transform((v) => (v === '' ? undefined : v));
const day = z.string().trim().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date YYYY-MM-DD');
const optDay = z.union([day, z.literal('')]).optional().transform((v) => (v ? v : undefined));
const optBool = z.enum(['true', 'false', '']).optional().transform((v) => (v === 'true' ? true : v === 'false' ? false : undefined));
const paging = {
  page: z.coerce.number().int().min(1).max(100_000).optional(),
  pageSize: z.coerce.number().int().min(1).max(500).optional(),
};

async function zoneOf(deps: AppDeps, tenantId: string | null | undefined): Promise<string> {
  if (!tenantId) return DEFAULT_ZONE;
  return (await deps.store.tenants.get(tenantId))?.timeZone ?? DEFAULT_ZONE;
}

/** [from, to) of local days in a zone. */
function dayBounds(from: string | undefined, to: string | undefined, zone: string): { from?: Date; to?: Date } {
  const start = (d: string) => DateTime.fromISO(d, { zone }).startOf('day');
  return {
    ...(from ? { from: start(from).toJSDate() } : {}),
    ...(to ? { to: start(to).plus({ days: 1 }).toJSDate() } : {}),
  };
}

function sendCsv(reply: FastifyReply, name: string, rows: (string | number | null)[][]): FastifyReply {
  reply.header('content-type', 'text/csv; charset=utf-8');
  reply.header('content-disposition', `attachment; filename="${name}"`);
  reply.header('cache-control', 'no-store');
  // A byte-order mark, so that spreadsheet programs read the Chinese headers as UTF-8.
  return reply.send(`\uFEFF${stringify(rows)}`);
}

const fmtLocal = (d: Date | null, zone: string): string => (d ? DateTime.fromJSDate(d, { zone }).toFormat('yyyy-MM-dd HH:mm') : '');

export function registerCallsApi(app: FastifyInstance, deps: AppDeps): void {
  const { store } = deps;

  function scopeFor(u: ReturnType<typeof requireRole>, tenant: string | undefined): { tenantIds: string[] | undefined; tenantId: string | undefined } {
    const scope = tenantScope(u);
    if (tenant && scope && !scope.includes(tenant)) throw new HuifangError('HF_FORBIDDEN', 'not your tenant');
    return { tenantIds: scope, tenantId: tenant };
  }

  /* ---------------------------------------------------------------- calls */
  app.get('/api/calls', async (req, reply) => {
    const u = requireRole(req, 'admin', 'supervisor');
    const q = parseRequest(
      z.object({
        from: optDay, to: optDay, tenant: optStr, dialog: optStr, kind: optStr,
        level: z.union([z.enum(LEVELS), z.literal('')]).optional().transform((v) => (v ? v : undefined)),
        outcome: optStr, flagged: optBool, engineer: optStr, team: optStr,
        q: z.string().trim().max(64).optional().transform((v) => (v ? v : undefined)),
        ...paging,
      }),
      req.query,
    );
    const scope = scopeFor(u, q.tenant);
    const zone = await zoneOf(deps, q.tenant ?? u.tenantId);
    const pageSize = q.pageSize ?? 50;
    const page = q.page ?? 1;
    const r = await store.calls.list({
      ...scope, ...dayBounds(q.from, q.to, zone),
      dialogId: q.dialog, kind: q.kind, level: q.level, outcome: q.outcome, flagged: q.flagged, engineer: q.engineer, team: q.team, q: q.q,
      page, pageSize,
    });
    reply.header('cache-control', 'no-store');
    return {
      total: r.total,
      page,
      pageSize,
      items: r.items.map((c) => ({
        ...contextView(deps, c),
        firstAttemptAt: c.firstAttemptAt,
        lastAttemptAt: c.lastAttemptAt,
        attempts: c.attempts,
        channels: c.channels,
        reached: c.reached,
        level: c.level,
        flagCount: c.flagCount,
        hasRecording: c.hasRecording,
      })),
    };
  });

  /** What the Calls page's filters offer (in the user's tenants). */
  app.get('/api/calls/facets', async (req) => {
    const u = requireRole(req, 'admin', 'supervisor');
    return store.calls.facets(tenantScope(u) ?? null);
  });

  /* -------------------------------------------------------------- quality */
  app.post('/api/quality/samples', async (req, reply) => {
    const u = requireRole(req, 'admin', 'supervisor');
    const body = parseRequest(
      z.strictObject({
        date: day,
        percent: z.number().gt(0).max(100),
        tenant: z.string().trim().min(1).max(64).nullable().optional(),
        seed: z.string().trim().min(1).max(64).optional(),
      }),
      req.body,
    );
    const tenant = body.tenant ?? u.tenantId ?? null;
    if (tenant && (!canSeeTenant(u, tenant) || !(await store.tenants.get(tenant)))) throw new HuifangError('HF_NOT_FOUND', `no tenant ${tenant}`);
    const zone = await zoneOf(deps, tenant);
    const b = dayBounds(body.date, body.date, zone) as { from: Date; to: Date };
    const population = await store.calls.reachedCallbackIds({ tenantIds: tenant ? [tenant] : (tenantScope(u) ?? null), from: b.from, to: b.to });
    // A seed nobody picked: recorded with the sample, so the same draw can be made again.
    const seed = body.seed ?? store.newId().replace(/-/g, '').slice(0, 12);
    const chosen = drawQualitySample(population, body.percent, seed);
    const sample = await store.calls.createSample({ tenantId: tenant, day: body.date, percent: body.percent, seed, population: population.length, createdBy: u.username, callbackIds: chosen });
    await store.contact.audit({
      tenantId: tenant, actor: u.username, action: 'quality_sample', subject: `quality:${sample.id}`,
      detail: { day: body.date, percent: body.percent, seed, population: population.length, size: chosen.length },
    });
    return reply.code(201).send({ sample });
  });

  app.get('/api/quality/samples', async (req) => {
    const u = requireRole(req, 'admin', 'supervisor');
    return { items: await store.calls.samples({ tenantIds: tenantScope(u) ?? null }) };
  });

  async function sampleFor(u: ReturnType<typeof requireRole>, id: string) {
    const sample = await store.calls.sample(id);
    // A sample of every tenant belongs to the users of every tenant.
    if (!sample || (sample.tenantId ? !canSeeTenant(u, sample.tenantId) : u.tenantId !== null)) throw new HuifangError('HF_NOT_FOUND', 'no such sample');
    return sample;
  }

  app.get<{ Params: { id: string } }>('/api/quality/samples/:id', async (req, reply) => {
    const u = requireRole(req, 'admin', 'supervisor');
    const sample = await sampleFor(u, req.params.id);
    const items = await store.calls.sampleItems(sample.id);
    reply.header('cache-control', 'no-store');
    return { sample, items: items.map((i) => ({ ...contextView(deps, i), position: i.position, firstAttemptAt: i.firstAttemptAt, level: i.level, score: i.score })) };
  });

  app.put<{ Params: { id: string; callbackId: string } }>('/api/quality/samples/:id/calls/:callbackId', async (req) => {
    const u = requireRole(req, 'admin', 'supervisor');
    const sample = await sampleFor(u, req.params.id);
    if (!(await store.calls.inSample(sample.id, req.params.callbackId))) throw new HuifangError('HF_NOT_FOUND', 'the call is not in this sample');
    const body = parseRequest(
      z.strictObject({
        scriptFollowed: z.number().int().min(1).max(5),
        politeness: z.number().int().min(1).max(5),
        answerCorrect: z.boolean(),
        notes: z.string().max(2000).nullable().optional(),
      }),
      req.body,
    );
    await store.calls.saveScore({ sampleId: sample.id, callbackId: req.params.callbackId, ...body, notes: body.notes?.trim() || null, scoredBy: u.username });
    await store.contact.audit({
      tenantId: sample.tenantId, actor: u.username, action: 'quality_score', subject: `callback:${req.params.callbackId}`,
      detail: { sampleId: sample.id, scriptFollowed: body.scriptFollowed, politeness: body.politeness, answerCorrect: body.answerCorrect },
    });
    const item = (await store.calls.sampleItems(sample.id)).find((i) => i.callbackId === req.params.callbackId);
    return { score: item?.score ?? null };
  });

  app.get<{ Params: { id: string } }>('/api/quality/samples/:id/export', async (req, reply) => {
    const u = requireRole(req, 'admin', 'supervisor');
    const sample = await sampleFor(u, req.params.id);
    const items = await store.calls.sampleItems(sample.id);
    const zone = await zoneOf(deps, sample.tenantId);
    await store.contact.audit({ tenantId: sample.tenantId, actor: u.username, action: 'quality_export', subject: `quality:${sample.id}` });
    const yes = (b: boolean) => (b ? '是' : '否');
    return sendCsv(reply, `quality-${sample.day}-${sample.id.slice(0, 8)}.csv`, [
      ['序号', '公司', '工单号', '类型', '班组', '工程师', '通话时间', '满意度', '话术执行(1-5)', '礼貌用语(1-5)', '答案记录正确', '备注', '评分人', '评分时间'],
      ...items.map((i) => [
        i.position, i.tenantId, i.workOrderExternalId, i.kind, i.team, i.engineer, fmtLocal(i.firstAttemptAt, zone), i.level,
        i.score?.scriptFollowed ?? '', i.score?.politeness ?? '', i.score ? yes(i.score.answerCorrect) : '', i.score?.notes ?? '',
        i.score?.scoredBy ?? '', fmtLocal(i.score?.scoredAt ?? null, zone),
      ]),
      [],
      ['抽检日期', sample.day, '比例', `${sample.percent}%`, '种子', sample.seed, '通话总数', sample.population, '抽取', sample.size],
    ]);
  });

  /* ---------------------------------------------------------------- flags */
  const flagQuery = z.object({
    tenant: optStr, team: optStr, district: optStr, reason: optStr, from: optDay, to: optDay,
    reviewed: z.enum(['true', 'false', 'all', '']).optional(),
    q: z.string().trim().max(64).optional().transform((v) => (v ? v : undefined)),
    ...paging,
  });

  async function flagQueue(req: Parameters<typeof requireRole>[0], all: boolean) {
    const u = requireRole(req, 'admin', 'supervisor');
    const q = parseRequest(flagQuery, req.query);
    const scope = scopeFor(u, q.tenant);
    const zone = await zoneOf(deps, q.tenant ?? u.tenantId);
    const page = all ? 1 : (q.page ?? 1);
    const pageSize = all ? 1000 : (q.pageSize ?? 50);
    const r = await store.calls.flagQueue({
      ...scope, ...dayBounds(q.from, q.to, zone), team: q.team, district: q.district, reason: q.reason, q: q.q,
      // The queue shows what still needs review unless asked otherwise.
      reviewed: q.reviewed === 'true' ? true : q.reviewed === 'all' ? undefined : false,
      severity: REASON_SEVERITY, page, pageSize,
    });
    return { u, r, page, pageSize, zone };
  }

  app.get('/api/flags', async (req, reply) => {
    const { r, page, pageSize } = await flagQueue(req, false);
    reply.header('cache-control', 'no-store');
    return {
      total: r.total,
      page,
      pageSize,
      items: r.items.map((x) => ({
        ...contextView(deps, x),
        reasons: bySeverity(x.reasons),
        severity: x.severity,
        flagCount: x.flagCount,
        firstFlagAt: x.firstFlagAt,
        lastFlagAt: x.lastFlagAt,
        reviewed: x.reviewed,
        reviewedBy: x.reviewedBy,
        reviewedAt: x.reviewedAt,
        level: x.level,
        openTasks: x.openTasks,
      })),
    };
  });

  app.get('/api/flags/export', async (req, reply) => {
    const { u, r, zone } = await flagQueue(req, true);
    await store.contact.audit({ tenantId: u.tenantId, actor: u.username, action: 'flags_export', subject: 'flags', detail: { rows: r.items.length } });
    return sendCsv(reply, 'flagged-calls.csv', [
      ['工单号', '公司', '类型', '班组', '片区', '工程师', '原因', '满意度', '标记数', '最近标记时间', '未结任务', '已审核', '审核人'],
      ...r.items.map((x) => [
        x.workOrderExternalId, x.tenantId, x.kind, x.team, x.district, x.engineer, x.reasons.map((s) => reasonLabel(s)).join('、'), x.level,
        x.flagCount, fmtLocal(x.lastFlagAt, zone), x.openTasks, x.reviewed ? '是' : '否', x.reviewedBy,
      ]),
    ]);
  });

  app.post('/api/flags/review', async (req) => {
    const u = requireRole(req, 'admin', 'supervisor');
    const body = parseRequest(z.strictObject({ callbackIds: z.array(z.string().min(1).max(64)).min(1).max(500) }), req.body);
    // Every call checked first: one the user may not see marks none.
    const calls: CallContext[] = [];
    for (const id of new Set(body.callbackIds)) {
      const call = await store.review.callContext(id);
      if (!call || !canSeeTenant(u, call.tenantId)) throw new HuifangError('HF_NOT_FOUND', `no call ${id}`);
      calls.push(call);
    }
    for (const call of calls) {
      await store.review.saveReview(call.callbackId, { by: u.username, reviewed: true });
      await store.contact.audit({ tenantId: call.tenantId, actor: u.username, action: 'review_call', subject: `callback:${call.callbackId}`, detail: { bulk: true } });
    }
    return { reviewed: calls.length };
  });
}
