-- Chat channel (Bot Framework Activity protocol through the Microsoft 365 Agents SDK).
-- A conversation reference is what a proactive message needs: service URL, channel,
-- conversation id, user id (and the bot's own id on that channel). No phone numbers here.

-- One row per conversation the bot has seen or been given (a customer's chat address, a
-- supervisor's conversation). tenant_id / customer_id are set once the address is linked to
-- a customer (a campaign started a callback there, or intake registered it).
CREATE TABLE chat_addresses (
  id                 text PRIMARY KEY,
  tenant_id          text REFERENCES tenants(id),
  customer_id        text REFERENCES customers(id) ON DELETE SET NULL,
  channel_id         text NOT NULL,
  conversation_id    text NOT NULL,
  user_id            text,
  service_url        text NOT NULL,
  -- The whole ConversationReference as the SDK gives it (agent, user, conversation, locale, …).
  reference          jsonb NOT NULL,
  -- The customer said "do not contact me" in this conversation: no proactive message again.
  do_not_contact_at  timestamptz,
  last_seen_at       timestamptz,
  created_at         timestamptz NOT NULL,
  updated_at         timestamptz NOT NULL,
  UNIQUE (channel_id, conversation_id)
);
CREATE INDEX chat_addresses_customer ON chat_addresses (customer_id);

-- A callback carried out in a chat conversation: which attempt, where the dialog waits, and
-- the times the scheduler reads (chatDueActions) to remind or to end a silent thread.
CREATE TABLE chat_threads (
  id              text PRIMARY KEY,
  address_id      text NOT NULL REFERENCES chat_addresses(id) ON DELETE CASCADE,
  callback_id     text NOT NULL REFERENCES callbacks(id) ON DELETE CASCADE,
  attempt_id      text NOT NULL REFERENCES attempts(id) ON DELETE CASCADE,
  status          text NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'ended')),
  -- The step the dialog waits at and its options (keypad digit -> label), for button replies.
  step_id         text,
  options         jsonb NOT NULL DEFAULT '{}'::jsonb,
  -- The last question sent, to repeat it in a reminder.
  last_prompt     text,
  last_bot_at     timestamptz NOT NULL,
  last_user_at    timestamptz,
  reminders       integer NOT NULL DEFAULT 0,
  ended_at        timestamptz,
  end_reason      text,
  created_at      timestamptz NOT NULL,
  updated_at      timestamptz NOT NULL
);
-- At most one callback at a time per conversation.
CREATE UNIQUE INDEX chat_threads_one_active ON chat_threads (address_id) WHERE status = 'active';
CREATE INDEX chat_threads_callback ON chat_threads (callback_id);
CREATE INDEX chat_threads_due ON chat_threads (status, last_bot_at);

-- Supervisor conversations subscribed to alerts (flagged calls, overdue tasks).
CREATE TABLE chat_subscriptions (
  id               text PRIMARY KEY,
  tenant_id        text NOT NULL,
  address_id       text NOT NULL REFERENCES chat_addresses(id) ON DELETE CASCADE,
  subscribed_by    text,
  created_at       timestamptz NOT NULL,
  UNIQUE (tenant_id, address_id)
);
CREATE INDEX chat_subscriptions_tenant ON chat_subscriptions (tenant_id);
