-- Searching support requests by their words (PostgreSQL only; the embedded H2 database matches the
-- words with LIKE instead). The 'simple' configuration lowercases and splits words without
-- stemming, so English and Turkish text are searched alike. A request's title and description are
-- kept as a document beside the row, its notes are indexed by expression; both by GIN indexes.
-- Versioned between the common V40 and V41: a later common migration takes V41 and runs on both.
ALTER TABLE support_request ADD COLUMN search_document tsvector
    GENERATED ALWAYS AS (to_tsvector('simple', coalesce(title, '') || ' ' || coalesce(description, ''))) STORED;
CREATE INDEX support_request_search_idx ON support_request USING gin (search_document);
CREATE INDEX support_request_note_search_idx ON support_request_note USING gin (to_tsvector('simple', body));
