-- Campaign execution: when each callback's next step is due, and the shared pacing of new calls.
ALTER TABLE callbacks ADD COLUMN next_action_at timestamptz;
ALTER TABLE callbacks ADD COLUMN human_first boolean NOT NULL DEFAULT false;
ALTER TABLE callbacks ADD COLUMN mandatory boolean NOT NULL DEFAULT true;
ALTER TABLE callbacks ADD COLUMN last_decision text;
CREATE INDEX callbacks_due ON callbacks (next_action_at)
  WHERE status NOT IN ('completed', 'escalated', 'opted_out', 'failed');

-- New calls per second across every worker (Twilio accounts have a CPS limit): one row per
-- second, counted atomically with INSERT … ON CONFLICT DO UPDATE.
CREATE TABLE call_pacing (
  slot  bigint PRIMARY KEY,
  n     integer NOT NULL
);

-- Samples drawn for sampling campaigns (003 三.2): the seed that reproduces each one.
CREATE TABLE samples (
  id             text PRIMARY KEY,
  tenant_id      text NOT NULL REFERENCES tenants(id),
  campaign       text NOT NULL,
  seed           text NOT NULL,
  rate_per_mille numeric NOT NULL,
  population     integer NOT NULL,
  strata         jsonb NOT NULL,
  created_at     timestamptz NOT NULL DEFAULT now(),
  UNIQUE (tenant_id, campaign)
);
