-- Live transfers as Twilio conferences, listening in, and the workspace users' phone numbers.
-- Additive to 020_users. No phone number is ever part of a conference name, a label or a URL.

-- The number the workspace rings: an agent's phone for live transfers, a supervisor's phone
-- for listening in (E.164; shown masked, never logged).
ALTER TABLE users ADD COLUMN phone_e164 text;

-- One conference per call attempt that was put through to people (named hf-<attempt id>).
CREATE TABLE call_conferences (
  attempt_id      text PRIMARY KEY REFERENCES attempts(id) ON DELETE CASCADE,
  callback_id     text NOT NULL REFERENCES callbacks(id) ON DELETE CASCADE,
  tenant_id       text NOT NULL,
  -- The conference's friendly name: hf-<attempt id>.
  name            text NOT NULL UNIQUE,
  -- The session turn of the transfer (in the webhook URLs, so replays are recognised).
  turn            integer NOT NULL,
  reason          text,
  -- The customer's call (CallSid), for the fallback redirect.
  customer_call_sid text,
  -- CF…, from the first conference status callback.
  conference_sid  text,
  -- waiting: the customer hears the hold message; connected: an agent joined;
  -- ended: the conference is over; failed: nobody picked up (the task stays with its deadline).
  status          text NOT NULL DEFAULT 'waiting' CHECK (status IN ('waiting', 'connected', 'ended', 'failed')),
  agent_user_id   text REFERENCES users(id) ON DELETE SET NULL,
  created_at      timestamptz NOT NULL,
  connected_at    timestamptz,
  ended_at        timestamptz
);
CREATE INDEX call_conferences_live ON call_conferences (status) WHERE status IN ('waiting', 'connected');

-- Every call leg we added to a conference through the REST API: agents rung for a transfer,
-- supervisors listening in (muted).
CREATE TABLE call_conference_legs (
  call_sid    text PRIMARY KEY,
  attempt_id  text NOT NULL REFERENCES call_conferences(attempt_id) ON DELETE CASCADE,
  role        text NOT NULL CHECK (role IN ('agent', 'listener')),
  user_id     text REFERENCES users(id) ON DELETE SET NULL,
  -- Twilio's call status: queued, initiated, ringing, in-progress, completed, busy, no-answer, failed, canceled.
  status      text NOT NULL,
  joined_at   timestamptz,
  left_at     timestamptz,
  created_at  timestamptz NOT NULL,
  updated_at  timestamptz NOT NULL
);
CREATE INDEX call_conference_legs_attempt ON call_conference_legs (attempt_id);
