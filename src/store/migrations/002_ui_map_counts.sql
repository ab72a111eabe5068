-- 002_ui_map_counts (owned by the server/UI side; additive only): per-region counters for the map,
-- kept by statement-level triggers on the tables ingest writes, so /api/map reads a few thousand
-- rows instead of aggregating every document. industry_id '' holds the all-industries total.
-- Documents are counted per home region code (a document with two home codes in one province
-- counts twice at province level). Documents are never deleted, so counters only grow.

CREATE TABLE ui_map_counts (
  code         text NOT NULL,
  industry_id  text NOT NULL DEFAULT '',
  documents    integer NOT NULL DEFAULT 0,
  facts        integer NOT NULL DEFAULT 0,
  PRIMARY KEY (code, industry_id)
);
CREATE INDEX ui_map_counts_industry_idx ON ui_map_counts (industry_id, code);

-- Companies seen per region (and per region × industry of their document), for distinct counts.
CREATE TABLE ui_area_entities (
  code         text NOT NULL,
  industry_id  text NOT NULL DEFAULT '',
  entity_id    bigint NOT NULL,
  PRIMARY KEY (code, industry_id, entity_id)
);

CREATE FUNCTION ui_count_doc_regions() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO ui_map_counts (code, industry_id, documents)
  SELECT n.code, '', count(*) FROM ui_new_rows n WHERE n.home GROUP BY n.code
  ON CONFLICT (code, industry_id) DO UPDATE SET documents = ui_map_counts.documents + EXCLUDED.documents;
  RETURN NULL;
END $$;
CREATE TRIGGER ui_count_doc_regions AFTER INSERT ON doc_regions
  REFERENCING NEW TABLE AS ui_new_rows FOR EACH STATEMENT EXECUTE FUNCTION ui_count_doc_regions();

CREATE FUNCTION ui_count_doc_industries() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO ui_map_counts (code, industry_id, documents)
  SELECT r.code, n.industry_id, count(*) FROM ui_new_rows n JOIN doc_regions r ON r.doc_id = n.doc_id AND r.home
  GROUP BY r.code, n.industry_id
  ON CONFLICT (code, industry_id) DO UPDATE SET documents = ui_map_counts.documents + EXCLUDED.documents;
  RETURN NULL;
END $$;
CREATE TRIGGER ui_count_doc_industries AFTER INSERT ON doc_industries
  REFERENCING NEW TABLE AS ui_new_rows FOR EACH STATEMENT EXECUTE FUNCTION ui_count_doc_industries();

CREATE FUNCTION ui_count_facts() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO ui_map_counts (code, industry_id, facts)
  SELECT n.region_code, '', count(*) FROM ui_new_rows n WHERE n.region_code IS NOT NULL GROUP BY n.region_code
  ON CONFLICT (code, industry_id) DO UPDATE SET facts = ui_map_counts.facts + EXCLUDED.facts;
  INSERT INTO ui_map_counts (code, industry_id, facts)
  SELECT n.region_code, i.industry_id, count(*) FROM ui_new_rows n JOIN doc_industries i ON i.doc_id = n.doc_id
  WHERE n.region_code IS NOT NULL GROUP BY n.region_code, i.industry_id
  ON CONFLICT (code, industry_id) DO UPDATE SET facts = ui_map_counts.facts + EXCLUDED.facts;
  INSERT INTO ui_area_entities (code, industry_id, entity_id)
  SELECT DISTINCT n.region_code, '', n.entity_id FROM ui_new_rows n
  WHERE n.type = 'organization' AND n.entity_id IS NOT NULL AND n.region_code IS NOT NULL AND n.data->>'kind' = 'company'
  ON CONFLICT DO NOTHING;
  INSERT INTO ui_area_entities (code, industry_id, entity_id)
  SELECT DISTINCT n.region_code, i.industry_id, n.entity_id FROM ui_new_rows n JOIN doc_industries i ON i.doc_id = n.doc_id
  WHERE n.type = 'organization' AND n.entity_id IS NOT NULL AND n.region_code IS NOT NULL AND n.data->>'kind' = 'company'
  ON CONFLICT DO NOTHING;
  RETURN NULL;
END $$;
CREATE TRIGGER ui_count_facts AFTER INSERT ON facts
  REFERENCING NEW TABLE AS ui_new_rows FOR EACH STATEMENT EXECUTE FUNCTION ui_count_facts();

-- Backfill from what is already stored.
INSERT INTO ui_map_counts (code, industry_id, documents)
SELECT code, '', count(*) FROM doc_regions WHERE home GROUP BY code;
INSERT INTO ui_map_counts (code, industry_id, documents)
SELECT r.code, i.industry_id, count(*) FROM doc_industries i JOIN doc_regions r ON r.doc_id = i.doc_id AND r.home GROUP BY 1, 2;
INSERT INTO ui_map_counts (code, industry_id, facts)
SELECT region_code, '', count(*) FROM facts WHERE region_code IS NOT NULL GROUP BY 1
ON CONFLICT (code, industry_id) DO UPDATE SET facts = EXCLUDED.facts;
INSERT INTO ui_map_counts (code, industry_id, facts)
SELECT f.region_code, i.industry_id, count(*) FROM facts f JOIN doc_industries i ON i.doc_id = f.doc_id
WHERE f.region_code IS NOT NULL GROUP BY 1, 2
ON CONFLICT (code, industry_id) DO UPDATE SET facts = EXCLUDED.facts;
INSERT INTO ui_area_entities (code, industry_id, entity_id)
SELECT DISTINCT region_code, '', entity_id FROM facts
WHERE type = 'organization' AND entity_id IS NOT NULL AND region_code IS NOT NULL AND data->>'kind' = 'company';
INSERT INTO ui_area_entities (code, industry_id, entity_id)
SELECT DISTINCT f.region_code, i.industry_id, f.entity_id FROM facts f JOIN doc_industries i ON i.doc_id = f.doc_id
WHERE f.type = 'organization' AND f.entity_id IS NOT NULL AND f.region_code IS NOT NULL AND f.data->>'kind' = 'company';
