-- The key-project registry.
CREATE TABLE project (
    id                        VARCHAR(63)    PRIMARY KEY,
    display_name              VARCHAR(300)   NOT NULL,
    region_code               CHAR(6)        NOT NULL CHECK (region_code ~ '^[0-9]{6}$'),
    level                     VARCHAR(20)    CHECK (level IN ('NATIONAL', 'PROVINCIAL', 'MUNICIPAL', 'DISTRICT')),
    stage                     VARCHAR(20)    NOT NULL CHECK (stage IN ('PLANNED', 'PREPARING', 'SIGNED', 'STARTED',
                                   'CONTINUING', 'COMPLETED', 'IN_OPERATION', 'SUSPENDED', 'CANCELLED')),
    -- Money in the currency's main unit (yuan), to the fen.
    total_investment_amount   NUMERIC(22, 2) CHECK (total_investment_amount >= 0),
    total_investment_currency CHAR(3),
    create_time               TIMESTAMPTZ    NOT NULL,
    update_time               TIMESTAMPTZ    NOT NULL,
    version                   BIGINT         NOT NULL,
    CHECK ((total_investment_amount IS NULL) = (total_investment_currency IS NULL))
);

-- The indicators a project contributes to, by their indicators-service resource names, in the order given.
CREATE TABLE project_indicator (
    project_id     VARCHAR(63)  NOT NULL REFERENCES project (id) ON DELETE CASCADE,
    position       INTEGER      NOT NULL,
    indicator_name VARCHAR(100) NOT NULL,
    PRIMARY KEY (project_id, position),
    UNIQUE (project_id, indicator_name)
);
