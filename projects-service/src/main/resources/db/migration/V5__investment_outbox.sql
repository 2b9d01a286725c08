-- Regional totals of key-project completed investment waiting to be published to indicators-service as observations.
-- Written in the same transaction as the report they follow from; a relay delivers them and marks them delivered.
CREATE TABLE investment_outbox (
    id             BIGSERIAL      PRIMARY KEY,
    region_code    CHAR(6)        NOT NULL,
    year           INTEGER        NOT NULL,
    month          INTEGER        NOT NULL,
    amount         NUMERIC(22, 2) NOT NULL,
    create_time    TIMESTAMPTZ    NOT NULL,
    delivered_time TIMESTAMPTZ,
    attempts       INTEGER        NOT NULL DEFAULT 0,
    last_error     VARCHAR(500)
);
CREATE INDEX investment_outbox_pending ON investment_outbox (id) WHERE delivered_time IS NULL;
