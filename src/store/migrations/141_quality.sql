-- Quality checks (抽检, issue 17): a seeded random sample of a day's answered calls, recorded
-- with its seed, rate and population so it can be drawn again and shown to be random, and a
-- scoring sheet per sampled call.
CREATE TABLE quality_samples (
  id           text PRIMARY KEY,
  tenant_id    text REFERENCES tenants(id),        -- null: every tenant the drawer may see
  day          date NOT NULL,                       -- the tenant's (or Asia/Shanghai) local day
  percent      real NOT NULL CHECK (percent > 0 AND percent <= 100),
  seed         text NOT NULL,
  population   integer NOT NULL,
  created_by   text NOT NULL,
  created_at   timestamptz NOT NULL
);
CREATE INDEX quality_samples_day ON quality_samples (day DESC, created_at DESC);

CREATE TABLE quality_sample_items (
  sample_id    text NOT NULL REFERENCES quality_samples(id) ON DELETE CASCADE,
  callback_id  text NOT NULL REFERENCES callbacks(id) ON DELETE CASCADE,
  position     integer NOT NULL,
  PRIMARY KEY (sample_id, callback_id)
);

-- One sheet per sampled call (the last save wins; every save is audited).
CREATE TABLE quality_scores (
  sample_id        text NOT NULL REFERENCES quality_samples(id) ON DELETE CASCADE,
  callback_id      text NOT NULL REFERENCES callbacks(id) ON DELETE CASCADE,
  script_followed  smallint NOT NULL CHECK (script_followed BETWEEN 1 AND 5),
  politeness       smallint NOT NULL CHECK (politeness BETWEEN 1 AND 5),
  answer_correct   boolean NOT NULL,
  notes            text,
  scored_by        text NOT NULL,
  scored_at        timestamptz NOT NULL,
  PRIMARY KEY (sample_id, callback_id)
);
