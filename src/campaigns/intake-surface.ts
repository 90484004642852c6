/**
 * `POST /api/work-orders`: companies push finished work orders, one or a batch, as JSON.
 *
 * - Auth: the tenant's API key in `X-Api-Key` (or `Authorization: Bearer …`). The key names
 *   its tenant (`hfk_<tenant>.<secret>`); only its SHA-256 is stored, in the tenant settings
 *   (`apiKeyHash`), and it is compared in constant time. Missing or wrong: 401
 *   HF_API_KEY_INVALID, before the body is read. The route declares `auth: 'api-key'` in its
 *   config, so the global /api/* session guard lets it through.
 * - Body: one order (an object), an array of orders, or `{ "orders": [...] }`; at most 10 MB
 *   and 5,000 orders (413 HF_INTAKE_TOO_LARGE).
 * - Answer: the ingest result. 200 when every order was accepted or already known; 207 when
 *   some were rejected and the others went in; 422 when all were rejected (nothing went in).
 *   Rejections carry the position in the batch (`line`, 1-based) and the field, never a value.
 *
 * See docs/intake.md.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { SurfacePlugin } from '../conversation/deps.js';
import { HuifangError, isHuifangError } from '../shared/errors.js';
import type { Store } from '../store/index.js';
import { ingestWorkOrders, type IngestResult } from './intake.js';

export const WORK_ORDERS_ROUTE = '/api/work-orders';
/** Largest accepted body, in bytes. */
export const INTAKE_BODY_LIMIT = 10 * 1024 * 1024;
/** Most orders in one request. */
export const INTAKE_MAX_BATCH = 5000;

const KEY_PREFIX = 'hfk_';
const HASH_PREFIX = 'sha256:';

function sha256(s: string): Buffer {
  return createHash('sha256').update(s, 'utf8').digest();
}

/** The tenant a key claims to belong to (`hfk_<tenant>.<secret>`), or null. */
export function tenantOfApiKey(key: string): string | null {
  if (!key.startsWith(KEY_PREFIX)) return null;
  const dot = key.lastIndexOf('.');
  if (dot <= KEY_PREFIX.length || dot === key.length - 1) return null;
  return key.slice(KEY_PREFIX.length, dot);
}

/** The stored form of a key: `sha256:<hex>`. */
export function hashApiKey(key: string): string {
  return `${HASH_PREFIX}${sha256(key).toString('hex')}`;
}

/**
 * Make a new API key for a tenant, store its hash (replacing the old key) and return the
 * key: it is shown once and never stored.
 *
 * @throws HuifangError HF_STORE_NOT_FOUND when the tenant does not exist.
 */
export async function issueApiKey(store: Store, tenantId: string): Promise<string> {
  const key = `${KEY_PREFIX}${tenantId}.${randomBytes(32).toString('base64url')}`;
  await store.tenants.updateSettings(tenantId, { apiKeyHash: hashApiKey(key) });
  return key;
}

const DUMMY_HASH = sha256('hf-no-such-key');

/**
 * The tenant id of a valid key, or null. Always hashes and compares once, in constant time,
 * so the answer time does not tell whether the tenant exists.
 */
export async function verifyApiKey(store: Store, key: string | undefined): Promise<string | null> {
  if (!key || key.length > 512) return null;
  const tenantId = tenantOfApiKey(key);
  const tenant = tenantId ? await store.tenants.get(tenantId) : null;
  const stored = tenant?.settings.apiKeyHash;
  let expected = DUMMY_HASH;
  let usable = false;
  if (stored && stored.startsWith(HASH_PREFIX)) {
    const buf = Buffer.from(stored.slice(HASH_PREFIX.length), 'hex');
    if (buf.length === 32) {
      expected = buf;
      usable = true;
    }
  }
  const same = timingSafeEqual(sha256(key), expected);
  return same && usable && tenant ? tenant.id : null;
}

/** The key from `X-Api-Key` or `Authorization: Bearer`. */
function presentedKey(req: FastifyRequest): string | undefined {
  const x = req.headers['x-api-key'];
  if (typeof x === 'string' && x.trim() !== '') return x.trim();
  const auth = req.headers.authorization;
  if (typeof auth === 'string') {
    const m = /^Bearer\s+(\S+)\s*$/i.exec(auth);
    if (m) return m[1];
  }
  return undefined;
}

