-- The append-only, hash-chained audit trail (docs/decisions/0012-audit-trail.md).
CREATE TABLE audit_entries (
    sequence bigint NOT NULL,
    at timestamp without time zone NOT NULL,
    user_id character varying(200) NOT NULL,
    user_name character varying(200) NOT NULL,
    address character varying(64) NOT NULL,
    action character varying(40) NOT NULL,
    entity_type character varying(100),
    entity_id character varying(200),
    child_id bigint,
    details text,
    previous_hash character varying(64) NOT NULL,
    hash character varying(64) NOT NULL,
    CONSTRAINT pk_audit_entries PRIMARY KEY (sequence)
);

CREATE INDEX ix_audit_entries_child_id_sequence ON audit_entries (child_id, sequence);

CREATE INDEX ix_audit_entries_user_id_sequence ON audit_entries (user_id, sequence);

-- Entries are only ever added: any UPDATE, DELETE or TRUNCATE fails, whoever runs it. Only the table's owner can
-- disable these triggers, so a production deployment runs the application as a role that does not own the table.
CREATE FUNCTION audit_entries_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'audit_entries is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$;

CREATE TRIGGER audit_entries_no_update_or_delete
    BEFORE UPDATE OR DELETE ON audit_entries
    FOR EACH ROW EXECUTE FUNCTION audit_entries_refuse_change();

CREATE TRIGGER audit_entries_no_truncate
    BEFORE TRUNCATE ON audit_entries
    FOR EACH STATEMENT EXECUTE FUNCTION audit_entries_refuse_change();
