/**
 * The chat channel's tables (src/store/migrations/050_chat.sql): chat addresses with their
 * conversation references, threads (a callback carried out in a conversation) and supervisor
 * subscriptions. A repository like the others (`store.chat`, `tx.chat` in a transaction).
 */
import type { RepoContext } from '../context.js';
import { json, ts } from '../context.js';

/** What a proactive message needs to reach a conversation (a Bot Framework ConversationReference). */
export interface ChatConversationReference {
  serviceUrl: string;
  channelId: string;
  conversation: { id: string; tenantId?: string; isGroup?: boolean; conversationType?: string; name?: string };
  user?: { id: string; name?: string; aadObjectId?: string; role?: string };
  /** The bot's account on the channel (botbuilder called it `bot`). */
  agent?: { id: string; name?: string; role?: string };
  bot?: { id: string; name?: string; role?: string };
  locale?: string;
  activityId?: string;
}

export interface ChatAddress {
  id: string;
  tenantId: string | null;
  customerId: string | null;
  channelId: string;
  conversationId: string;
  userId: string | null;
  serviceUrl: string;
  reference: ChatConversationReference;
  doNotContactAt: Date | null;
  lastSeenAt: Date | null;
}

export type ChatThreadStatus = 'active' | 'ended';

export interface ChatThread {
  id: string;
  addressId: string;
  callbackId: string;
  attemptId: string;
  status: ChatThreadStatus;
  stepId: string | null;
  /** The waiting step's options: keypad digit -> label. */
  options: Record<string, string>;
  lastPrompt: string | null;
  lastBotAt: Date;
  lastUserAt: Date | null;
  reminders: number;
  endedAt: Date | null;
  endReason: string | null;
  createdAt: Date;
}

export interface ChatSubscription {
  id: string;
  tenantId: string;
  addressId: string;
  subscribedBy: string | null;
  createdAt: Date;
  address: ChatAddress;
}

interface AddressRow {
  id: string;
  tenant_id: string | null;
  customer_id: string | null;
  channel_id: string;
  conversation_id: string;
  user_id: string | null;
  service_url: string;
  reference: ChatConversationReference;
  do_not_contact_at: Date | null;
  last_seen_at: Date | null;
}

interface ThreadRow {
  id: string;
  address_id: string;
  callback_id: string;
  attempt_id: string;
  status: ChatThreadStatus;
  step_id: string | null;
  options: Record<string, string> | null;
  last_prompt: string | null;
  last_bot_at: Date;
  last_user_at: Date | null;
  reminders: number;
  ended_at: Date | null;
  end_reason: string | null;
  created_at: Date;
}

interface SubscriptionRow extends AddressRow {
  sub_id: string;
  sub_tenant_id: string;
  subscribed_by: string | null;
  sub_created_at: Date;
  address_id: string;
}

const toAddress = (r: AddressRow): ChatAddress => ({
  id: r.id,
  tenantId: r.tenant_id,
  customerId: r.customer_id,
  channelId: r.channel_id,
  conversationId: r.conversation_id,
  userId: r.user_id,
  serviceUrl: r.service_url,
  reference: r.reference,
  doNotContactAt: r.do_not_contact_at,
  lastSeenAt: r.last_seen_at,
});
const toThread = (r: ThreadRow): ChatThread => ({
  id: r.id,
  addressId: r.address_id,
  callbackId: r.callback_id,
  attemptId: r.attempt_id,
  status: r.status,
  stepId: r.step_id,
  options: r.options ?? {},
  lastPrompt: r.last_prompt,
  lastBotAt: r.last_bot_at,
  lastUserAt: r.last_user_at,
  reminders: r.reminders,
  endedAt: r.ended_at,
  endReason: r.end_reason,
  createdAt: r.created_at,
});

/** Normalise a reference: `bot` -> `agent`, only the fields the protocol needs. */
export function cleanReference(ref: ChatConversationReference): ChatConversationReference {
  const agent = ref.agent ?? ref.bot;
  return {
    serviceUrl: ref.serviceUrl,
    channelId: ref.channelId,
    conversation: ref.conversation,
    ...(ref.user ? { user: ref.user } : {}),
    ...(agent ? { agent } : {}),
    ...(ref.locale ? { locale: ref.locale } : {}),
  };
}

