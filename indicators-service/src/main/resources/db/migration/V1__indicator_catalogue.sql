-- The indicator catalogue: one row per indicator a plan measures.
CREATE TABLE indicator (
    id           VARCHAR(63)  PRIMARY KEY,
    display_name VARCHAR(200) NOT NULL,
    english_name VARCHAR(200),
    unit         VARCHAR(50)  NOT NULL,
    category     VARCHAR(100),
    direction    VARCHAR(20)  NOT NULL CHECK (direction IN ('HIGHER_IS_BETTER', 'LOWER_IS_BETTER')),
    create_time  TIMESTAMPTZ  NOT NULL,
    update_time  TIMESTAMPTZ  NOT NULL,
    version      BIGINT       NOT NULL
);
