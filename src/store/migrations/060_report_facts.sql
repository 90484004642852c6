-- Report facts: pre-aggregation for reports (src/results/reports/query.ts, docs/reports.md).
--
-- A month's report used to look up, for each of its ~84,000 finished callbacks, the overall
-- score, the escalation flags, the attempts, the reason answer and the work order (and for each
-- work order due, its covering callbacks). These tables hold the result of exactly those
-- look-ups, one row per finished callback and one per work order due, so that a report is a
-- range scan on (tenant_id, completed_at) / (tenant_id, finished_at) and a GROUP BY.
--
-- Right by construction:
-- * The facts are defined once, by the views report_callback_facts_source and
--   report_order_facts_source: the per-callback expressions the report query used before
--   (the same SQL, moved here). The tables are only ever written with rows of these views:
--   by report_refresh_callback(id) / report_refresh_order(id) for one row, and by
--   report_rebuild_facts() for all (the backfill below, and the repair tool).
-- * Triggers on every table a fact reads call the refresh for the rows they touch, so no
--   writer has to know about the facts. Each trigger's WHEN clause lets through only the rows
--   that can change a fact: a turn of a call still in progress (answers to other steps than the
--   reason, sessions, flags, unfinished callbacks) does not even call a function.
-- * Nothing here depends on a time zone: the tenant's local days, the `day` of a row and
--   same-day timeliness are computed by the report query from completed_at / finished_at.
--
-- Concurrency (READ COMMITTED): refreshes of one fact row must run one after the other, each
-- seeing what the one before committed. report_refresh_callback locks the callback row
-- (FOR NO KEY UPDATE, the lock an UPDATE of the callback takes anyway; it does not block the
-- foreign-key checks of inserts into answers, scores, ...). report_refresh_order takes a
-- transaction-scoped advisory lock per work order (not the work-order row: a turn finishing a
-- callback would then wait for the work order while intake, holding the work order, waits for
-- the callback). The callback_work_orders trigger locks the callback row before it refreshes.

-- The reason step: must equal REASON_STEP in src/results/writeback.ts (a test checks). A new
-- pattern needs a new migration that replaces the view and the answers triggers.

CREATE TABLE report_callback_facts (
  callback_id    text PRIMARY KEY,
  tenant_id      text NOT NULL,
  completed_at   timestamptz NOT NULL,
  campaign       text NOT NULL,
  status         text NOT NULL,
  attempted      boolean NOT NULL,
  reached        boolean NOT NULL,
  -- the overall score: level, scale, raw answer (null: no answer)
  level          text,
  scale          text,
  raw            text,
  dissatisfied   boolean NOT NULL,
  complaint      boolean NOT NULL,
  -- the callback's work order
  kind           text NOT NULL,
  finished_at    timestamptz,
  district       text,
  heat_station   text,
  team           text,
  engineer       text,
  -- dissatisfied callbacks only: the last reason answer and the last escalation detail
  reason_answer  text,
  reason_detail  text
);
-- A report reads a range of completed_at per tenant; every column it groups by is in the index,
-- so the month is an index-only scan (the reason texts, read for dissatisfied rows only, are not).
CREATE INDEX report_callback_facts_range ON report_callback_facts (tenant_id, completed_at)
  INCLUDE (campaign, status, attempted, reached, level, scale, raw, dissatisfied, complaint,
           kind, finished_at, district, heat_station, team, engineer);

CREATE TABLE report_order_facts (
  work_order_id  text PRIMARY KEY,
  tenant_id      text NOT NULL,
  finished_at    timestamptz NOT NULL,
  kind           text NOT NULL,
  district       text,
  heat_station   text,
  team           text,
  engineer       text,
  -- a finished order-triggered callback covers the order
  called         boolean NOT NULL,
  -- ... and one reached the customer within the deadline of the finish
  in_time        boolean NOT NULL
);
CREATE INDEX report_order_facts_range ON report_order_facts (tenant_id, finished_at)
  INCLUDE (kind, district, heat_station, team, engineer, called, in_time);

