-- Tasks (issue 17): one open task per callback, and click-to-call from a task.
--
-- 004 第五十条 (no repeated, unnecessary callbacks of one customer): a second reason for a
-- person to call back, while the callback already has an open task, is kept as its own
-- escalations row (reports count escalations by reason) but merged into that task
-- (`merged_into`): the board shows one task with every reason, most serious first, and the
-- earliest deadline; the merged rows follow the task's status.
ALTER TABLE escalations ADD COLUMN merged_into text REFERENCES escalations(id) ON DELETE CASCADE;
CREATE INDEX escalations_merged_into ON escalations (merged_into) WHERE merged_into IS NOT NULL;
-- An escalation that opens no task, and why: 'do_not_contact' (the customer asked not to be
-- called again, so nobody may contact them). Kept for the record and the reports, never on the board.
ALTER TABLE escalations ADD COLUMN no_task_reason text;

-- Click-to-call: an agent calls the customer from a task without seeing the number. Twilio
-- rings the agent's phone first, then bridges the customer with the company's caller ID;
-- the call is recorded after a spoken notice. One row per call; no phone number in it.
CREATE TABLE task_calls (
  id             text PRIMARY KEY,
  task_id        text NOT NULL REFERENCES escalations(id) ON DELETE CASCADE,
  callback_id    text NOT NULL REFERENCES callbacks(id) ON DELETE CASCADE,
  tenant_id      text NOT NULL,
  user_id        text NOT NULL,
  username       text NOT NULL,
  phone_id       text REFERENCES customer_phones(id),
  agent_call_sid text,
  outcome        text NOT NULL DEFAULT 'calling_agent',
  dial_status    text,
  talk_seconds   integer,
  recording_sid  text,
  created_at     timestamptz NOT NULL,
  answered_at    timestamptz,
  ended_at       timestamptz
);
CREATE INDEX task_calls_task ON task_calls (task_id, created_at);
CREATE UNIQUE INDEX task_calls_agent_call_sid ON task_calls (agent_call_sid) WHERE agent_call_sid IS NOT NULL;

-- Notes on a task (the outcome of each click-to-call, by whom): the task's history.
CREATE TABLE task_notes (
  id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  task_id     text NOT NULL REFERENCES escalations(id) ON DELETE CASCADE,
  author      text,
  kind        text NOT NULL,
  text        text NOT NULL,
  created_at  timestamptz NOT NULL
);
CREATE INDEX task_notes_task ON task_notes (task_id, created_at);
