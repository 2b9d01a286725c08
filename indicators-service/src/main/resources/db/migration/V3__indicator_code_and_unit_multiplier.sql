-- A short catalogue code, and the unit as a multiple of a base unit (亿元 = 100000000 元) so values can be compared.
ALTER TABLE indicator
    ADD COLUMN code            VARCHAR(40) UNIQUE,
    ADD COLUMN base_unit       VARCHAR(50),
    ADD COLUMN unit_multiplier NUMERIC CHECK (unit_multiplier > 0),
    ADD CHECK ((base_unit IS NULL) = (unit_multiplier IS NULL));
