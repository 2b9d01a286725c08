-- Who answers for a project's progress reports (责任单位 / 牵头单位) and how often its investment is reported.
ALTER TABLE project ADD COLUMN responsible_unit VARCHAR(100);
ALTER TABLE project ADD COLUMN investment_reporting VARCHAR(20);
