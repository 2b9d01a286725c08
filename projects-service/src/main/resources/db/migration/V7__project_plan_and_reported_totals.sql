-- The plan document that lists a project ("plans/{plan}" in indicators-service), and the filters on it.
ALTER TABLE project ADD COLUMN plan_name VARCHAR(80);
CREATE INDEX project_by_plan ON project (plan_name, id);
CREATE INDEX project_by_region ON project (region_code, id);

-- Totals a document reports for a programme of projects (三个一批, 省市重点项目), not for one project.
CREATE TABLE reported_total (
    id                              VARCHAR(63)  PRIMARY KEY,
    programme                       VARCHAR(100) NOT NULL,
    region_code                     CHAR(6)      NOT NULL CHECK (region_code ~ '^[0-9]{6}$'),
    year                            INTEGER      NOT NULL,
    batch_count                     INTEGER      CHECK (batch_count > 0),
    project_count                   INTEGER      CHECK (project_count >= 0),
    total_investment_amount         NUMERIC      CHECK (total_investment_amount >= 0),
    total_investment_currency       CHAR(3),
    completed_investment_amount     NUMERIC      CHECK (completed_investment_amount >= 0),
    completed_investment_currency   CHAR(3),
    provenance_document             VARCHAR(300) NOT NULL,
    provenance_quote                TEXT         NOT NULL,
    provenance_location             VARCHAR(200),
    create_time                     TIMESTAMPTZ  NOT NULL
);
CREATE INDEX reported_total_by_region_year ON reported_total (region_code, year, id);
