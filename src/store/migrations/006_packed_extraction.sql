-- 006_packed_extraction (additive): a document's extraction (the Analysis facts and mentions, the same
-- data as its mentions and facts rows) is stored gzip-compressed in extraction_gz, and extraction is
-- NULL for such rows. Parsing it into jsonb and compressing it again for TOAST ran on the ingest's
-- main thread inside PGlite (measured ~0.5-1.5 ms of ~7 ms per extracted document); the worker packs it
-- instead (src/store/packed.ts), as it does the removals (004). It is only ever read whole, one document
-- at a time (`show`). Rows stored before keep their jsonb extraction; no value is changed.
ALTER TABLE documents ALTER COLUMN extraction DROP NOT NULL;
ALTER TABLE documents ADD COLUMN extraction_gz bytea;
-- Already compressed: keep TOAST from trying again.
ALTER TABLE documents ALTER COLUMN extraction_gz SET STORAGE EXTERNAL;
