-- Claims with a lease (issue 15 item 7, issue 16 item 6).
--
-- A callback moved to in_progress records when and by whom (`claimed_at`, `claimed_by`: the
-- worker's id, or null when a channel started the attempt itself). A worker killed between
-- its claim and writing the attempt leaves the callback in progress with no attempt open:
-- once the claim is older than the lease, `reconcile` releases it (src/campaigns/scheduler.ts)
-- instead of leaving it in progress for ever.
ALTER TABLE callbacks ADD COLUMN claimed_at timestamptz;
ALTER TABLE callbacks ADD COLUMN claimed_by text;
UPDATE callbacks SET claimed_at = updated_at WHERE status = 'in_progress';
CREATE INDEX callbacks_claimed ON callbacks (claimed_at) WHERE status = 'in_progress';
