-- A target the document leaves unset (#, X, XX) has no number to qualify: its comparator may be absent.
ALTER TABLE target ALTER COLUMN comparator DROP NOT NULL;
ALTER TABLE target ADD CHECK (comparator IS NOT NULL OR target_value IS NULL);
