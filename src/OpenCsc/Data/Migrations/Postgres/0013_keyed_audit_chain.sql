-- The keyed audit chain (docs/decisions/0030-keyed-audit-chain-and-checkpoints.md): entries written from now on are
-- sealed with HMAC-SHA256 under a key held outside the database; the entries already here keep their plain SHA-256
-- and are reported by `opencsc audit verify` as unkeyed legacy entries. Adding a column with a constant default
-- rewrites no row, so the append-only triggers are not involved.
ALTER TABLE audit_entries ADD COLUMN hash_scheme character varying(40) NOT NULL DEFAULT 'Sha256';
