-- 005_cluster_docs (additive): the documents of each cluster (an industry × a home region), newest
-- first, read by the cluster page without joining doc_regions, doc_industries and documents for every
-- request (that join was ~70 ms of a 100,000-document store's cluster page). One narrow row per
-- (industry, home region, document); written with doc_regions/doc_industries (src/store/write.ts) and
-- filled here from what is already stored.
CREATE TABLE cluster_docs (
  industry_id  text NOT NULL,
  code         text NOT NULL,                         -- a home region of the document (doc_regions.home)
  doc_id       text NOT NULL REFERENCES documents (id),
  published    timestamptz,                           -- documents.published, for newest-first pages
  PRIMARY KEY (industry_id, code, doc_id)
);
INSERT INTO cluster_docs (industry_id, code, doc_id, published)
SELECT i.industry_id, r.code, r.doc_id, d.published
FROM doc_regions r JOIN doc_industries i ON i.doc_id = r.doc_id JOIN documents d ON d.id = r.doc_id
WHERE r.home
ON CONFLICT DO NOTHING;

-- Cluster pages read one type of fact of a list of documents at a time: (doc_id, type) serves that
-- and every lookup by doc_id alone.
CREATE INDEX facts_doc_type_idx ON facts (doc_id, type);
DROP INDEX facts_doc_idx;
