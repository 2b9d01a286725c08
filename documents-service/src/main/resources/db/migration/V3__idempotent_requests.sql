-- Creates made with an idempotency key: one row per caller, method and key, holding the answer once there is one.
CREATE TABLE idempotent_request (
    id              BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    caller          TEXT NOT NULL,
    method          TEXT NOT NULL,
    idempotency_key TEXT NOT NULL,
    request_sha256  TEXT NOT NULL,
    response        BYTEA,
    created_at      TIMESTAMPTZ NOT NULL,
    CONSTRAINT idempotent_request_once UNIQUE (caller, method, idempotency_key)
);
