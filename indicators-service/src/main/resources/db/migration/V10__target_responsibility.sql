-- Who answers for a target (牵头单位 / 责任单位) and how often its value is due.
ALTER TABLE target ADD COLUMN responsible_unit VARCHAR(100);
ALTER TABLE target ADD COLUMN reporting_frequency VARCHAR(20);
