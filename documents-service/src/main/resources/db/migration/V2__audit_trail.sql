-- Every write, recorded in the transaction that makes it: who (from the verified token), when, which gRPC method,
-- which resource, and the resource's public JSON form before and after.
CREATE TABLE audit_event (
    id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    occurred_at TIMESTAMPTZ NOT NULL,
    actor       TEXT NOT NULL,
    actor_roles TEXT NOT NULL,
    method      TEXT NOT NULL,
    resource    TEXT NOT NULL,
    before_json TEXT,
    after_json  TEXT
);
CREATE INDEX audit_event_resource ON audit_event (resource, id);
CREATE INDEX audit_event_actor ON audit_event (actor, id);
