/**
 * The reports surface:
 * - `GET /api/reports?period=day|week|month&date=YYYY-MM-DD&tenant=&by=&campaign=&format=json|csv|xlsx`:
 *   the report JSON (the same object as `huifang report --format json`) or CSV. Under /api,
 *   so the workspace's global session guard covers it; admin and supervisor only, a user
 *   bound to a tenant sees only that tenant.
 * - `GET /reports/heating-survey?month=YYYY-MM&tenant=`: the printable heating survey report
 *   (003 三.7), server-rendered HTML with inline SVG charts; checks the workspace session
 *   itself (it is not under /api), same roles and tenant rule.
 * - `GET /reports/assets/report.css`, `/reports/assets/echarts.min.js`,
 *   `/reports/assets/echarts.esm.min.mjs`: the page's CSS and ECharts for pages that draw
 *   charts in the browser (the workspace), straight from node_modules. No data.
 * Every report read is written to the audit log (004 第五篇: access to callback records is logged).
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { formatReportCsv } from '../results/reports/format.js';
import { buildHeatingSurvey } from '../results/reports/heating.js';
import { buildReport, parseDimension } from '../results/reports/query.js';
import { parsePeriod } from '../results/reports/period.js';
import { HuifangError, isHuifangError } from '../shared/errors.js';
import { SRC_DIR } from '../shared/paths.js';
import type { User } from '../store/repos/users.js';
import { renderHeatingSurveyPage } from './reports/heating-page.js';
import type { AppDeps, SurfacePlugin } from './app.js';
import { idleMs, sessionToken } from './workspace/auth.js';

const require = createRequire(import.meta.url);
const REPORTS_WEB_DIR = join(SRC_DIR, 'web', 'reports');

/** The printable page's CSP (@fastify/helmet, route option): inline SVG styles, no scripts at all. */
const PAGE_CSP: Record<string, string[]> = {
  'default-src': ["'none'"],
  'style-src': ["'self'", "'unsafe-inline'"],
  'img-src': ["'self'", 'data:'],
  'font-src': ["'self'"],
  'base-uri': ["'none'"],
  'form-action': ["'none'"],
  'frame-ancestors': ["'none'"],
};

const REPORT_ROLES = ['admin', 'supervisor'] as const;

interface ReportQuery {
  period?: string;
  date?: string;
  tenant?: string;
  by?: string;
  campaign?: string;
  format?: string;
  month?: string;
}

/** Usage errors of the report options answer 400 HF_BAD_REQUEST on HTTP. */
function asBadRequest(e: unknown): never {
  if (isHuifangError(e) && e.code === 'HF_CLI_USAGE') throw new HuifangError('HF_BAD_REQUEST', e.message);
  throw e;
}

/** The tenant a user may report on: their own, or (admin without tenant) the one asked for. */
function scopeTenant(user: User, asked: string | undefined): string | null {
  if (user.tenantId === null) return asked ?? null;
  if (asked !== undefined && asked !== user.tenantId) {
    throw new HuifangError('HF_FORBIDDEN', 'this user may not see that tenant');
  }
  return user.tenantId;
}

function checkRole(user: User): User {
  if (!(REPORT_ROLES as readonly string[]).includes(user.role)) {
    throw new HuifangError('HF_FORBIDDEN', `reports need the role ${REPORT_ROLES.join(' or ')}`);
  }
  return user;
}

