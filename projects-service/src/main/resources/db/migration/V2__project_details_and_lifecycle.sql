-- What the plan documents say about a key project beyond its name, and its lifecycle history.
ALTER TABLE project
    ADD COLUMN national_code                     VARCHAR(24) UNIQUE
        CHECK (national_code ~ '^[0-9]{4}-[0-9]{6}-[0-9]{2}-[0-9]{2}-[0-9]{6}$'),
    ADD COLUMN sector                            VARCHAR(100),
    ADD COLUMN owner_organization                VARCHAR(300),
    ADD COLUMN plan_section                      VARCHAR(300),
    ADD COLUMN revised_total_investment_amount   NUMERIC(22, 2) CHECK (revised_total_investment_amount >= 0),
    ADD COLUMN revised_total_investment_currency CHAR(3),
    ADD COLUMN planned_start_date                DATE,
    ADD COLUMN planned_completion_date           DATE,
    ADD COLUMN provenance_document               VARCHAR(300),
    ADD COLUMN provenance_quote                  TEXT,
    ADD COLUMN provenance_location               VARCHAR(200),
    -- The stage a suspended project resumes to.
    ADD COLUMN suspended_from                    VARCHAR(20),
    ADD CHECK ((revised_total_investment_amount IS NULL) = (revised_total_investment_currency IS NULL)),
    ADD CHECK (planned_completion_date IS NULL OR planned_start_date IS NULL
               OR planned_completion_date >= planned_start_date);

CREATE TABLE project_alias (
    project_id VARCHAR(63)  NOT NULL REFERENCES project (id) ON DELETE CASCADE,
    position   INTEGER      NOT NULL,
    alias      VARCHAR(300) NOT NULL,
    PRIMARY KEY (project_id, position),
    UNIQUE (project_id, alias)
);

CREATE TABLE project_event (
    id          BIGSERIAL    PRIMARY KEY,
    project_id  VARCHAR(63)  NOT NULL REFERENCES project (id) ON DELETE CASCADE,
    from_stage  VARCHAR(20)  NOT NULL,
    to_stage    VARCHAR(20)  NOT NULL,
    event_date  DATE         NOT NULL,
    reason      VARCHAR(500) NOT NULL,
    create_time TIMESTAMPTZ  NOT NULL
);
CREATE INDEX project_event_by_project ON project_event (project_id, id);
