-- The confidentiality policy's rule for a copy without the grant (directory/confidentiality.py,
-- SYNC): a safe house is placed no lower than its district, so its sub-district (adm3) is
-- withheld too, as its point, address, place as typed, name and lowest area already were.
CREATE OR REPLACE VIEW servicemap.sites_shared AS
SELECT uid, id, version, seq, deleted, agency, changed_by, changed_at,
       CASE WHEN w THEN NULL ELSE name END AS name,
       CASE WHEN w THEN NULL ELSE address END AS address,
       CASE WHEN w THEN NULL ELSE location_text END AS location_text,
       CASE WHEN w THEN NULL ELSE latitude END AS latitude,
       CASE WHEN w THEN NULL ELSE longitude END AS longitude,
       adm1_pcode, adm2_pcode,
       CASE WHEN w THEN NULL ELSE adm3_pcode END AS adm3_pcode,
       CASE WHEN w THEN NULL ELSE adm4_pcode END AS adm4_pcode,
       location_source, location_level, location_confidence, provenance, deleted_at, w AS withheld
  FROM (SELECT s.*, (servicemap.site_is_confidential(s.id) AND NOT servicemap.sees_confidential()) AS w
          FROM servicemap.sites s) t;
REVOKE SELECT (adm3_pcode) ON servicemap.sites FROM servicemap_viewer;