/** Today in a time zone, YYYY-MM-DD. */
function today(now: Date, tz: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: tz, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

async function tenantZone(deps: AppDeps, tenantId: string | null): Promise<string> {
  if (!tenantId) return 'Asia/Shanghai';
  const t = await deps.store.tenants.get(tenantId);
  if (!t) throw new HuifangError('HF_STORE_NOT_FOUND', `no tenant ${tenantId}`);
  return t.timeZone;
}

/** The signed-in user of a page request (outside /api the guard does not run). */
async function pageUser(deps: AppDeps, req: FastifyRequest): Promise<User> {
  const fromGuard = (req as { hfSession?: { user: User } | null }).hfSession;
  if (fromGuard) return fromGuard.user;
  const token = sessionToken(deps, req);
  const session = token ? await deps.store.users.session(token, idleMs(deps)) : null;
  if (!session) throw new HuifangError('HF_AUTH_REQUIRED', 'sign in first (/workspace/)');
  return session.user;
}

async function asset(reply: FastifyReply, path: string, type: string): Promise<FastifyReply> {
  reply.header('cache-control', 'public, max-age=3600');
  return reply.type(type).send(await readFile(path));
}

export const reportsSurface: SurfacePlugin = (app, deps) => {
  const echartsDist = join(dirname(require.resolve('echarts/package.json')), 'dist');

  app.get<{ Querystring: ReportQuery }>('/api/reports', async (req, reply) => {
    const hf = (req as { hfSession?: { user: User } | null }).hfSession;
    if (!hf) throw new HuifangError('HF_AUTH_REQUIRED', 'sign in first');
    const user = checkRole(hf.user);
    const q = req.query;
    const tenantId = scopeTenant(user, q.tenant || undefined);
    const format = q.format ?? 'json';
    let report;
    try {
      if (format !== 'json' && format !== 'csv' && format !== 'xlsx') throw new HuifangError('HF_CLI_USAGE', `format must be json, csv or xlsx, got ${format}`);
      const period = parsePeriod(q.period ?? 'day');
      const by = q.by ? parseDimension(q.by) : null;
      const date = q.date ?? today(deps.now(), await tenantZone(deps, tenantId));
      report = await buildReport(deps.store, { period, date, tenantId, by, campaign: q.campaign || null, now: deps.now() });
    } catch (e) {
      asBadRequest(e);
    }
    await deps.store.contact.audit({
      tenantId, actor: user.username, action: 'view_report', subject: `report:${report.period}:${report.from}`,
      detail: { by: report.by, campaign: q.campaign ?? null, format },
    });
    reply.header('cache-control', 'no-store');
    if (format === 'csv') {
      reply.header('content-disposition', `attachment; filename="huifang-report-${report.period}-${report.from}.csv"`);
      return reply.type('text/csv; charset=utf-8').send(formatReportCsv(report, { bom: true }));
    }
    if (format === 'xlsx') {
      reply.header('content-disposition', `attachment; filename="huifang-report-${report.period}-${report.from}.xlsx"`);
      return reply.type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet').send(await (await import('../results/reports/xlsx.js')).formatReportXlsx(report)); // exceljs loaded on first use: ~0.3 s of start-up otherwise
    }
    return report;
  });

  app.get<{ Querystring: ReportQuery }>('/reports/heating-survey', { helmet: { contentSecurityPolicy: { useDefaults: false, directives: PAGE_CSP } } }, async (req, reply) => {
    reply.header('cache-control', 'no-store');
    let user: User;
    try {
      user = checkRole(await pageUser(deps, req));
    } catch (e) {
      if (!isHuifangError(e)) throw e;
      const status = e.httpStatus;
      return reply
        .code(status)
        .type('text/html; charset=utf-8')
        .send(`<!doctype html><html lang="zh-CN"><meta charset="utf-8"><title>${status}</title><p>${status === 401 ? '请先登录 Please sign in' : '无权查看 Not allowed'}: <a href="/workspace/">/workspace/</a></p></html>`);
    }
    const tenantId = scopeTenant(user, req.query.tenant || undefined);
    if (!tenantId) throw new HuifangError('HF_BAD_REQUEST', 'tenant is required');
    const now = deps.now();
    const month = req.query.month ?? today(now, await tenantZone(deps, tenantId)).slice(0, 7);
    let survey;
    try {
      survey = await buildHeatingSurvey(deps.store, { tenantId, month, now });
    } catch (e) {
      asBadRequest(e);
    }
    await deps.store.contact.audit({ tenantId, actor: user.username, action: 'view_report', subject: `heating-survey:${month}` });
    return reply.type('text/html; charset=utf-8').send(await renderHeatingSurveyPage(survey, { generatedAt: now }));
  });

  app.get('/reports/assets/report.css', (_req, reply) => asset(reply, join(REPORTS_WEB_DIR, 'report.css'), 'text/css; charset=utf-8'));
  app.get('/reports/assets/echarts.min.js', (_req, reply) => asset(reply, join(echartsDist, 'echarts.min.js'), 'text/javascript; charset=utf-8'));
  app.get('/reports/assets/echarts.esm.min.mjs', (_req, reply) => asset(reply, join(echartsDist, 'echarts.esm.min.mjs'), 'text/javascript; charset=utf-8'));
};
