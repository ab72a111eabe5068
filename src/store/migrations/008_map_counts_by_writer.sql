-- 008_map_counts_by_writer: the map's counters (ui_map_counts, ui_area_entities of 002) are added by the
-- writer, once per batch, from the rows it inserts (src/store/map-counts.ts), no longer by statement triggers
-- on doc_regions, doc_industries and facts. The triggers re-read each statement's new rows and joined
-- doc_industries for every fact: ~0.3 ms of the ingest main thread's CPU per extracted document in PGlite
-- (bench/store-write.ts), for counts the writer already knows. Counters stored so far stay as they are.
DROP TRIGGER ui_count_doc_regions ON doc_regions;
DROP TRIGGER ui_count_doc_industries ON doc_industries;
DROP TRIGGER ui_count_facts ON facts;
DROP FUNCTION ui_count_doc_regions();
DROP FUNCTION ui_count_doc_industries();
DROP FUNCTION ui_count_facts();

-- The counters recounted from the tables (002's backfill): for rows written other than by the writer
-- (bench/api-latency.ts generates its store in SQL) and to check the writer's counts (src/store tests).
CREATE FUNCTION ui_map_recount() RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM ui_map_counts;
  DELETE FROM ui_area_entities;
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
END $$;
