-- Trigram indexes for lead search (leads_search_idx, next migration). PGlite loads pg_trgm in
-- db/client.ts; PostgreSQL ships it in contrib.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
