-- 009_child_rows_unchecked: the per-document rows ingest writes by the dozen (facts, mentions, doc_regions,
-- doc_industries, cluster_docs, person_titles) no longer carry foreign keys to documents and entities.
-- A foreign key is checked row by row (one index probe of the parent per row, from a row trigger): ~25
-- checks per extracted document, ~0.3-0.4 ms of the ingest main thread's CPU in PGlite (bench/store-write.ts,
-- the constraints dropped: facts 0.9 -> 0.7, mentions 0.33 -> 0.17 ms/doc). Their only writer,
-- src/store/write.ts, inserts them in the transaction that inserted (or upserted and read back the ids of)
-- the documents and entities they point at, and nothing deletes or rewrites documents or entities, so
-- no row can point nowhere. The ledger (ingest_items) and documents keep theirs: one check per item.
ALTER TABLE facts DROP CONSTRAINT IF EXISTS facts_doc_id_fkey, DROP CONSTRAINT IF EXISTS facts_entity_id_fkey;
ALTER TABLE mentions DROP CONSTRAINT IF EXISTS mentions_doc_id_fkey, DROP CONSTRAINT IF EXISTS mentions_entity_id_fkey;
ALTER TABLE doc_regions DROP CONSTRAINT IF EXISTS doc_regions_doc_id_fkey;
ALTER TABLE doc_industries DROP CONSTRAINT IF EXISTS doc_industries_doc_id_fkey;
ALTER TABLE cluster_docs DROP CONSTRAINT IF EXISTS cluster_docs_doc_id_fkey;
ALTER TABLE person_titles DROP CONSTRAINT IF EXISTS person_titles_doc_id_fkey, DROP CONSTRAINT IF EXISTS person_titles_entity_id_fkey;
