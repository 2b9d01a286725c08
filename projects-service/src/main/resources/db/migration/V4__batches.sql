-- 三个一批: each quarter's batch of projects to sign, to start and to put into operation.
CREATE TABLE batch (
    id          VARCHAR(10)  PRIMARY KEY,
    year        INTEGER      NOT NULL CHECK (year BETWEEN 2000 AND 2100),
    quarter     INTEGER      NOT NULL CHECK (quarter BETWEEN 1 AND 4),
    title       VARCHAR(300),
    create_time TIMESTAMPTZ  NOT NULL,
    UNIQUE (year, quarter)
);

CREATE TABLE batch_member (
    batch_id   VARCHAR(10) NOT NULL REFERENCES batch (id) ON DELETE CASCADE,
    project_id VARCHAR(63) NOT NULL REFERENCES project (id) ON DELETE CASCADE,
    role       VARCHAR(10) NOT NULL CHECK (role IN ('SIGN', 'START', 'OPERATE')),
    PRIMARY KEY (batch_id, project_id, role)
);
