-- 004_packed_removals (additive): a document's removals are stored gzip-compressed in removals_gz
-- (the Analysis `removals` JSON, lone surrogates written as U+FFFD) and documents.removals is NULL
-- for such rows. Removals are most of a noisy page's JSON (~14 KB of ~16 KB) and parsing them into
-- jsonb and compressing them again for TOAST was most of the cost of inserting a document. They are
-- only ever read whole, one document at a time (src/store/removals.ts `unpackRemovals`). Rows stored
-- before keep their jsonb removals; the NOT NULL of 001 is dropped (no value is changed).
ALTER TABLE documents ALTER COLUMN removals DROP NOT NULL;
ALTER TABLE documents ADD COLUMN removals_gz bytea;
-- Already compressed: keep TOAST from trying again.
ALTER TABLE documents ALTER COLUMN removals_gz SET STORAGE EXTERNAL;
