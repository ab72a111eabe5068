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

-- Facts and mentions indexes that each insert paid for, matched to the queries that read them (EXPLAIN on
-- the API latency bench store): mentions by (type, key) and facts by industry alone are read by no query;
-- facts by type alone and by (region_code, industry_id) only served the region page, which always asks for
-- one type in a region range, and (type, region_code) serves it with one index range (events of a province
-- in 100,000 documents: a bitmap over all its facts, 170 ms, → 66-100 ms). Left: facts (doc_id, type) for
-- the cluster and document pages, facts (entity_id), mentions (doc_id) and (entity_id).
DROP INDEX mentions_type_key_idx;
DROP INDEX facts_type_idx;
DROP INDEX facts_industry_idx;
DROP INDEX facts_region_industry_idx;
CREATE INDEX facts_type_region_idx ON facts (type, region_code);
