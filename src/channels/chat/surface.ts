/**
 * `POST /api/messages`: the Bot Framework endpoint (Azure Bot Service channels, Teams,
 * Web Chat, Direct Line, the Bot Framework Emulator), on the Microsoft 365 Agents SDK's
 * CloudAdapter. See docs/chat.md.
 *
 * This module mounts the route and decides what to log from the configuration alone; the
 * implementation (src/channels/chat/endpoint.ts, with the SDK) is loaded on the first chat
 * request or supervisor alert, so that `serve` starts without it (docs/benchmarks.md, Start-up).
 */
import type { FastifyInstance } from 'fastify';
import { alerts, type AlertSink } from '../../results/tasks.js';
import type { AppDeps, SurfacePlugin } from '../../conversation/deps.js';
import type { ChatTransport } from './adapter.js';
import { chatAuthMode } from './auth-mode.js';
import type { ChatEndpoint } from './endpoint.js';

// The chat channel's service (src/conversation/deps.ts): a transport (tests, custom adapters).
declare module '../../conversation/deps.js' {
  interface Services {
    chatTransport?: ChatTransport;
  }
}

export const CHAT_ROUTE = '/api/messages';

export const chatSurface: SurfacePlugin = async (app: FastifyInstance, deps: AppDeps) => {
  const log = app.log;
  const injected = deps.services?.chatTransport;
  const mode = injected?.mode ?? chatAuthMode(deps.config);
  if (mode === 'anonymous') {
    log.warn(
      'chat: MICROSOFT_APP_ID is not set, /api/messages runs in ANONYMOUS mode (no token check, replies only to loopback service URLs). For the Bot Framework Emulator and tests only; set MICROSOFT_APP_ID, MICROSOFT_APP_PASSWORD and MICROSOFT_APP_TENANT_ID in production.',
    );
  } else if (mode === 'disabled') {
    log.warn('chat: disabled: NODE_ENV=production and MICROSOFT_APP_ID is not set; /api/messages answers 503.');
  } else {
    log.info('chat: /api/messages requires Bot Framework tokens for the configured MICROSOFT_APP_ID');
  }

  // The endpoint, built once on first use; a failed load is tried again by the next request.
  let endpoint: Promise<ChatEndpoint> | null = null;
  const ready = (): Promise<ChatEndpoint> =>
    (endpoint ??= import('./endpoint.js')
      .then((m) => m.chatEndpoint(deps, log))
      .catch((e: unknown) => {
        endpoint = null;
        throw e;
      }));

  // Supervisor alerts (new flags, overdue tasks) from the process-wide hub to subscribed conversations.
  const hasAdapter = injected ? injected.adapter !== null : mode !== 'disabled';
  if (hasAdapter) {
    const sink: AlertSink = {
      flagged: async (call) => (await ready()).alerts?.flagged(call),
      overdue: async (task) => (await ready()).alerts?.overdue(task),
    };
    const unsubscribe = alerts.subscribe(sink);
    app.addHook('onClose', async () => {
      unsubscribe();
    });
  }

  // `auth: 'bot-framework'`: the global /api/* session guard lets it through; the Bot
  // Framework has its own JWT check (authorize in endpoint.ts).
  app.post(CHAT_ROUTE, { config: { auth: 'bot-framework' } }, async (req, reply) => (await ready()).handle(req, reply));
};
