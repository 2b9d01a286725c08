-- Where a value was published, whether it was computed from printed figures (and how), and whether its source is a
-- secondary compilation: a plan office must tell a printed official figure from a derived or second-hand one.
ALTER TABLE observation ADD COLUMN source_url TEXT;
ALTER TABLE observation ADD COLUMN derivation TEXT;
ALTER TABLE observation ADD COLUMN secondary BOOLEAN NOT NULL DEFAULT FALSE;
