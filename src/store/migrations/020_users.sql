-- The supervisors' workspace: users, web sessions, review state, task bookkeeping and the
-- tenants' escalation rules. Additive to 001_init.

CREATE TABLE users (
  id             text PRIMARY KEY,
  username       text NOT NULL UNIQUE,
  display_name   text,
  -- scrypt$N$r$p$salt$hash (node:crypto scrypt, base64url parts)
  password_hash  text NOT NULL,
  role           text NOT NULL CHECK (role IN ('admin', 'supervisor', 'agent')),
  -- NULL = every tenant
  tenant_id      text REFERENCES tenants(id),
  disabled       boolean NOT NULL DEFAULT false,
  created_at     timestamptz NOT NULL DEFAULT now(),
  updated_at     timestamptz NOT NULL DEFAULT now()
);

-- A signed-in browser. The cookie holds a random token; only its SHA-256 is stored.
CREATE TABLE web_sessions (
  id_hash       text PRIMARY KEY,
  user_id       text NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  csrf_token    text NOT NULL,
  created_at    timestamptz NOT NULL,
  last_seen_at  timestamptz NOT NULL,
  expires_at    timestamptz NOT NULL
);
CREATE INDEX web_sessions_user ON web_sessions (user_id);
CREATE INDEX web_sessions_expires ON web_sessions (expires_at);

-- A supervisor's review of a call (004 第五十四条, 第七十条; 003 九.5).
CREATE TABLE call_reviews (
  callback_id  text PRIMARY KEY REFERENCES callbacks(id) ON DELETE CASCADE,
  reviewed_by  text,
  reviewed_at  timestamptz,
  notes        text,
  updated_at   timestamptz NOT NULL DEFAULT now()
);

ALTER TABLE flags ADD COLUMN notes text;
ALTER TABLE flags ADD COLUMN detail text;
-- Set when the alert sink has been told about the flag (so every flag is announced once).
ALTER TABLE flags ADD COLUMN alerted_at timestamptz;
CREATE INDEX flags_unalerted ON flags (created_at) WHERE alerted_at IS NULL;

ALTER TABLE escalations ADD COLUMN created_by text;
-- transfer / task (how the escalation was first handled), and why the deadline is what it is.
ALTER TABLE escalations ADD COLUMN mode text;
ALTER TABLE escalations ADD COLUMN basis text;
-- Set when the alert sink has been told the task is overdue.
ALTER TABLE escalations ADD COLUMN overdue_alerted_at timestamptz;
-- The re-survey callback made when the task was resolved (003 八.3, 九.5).
ALTER TABLE escalations ADD COLUMN resurvey_callback_id text REFERENCES callbacks(id) ON DELETE SET NULL;

-- A tenant's escalation rule (src/results/escalation.ts EscalationRuleSchema).
CREATE TABLE escalation_rules (
  tenant_id   text PRIMARY KEY REFERENCES tenants(id) ON DELETE CASCADE,
  rule        jsonb NOT NULL,
  updated_at  timestamptz NOT NULL DEFAULT now()
);
