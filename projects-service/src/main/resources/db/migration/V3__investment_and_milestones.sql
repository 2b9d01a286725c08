-- The investment a project plans to complete each year.
CREATE TABLE investment_plan (
    id         BIGSERIAL      PRIMARY KEY,
    project_id VARCHAR(63)    NOT NULL REFERENCES project (id) ON DELETE CASCADE,
    year       INTEGER        NOT NULL CHECK (year BETWEEN 2000 AND 2100),
    amount     NUMERIC(22, 2) NOT NULL CHECK (amount >= 0),
    currency   CHAR(3)        NOT NULL,
    UNIQUE (project_id, year)
);

-- Investment completed in a year up to the end of a month (year-to-date), one row per month reported.
CREATE TABLE investment_report (
    id                BIGSERIAL      PRIMARY KEY,
    project_id        VARCHAR(63)    NOT NULL REFERENCES project (id) ON DELETE CASCADE,
    year              INTEGER        NOT NULL CHECK (year BETWEEN 2000 AND 2100),
    month             INTEGER        NOT NULL CHECK (month BETWEEN 1 AND 12),
    amount            NUMERIC(22, 2) NOT NULL CHECK (amount >= 0),
    currency          CHAR(3)        NOT NULL,
    correction_reason VARCHAR(500),
    update_time       TIMESTAMPTZ    NOT NULL,
    UNIQUE (project_id, year, month)
);

CREATE TABLE milestone (
    id          BIGSERIAL    PRIMARY KEY,
    project_id  VARCHAR(63)  NOT NULL REFERENCES project (id) ON DELETE CASCADE,
    kind        VARCHAR(30)  NOT NULL,
    title       VARCHAR(200),
    due_date    DATE         NOT NULL,
    actual_date DATE
);
CREATE INDEX milestone_overdue ON milestone (due_date) WHERE actual_date IS NULL;
