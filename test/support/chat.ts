/**
 * The chat channel's test kit: a capture server standing in for the channel's service URL
 * (the Bot Connector API the bot posts replies to, the network edge), activity builders, and
 * the app with the chat surface.
 */
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { chatSurface } from '../../src/channels/chat/surface.js';
import type { AppDeps } from '../../src/conversation/deps.js';
import { buildApp } from '../../src/server/app.js';
import type { Store } from '../../src/store/index.js';
import { appDeps } from './app.js';
import { seedCallback } from './seed.js';

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

/** AppDeps for chat (PUBLIC_URL for links; no Bot Framework app id: anonymous mode). */
export function depsFor(store: Store, now: () => Date, env: Record<string, string> = {}): AppDeps {
  return appDeps(store, { env: { PUBLIC_URL: 'https://huifang.example.com', ...env }, now });
}

/** The app with the chat surface. */
export async function chatApp(deps: AppDeps): Promise<FastifyInstance> {
  return buildApp(deps, { logLevel: process.env.CHAT_TEST_LOG ?? 'silent', surfaces: [chatSurface] });
}

/** A callback finished "today" (the store's clock) on a chat-able dialog: the one seed. */
export async function seedInstall(store: Store, o: { dialogId?: string; phone?: string; tenantId?: string; campaign?: string } = {}) {
  return seedCallback(store, { finishedAt: store.now(), engineer: '李师傅', ...o });
}

export const titles = (b: Posted['body'] | undefined): string[] => (b?.suggestedActions?.actions ?? []).map((a) => a.title);
