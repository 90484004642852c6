/**
 * The Microsoft 365 Agents SDK on Fastify: a `CloudAdapter` built from Huifang's config, the
 * SDK's own JWT check (`authorizeRequest`, the same `authorizeJWT` middleware it uses on
 * Express) run against a Fastify request, and proactive sends (`continueConversation`).
 *
 * Modes:
 * - authenticated (MICROSOFT_APP_ID set): every POST must carry a Bot Framework / Entra token
 *   for this app id; the SDK validates signature, issuer, audience and expiry (401 otherwise),
 *   and the serviceUrl claim must match the activity's serviceUrl. Replies get an app token.
 * - anonymous (no app id, NODE_ENV not production): for the Bot Framework Emulator and tests
 *   only. No token is required or sent, and the bot only talks to loopback service URLs.
 * - disabled (no app id, NODE_ENV=production): the SDK refuses to run without an app id;
 *   /api/messages answers 503.
 */
import { Activity, type ConversationReference } from '@microsoft/agents-activity';
import {
  CloudAdapter,
  type AuthConfiguration,
  type Request as AgentsRequest,
  type TurnContext,
  type WebResponse,
} from '@microsoft/agents-hosting';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Config } from '../../shared/config.js';
import type { ChatConversationReference } from '../../store/repos/chat.js';
import type { ChatMessage } from './render.js';
import { chatAuthMode, isLoopbackUrl, type ChatAuthMode } from './auth-mode.js';

export { chatAuthMode, isLoopbackUrl, type ChatAuthMode } from './auth-mode.js';

/** What the chat code needs to talk to channels; tests may pass their own. */
export interface ChatTransport {
  mode: ChatAuthMode;
  adapter: CloudAdapter | null;
  appId: string | null;
}

/** A minimal logger (pino and Fastify's logger fit). */
export interface ChatLog {
  warn(obj: unknown, msg?: string): void;
  error(obj: unknown, msg?: string): void;
  info(obj: unknown, msg?: string): void;
}

const transports = new WeakMap<object, ChatTransport>();

/** Build (once per config object) the CloudAdapter for this configuration. */
export function chatTransport(config: Config): ChatTransport {
  const hit = transports.get(config);
  if (hit) return hit;
  const mode = chatAuthMode(config);
  let t: ChatTransport;
  if (mode === 'disabled') {
    t = { mode, adapter: null, appId: null };
  } else {
    const auth: AuthConfiguration = {
      clientId: config.chat?.appId,
      clientSecret: config.chat?.appPassword,
      tenantId: config.chat?.appTenantId,
      ...(config.chat?.appId ? { authType: 'ClientSecret', validateIssuer: true } : {}),
    };
    // validateServiceUrl: a token issued for one serviceUrl cannot make the bot post elsewhere.
    const adapter = new CloudAdapter(auth, undefined, undefined, { validateServiceUrl: mode === 'authenticated' });
    t = { mode, adapter, appId: config.chat?.appId ?? null };
  }
  transports.set(config, t);
  return t;
}

/** The SDK's WebResponse, buffered: Fastify sends it once the SDK is done. */
export class BufferedResponse implements WebResponse {
  statusCode = 200;
  readonly headers: Record<string, string> = {};
  body: unknown = undefined;
  headersSent = false;
  writableEnded = false;
  status(code: number): this {
    this.statusCode = code;
    return this;
  }
  setHeader(name: string, value: string): this {
    this.headers[name.toLowerCase()] = value;
    return this;
  }
  send(body?: unknown): this {
    this.body = body;
    return this;
  }
  end(): this {
    this.writableEnded = true;
    return this;
  }
  /** Write the buffered answer to Fastify. */
  flush(reply: FastifyReply): FastifyReply {
    reply.code(this.statusCode);
    for (const [k, v] of Object.entries(this.headers)) reply.header(k, v);
    if (this.body === undefined || this.body === null || this.body === '') return reply.send();
    return reply.send(this.body);
  }
}

/** The SDK's request shape over a Fastify request. */
export function agentsRequest(req: FastifyRequest): AgentsRequest {
  const body = req.body && typeof req.body === 'object' ? (req.body as Record<string, unknown>) : undefined;
  return { body, headers: req.headers as Record<string, string | string[] | undefined>, method: req.method };
}

/**
 * Run the SDK's JWT check on a Fastify request. Returns the authorized request (with `user`
 * set: the token's claims, or `{ name: 'anonymous' }`), or null after answering 401/405.
 */
export async function authorize(transport: ChatTransport, req: FastifyRequest, reply: FastifyReply): Promise<AgentsRequest | null> {
  const adapter = transport.adapter;
  if (!adapter) return null;
  const areq = agentsRequest(req);
  const res = new BufferedResponse();
  let ok = false;
  await adapter.authorizeRequest(areq, res, () => {
    ok = true;
  });
  if (!ok) {
    if (res.statusCode === 200) res.status(401);
    await res.flush(reply);
    return null;
  }
  return areq;
}

/** Turn our message shapes into SDK activities. */
export function toActivities(messages: readonly ChatMessage[]): Activity[] {
  return messages.map((m) => Activity.fromObject({ ...m }));
}

/** Send messages in the current turn (replies to the incoming activity). */
export async function sendInTurn(context: TurnContext, messages: readonly ChatMessage[]): Promise<void> {
  if (messages.length === 0) return;
  await context.sendActivities(toActivities(messages));
}

/**
 * Send messages to a stored conversation, outside any turn (proactive: a campaign's first
 * question, a reminder, a supervisor alert), through `CloudAdapter.continueConversation`.
 *
 * @throws Error when the mode is disabled, or (anonymous mode) the service URL is not loopback.
 */
export async function sendProactive(
  transport: ChatTransport,
  reference: ChatConversationReference,
  messages: readonly ChatMessage[],
): Promise<void> {
  if (messages.length === 0) return;
  if (!transport.adapter) throw new Error('chat is disabled: set MICROSOFT_APP_ID');
  if (transport.mode === 'anonymous' && !isLoopbackUrl(reference.serviceUrl)) {
    throw new Error('anonymous chat mode only posts to loopback service URLs');
  }
  const ref: ConversationReference = {
    serviceUrl: reference.serviceUrl,
    channelId: reference.channelId,
    conversation: { ...reference.conversation, isGroup: reference.conversation.isGroup ?? false } as ConversationReference['conversation'],
    ...(reference.user ? { user: reference.user } : {}),
    ...(reference.agent ?? reference.bot ? { agent: (reference.agent ?? reference.bot) as ConversationReference['agent'] } : {}),
    ...(reference.locale ? { locale: reference.locale } : {}),
  };
  // Anonymous: an identity without an audience gives a connector client without a token.
  const identity = transport.appId ? CloudAdapter.createIdentity(transport.appId) : { name: 'anonymous' };
  await transport.adapter.continueConversation(identity, ref, async (ctx) => {
    await ctx.sendActivities(toActivities(messages));
  });
}
