-- Calls as they happened (issue 17): every line of a conversation in order, on every channel —
-- what the customer heard or read (the rendered prompt: greeting, questions, confirmations,
-- re-asks, closing; variables filled in) and what the customer said, typed or keyed, including
-- inputs the dialog did not record as an answer (asking for a person, no input). Written by
-- recordTurn in the turn's transaction, so a replayed provider event adds nothing.
CREATE TABLE transcript_lines (
  id                 bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  callback_id        text NOT NULL REFERENCES callbacks(id) ON DELETE CASCADE,
  attempt_id         text REFERENCES attempts(id),
  role               text NOT NULL CHECK (role IN ('bot', 'customer')),
  step_id            text,
  text               text NOT NULL,
  via                text CHECK (via IN ('speech', 'dtmf', 'text', 'none')),  -- customer lines: how; 'none' = no input
  confidence         real,
  provider_event_id  text,
  created_at         timestamptz NOT NULL
);
CREATE INDEX transcript_lines_callback ON transcript_lines (callback_id, id);
