-- 001_initial: the whole atlas schema, PostgreSQL dialect (runs on PGlite and on a real server).
-- Tables are stable from here on: later migrations add, never rename or drop.
-- Spans (start, "end") of mentions and facts index documents.clean (JavaScript UTF-16 offsets,
-- as in src/analysis/schema.ts); spans in documents.removals index documents.original.

-- One ingest invocation.
CREATE TABLE ingest_runs (
  id           bigserial PRIMARY KEY,
  started_at   timestamptz NOT NULL DEFAULT now(),
  finished_at  timestamptz,
  args         jsonb NOT NULL DEFAULT '{}'::jsonb,   -- {paths, workers, ...}
  counts       jsonb NOT NULL DEFAULT '{}'::jsonb,   -- {items, stored, duplicates, rejected, skipped, bytes}
  status       text NOT NULL DEFAULT 'running' CHECK (status IN ('running', 'finished', 'failed'))
);

-- GB/T 2260 administrative divisions (current codes; see data/regions).
CREATE TABLE regions (
  code    text PRIMARY KEY,                           -- six digits
  name    text NOT NULL,
  level   text NOT NULL CHECK (level IN ('province', 'city', 'county')),
  parent  text REFERENCES regions (code)
);
CREATE INDEX regions_parent_idx ON regions (parent);
CREATE INDEX regions_name_idx ON regions (name);

-- The industry taxonomy (see data/industries); gbt4754 holds the GB/T 4754-2017 codes it maps onto.
CREATE TABLE industries (
  id       text PRIMARY KEY,
  name     text NOT NULL,
  parent   text REFERENCES industries (id),
  gbt4754  jsonb NOT NULL DEFAULT '[]'::jsonb
);
CREATE INDEX industries_parent_idx ON industries (parent);