-- One row per finished callback (completed_at set: completed, escalated, opted out or failed).
--   reached: status completed / escalated / opted out, or an attempt answered;
--   attempted: at least one attempt, or reached;
--   the overall score as `overallScore` picks it: the last on step 'overall', else the last;
--   dissatisfied as the export defines it: level dissatisfied or a dissatisfied / low-score
--   escalation; complaint: an escalation with reason complaint;
--   the reason (dissatisfied only): the last answer to a reason step, and the detail of the last
--   dissatisfied / low-score / not-fixed / complaint escalation (`dissatisfactionReason`).
CREATE VIEW report_callback_facts_source AS
SELECT c.id AS callback_id, c.tenant_id, c.completed_at, c.campaign, c.status,
  (c.attempts > 0 OR x.reached) AS attempted, x.reached,
  s.level, s.scale, s.raw,
  d.dissatisfied,
  COALESCE(e.complaint, false) AS complaint,
  w.kind, w.finished_at, w.district, w.heat_station, w.team, w.engineer,
  ra.raw AS reason_answer, ed.detail AS reason_detail
FROM callbacks c
JOIN work_orders w ON w.id = c.work_order_id
LEFT JOIN LATERAL (
  SELECT s.level, s.scale, s.raw FROM scores s WHERE s.callback_id = c.id
  ORDER BY (s.step_id = 'overall') DESC, s.created_at DESC, s.id DESC LIMIT 1) s ON true
LEFT JOIN LATERAL (
  SELECT bool_or(e.reason IN ('dissatisfied', 'low_score')) AS dis, bool_or(e.reason = 'complaint') AS complaint
  FROM escalations e WHERE e.callback_id = c.id) e ON true
LEFT JOIN LATERAL (SELECT true AS hit FROM attempts a
  WHERE c.status NOT IN ('completed', 'escalated', 'opted_out') AND a.callback_id = c.id
    AND (a.answered_at IS NOT NULL OR a.outcome IN ('answered', 'hung_up')) LIMIT 1) a ON true
CROSS JOIN LATERAL (SELECT (c.status IN ('completed', 'escalated', 'opted_out') OR a.hit IS NOT NULL) AS reached) x
CROSS JOIN LATERAL (SELECT (s.level IS NOT DISTINCT FROM 'dissatisfied' OR COALESCE(e.dis, false)) AS dissatisfied) d
LEFT JOIN LATERAL (SELECT a.raw FROM answers a
  WHERE d.dissatisfied AND a.callback_id = c.id AND a.step_id ~* '(^|[_.-])(reason|why|dissatisfaction|不满意原因|原因)([_.-]|$)'
  ORDER BY a.created_at DESC, a.id DESC LIMIT 1) ra ON true
LEFT JOIN LATERAL (SELECT e.detail FROM escalations e
  WHERE d.dissatisfied AND e.callback_id = c.id AND e.detail IS NOT NULL AND e.detail <> ''
    AND e.reason IN ('dissatisfied', 'low_score', 'not_fixed', 'complaint')
  ORDER BY e.created_at DESC, e.id DESC LIMIT 1) ed ON true
WHERE c.completed_at IS NOT NULL;

-- One row per work order due (finished; kinds sampling… / survey… are households drawn for a
-- survey, not orders), with whether a finished order-triggered callback covers it (any covering
-- callback, callback_work_orders; 004 第五十条) and whether one reached the customer within the
-- deadline: 48 h for heating work orders (003 四.4(7) repairs; 八.3 complaints within 2 days),
-- 72 h for all others (004 第五十三条: the same day, at the latest within 3 days; 第五十一条:
-- 100% of work orders get a callback).
CREATE VIEW report_order_facts_source AS
SELECT w.id AS work_order_id, w.tenant_id, w.finished_at, w.kind, w.district, w.heat_station, w.team, w.engineer,
  COALESCE(x.called, false) AS called, COALESCE(x.in_time, false) AS in_time
