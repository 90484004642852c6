-- "On time" is the window the contact policy planned (src/domain/deadlines.ts).
--
-- 060 counted a callback on time within 48 hours of a heating work order's finish and 72 hours
-- of any other; the policy plans heating repairs 48 to 72 hours after the repair (003 四.4(7)),
-- so every heating repair called as planned was reported late. A callback now carries its own
-- deadline, `callbacks.due_by` (the end of the window the policy planned for it, the earliest of
-- the orders it covers), and the facts count it on time when it was finished by then:
--   report_callback_facts.due_by: the callback's deadline (the report query compares completed_at);
--   report_order_facts.in_time: a finished order-triggered callback covering the order reached
--     the customer by its deadline.
-- A callback without a planned window (made outside the planner) has no deadline to be on time for.

ALTER TABLE report_callback_facts ADD COLUMN due_by timestamptz;

DROP INDEX report_callback_facts_range;
CREATE INDEX report_callback_facts_range ON report_callback_facts (tenant_id, completed_at)
  INCLUDE (campaign, status, attempted, reached, level, scale, raw, dissatisfied, complaint,
           kind, finished_at, district, heat_station, team, engineer, due_by);

-- The same view as 060, with the callback's deadline as its last column.
CREATE OR REPLACE VIEW report_callback_facts_source AS
SELECT c.id AS callback_id, c.tenant_id, c.completed_at, c.campaign, c.status,
  (c.attempts > 0 OR x.reached) AS attempted, x.reached,
  s.level, s.scale, s.raw,
  d.dissatisfied,
  COALESCE(e.complaint, false) AS complaint,
  w.kind, w.finished_at, w.district, w.heat_station, w.team, w.engineer,
  ra.raw AS reason_answer, ed.detail AS reason_detail,
  c.due_by
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

-- As 060, with in time = reached by the covering callback's own deadline.
CREATE OR REPLACE VIEW report_order_facts_source AS
SELECT w.id AS work_order_id, w.tenant_id, w.finished_at, w.kind, w.district, w.heat_station, w.team, w.engineer,
  COALESCE(x.called, false) AS called, COALESCE(x.in_time, false) AS in_time
FROM work_orders w
LEFT JOIN LATERAL (
  SELECT true AS called,
    COALESCE(bool_or(c.status IN ('completed', 'escalated', 'opted_out') AND c.completed_at <= c.due_by), false) AS in_time
  FROM callback_work_orders cw JOIN callbacks c ON c.id = cw.callback_id
  WHERE cw.work_order_id = w.id AND c.completed_at IS NOT NULL
    AND c.campaign NOT LIKE 'sampling%' AND c.campaign NOT LIKE 're-survey%'
  HAVING count(*) > 0) x ON true
WHERE w.finished_at IS NOT NULL AND w.kind NOT LIKE 'sampling%' AND w.kind NOT LIKE 'survey%';

CREATE OR REPLACE FUNCTION report_refresh_callback(p_id text) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  done timestamptz;
BEGIN
  IF p_id IS NULL THEN RETURN; END IF;
  SELECT completed_at INTO done FROM callbacks WHERE id = p_id FOR NO KEY UPDATE;
  IF done IS NULL THEN
    DELETE FROM report_callback_facts WHERE callback_id = p_id;
    RETURN;
  END IF;
  INSERT INTO report_callback_facts AS f (callback_id, tenant_id, completed_at, campaign, status, attempted, reached,
    level, scale, raw, dissatisfied, complaint, kind, finished_at, district, heat_station, team, engineer,
    reason_answer, reason_detail, due_by)
  SELECT callback_id, tenant_id, completed_at, campaign, status, attempted, reached,
    level, scale, raw, dissatisfied, complaint, kind, finished_at, district, heat_station, team, engineer,
    reason_answer, reason_detail, due_by
  FROM report_callback_facts_source WHERE callback_id = p_id
  ON CONFLICT (callback_id) DO UPDATE SET tenant_id = EXCLUDED.tenant_id, completed_at = EXCLUDED.completed_at,
    campaign = EXCLUDED.campaign, status = EXCLUDED.status, attempted = EXCLUDED.attempted, reached = EXCLUDED.reached,
    level = EXCLUDED.level, scale = EXCLUDED.scale, raw = EXCLUDED.raw, dissatisfied = EXCLUDED.dissatisfied,
    complaint = EXCLUDED.complaint, kind = EXCLUDED.kind, finished_at = EXCLUDED.finished_at, district = EXCLUDED.district,
    heat_station = EXCLUDED.heat_station, team = EXCLUDED.team, engineer = EXCLUDED.engineer,
    reason_answer = EXCLUDED.reason_answer, reason_detail = EXCLUDED.reason_detail, due_by = EXCLUDED.due_by
  WHERE ROW(f.*) IS DISTINCT FROM ROW(EXCLUDED.*);
