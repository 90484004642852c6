-- Which telephony provider carried an attempt (twilio, aliyun; null: chat or before issue 18),
-- and why a call failed before anyone answered when the provider says so: an early-media result
-- of the carrier (Aliyun SmartCall: 空号 unassigned number, 关机 powered off, 停机 suspended).
-- The contact policy treats these unlike a no-answer (src/campaigns/policy.ts).
ALTER TABLE attempts ADD COLUMN provider text CHECK (provider IN ('twilio','aliyun'));
ALTER TABLE attempts ADD COLUMN failure_reason text CHECK (failure_reason IN ('unassigned','powered_off','suspended'));
-- The per-number cap (at most 3 calls to one number in 24 hours) counts calls by number.
CREATE INDEX attempts_phone_started ON attempts (phone_id, started_at) WHERE channel IN ('voice','simulator');