export function chatRepo(ctx: RepoContext) {
  const { db, newId, now } = ctx;
  return {
    /**
     * Insert or refresh the address of a conversation (the service URL may change between
     * turns). Tenant and customer are set when given and never cleared.
     */
    async upsertAddress(ref: ChatConversationReference, link: { tenantId?: string | null; customerId?: string | null; seen?: boolean } = {}): Promise<ChatAddress> {
      const r = cleanReference(ref);
      const t = now().toISOString();
      const { rows } = await db.query<AddressRow>(
        `INSERT INTO chat_addresses (id, tenant_id, customer_id, channel_id, conversation_id, user_id, service_url, reference, last_seen_at, created_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8::jsonb, $9, $10, $10)
         ON CONFLICT (channel_id, conversation_id) DO UPDATE SET
           tenant_id = COALESCE(EXCLUDED.tenant_id, chat_addresses.tenant_id),
           customer_id = COALESCE(EXCLUDED.customer_id, chat_addresses.customer_id),
           user_id = COALESCE(EXCLUDED.user_id, chat_addresses.user_id),
           service_url = EXCLUDED.service_url,
           reference = EXCLUDED.reference,
           last_seen_at = COALESCE(EXCLUDED.last_seen_at, chat_addresses.last_seen_at),
           updated_at = EXCLUDED.updated_at
         RETURNING *`,
        [newId(), link.tenantId ?? null, link.customerId ?? null, r.channelId, r.conversation.id, r.user?.id ?? null, r.serviceUrl,
          json(r), link.seen ? t : null, t],
      );
      return toAddress(rows[0] as AddressRow);
    },

    async addressByConversation(channelId: string, conversationId: string): Promise<ChatAddress | null> {
      const { rows } = await db.query<AddressRow>('SELECT * FROM chat_addresses WHERE channel_id = $1 AND conversation_id = $2', [channelId, conversationId]);
      return rows[0] ? toAddress(rows[0]) : null;
    },

    async address(id: string): Promise<ChatAddress | null> {
      const { rows } = await db.query<AddressRow>('SELECT * FROM chat_addresses WHERE id = $1', [id]);
      return rows[0] ? toAddress(rows[0]) : null;
    },

    /** The chat addresses of a customer that may be contacted, most recently seen first. */
    async addressesOfCustomer(customerId: string): Promise<ChatAddress[]> {
      const { rows } = await db.query<AddressRow>(
        `SELECT * FROM chat_addresses WHERE customer_id = $1 AND do_not_contact_at IS NULL
         ORDER BY last_seen_at DESC NULLS LAST, updated_at DESC`,
        [customerId],
      );
      return rows.map(toAddress);
    },

    async markDoNotContact(addressId: string): Promise<void> {
      await db.query('UPDATE chat_addresses SET do_not_contact_at = COALESCE(do_not_contact_at, $2), updated_at = $2 WHERE id = $1', [
        addressId,
        now().toISOString(),
      ]);
    },

    async activeThread(addressId: string): Promise<ChatThread | null> {
      const { rows } = await db.query<ThreadRow>("SELECT * FROM chat_threads WHERE address_id = $1 AND status = 'active'", [addressId]);
      return rows[0] ? toThread(rows[0]) : null;
    },

    /** The most recent thread of a conversation, active or not. */
    async latestThread(addressId: string): Promise<ChatThread | null> {
      const { rows } = await db.query<ThreadRow>('SELECT * FROM chat_threads WHERE address_id = $1 ORDER BY created_at DESC, id DESC LIMIT 1', [addressId]);
      return rows[0] ? toThread(rows[0]) : null;
    },

    async thread(id: string): Promise<ChatThread | null> {
      const { rows } = await db.query<ThreadRow>('SELECT * FROM chat_threads WHERE id = $1', [id]);
      return rows[0] ? toThread(rows[0]) : null;
    },

    /** Every active thread (the scheduler's input to chatDueActions). */
    async activeThreads(limit = 1000): Promise<ChatThread[]> {
      const { rows } = await db.query<ThreadRow>("SELECT * FROM chat_threads WHERE status = 'active' ORDER BY last_bot_at LIMIT $1", [limit]);
      return rows.map(toThread);
    },

    async createThread(t: { id: string; addressId: string; callbackId: string; attemptId: string }): Promise<ChatThread> {
      const at = now().toISOString();
      const { rows } = await db.query<ThreadRow>(
        `INSERT INTO chat_threads (id, address_id, callback_id, attempt_id, last_bot_at, created_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, $5, $5) RETURNING *`,
        [t.id, t.addressId, t.callbackId, t.attemptId, at],
      );
      return toThread(rows[0] as ThreadRow);
    },

    /** Record what a turn left behind: the waiting step, its options, the bot's last message. */
    async updateThread(
      id: string,
      patch: {
        stepId?: string | null;
        options?: Record<string, string>;
        lastPrompt?: string | null;
        botAt?: Date | string;
        userAt?: Date | string;
        reminders?: number;
        end?: { reason: string };
      },
    ): Promise<void> {
      const at = now().toISOString();
      await db.query(
        `UPDATE chat_threads SET
           step_id = CASE WHEN $2::boolean THEN $3 ELSE step_id END,
           options = COALESCE($4::jsonb, options),
           last_prompt = CASE WHEN $5::boolean THEN $6 ELSE last_prompt END,
           last_bot_at = COALESCE($7::timestamptz, last_bot_at),
           last_user_at = COALESCE($8::timestamptz, last_user_at),
           reminders = COALESCE($9, reminders),
           status = CASE WHEN $10::text IS NOT NULL THEN 'ended' ELSE status END,
           ended_at = CASE WHEN $10::text IS NOT NULL THEN $11::timestamptz ELSE ended_at END,
           end_reason = COALESCE($10::text, end_reason),
           updated_at = $11
         WHERE id = $1`,
        [id, patch.stepId !== undefined, patch.stepId ?? null, patch.options ? json(patch.options) : null,
          patch.lastPrompt !== undefined, patch.lastPrompt ?? null, ts(patch.botAt), ts(patch.userAt), patch.reminders ?? null,
          patch.end?.reason ?? null, at],
      );
    },

    async subscribe(s: { tenantId: string; addressId: string; subscribedBy?: string | null }): Promise<boolean> {
      const r = await db.query(
        `INSERT INTO chat_subscriptions (id, tenant_id, address_id, subscribed_by, created_at) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (tenant_id, address_id) DO NOTHING`,
        [newId(), s.tenantId, s.addressId, s.subscribedBy ?? null, now().toISOString()],
      );
      return r.affectedRows === 1;
    },

    async unsubscribe(addressId: string): Promise<boolean> {
      const r = await db.query('DELETE FROM chat_subscriptions WHERE address_id = $1', [addressId]);
      return r.affectedRows > 0;
    },

    /** The tenant a conversation is subscribed for, or null. */
    async subscriptionOf(addressId: string): Promise<{ tenantId: string } | null> {
      const { rows } = await db.query<{ tenant_id: string }>(
        'SELECT tenant_id FROM chat_subscriptions WHERE address_id = $1 ORDER BY created_at LIMIT 1',
        [addressId],
      );
      return rows[0] ? { tenantId: rows[0].tenant_id } : null;
    },

    async subscriptions(tenantId: string): Promise<ChatSubscription[]> {
      const { rows } = await db.query<SubscriptionRow>(
        `SELECT s.id AS sub_id, s.tenant_id AS sub_tenant_id, s.address_id, s.subscribed_by, s.created_at AS sub_created_at, a.*
         FROM chat_subscriptions s JOIN chat_addresses a ON a.id = s.address_id
         WHERE s.tenant_id = $1 ORDER BY s.created_at, s.id`,
        [tenantId],
      );
      return rows.map((r) => ({
        id: r.sub_id,
        tenantId: r.sub_tenant_id,
        addressId: r.address_id,
        subscribedBy: r.subscribed_by,
        createdAt: r.sub_created_at,
        address: toAddress(r),
      }));
    },
  };
}
export type ChatRepo = ReturnType<typeof chatRepo>;
