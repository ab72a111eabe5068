-- 010_quantity_change: quantity facts written before Analysis @2 get the @2 contract in place — a `change`
-- (增长, 同比增长, 下降, 提高, 增加, 减少 …; null for a level) and a `metric` naming what the figure is about
-- (src/extract/quantities/change.ts). The cluster page and the API read quantities from these rows. A document's
-- own packed extraction (documents.extraction_gz) keeps what its analysis wrote, under its `schema` (@1).
-- Spans are UTF-16 offsets and substring() counts code points: text is read at a span only where the span
-- still holds the fact's own text (no astral character before it).

-- 1. @1 named a year-on-year or bare growth rate by its growth word (同比增长12.5%, ，增长8.7%, 年增7.2%): the word
--    is the change; the metric is the level's right before it when only a comma and the word stand between
--    (产值1680亿元，增长8.7% -> 产值), else null.
UPDATE facts f
SET data = f.data || jsonb_build_object(
  'change', CASE f.data->>'metric' WHEN '增速' THEN '增长' WHEN '年增' THEN '增长' ELSE f.data->>'metric' END,
  'metric', (
    SELECT p.data->'metric'
    FROM facts p, documents d
    WHERE p.doc_id = f.doc_id AND p.type = 'quantity' AND p."end" <= f.start AND d.id = f.doc_id
      AND p.data->>'metric' NOT IN ('增长', '同比增长', '下降', '同比下降', '增速', '年增')
      AND substring(d.clean FROM f.start + 1 FOR f."end" - f.start) = f.data->>'text'
      AND substring(d.clean FROM p."end" + 1 FOR f.start - p."end") ~ '^[，,](同比|年)?(增长|下降|增速|增)(达到|达|为)?$'
    ORDER BY p."end" DESC
    LIMIT 1
  )
)
WHERE f.type = 'quantity' AND NOT f.data ? 'change'
  AND f.data->>'metric' IN ('增长', '同比增长', '下降', '同比下降', '增速', '年增');

-- 2. @1 named other changes by what changed and dropped the change words before the figure (产值增长19.3%,
--    数量比上年增加17家): read them back from the clean text, normalized as change.ts does.
WITH w AS (
  SELECT f.id, regexp_match(
    substring(d.clean FROM greatest(f.start - 16, 0) + 1 FOR f.start - greatest(f.start - 16, 0)),
    '(同比|环比|年均|比上年同期|较上年同期|比去年同期|较去年同期|比上年|较上年|比去年|较去年|比上月|较上月|比上季度|较上季度)?(?:分别)?'
    || '(增长|增速|增幅|上涨|下降|下滑|回落|降幅|提高|提升|上升|降低|增加|减少)了?(?:达到|达|为|超过|超|逾|近|约)?$') AS m
  FROM facts f JOIN documents d ON d.id = f.doc_id
  WHERE f.type = 'quantity' AND NOT f.data ? 'change'
    AND substring(d.clean FROM f.start + 1 FOR f."end" - f.start) = f.data->>'text'
)
UPDATE facts f
SET data = f.data || jsonb_build_object('change',
  CASE
    WHEN w.m[1] IN ('环比', '比上月', '较上月', '比上季度', '较上季度') THEN '环比'
    WHEN w.m[1] = '年均' THEN '年均'
    WHEN w.m[1] IS NOT NULL THEN '同比'
    ELSE ''
  END ||
  CASE
    WHEN w.m[2] IN ('增长', '增速', '增幅', '上涨') THEN '增长'
    WHEN w.m[2] IN ('下降', '下滑', '回落', '降幅') THEN '下降'
    WHEN w.m[2] IN ('提高', '提升', '上升') THEN '提高'
    ELSE w.m[2]
  END)
FROM w
WHERE f.id = w.id AND w.m IS NOT NULL;

-- 3. A change verb opening @1's metric, before what it changes (减少二氧化碳排放约300万吨): not 增加值, not 提高到.
UPDATE facts
SET data = data || jsonb_build_object(
  'change', CASE left(data->>'metric', 2) WHEN '提升' THEN '提高' ELSE left(data->>'metric', 2) END,
  'metric', substring(data->>'metric' FROM 3))
WHERE type = 'quantity' AND NOT data ? 'change'
  AND data->>'metric' ~ '^(增加|减少|提高|提升|降低)[^值到至]' AND char_length(data->>'metric') >= 4;

-- 4. Every other quantity is a level.
UPDATE facts SET data = data || '{"change": null}'::jsonb WHERE type = 'quantity' AND NOT data ? 'change';
