-- A target decomposed to the regions under it (分解落实): each share names the target it is part of. Deleting the
-- decomposed target leaves its shares as targets of their own.
ALTER TABLE target ADD COLUMN parent_target_id VARCHAR(130) REFERENCES target (id) ON DELETE SET NULL;
CREATE INDEX target_parent_target_idx ON target (parent_target_id) WHERE parent_target_id IS NOT NULL;
