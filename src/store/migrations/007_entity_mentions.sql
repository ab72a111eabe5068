-- 007_entity_mentions (moves rows): only mentions of cross-document entities (people, organizations)
-- keep a `mentions` row. Every mention of a document is also in its extraction (packed in extraction_gz
-- since 006, jsonb extraction before), and only the entity mentions are read across documents (the entity
-- page, the entity-kind filter and search facet); `show` and the document page read a document's mentions
-- from its extraction with the entity ids of its rows (src/store/mentions.ts). Rows per extracted document
-- fall from ~44 to ~12, the largest share of ingest's insert time (src/store/write.ts).
-- documents.mention_count keeps the number of all of a document's mentions, which `stats` sums.
ALTER TABLE documents ADD COLUMN mention_count integer NOT NULL DEFAULT 0;
UPDATE documents d SET mention_count = m.n
FROM (SELECT doc_id, count(*) AS n FROM mentions GROUP BY doc_id) m WHERE m.doc_id = d.id;
DELETE FROM mentions WHERE type NOT IN ('person', 'organization');

-- Indexes no query reads (each insert paid for them): mentions by (type, key), facts by type alone (every
-- facts query also names documents, an entity or a region range) and by industry alone (the cluster
-- page filters its documents' facts by industry after the (doc_id, type) index).
DROP INDEX mentions_type_key_idx;
DROP INDEX facts_type_idx;
DROP INDEX facts_industry_idx;
