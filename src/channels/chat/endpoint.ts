/**
 * The chat endpoint's implementation on the Microsoft 365 Agents SDK's CloudAdapter: the JWT
 * check, the activity schema, the turn, the supervisors' alert sink. It is loaded by the chat
 * surface (src/channels/chat/surface.ts) on the first chat request or alert, not at start: the
 * SDK takes about a quarter of a second to load. See docs/chat.md.
 */
import { Activity } from '@microsoft/agents-activity';
import type { FastifyBaseLogger, FastifyReply, FastifyRequest } from 'fastify';
import type { AppDeps } from '../../conversation/deps.js';
import type { AlertSink } from '../../results/tasks.js';
import { HuifangError } from '../../shared/errors.js';
import { authorize, BufferedResponse, chatTransport, type ChatTransport } from './adapter.js';
import { ChatAlertSink } from './alerts.js';
import { isLoopbackUrl } from './auth-mode.js';
import { onTurn } from './bot.js';

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

export interface ChatEndpoint {
  /** POST /api/messages. */
  handle(req: FastifyRequest, reply: FastifyReply): Promise<FastifyReply>;
  /** Supervisor alerts to subscribed conversations; null when chat is disabled. */
  alerts: AlertSink | null;
}

/** Build the endpoint for one app (once: the surface keeps it). */
export function chatEndpoint(deps: AppDeps, log: FastifyBaseLogger): ChatEndpoint {
  const transport = transportFor(deps);
  const chatDeps = { ...deps, transport, log };
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
  return {
    alerts: transport.adapter ? new ChatAlertSink({ store: deps.store, config: deps.config, transport, log }) : null,
    async handle(req, reply) {
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
    },
  };
}