FROM work_orders w
LEFT JOIN LATERAL (
  SELECT true AS called,
    bool_or(c.status IN ('completed', 'escalated', 'opted_out')
      AND c.completed_at <= w.finished_at + CASE WHEN w.kind LIKE 'heating%' THEN interval '48 hours' ELSE interval '72 hours' END) AS in_time
  FROM callback_work_orders cw JOIN callbacks c ON c.id = cw.callback_id
  WHERE cw.work_order_id = w.id AND c.completed_at IS NOT NULL
    AND c.campaign NOT LIKE 'sampling%' AND c.campaign NOT LIKE 're-survey%'
  HAVING count(*) > 0) x ON true
WHERE w.finished_at IS NOT NULL AND w.kind NOT LIKE 'sampling%' AND w.kind NOT LIKE 'survey%';

/* ----------------------------------------------------------------- refresh */

-- Make the fact row of one callback what the view says (none when the callback is not finished).
CREATE FUNCTION report_refresh_callback(p_id text) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  done timestamptz;
BEGIN
  IF p_id IS NULL THEN RETURN; END IF;
  SELECT completed_at INTO done FROM callbacks WHERE id = p_id FOR NO KEY UPDATE;
  IF done IS NULL THEN
    -- not finished (or gone): the view has no row for it
    DELETE FROM report_callback_facts WHERE callback_id = p_id;
    RETURN;
  END IF;
  INSERT INTO report_callback_facts AS f (callback_id, tenant_id, completed_at, campaign, status, attempted, reached,
    level, scale, raw, dissatisfied, complaint, kind, finished_at, district, heat_station, team, engineer,
    reason_answer, reason_detail)
  SELECT callback_id, tenant_id, completed_at, campaign, status, attempted, reached,
    level, scale, raw, dissatisfied, complaint, kind, finished_at, district, heat_station, team, engineer,
    reason_answer, reason_detail
  FROM report_callback_facts_source WHERE callback_id = p_id
  ON CONFLICT (callback_id) DO UPDATE SET tenant_id = EXCLUDED.tenant_id, completed_at = EXCLUDED.completed_at,
    campaign = EXCLUDED.campaign, status = EXCLUDED.status, attempted = EXCLUDED.attempted, reached = EXCLUDED.reached,
    level = EXCLUDED.level, scale = EXCLUDED.scale, raw = EXCLUDED.raw, dissatisfied = EXCLUDED.dissatisfied,
    complaint = EXCLUDED.complaint, kind = EXCLUDED.kind, finished_at = EXCLUDED.finished_at, district = EXCLUDED.district,
    heat_station = EXCLUDED.heat_station, team = EXCLUDED.team, engineer = EXCLUDED.engineer,
    reason_answer = EXCLUDED.reason_answer, reason_detail = EXCLUDED.reason_detail
  -- a second refresh in the same turn (the end, then the attempt's outcome) writes nothing
  WHERE ROW(f.*) IS DISTINCT FROM ROW(EXCLUDED.*);
END $$;

-- Make the fact row of one work order what the view says (none when it is not due).
CREATE FUNCTION report_refresh_order(p_id text) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  IF p_id IS NULL THEN RETURN; END IF;
  -- 2085 = "report facts", 2 = work orders (two-key advisory locks; released at commit)
  PERFORM pg_advisory_xact_lock(2085, hashtext(p_id));
  INSERT INTO report_order_facts AS f (work_order_id, tenant_id, finished_at, kind, district, heat_station, team, engineer,
    called, in_time)
  SELECT work_order_id, tenant_id, finished_at, kind, district, heat_station, team, engineer, called, in_time
  FROM report_order_facts_source WHERE work_order_id = p_id
  ON CONFLICT (work_order_id) DO UPDATE SET tenant_id = EXCLUDED.tenant_id, finished_at = EXCLUDED.finished_at,
    kind = EXCLUDED.kind, district = EXCLUDED.district, heat_station = EXCLUDED.heat_station, team = EXCLUDED.team,
    engineer = EXCLUDED.engineer, called = EXCLUDED.called, in_time = EXCLUDED.in_time;
  IF NOT FOUND THEN
    DELETE FROM report_order_facts WHERE work_order_id = p_id;
  END IF;
END $$;

-- Recompute every fact (the backfill; also the repair tool). TRUNCATE locks the tables until
-- commit: writers' triggers wait, then refresh on top of the rebuilt rows.
CREATE FUNCTION report_rebuild_facts() RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  TRUNCATE report_callback_facts, report_order_facts;
  INSERT INTO report_callback_facts (callback_id, tenant_id, completed_at, campaign, status, attempted, reached,
    level, scale, raw, dissatisfied, complaint, kind, finished_at, district, heat_station, team, engineer,
    reason_answer, reason_detail)
  SELECT callback_id, tenant_id, completed_at, campaign, status, attempted, reached,
    level, scale, raw, dissatisfied, complaint, kind, finished_at, district, heat_station, team, engineer,
    reason_answer, reason_detail
  FROM report_callback_facts_source;
  INSERT INTO report_order_facts (work_order_id, tenant_id, finished_at, kind, district, heat_station, team, engineer,
    called, in_time)
  SELECT work_order_id, tenant_id, finished_at, kind, district, heat_station, team, engineer, called, in_time
  FROM report_order_facts_source;
END $$;

/* ---------------------------------------------------------------- triggers */

-- callbacks: the callback's own fact, and the orders it covers (called / in time).
CREATE FUNCTION report_facts_on_callback() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  wo text;
BEGIN
  IF TG_OP <> 'INSERT' THEN
    PERFORM report_refresh_callback(OLD.id);
  END IF;
  IF TG_OP = 'INSERT' OR (TG_OP = 'UPDATE' AND NEW.id <> OLD.id) THEN
    PERFORM report_refresh_callback(NEW.id);
  END IF;
  IF TG_OP <> 'UPDATE' OR (OLD.id, OLD.status, OLD.completed_at, OLD.campaign) IS DISTINCT FROM (NEW.id, NEW.status, NEW.completed_at, NEW.campaign) THEN
    FOR wo IN SELECT cw.work_order_id FROM callback_work_orders cw
              WHERE cw.callback_id = CASE WHEN TG_OP = 'DELETE' THEN OLD.id ELSE NEW.id END ORDER BY 1 LOOP
      PERFORM report_refresh_order(wo);
    END LOOP;
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER report_facts_callbacks_ins AFTER INSERT ON callbacks FOR EACH ROW
  WHEN (NEW.completed_at IS NOT NULL) EXECUTE FUNCTION report_facts_on_callback();
-- Only changes of what a fact reads, and only when the callback is (or was) finished: the
-- updates of a call in progress, the scheduler's and the pacing's pass through.
CREATE TRIGGER report_facts_callbacks_upd AFTER UPDATE OF id, tenant_id, work_order_id, campaign, status, attempts, completed_at
  ON callbacks FOR EACH ROW
  WHEN ((OLD.completed_at IS NOT NULL OR NEW.completed_at IS NOT NULL)
    AND (OLD.id, OLD.tenant_id, OLD.work_order_id, OLD.campaign, OLD.status, OLD.attempts, OLD.completed_at)
      IS DISTINCT FROM (NEW.id, NEW.tenant_id, NEW.work_order_id, NEW.campaign, NEW.status, NEW.attempts, NEW.completed_at))
  EXECUTE FUNCTION report_facts_on_callback();
CREATE TRIGGER report_facts_callbacks_del AFTER DELETE ON callbacks FOR EACH ROW
  WHEN (OLD.completed_at IS NOT NULL) EXECUTE FUNCTION report_facts_on_callback();

-- scores, answers, attempts, escalations: the fact of their callback (a no-op while the call is
-- in progress: one look-up of the callback row).
CREATE FUNCTION report_facts_on_callback_row() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    PERFORM report_refresh_callback(OLD.callback_id);
    RETURN NULL;
  END IF;
  PERFORM report_refresh_callback(NEW.callback_id);
  IF TG_OP = 'UPDATE' AND OLD.callback_id IS DISTINCT FROM NEW.callback_id THEN
    PERFORM report_refresh_callback(OLD.callback_id);
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER report_facts_scores_ins AFTER INSERT ON scores FOR EACH ROW EXECUTE FUNCTION report_facts_on_callback_row();
CREATE TRIGGER report_facts_scores_upd AFTER UPDATE OF callback_id, step_id, scale, raw, level, created_at ON scores FOR EACH ROW
  WHEN ((OLD.callback_id, OLD.step_id, OLD.scale, OLD.raw, OLD.level, OLD.created_at)
    IS DISTINCT FROM (NEW.callback_id, NEW.step_id, NEW.scale, NEW.raw, NEW.level, NEW.created_at))
  EXECUTE FUNCTION report_facts_on_callback_row();
CREATE TRIGGER report_facts_scores_del AFTER DELETE ON scores FOR EACH ROW EXECUTE FUNCTION report_facts_on_callback_row();

-- Only escalations whose reason a fact reads (dissatisfied / low_score: dissatisfied;
-- complaint; not_fixed: the reason detail). Status changes (resolving a task) are not read.
CREATE TRIGGER report_facts_escalations_ins AFTER INSERT ON escalations FOR EACH ROW
  WHEN (NEW.reason IN ('dissatisfied', 'low_score', 'not_fixed', 'complaint'))
  EXECUTE FUNCTION report_facts_on_callback_row();
CREATE TRIGGER report_facts_escalations_upd AFTER UPDATE OF callback_id, reason, detail, created_at ON escalations FOR EACH ROW
  WHEN ((OLD.reason IN ('dissatisfied', 'low_score', 'not_fixed', 'complaint') OR NEW.reason IN ('dissatisfied', 'low_score', 'not_fixed', 'complaint'))
    AND (OLD.callback_id, OLD.reason, OLD.detail, OLD.created_at) IS DISTINCT FROM (NEW.callback_id, NEW.reason, NEW.detail, NEW.created_at))
  EXECUTE FUNCTION report_facts_on_callback_row();
CREATE TRIGGER report_facts_escalations_del AFTER DELETE ON escalations FOR EACH ROW
  WHEN (OLD.reason IN ('dissatisfied', 'low_score', 'not_fixed', 'complaint'))
  EXECUTE FUNCTION report_facts_on_callback_row();

-- Only answers to a reason step (every other answer of a turn passes without a function call).
CREATE TRIGGER report_facts_answers_ins AFTER INSERT ON answers FOR EACH ROW
  WHEN (NEW.step_id ~* '(^|[_.-])(reason|why|dissatisfaction|不满意原因|原因)([_.-]|$)')
  EXECUTE FUNCTION report_facts_on_callback_row();
CREATE TRIGGER report_facts_answers_upd AFTER UPDATE OF callback_id, step_id, raw, created_at ON answers FOR EACH ROW
  WHEN ((OLD.step_id ~* '(^|[_.-])(reason|why|dissatisfaction|不满意原因|原因)([_.-]|$)'
      OR NEW.step_id ~* '(^|[_.-])(reason|why|dissatisfaction|不满意原因|原因)([_.-]|$)')
    AND (OLD.callback_id, OLD.step_id, OLD.raw, OLD.created_at) IS DISTINCT FROM (NEW.callback_id, NEW.step_id, NEW.raw, NEW.created_at))
  EXECUTE FUNCTION report_facts_on_callback_row();
CREATE TRIGGER report_facts_answers_del AFTER DELETE ON answers FOR EACH ROW
  WHEN (OLD.step_id ~* '(^|[_.-])(reason|why|dissatisfaction|不满意原因|原因)([_.-]|$)')
  EXECUTE FUNCTION report_facts_on_callback_row();

-- Only attempts that answer (reached), and changes of that.
CREATE TRIGGER report_facts_attempts_ins AFTER INSERT ON attempts FOR EACH ROW
  WHEN (NEW.answered_at IS NOT NULL OR NEW.outcome IN ('answered', 'hung_up'))
  EXECUTE FUNCTION report_facts_on_callback_row();
CREATE TRIGGER report_facts_attempts_upd AFTER UPDATE OF callback_id, answered_at, outcome ON attempts FOR EACH ROW
  WHEN ((OLD.answered_at IS NOT NULL OR COALESCE(OLD.outcome IN ('answered', 'hung_up'), false))
      IS DISTINCT FROM (NEW.answered_at IS NOT NULL OR COALESCE(NEW.outcome IN ('answered', 'hung_up'), false))
    OR (OLD.callback_id IS DISTINCT FROM NEW.callback_id
      AND (OLD.answered_at IS NOT NULL OR NEW.answered_at IS NOT NULL OR OLD.outcome IN ('answered', 'hung_up') OR NEW.outcome IN ('answered', 'hung_up'))))
  EXECUTE FUNCTION report_facts_on_callback_row();
CREATE TRIGGER report_facts_attempts_del AFTER DELETE ON attempts FOR EACH ROW
  WHEN (OLD.answered_at IS NOT NULL OR OLD.outcome IN ('answered', 'hung_up'))
  EXECUTE FUNCTION report_facts_on_callback_row();

-- work_orders: the facts of its callbacks (dimensions, kind, finish), then its own order fact.
-- Callbacks first: the order's advisory lock is not held while waiting for a callback row.
CREATE FUNCTION report_facts_on_work_order() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  cb text;
BEGIN
  IF TG_OP = 'UPDATE' THEN
    FOR cb IN SELECT c.id FROM callbacks c WHERE c.work_order_id IN (OLD.id, NEW.id) ORDER BY 1 LOOP
      PERFORM report_refresh_callback(cb);
    END LOOP;
  END IF;
  IF TG_OP <> 'INSERT' THEN
    PERFORM report_refresh_order(OLD.id);
  END IF;
  IF TG_OP = 'INSERT' OR (TG_OP = 'UPDATE' AND NEW.id <> OLD.id) THEN
    PERFORM report_refresh_order(NEW.id);
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER report_facts_work_orders_ins AFTER INSERT ON work_orders FOR EACH ROW
  WHEN (NEW.finished_at IS NOT NULL) EXECUTE FUNCTION report_facts_on_work_order();
-- A re-sent order with the same fields (intake's upsert) passes through.
CREATE TRIGGER report_facts_work_orders_upd AFTER UPDATE OF id, tenant_id, kind, finished_at, district, heat_station, team, engineer
  ON work_orders FOR EACH ROW
  WHEN ((OLD.id, OLD.tenant_id, OLD.kind, OLD.finished_at, OLD.district, OLD.heat_station, OLD.team, OLD.engineer)
    IS DISTINCT FROM (NEW.id, NEW.tenant_id, NEW.kind, NEW.finished_at, NEW.district, NEW.heat_station, NEW.team, NEW.engineer))
  EXECUTE FUNCTION report_facts_on_work_order();
CREATE TRIGGER report_facts_work_orders_del AFTER DELETE ON work_orders FOR EACH ROW
  WHEN (OLD.finished_at IS NOT NULL) EXECUTE FUNCTION report_facts_on_work_order();

-- callback_work_orders: the order facts of the orders linked or unlinked. The callback row is
-- locked first, so a callback finishing at the same time either sees the link or is seen by
-- this refresh. A link to a callback not finished changes nothing.
CREATE FUNCTION report_facts_on_link() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  done timestamptz;
BEGIN
  IF TG_OP <> 'INSERT' THEN
    SELECT completed_at INTO done FROM callbacks WHERE id = OLD.callback_id FOR NO KEY UPDATE;
    IF NOT FOUND OR done IS NOT NULL THEN
      PERFORM report_refresh_order(OLD.work_order_id);
    END IF;
  END IF;
  IF TG_OP <> 'DELETE' THEN
    SELECT completed_at INTO done FROM callbacks WHERE id = NEW.callback_id FOR NO KEY UPDATE;
    IF done IS NOT NULL THEN
      PERFORM report_refresh_order(NEW.work_order_id);
    END IF;
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER report_facts_links AFTER INSERT OR UPDATE OR DELETE ON callback_work_orders FOR EACH ROW
  EXECUTE FUNCTION report_facts_on_link();

-- Backfill: the facts of every row already there.
SELECT report_rebuild_facts();
