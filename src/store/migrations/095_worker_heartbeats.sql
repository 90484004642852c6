-- Workers' heartbeats: each `huifang worker` records its start and every tick, so that
-- `huifang status` shows the last tick of each worker (a worker that stopped ticking is
-- late). One row per worker process; rows of workers gone for a week are deleted.
CREATE TABLE worker_heartbeats (
  worker_id     text PRIMARY KEY,            -- host:pid:start time
  host          text NOT NULL,
  pid           integer NOT NULL,
  version       text,
  tick_seconds  integer NOT NULL,            -- the worker's --tick: when the next beat is due
  started_at    timestamptz NOT NULL,
  last_tick_at  timestamptz NOT NULL,
  last_tick_ms  integer,                     -- how long the last tick took
  last_error    text,                        -- the last tick's error code or message, null when it went well
  stopped_at    timestamptz                  -- set by a clean stop (SIGINT, SIGTERM)
);
