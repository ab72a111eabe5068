-- 003_interrupted_runs (additive): a run still `running` when the next ingest starts was killed
-- (SIGKILL, power loss) before it could close itself; ingest marks it `interrupted`. The status
-- CHECK of 001 is widened to allow that value (the constraint is replaced, no value is removed).
ALTER TABLE ingest_runs DROP CONSTRAINT IF EXISTS ingest_runs_status_check;
ALTER TABLE ingest_runs ADD CONSTRAINT ingest_runs_status_check
  CHECK (status IN ('running', 'finished', 'failed', 'interrupted'));