END $$;

CREATE OR REPLACE FUNCTION report_rebuild_facts() RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  TRUNCATE report_callback_facts, report_order_facts;
  INSERT INTO report_callback_facts (callback_id, tenant_id, completed_at, campaign, status, attempted, reached,
    level, scale, raw, dissatisfied, complaint, kind, finished_at, district, heat_station, team, engineer,
    reason_answer, reason_detail, due_by)
  SELECT callback_id, tenant_id, completed_at, campaign, status, attempted, reached,
    level, scale, raw, dissatisfied, complaint, kind, finished_at, district, heat_station, team, engineer,
    reason_answer, reason_detail, due_by
  FROM report_callback_facts_source;
  INSERT INTO report_order_facts (work_order_id, tenant_id, finished_at, kind, district, heat_station, team, engineer,
    called, in_time)
  SELECT work_order_id, tenant_id, finished_at, kind, district, heat_station, team, engineer, called, in_time
  FROM report_order_facts_source;
END $$;

-- A changed deadline changes the callback's facts and its orders' "in time".
DROP TRIGGER report_facts_callbacks_upd ON callbacks;
CREATE TRIGGER report_facts_callbacks_upd AFTER UPDATE OF id, tenant_id, work_order_id, campaign, status, attempts, completed_at, due_by
  ON callbacks FOR EACH ROW
  WHEN ((OLD.completed_at IS NOT NULL OR NEW.completed_at IS NOT NULL)
    AND (OLD.id, OLD.tenant_id, OLD.work_order_id, OLD.campaign, OLD.status, OLD.attempts, OLD.completed_at, OLD.due_by)
      IS DISTINCT FROM (NEW.id, NEW.tenant_id, NEW.work_order_id, NEW.campaign, NEW.status, NEW.attempts, NEW.completed_at, NEW.due_by))
  EXECUTE FUNCTION report_facts_on_callback();

CREATE OR REPLACE FUNCTION report_facts_on_callback() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  wo text;
BEGIN
  IF TG_OP <> 'INSERT' THEN
    PERFORM report_refresh_callback(OLD.id);
  END IF;
  IF TG_OP = 'INSERT' OR (TG_OP = 'UPDATE' AND NEW.id <> OLD.id) THEN
    PERFORM report_refresh_callback(NEW.id);
  END IF;
  IF TG_OP <> 'UPDATE' OR (OLD.id, OLD.status, OLD.completed_at, OLD.campaign, OLD.due_by) IS DISTINCT FROM (NEW.id, NEW.status, NEW.completed_at, NEW.campaign, NEW.due_by) THEN
    FOR wo IN SELECT cw.work_order_id FROM callback_work_orders cw
              WHERE cw.callback_id = CASE WHEN TG_OP = 'DELETE' THEN OLD.id ELSE NEW.id END ORDER BY 1 LOOP
      PERFORM report_refresh_order(wo);
    END LOOP;
  END IF;
  RETURN NULL;
END $$;

SELECT report_rebuild_facts();
