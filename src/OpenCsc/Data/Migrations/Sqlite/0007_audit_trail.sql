-- The append-only, hash-chained audit trail (docs/decisions/0012-audit-trail.md). SQLite has no users: whoever can
-- write the file can drop these triggers, which only stop the application's own mistakes; `opencsc audit verify`
-- is what detects a changed entry.
CREATE TABLE "audit_entries" (
    "sequence" INTEGER NOT NULL CONSTRAINT "pk_audit_entries" PRIMARY KEY,
    "at" TEXT NOT NULL,
    "user_id" TEXT NOT NULL,
    "user_name" TEXT NOT NULL,
    "address" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "entity_type" TEXT NULL,
    "entity_id" TEXT NULL,
    "child_id" INTEGER NULL,
    "details" TEXT NULL,
    "previous_hash" TEXT NOT NULL,
    "hash" TEXT NOT NULL
);

CREATE INDEX "ix_audit_entries_child_id_sequence" ON "audit_entries" ("child_id", "sequence");

CREATE INDEX "ix_audit_entries_user_id_sequence" ON "audit_entries" ("user_id", "sequence");

CREATE TRIGGER "audit_entries_no_update" BEFORE UPDATE ON "audit_entries"
BEGIN
    SELECT RAISE(ABORT, 'audit_entries is append-only: UPDATE refused');
END;

CREATE TRIGGER "audit_entries_no_delete" BEFORE DELETE ON "audit_entries"
BEGIN
    SELECT RAISE(ABORT, 'audit_entries is append-only: DELETE refused');
END;
