-- Huifang schema, first version. Runs on PGlite and on server Postgres (15+).
-- Ids that callers hold are text (UUIDs made by the application); high-volume rows
-- (answers, scores, flags, audit) use identity columns.

CREATE TABLE tenants (
  id          text PRIMARY KEY,
  name        text NOT NULL,
  time_zone   text NOT NULL DEFAULT 'Asia/Shanghai',
  -- { callingHours: {start,end}, levelRules, writeback: {url, secret, allowPrivate, disabledAt}, apiKeyHash }
  settings    jsonb NOT NULL DEFAULT '{}'::jsonb,
  created_at  timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE customers (
  id          text PRIMARY KEY,
  tenant_id   text NOT NULL REFERENCES tenants(id),
  name        text,
  created_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX customers_tenant ON customers (tenant_id);

-- Phone numbers: E.164 plus the masked display form (138****5678). Never logged.
CREATE TABLE customer_phones (
  id           text PRIMARY KEY,
  customer_id  text NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
  e164         text NOT NULL CHECK (e164 ~ '^\+[1-9][0-9]{6,14}$'),
  masked       text NOT NULL,
  is_primary   boolean NOT NULL DEFAULT false,
  created_at   timestamptz NOT NULL DEFAULT now(),
  UNIQUE (customer_id, e164)
);
CREATE INDEX customer_phones_e164 ON customer_phones (e164);

CREATE TABLE work_orders (
  id            text PRIMARY KEY,
  tenant_id     text NOT NULL REFERENCES tenants(id),
  external_id   text NOT NULL,
  -- install, move, repair, complaint, heating-repair, renovation-stage, … (open list)
  kind          text NOT NULL,
  finished_at   timestamptz,
  customer_id   text REFERENCES customers(id),
  address       text,
  district      text,
  heat_station  text,           -- heat station or service area
  engineer      text,
  team          text,
  segment       text,           -- vip, high_value, … (004 第五十二条)
  anonymous     boolean NOT NULL DEFAULT false,  -- 003 八.5(8)
  raw           jsonb NOT NULL DEFAULT '{}'::jsonb,
  created_at    timestamptz NOT NULL DEFAULT now(),
  UNIQUE (tenant_id, external_id)
);
CREATE INDEX work_orders_customer ON work_orders (customer_id);

CREATE TABLE callbacks (
  id              text PRIMARY KEY,
  tenant_id       text NOT NULL REFERENCES tenants(id),
  work_order_id   text NOT NULL REFERENCES work_orders(id),
  dialog_id       text NOT NULL,
  dialog_version  integer NOT NULL,
  campaign        text NOT NULL,
  status          text NOT NULL DEFAULT 'pending' CHECK (status IN
                    ('pending','in_progress','completed','escalated','rescheduled','opted_out','incomplete','failed')),
  due_from        timestamptz,
  due_by          timestamptz,
  attempts        integer NOT NULL DEFAULT 0,
  outcome         text CHECK (outcome IN ('completed','escalated','rescheduled','opted_out','incomplete','hung_up')),
  callback_at     timestamptz,
  completed_at    timestamptz,
  created_at      timestamptz NOT NULL DEFAULT now(),
  updated_at      timestamptz NOT NULL DEFAULT now(),
  UNIQUE (work_order_id, campaign)
);
CREATE INDEX callbacks_tenant_status ON callbacks (tenant_id, status);
CREATE INDEX callbacks_completed_at ON callbacks (completed_at);

-- Every work order a callback covers, its own included (004 第五十条: one call, not several).
CREATE TABLE callback_work_orders (
  callback_id    text NOT NULL REFERENCES callbacks(id) ON DELETE CASCADE,
  work_order_id  text NOT NULL REFERENCES work_orders(id),
  PRIMARY KEY (callback_id, work_order_id)
);
CREATE INDEX callback_work_orders_wo ON callback_work_orders (work_order_id);

CREATE TABLE attempts (
  id             text PRIMARY KEY,
  callback_id    text NOT NULL REFERENCES callbacks(id) ON DELETE CASCADE,
  channel        text NOT NULL CHECK (channel IN ('voice','sms','chat','simulator')),
  provider_id    text,           -- CallSid, MessageSid, … ; unique per channel when present
  phone_id       text REFERENCES customer_phones(id),
  started_at     timestamptz NOT NULL,
  answered_at    timestamptz,
  ended_at       timestamptz,
  outcome        text CHECK (outcome IN ('answered','no-answer','busy','failed','machine','hung_up')),
  recording_ref  text,
  UNIQUE (channel, provider_id)
);
CREATE INDEX attempts_callback ON attempts (callback_id);

CREATE TABLE dialog_sessions (
  callback_id  text PRIMARY KEY REFERENCES callbacks(id) ON DELETE CASCADE,
  session      jsonb NOT NULL,
  version      integer NOT NULL,
  updated_at   timestamptz NOT NULL DEFAULT now()
);

-- Provider events already applied (a turn replayed by the provider is recognised).
CREATE TABLE processed_events (
  provider_event_id  text PRIMARY KEY,
  callback_id        text NOT NULL REFERENCES callbacks(id) ON DELETE CASCADE,
  created_at         timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE answers (
  id                 bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  callback_id        text NOT NULL REFERENCES callbacks(id) ON DELETE CASCADE,
  attempt_id         text REFERENCES attempts(id),
  step_id            text NOT NULL,
  raw                text NOT NULL,
  via                text NOT NULL CHECK (via IN ('speech','dtmf','text')),
  confidence         real,
  value              jsonb,
  provider_event_id  text,
  created_at         timestamptz NOT NULL DEFAULT now(),
  -- One input may answer several steps; the same event never answers one step twice.
  UNIQUE (provider_event_id, step_id)
);
CREATE INDEX answers_callback ON answers (callback_id);

CREATE TABLE scores (
  id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  callback_id  text NOT NULL REFERENCES callbacks(id) ON DELETE CASCADE,
  step_id      text NOT NULL,   -- the step, or 'overall'
  scale        text NOT NULL,   -- csat3, 0-10, 0-5, 1-5, …
  raw          text NOT NULL,   -- the answer as given (a number or a csat3 word)
  level        text CHECK (level IN ('very_satisfied','satisfied','neutral','dissatisfied')),
  created_at   timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX scores_callback ON scores (callback_id);
CREATE INDEX scores_created_at ON scores (created_at);

CREATE TABLE escalations (
  id           text PRIMARY KEY,
  callback_id  text NOT NULL REFERENCES callbacks(id) ON DELETE CASCADE,
  reason       text NOT NULL,
  detail       text,
  step_id      text,
  status       text NOT NULL DEFAULT 'open' CHECK (status IN ('open','in_progress','resolved','unreachable')),
  assignee     text,
  due_at       timestamptz,
  resolution   text,
  resolved_at  timestamptz,
  created_at   timestamptz NOT NULL DEFAULT now(),
  updated_at   timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX escalations_callback ON escalations (callback_id);
CREATE INDEX escalations_open ON escalations (status, due_at);

CREATE TABLE flags (
  id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  callback_id  text NOT NULL REFERENCES callbacks(id) ON DELETE CASCADE,
  reason       text NOT NULL,
  step_id      text,
  reviewed_by  text,
  reviewed_at  timestamptz,
  created_at   timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX flags_callback ON flags (callback_id);

-- tenant_id NULL = global. One row per phone and scope.
CREATE TABLE do_not_contact (
  id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  tenant_id   text REFERENCES tenants(id),
  phone       text NOT NULL CHECK (phone ~ '^\+[1-9][0-9]{6,14}$'),
  source      text NOT NULL CHECK (source IN ('voice','sms','chat','simulator','provider_21610','manual')),
  created_at  timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT do_not_contact_phone_tenant UNIQUE NULLS NOT DISTINCT (phone, tenant_id)
);

-- Transactional outbox; id is the Standard Webhooks `webhook-id`, the same on every retry.
CREATE TABLE webhook_outbox (
  id               text PRIMARY KEY,
  tenant_id        text NOT NULL REFERENCES tenants(id),
  event_type       text NOT NULL,
  payload          jsonb NOT NULL,
  status           text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending','delivered','failed','disabled')),
  attempts         integer NOT NULL DEFAULT 0,
  next_attempt_at  timestamptz NOT NULL,
  last_error       text,
  last_status      integer,
  delivered_at     timestamptz,
  created_at       timestamptz NOT NULL
);
CREATE INDEX webhook_outbox_due ON webhook_outbox (status, next_attempt_at);

CREATE TABLE audit_log (
  id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  tenant_id  text,
  actor      text NOT NULL,
  action     text NOT NULL,   -- reveal_phone, play_recording, export, …
  subject    text NOT NULL,
  detail     jsonb,
  at         timestamptz NOT NULL
);
CREATE INDEX audit_log_subject ON audit_log (subject, at);
