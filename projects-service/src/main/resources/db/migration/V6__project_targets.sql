-- The plan targets (in indicators-service) a project carries, by resource name, in the order given.
CREATE TABLE project_target (
    project_id  VARCHAR(63)  NOT NULL REFERENCES project (id) ON DELETE CASCADE,
    position    INTEGER      NOT NULL,
    target_name VARCHAR(200) NOT NULL,
    PRIMARY KEY (project_id, position),
    UNIQUE (project_id, target_name)
);
