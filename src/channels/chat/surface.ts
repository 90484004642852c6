/**
 * `POST /api/messages`: the Bot Framework endpoint (Azure Bot Service channels, Teams,
 * Web Chat, Direct Line, the Bot Framework Emulator), on the Microsoft 365 Agents SDK's
 * CloudAdapter. See docs/chat.md.
 */
import { Activity } from '@microsoft/agents-activity';
import type { FastifyInstance } from 'fastify';
import { alerts } from '../../results/tasks.js';
import type { AppDeps, SurfacePlugin } from '../../conversation/deps.js';
import { HuifangError } from '../../shared/errors.js';
import { authorize, BufferedResponse, chatTransport, isLoopbackUrl, type ChatTransport } from './adapter.js';
import { ChatAlertSink } from './alerts.js';
import { onTurn } from './bot.js';

// The chat channel's service (src/conversation/deps.ts): a transport (tests, custom adapters).
declare module '../../conversation/deps.js' {
  interface Services {
    chatTransport?: ChatTransport;
  }
}

export const CHAT_ROUTE = '/api/messages';

/** The transport a surface uses: the injected one, else one built from the config. */
export function transportFor(deps: AppDeps): ChatTransport {
  return deps.services?.chatTransport ?? chatTransport(deps.config);
}

/**
 * Refuse an activity the SDK's schema (`Activity.fromObject`) would throw on.
 * @throws HuifangError HF_BAD_REQUEST naming the fields (never their values).
 */
function checkActivity(body: object): void {
  try {
    Activity.fromObject(body);
  } catch (e) {
    const issues = (e as { issues?: { path?: (string | number)[]; message?: string }[] }).issues;
    const fields = Array.isArray(issues) ? issues.map((i) => `${(i.path ?? []).join('.') || 'activity'}: ${i.message ?? 'invalid'}`) : [];
    throw new HuifangError('HF_BAD_REQUEST', `not a valid Bot Framework activity${fields.length > 0 ? ` (${fields.slice(0, 5).join('; ')})` : ''}`, fields.length > 0 ? { fields: fields.slice(0, 5) } : undefined);
  }
}

export const chatSurface: SurfacePlugin = async (app: FastifyInstance, deps: AppDeps) => {
  const transport = transportFor(deps);
  const log = app.log;
  const chatDeps = { ...deps, transport, log };
  if (transport.mode === 'anonymous') {
    log.warn(
      'chat: MICROSOFT_APP_ID is not set, /api/messages runs in ANONYMOUS mode (no token check, replies only to loopback service URLs). For the Bot Framework Emulator and tests only; set MICROSOFT_APP_ID, MICROSOFT_APP_PASSWORD and MICROSOFT_APP_TENANT_ID in production.',
    );
  } else if (transport.mode === 'disabled') {
    log.warn('chat: disabled: NODE_ENV=production and MICROSOFT_APP_ID is not set; /api/messages answers 503.');
  } else {
    log.info('chat: /api/messages requires Bot Framework tokens for the configured MICROSOFT_APP_ID');
  }
  // Supervisor alerts (new flags, overdue tasks) from the process-wide hub to subscribed conversations.
  if (transport.adapter) {
    const unsubscribe = alerts.subscribe(new ChatAlertSink({ store: deps.store, config: deps.config, transport, log }));
    app.addHook('onClose', async () => {
      unsubscribe();
    });
  }

  // `auth: 'bot-framework'`: the global /api/* session guard lets it through; the Bot
  // Framework has its own JWT check (authorize below).
  app.post(CHAT_ROUTE, { config: { auth: 'bot-framework' } }, async (req, reply) => {
    if (!transport.adapter) {
      throw new HuifangError('HF_CONFIG_INVALID', 'the chat channel is not configured: set MICROSOFT_APP_ID');
    }
    const areq = await authorize(transport, req, reply);
    if (!areq) return reply;
    const body = areq.body;
    if (!body || typeof body !== 'object' || typeof body.type !== 'string') {
      throw new HuifangError('HF_BAD_REQUEST', 'the body is not a Bot Framework activity');
    }
    // The SDK's own activity schema (a conversation id, …), checked here so that a malformed
    // activity is a 400 naming the fields rather than a ZodError thrown inside the adapter.
    checkActivity(body);
    if (transport.mode === 'anonymous' && !isLoopbackUrl(typeof body.serviceUrl === 'string' ? body.serviceUrl : undefined)) {
      throw new HuifangError('HF_BAD_REQUEST', 'anonymous chat mode accepts only loopback serviceUrl values (set MICROSOFT_APP_ID)');
    }
    const res = new BufferedResponse();
    await transport.adapter.process(areq, res, onTurn(chatDeps, transport.mode));
    return res.flush(reply);
  });

  // Errors inside a turn: logged, and the customer gets a short apology instead of the SDK's English default.
  if (transport.adapter) {
    transport.adapter.onTurnError = async (context, error) => {
      log.error({ err: error.message, code: (error as { code?: string }).code }, 'chat: turn failed');
      try {
        await context.sendActivity('抱歉，系统暂时出了点问题，请稍后再回复。');
      } catch {
        // the channel is unreachable too; nothing more to do
      }
    };
  }
};
