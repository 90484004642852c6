-- Reports (src/results/reports): each report reads one tenant's (or every tenant's) local days
-- as an instant range. These indexes let Postgres read just that range:
--   finished callbacks by completion time, per tenant;
--   work orders due (finished) in the range, per tenant;
--   escalations opened in the range.
-- The overall score, the escalation flags and the reason answer of each callback are read
-- through the existing per-callback indexes (scores_callback, escalations_callback, answers_callback).
CREATE INDEX IF NOT EXISTS callbacks_tenant_completed ON callbacks (tenant_id, completed_at) WHERE completed_at IS NOT NULL;
CREATE INDEX IF NOT EXISTS work_orders_tenant_finished ON work_orders (tenant_id, finished_at) WHERE finished_at IS NOT NULL;
CREATE INDEX IF NOT EXISTS escalations_created_at ON escalations (created_at);