/** The orders of a body: an array, `{orders: [...]}`, or one order. */
export function ordersOfBody(body: unknown): unknown[] {
  if (Array.isArray(body)) return body;
  if (body && typeof body === 'object') {
    const keys = Object.keys(body);
    const orders = (body as { orders?: unknown }).orders;
    if (keys.length === 1 && Array.isArray(orders)) return orders;
  }
  return [body];
}

/** The HTTP status for an ingest result: 200, 207 (some rejected) or 422 (all rejected). */
export function statusOfResult(r: IngestResult): 200 | 207 | 422 {
  if (r.rejected.length === 0) return 200;
  return r.accepted + r.duplicates > 0 ? 207 : 422;
}

const tenantOfRequest = new WeakMap<FastifyRequest, string>();

function sendError(reply: FastifyReply, err: HuifangError): FastifyReply {
  return reply.code(err.httpStatus).send({ error: err.toJSON() });
}

/** The intake surface: add to src/server/surfaces.ts. */
export const intakeSurface: SurfacePlugin = (app, deps) => {
  app.post(
    WORK_ORDERS_ROUTE,
    {
      // Not behind the workspace session guard: this route checks its own API key.
      config: { auth: 'api-key' },
      bodyLimit: INTAKE_BODY_LIMIT,
      // Before the body is read: an unauthenticated request costs no parsing.
      onRequest: async (req, reply) => {
        const tenantId = await verifyApiKey(deps.store, presentedKey(req));
        if (!tenantId) {
          reply.header('www-authenticate', 'Bearer');
          return sendError(reply, new HuifangError('HF_API_KEY_INVALID', 'a valid tenant API key is required (X-Api-Key or Authorization: Bearer)'));
        }
        tenantOfRequest.set(req, tenantId);
        return undefined;
      },
      errorHandler: (err, req, reply) => {
        if (isHuifangError(err)) {
          req.log.warn({ code: err.code }, err.message);
          return sendError(reply, err);
        }
        const status = (err as { statusCode?: number }).statusCode ?? 500;
        if (status === 413) {
          return sendError(reply, new HuifangError('HF_INTAKE_TOO_LARGE', `the body is over ${INTAKE_BODY_LIMIT} bytes; send smaller batches`, { limitBytes: INTAKE_BODY_LIMIT }));
        }
        if (status >= 500) {
          req.log.error({ code: 'HF_INTERNAL', err: { name: (err as Error).name } }, 'work-order intake failed');
          return reply.code(500).send({ error: { code: 'HF_INTERNAL', message: 'internal error' } });
        }
        // JSON syntax errors quote the body (it may hold phone numbers): never echo them.
        const message = status === 415 ? 'the body must be JSON (Content-Type: application/json)' : 'the body is not valid JSON';
        return reply.code(status).send({ error: { code: 'HF_BAD_REQUEST', message } });
      },
    },
    async (req, reply) => {
      const tenantId = tenantOfRequest.get(req);
      if (!tenantId) throw new HuifangError('HF_API_KEY_INVALID', 'a valid tenant API key is required');
      const orders = ordersOfBody(req.body);
      if (orders.length > INTAKE_MAX_BATCH) {
        throw new HuifangError('HF_INTAKE_TOO_LARGE', `at most ${INTAKE_MAX_BATCH} work orders per request, got ${orders.length}`, { maxBatch: INTAKE_MAX_BATCH, got: orders.length });
      }
      const result = await ingestWorkOrders(deps.store, tenantId, orders, { source: 'api' });
      const status = statusOfResult(result);
      req.log.info(
        { tenantId, orders: orders.length, accepted: result.accepted, duplicates: result.duplicates, rejected: result.rejected.length },
        'work orders received',
      );
      const body: Record<string, unknown> = {
        accepted: result.accepted,
        duplicates: result.duplicates,
        rejected: result.rejected,
      };
      if (status !== 200) {
        body.error = {
          code: 'HF_WORK_ORDER_INVALID',
          message: `${result.rejected.length} of ${orders.length} work orders were rejected`,
        };
      }
      return reply.code(status).send(body);
    },
  );
};
