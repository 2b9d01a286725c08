-- ListObservations walks an indicator's values in id order (keyset pages), with or without a region. Without an
-- index in that order PostgreSQL may walk the whole table by id to fill a page, which at a million rows takes a
-- fifth of a second (scripts/bench/growth.sh found it); these keep a page a few index steps away at any size.
CREATE INDEX observation_page_by_region ON observation (indicator_id, region_code, id);
CREATE INDEX observation_page ON observation (indicator_id, id);