-- One stored document: its text, provenance and the whole Analysis (minus the texts) as JSON.
CREATE TABLE documents (
  id             text PRIMARY KEY,                    -- Analysis.id: sha256 hex of the original decoded text
  content_hash   text NOT NULL,                       -- sha256 hex of the raw bytes as read
  schema         text NOT NULL,                       -- Analysis.schema
  source_path    text NOT NULL,
  source_line    integer,
  source_offset  bigint,
  source_member  text,
  source_url     text,
  title          text,
  outlet         text,
  reporters      text[] NOT NULL DEFAULT '{}',
  published      timestamptz,                         -- Analysis.published when it parses
  dateline       text,                                -- YYYY-MM-DD or --MM-DD
  meta           jsonb NOT NULL DEFAULT '{}'::jsonb,  -- Analysis.meta (info-bar fields)
  encoding       jsonb NOT NULL,
  original       text NOT NULL,
  clean          text NOT NULL,
  removals       jsonb NOT NULL DEFAULT '[]'::jsonb,
  warnings       jsonb NOT NULL DEFAULT '[]'::jsonb,
  extraction     jsonb NOT NULL,                      -- Extraction: regions, people, ..., mentions
  home_region    text,                                -- the most specific home region, if any
  search         tsvector NOT NULL,                   -- jieba tokens of title + clean text, config simple
  ingest_run     bigint REFERENCES ingest_runs (id),
  ingested_at    timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX documents_search_idx ON documents USING gin (search);
CREATE INDEX documents_content_hash_idx ON documents (content_hash);
CREATE INDEX documents_published_idx ON documents (published);
CREATE INDEX documents_outlet_idx ON documents (outlet);
CREATE INDEX documents_home_region_idx ON documents (home_region);
CREATE INDEX documents_ingest_run_idx ON documents (ingest_run);

-- Every item an ingest met: what happened to it (also the resume ledger).
CREATE TABLE ingest_items (
  run_id         bigint NOT NULL REFERENCES ingest_runs (id),
  item_key       text NOT NULL,                       -- path, path:line, path@offset, path#member
  content_hash   text,                                -- sha256 hex of the raw bytes; null when unreadable
  status         text NOT NULL CHECK (status IN ('stored', 'duplicate', 'rejected')),
  doc_id         text REFERENCES documents (id),
  path           text NOT NULL,
  line           integer,
  "offset"       bigint,
  bytes          bigint NOT NULL DEFAULT 0,
  error_code     text,
  error_message  text,
  at             timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (run_id, item_key)
);
CREATE INDEX ingest_items_key_hash_idx ON ingest_items (item_key, content_hash);
CREATE INDEX ingest_items_doc_idx ON ingest_items (doc_id);
CREATE INDEX ingest_items_status_idx ON ingest_items (status);

-- Regions a document mentions, with counts; home marks the document's own region(s).
CREATE TABLE doc_regions (
  doc_id  text NOT NULL REFERENCES documents (id),
  code    text NOT NULL,                              -- not a FK: historical codes are kept
  count   integer NOT NULL,
  home    boolean NOT NULL DEFAULT false,
  PRIMARY KEY (doc_id, code)
);
CREATE INDEX doc_regions_code_idx ON doc_regions (code);

-- Industries a document is about, with counts.
CREATE TABLE doc_industries (
  doc_id       text NOT NULL REFERENCES documents (id),
  industry_id  text NOT NULL,
  count        integer NOT NULL,
  PRIMARY KEY (doc_id, industry_id)
);
CREATE INDEX doc_industries_industry_idx ON doc_industries (industry_id);

-- Cross-document entities (src/resolve): organizations by normalized name, people by name + region.
CREATE TABLE entities (
  id           bigserial PRIMARY KEY,
  type         text NOT NULL CHECK (type IN ('person', 'organization')),
  kind         text,                                  -- organization kind; person: latest role
  name         text NOT NULL,                         -- display name (canonical name for organizations)
  key          text NOT NULL,                         -- resolution key (see src/resolve)
  region_code  text,
  aliases      jsonb NOT NULL DEFAULT '[]'::jsonb,    -- other spellings seen (short names ...)
  doc_count    integer NOT NULL DEFAULT 0,
  UNIQUE (type, key)
);
CREATE INDEX entities_region_idx ON entities (region_code);
CREATE INDEX entities_name_idx ON entities (name);

-- Every recognised span of a document's clean text.
CREATE TABLE mentions (
  id         bigserial PRIMARY KEY,
  doc_id     text NOT NULL REFERENCES documents (id),
  entity_id  bigint REFERENCES entities (id),
  type       text NOT NULL,
  kind       text,
  key        text,
  text       text NOT NULL,
  start      integer NOT NULL,
  "end"      integer NOT NULL,
  rule       text NOT NULL
);
CREATE INDEX mentions_doc_idx ON mentions (doc_id);
CREATE INDEX mentions_entity_idx ON mentions (entity_id);
CREATE INDEX mentions_type_key_idx ON mentions (type, key);

-- Extracted facts, one row each; data is the fact object of the Analysis as is.
CREATE TABLE facts (
  id           bigserial PRIMARY KEY,
  doc_id       text NOT NULL REFERENCES documents (id),
  type         text NOT NULL CHECK (type IN ('quantity', 'event', 'directive', 'person', 'organization')),
  entity_id    bigint REFERENCES entities (id),       -- person and organization facts
  region_code  text,                                  -- the fact's own region, else the document's home region
  industry_id  text,
  data         jsonb NOT NULL,
  start        integer,
  "end"        integer,
  date         text                                   -- YYYY-MM-DD, --MM-DD or YYYY
);
CREATE INDEX facts_doc_idx ON facts (doc_id);
CREATE INDEX facts_entity_idx ON facts (entity_id);
CREATE INDEX facts_region_industry_idx ON facts (region_code, industry_id);
CREATE INDEX facts_industry_idx ON facts (industry_id);
CREATE INDEX facts_type_idx ON facts (type);

-- A person's titles as seen, dated by the document (dateline, else published date).
CREATE TABLE person_titles (
  entity_id  bigint NOT NULL REFERENCES entities (id),
  title      text NOT NULL,
  doc_id     text NOT NULL REFERENCES documents (id),
  date       text,
  PRIMARY KEY (entity_id, title, doc_id)
);
CREATE INDEX person_titles_doc_idx ON person_titles (doc_id);
