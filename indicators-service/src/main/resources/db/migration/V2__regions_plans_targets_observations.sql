-- Other wordings of an indicator; one wording names one indicator.
CREATE TABLE indicator_alias (
    indicator_id VARCHAR(63)  NOT NULL REFERENCES indicator (id) ON DELETE CASCADE,
    position     INTEGER      NOT NULL,
    alias        VARCHAR(200) NOT NULL UNIQUE,
    PRIMARY KEY (indicator_id, position)
);

CREATE TABLE region (
    code         CHAR(6)      PRIMARY KEY CHECK (code ~ '^[0-9]{6}$'),
    display_name VARCHAR(100) NOT NULL,
    level        VARCHAR(12)  NOT NULL CHECK (level IN ('PROVINCE', 'PREFECTURE', 'COUNTY')),
    parent_code  CHAR(6)      REFERENCES region (code)
);

-- The regions of the seed documents exist from the start.
INSERT INTO region (code, display_name, level, parent_code) VALUES
    ('410000', '河南省', 'PROVINCE', NULL),
    ('410100', '郑州市', 'PREFECTURE', '410000'),
    ('410105', '金水区', 'COUNTY', '410100'),
    ('410184', '新郑市', 'COUNTY', '410100');

CREATE TABLE plan (
    id            VARCHAR(63)  PRIMARY KEY,
    display_name  VARCHAR(300) NOT NULL,
    kind          VARCHAR(40)  NOT NULL,
    region_code   CHAR(6)      NOT NULL REFERENCES region (code),
    start_year    INTEGER      NOT NULL,
    end_year      INTEGER      NOT NULL,
    issuer        VARCHAR(200),
    issue_date    DATE,
    parent_id     VARCHAR(63)  REFERENCES plan (id),
    source_name   VARCHAR(300),
    source_sha256 CHAR(64),
    create_time   TIMESTAMPTZ  NOT NULL,
    version       BIGINT       NOT NULL,
    CHECK (start_year <= end_year)
);

-- A plan's target for an indicator in a region. Values are exact decimals; NULL target_value means "not set".
CREATE TABLE target (
    id                  VARCHAR(130) PRIMARY KEY,
    plan_id             VARCHAR(63)  NOT NULL REFERENCES plan (id) ON DELETE CASCADE,
    target_id           VARCHAR(63)  NOT NULL,
    indicator_id        VARCHAR(63)  NOT NULL REFERENCES indicator (id),
    region_code         CHAR(6)      NOT NULL REFERENCES region (code),
    baseline_year       INTEGER      NOT NULL,
    baseline_value      NUMERIC,
    target_year         INTEGER      NOT NULL,
    target_value        NUMERIC,
    upper_bound         NUMERIC,
    form                VARCHAR(30)  NOT NULL,
    comparator          VARCHAR(10)  NOT NULL,
    stretch             BOOLEAN      NOT NULL,
    attribute           VARCHAR(10)  NOT NULL,
    unit                VARCHAR(50)  NOT NULL,
    provenance_document VARCHAR(300),
    provenance_quote    TEXT,
    provenance_location VARCHAR(200),
    update_time         TIMESTAMPTZ  NOT NULL,
    version             BIGINT       NOT NULL,
    UNIQUE (plan_id, target_id),
    CHECK (target_year >= baseline_year)
);

-- Every value ever recorded; exactly one current vintage per (indicator, region, period).
CREATE TABLE observation (
    id              BIGSERIAL    PRIMARY KEY,
    indicator_id    VARCHAR(63)  NOT NULL REFERENCES indicator (id),
    region_code     CHAR(6)      NOT NULL REFERENCES region (code),
    period_kind     VARCHAR(10)  NOT NULL,
    period_key      VARCHAR(20)  NOT NULL,
    period_year     INTEGER      NOT NULL,
    period_quarter  INTEGER,
    period_month    INTEGER,
    period_end_year INTEGER,
    value           NUMERIC      NOT NULL,
    status          VARCHAR(12)  NOT NULL,
    source          VARCHAR(300) NOT NULL,
    quote           TEXT,
    latest          BOOLEAN      NOT NULL,
    create_time     TIMESTAMPTZ  NOT NULL
);
CREATE UNIQUE INDEX observation_one_latest ON observation (indicator_id, region_code, period_key) WHERE latest;
CREATE INDEX observation_by_indicator ON observation (indicator_id, region_code, period_key, id);
