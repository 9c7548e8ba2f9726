-- Each admin area's names by language (the project's schema 8), shared with the boundaries.
ALTER TABLE servicemap.admin_areas ADD COLUMN names text NOT NULL DEFAULT '{}';
