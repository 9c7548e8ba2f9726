-- A service's sector, the text its types were read from, how each type was found and what made it
-- confidential (the project's schema v10): shared like the service's other fields.
ALTER TABLE servicemap.services
    ADD COLUMN IF NOT EXISTS sector text NOT NULL DEFAULT '',
    ADD COLUMN IF NOT EXISTS type_words text NOT NULL DEFAULT '{}',
    ADD COLUMN IF NOT EXISTS type_sources text NOT NULL DEFAULT '{}',
    ADD COLUMN IF NOT EXISTS confidential_by text NOT NULL DEFAULT '';
