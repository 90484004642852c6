/**
 * Chat test kit: a capture server standing in for the channel's service URL (the Bot
 * Connector API the bot posts replies to), activity builders, an app over a store.
 */
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { chatSurface } from '../../../src/channels/chat/surface.js';
import { loadRegistry } from '../../../src/engine/registry.js';
import { interpret } from '../../../src/nlu/index.js';
import { buildApp, type AppDeps } from '../../../src/server/app.js';
import { loadConfig, type Config } from '../../../src/shared/config.js';
import type { Store } from '../../../src/store/index.js';

export interface Posted {
  method: string;
  url: string;
  headers: IncomingMessage['headers'];
  body: {
    type?: string;
    text?: string;
    replyToId?: string;
    conversation?: { id: string };
    suggestedActions?: { actions: { type: string; title: string; value: string }[] };
  };
}

export interface Capture {
  url: string;
  posted: Posted[];
  /** Messages posted to a conversation since index `from`. */
  messages(conversationId: string, from?: number): Posted['body'][];
  close(): Promise<void>;
}

/** A Bot Connector stand-in on 127.0.0.1 (ephemeral port) that records every activity posted. */
export async function startCapture(): Promise<Capture> {
  const posted: Posted[] = [];
  let n = 0;
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const raw = Buffer.concat(chunks).toString('utf8');
      posted.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers, body: raw ? JSON.parse(raw) : {} });
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ id: `sent-${++n}` }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    posted,
    messages: (conversationId, from = 0) =>
      posted
        .slice(from)
        .filter((p) => p.url.includes(`/v3/conversations/${encodeURIComponent(conversationId)}/activities`))
        .map((p) => p.body)
        .filter((b) => b.type === 'message'),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

let actSeq = 0;
/** A message activity as a channel (the Emulator) posts it. */
export function message(serviceUrl: string, conversationId: string, text: string, o: { id?: string; userId?: string; userName?: string } = {}) {
  return {
    type: 'message',
    id: o.id ?? `act-${++actSeq}`,
    timestamp: new Date().toISOString(),
    channelId: 'emulator',
    serviceUrl,
    conversation: { id: conversationId },
    from: { id: o.userId ?? `user-${conversationId}`, name: o.userName ?? '张三', role: 'user' },
    recipient: { id: 'huifang-bot', name: 'Huifang', role: 'bot' },
    text,
    locale: 'zh-CN',
  };
}

export function referenceFor(serviceUrl: string, conversationId: string) {
  return {
    serviceUrl,
    channelId: 'emulator',
    conversation: { id: conversationId },
    user: { id: `user-${conversationId}`, name: '张三' },
    agent: { id: 'huifang-bot', name: 'Huifang' },
  };
}

export function depsFor(store: Store, now: () => Date, env: Record<string, string> = {}): AppDeps {
  const config: Config = loadConfig({ PUBLIC_URL: 'https://huifang.example.com', ...env });
  return { store, config, dialogs: loadRegistry(), interpret, now, services: {} };
}

export async function chatApp(deps: AppDeps): Promise<FastifyInstance> {
  return buildApp(deps, { logLevel: process.env.CHAT_TEST_LOG ?? 'silent', surfaces: [chatSurface] });
}

let woSeq = 0;
/** A telecom install work order with a customer and a phone, and its callback on `dialogId`. */
export async function seedInstall(store: Store, o: { dialogId?: string; phone?: string; tenantId?: string; campaign?: string } = {}) {
  const tenant = o.tenantId ? await store.tenants.upsert({ id: o.tenantId, name: o.tenantId }) : await store.tenants.ensureDefault();
  const dialog = loadRegistry().get(o.dialogId ?? 'telecom-install');
  const wo = await store.workOrders.upsert({
    tenantId: tenant.id,
    externalId: `WO-chat-${process.pid}-${++woSeq}`,
    kind: 'install',
    finishedAt: store.now(),
    customer: { name: '张先生', phones: [o.phone ?? '13812345678'] },
    engineer: '李师傅',
  });
  const { callback } = await store.callbacks.create({
    tenantId: tenant.id,
    workOrderId: wo.id,
    dialogId: dialog.spec.id,
    dialogVersion: dialog.spec.version,
    campaign: o.campaign ?? 'install-chat',
  });
  return { tenantId: tenant.id, workOrder: wo, callback };
}

export const titles = (b: Posted['body'] | undefined): string[] => (b?.suggestedActions?.actions ?? []).map((a) => a.title);
