-- Where a document was published, and whether it is a secondary compilation: observations accepted from it carry
-- both, so a figure can be traced to its address and an aggregator's figure never passes for the authority's.
ALTER TABLE document ADD COLUMN source_url TEXT;
ALTER TABLE document ADD COLUMN secondary BOOLEAN NOT NULL DEFAULT FALSE;
