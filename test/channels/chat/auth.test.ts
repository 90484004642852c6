/**
 * With MICROSOFT_APP_ID set, /api/messages runs the Agents SDK's JWT check: no token, a
 * malformed token or a token not signed by the Bot Framework's keys is rejected (401); a
 * properly signed token for this app id is accepted. The Bot Framework's key set is served
 * by nock; the tokens are signed here with a test key.
 */
import { createSign, generateKeyPairSync, type KeyObject } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import nock from 'nock';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chatAuthMode } from '../../../src/channels/chat/adapter.js';
import { loadConfig } from '../../../src/shared/config.js';
import { openStore, type Store } from '../../../src/store/index.js';
import { chatApp, depsFor, message } from '../../support/chat.js';

const APP_ID = '8f3c2a7e-1b4d-4c8e-9a6f-2d5e7b9c1a30';
const b64url = (b: Buffer | string) => Buffer.from(b).toString('base64url');

function sign(payload: Record<string, unknown>, key: KeyObject, kid: string): string {
  const head = b64url(JSON.stringify({ alg: 'RS256', typ: 'JWT', kid }));
  const body = b64url(JSON.stringify(payload));
  const s = createSign('RSA-SHA256').update(`${head}.${body}`).sign(key);
  return `${head}.${body}.${b64url(s)}`;
}

