-- A refusal (a conflict whose field is '(refused)': the server refused a copy's change) belongs
-- to the copy whose change it was: that copy lists it and its person answers it; no other copy
-- receives it as a conflict of its own (tryout 3: a coordinator who may see the safe houses was
-- shown another coordinator's refused changes as "Mine", kept them, and moved the safe houses).
-- The copy is named by the ID it gave itself; its person reads the refusal even when the record is
-- a confidential site (a refusal holds only what that copy was allowed to send); an administrator
-- reads every one.
ALTER TABLE servicemap.conflicts ADD COLUMN copy_id text;
DROP POLICY read ON servicemap.conflicts;
CREATE POLICY read ON servicemap.conflicts FOR SELECT USING (
    CASE WHEN field = '(refused)' THEN client_user = session_user OR servicemap.is_role('servicemap_admin')
         ELSE table_name <> 'sites' OR servicemap.sees_confidential() OR NOT servicemap.site_is_confidential(record_id)
    END);
