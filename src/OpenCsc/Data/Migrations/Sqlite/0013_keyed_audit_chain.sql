-- The keyed audit chain (docs/decisions/0030-keyed-audit-chain-and-checkpoints.md): entries written from now on are
-- sealed with HMAC-SHA256 under a key held outside the database; the entries already here keep their plain SHA-256
-- and are reported by `opencsc audit verify` as unkeyed legacy entries.
ALTER TABLE "audit_entries" ADD COLUMN "hash_scheme" TEXT NOT NULL DEFAULT 'Sha256';
