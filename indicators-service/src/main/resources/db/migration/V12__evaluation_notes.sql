-- Staff's 原因分析 and 下一步措施 in a plan's evaluation, on one target or the whole plan ('overall'). Every write is a
-- new row: the versions are the history, the highest is the note.
CREATE TABLE evaluation_note (
    id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    plan_id     VARCHAR(63)  NOT NULL REFERENCES plan (id) ON DELETE CASCADE,
    evaluation  VARCHAR(10)  NOT NULL CHECK (evaluation IN ('mid-term', 'final')),
    subject     VARCHAR(63)  NOT NULL,
    version     INTEGER      NOT NULL CHECK (version >= 1),
    reasons     TEXT,
    measures    TEXT,
    author      VARCHAR(200) NOT NULL,
    write_time  TIMESTAMPTZ  NOT NULL,
    UNIQUE (plan_id, evaluation, subject, version)
);