describe('chat endpoint with MICROSOFT_APP_ID (authenticated mode)', () => {
  let store: Store;
  let app: FastifyInstance;
  const good = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const rogue = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const kid = 'test-key-1';
  const serviceUrl = 'https://smba.trafficmanager.net/apac/';

  beforeAll(async () => {
    nock.disableNetConnect();
    nock.enableNetConnect(/127\.0\.0\.1|localhost/);
    const jwk = { ...good.publicKey.export({ format: 'jwk' }), kid, use: 'sig', alg: 'RS256' };
    nock('https://login.botframework.com').persist().get('/v1/.well-known/keys').reply(200, { keys: [jwk] });
    store = await openStore({ dataDir: 'memory://' });
    app = await chatApp(depsFor(store, () => new Date(), { MICROSOFT_APP_ID: APP_ID, MICROSOFT_APP_PASSWORD: 'not-a-real-secret', MICROSOFT_APP_TENANT_ID: 'b7c1e2d3-0000-4000-8000-000000000001' }));
  });
  afterAll(async () => {
    await app?.close();
    await store?.close();
    nock.cleanAll();
    nock.enableNetConnect();
  });

  const now = () => Math.floor(Date.now() / 1000);
  const claims = (o: Record<string, unknown> = {}) => ({
    iss: 'https://api.botframework.com', aud: APP_ID, serviceurl: serviceUrl, iat: now() - 10, nbf: now() - 10, exp: now() + 600, ...o,
  });
  const activity = { ...message(serviceUrl, 'a:conv-auth', '你好'), channelId: 'msteams', deliveryMode: 'expectReplies' };

  it('the config gives the authenticated mode', () => {
    expect(chatAuthMode(loadConfig({ MICROSOFT_APP_ID: APP_ID }))).toBe('authenticated');
    expect(chatAuthMode(loadConfig({}), { NODE_ENV: 'test' })).toBe('anonymous');
    expect(chatAuthMode(loadConfig({}), { NODE_ENV: 'production' })).toBe('disabled');
    expect(() => loadConfig({ MICROSOFT_APP_PASSWORD: 'x' })).toThrow(/MICROSOFT_APP_ID/);
  });

  it('rejects a POST without a token (401)', async () => {
    const res = await app.inject({ method: 'POST', url: '/api/messages', payload: activity });
    expect(res.statusCode).toBe(401);
  });

  it('rejects a malformed Authorization header and a garbage token (401)', async () => {
    for (const authorization of ['Basic abc', 'Bearer not.a.jwt']) {
      const res = await app.inject({ method: 'POST', url: '/api/messages', headers: { authorization }, payload: activity });
      expect(res.statusCode).toBe(401);
    }
  });

  it('rejects a token signed by another key, or for another app id (401)', async () => {
    const forged = sign(claims(), rogue.privateKey, kid);
    let res = await app.inject({ method: 'POST', url: '/api/messages', headers: { authorization: `Bearer ${forged}` }, payload: activity });
    expect(res.statusCode).toBe(401);
    const otherAud = sign(claims({ aud: 'someone-else' }), good.privateKey, kid);
    res = await app.inject({ method: 'POST', url: '/api/messages', headers: { authorization: `Bearer ${otherAud}` }, payload: activity });
    expect(res.statusCode).toBe(401);
    const expired = sign(claims({ exp: now() - 3600, iat: now() - 7200, nbf: now() - 7200 }), good.privateKey, kid);
    res = await app.inject({ method: 'POST', url: '/api/messages', headers: { authorization: `Bearer ${expired}` }, payload: activity });
    expect(res.statusCode).toBe(401);
  });

  it('accepts a Bot Framework token for this app id, and replies with an app token from Entra', async () => {
    const tenant = 'b7c1e2d3-0000-4000-8000-000000000001';
    const base = `https://login.microsoftonline.com/${tenant}`;
    const login = nock('https://login.microsoftonline.com').persist();
    login.get(/\/discovery\/instance/).query(true).reply(200, {
      tenant_discovery_endpoint: `${base}/v2.0/.well-known/openid-configuration`,
      'api-version': '1.1',
      metadata: [{ preferred_network: 'login.microsoftonline.com', preferred_cache: 'login.windows.net', aliases: ['login.microsoftonline.com'] }],
    });
    login.get(new RegExp(`/${tenant}/v2.0/.well-known/openid-configuration`)).query(true).reply(200, {
      token_endpoint: `${base}/oauth2/v2.0/token`,
      authorization_endpoint: `${base}/oauth2/v2.0/authorize`,
      end_session_endpoint: `${base}/oauth2/v2.0/logout`,
      issuer: `${base}/v2.0`,
      jwks_uri: `${base}/discovery/v2.0/keys`,
    });
    let tokenForm = '';
    login.post(`/${tenant}/oauth2/v2.0/token`).query(true).reply(200, (_uri, body) => {
      tokenForm = String(body);
      return { token_type: 'Bearer', expires_in: 3599, ext_expires_in: 3599, access_token: 'bot-access-token' };
    });
    const replies: { auth: string | undefined; body: { text?: string } }[] = [];
    nock('https://smba.trafficmanager.net')
      .post(/\/apac\/v3\/conversations\/.+\/activities/)
      .reply(function (_uri, body) {
        replies.push({ auth: this.req.headers.authorization as string | undefined, body: body as { text?: string } });
        return [200, { id: 'r1' }];
      });

    const token = sign(claims(), good.privateKey, kid);
    const { deliveryMode: _dm, ...normal } = activity;
    const res = await app.inject({ method: 'POST', url: '/api/messages', headers: { authorization: `Bearer ${token}` }, payload: normal });
    expect(res.statusCode).toBe(200);
    expect(tokenForm).toContain('grant_type=client_credentials');
    expect(decodeURIComponent(tokenForm)).toContain('https://api.botframework.com/.default');
    expect(replies).toHaveLength(1);
    expect(replies[0]?.auth).toBe('Bearer bot-access-token');
    expect(replies[0]?.body.text).toContain('目前没有需要您回答的问题');
  });

  it('rejects a token whose serviceurl claim does not match the activity (400)', async () => {
    const token = sign(claims({ serviceurl: 'https://other.example.com/' }), good.privateKey, kid);
    const res = await app.inject({ method: 'POST', url: '/api/messages', headers: { authorization: `Bearer ${token}` }, payload: activity });
    expect(res.statusCode).toBe(400);
  });
});
