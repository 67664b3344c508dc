ALTER TABLE "children" ADD COLUMN "is_restricted" INTEGER NOT NULL DEFAULT 0;

CREATE TABLE "staff_accounts" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_staff_accounts" PRIMARY KEY AUTOINCREMENT,
    "display_name" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    "worker_id" INTEGER NULL,
    "is_demo" INTEGER NOT NULL,
    "is_active" INTEGER NOT NULL,
    "user_name" TEXT NULL,
    "normalized_user_name" TEXT NULL,
    "email" TEXT NULL,
    "normalized_email" TEXT NULL,
    "email_confirmed" INTEGER NOT NULL,
    "password_hash" TEXT NULL,
    "security_stamp" TEXT NULL,
    "concurrency_stamp" TEXT NULL,
    "phone_number" TEXT NULL,
    "phone_number_confirmed" INTEGER NOT NULL,
    "two_factor_enabled" INTEGER NOT NULL,
    "lockout_end" TEXT NULL,
    "lockout_enabled" INTEGER NOT NULL,
    "access_failed_count" INTEGER NOT NULL,
    CONSTRAINT "fk_staff_accounts_workers_worker_id" FOREIGN KEY ("worker_id") REFERENCES "workers" ("id") ON DELETE RESTRICT
);

CREATE TABLE "staff_account_claims" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_staff_account_claims" PRIMARY KEY AUTOINCREMENT,
    "user_id" INTEGER NOT NULL,
    "claim_type" TEXT NULL,
    "claim_value" TEXT NULL,
    CONSTRAINT "fk_staff_account_claims_staff_accounts_user_id" FOREIGN KEY ("user_id") REFERENCES "staff_accounts" ("id") ON DELETE CASCADE
);

CREATE TABLE "staff_account_logins" (
    "login_provider" TEXT NOT NULL,
    "provider_key" TEXT NOT NULL,
    "provider_display_name" TEXT NULL,
    "user_id" INTEGER NOT NULL,
    CONSTRAINT "pk_staff_account_logins" PRIMARY KEY ("login_provider", "provider_key"),
    CONSTRAINT "fk_staff_account_logins_staff_accounts_user_id" FOREIGN KEY ("user_id") REFERENCES "staff_accounts" ("id") ON DELETE CASCADE
);

CREATE TABLE "staff_account_tokens" (
    "user_id" INTEGER NOT NULL,
    "login_provider" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "value" TEXT NULL,
    CONSTRAINT "pk_staff_account_tokens" PRIMARY KEY ("user_id", "login_provider", "name"),
    CONSTRAINT "fk_staff_account_tokens_staff_accounts_user_id" FOREIGN KEY ("user_id") REFERENCES "staff_accounts" ("id") ON DELETE CASCADE
);

CREATE TABLE "child_access_grants" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_child_access_grants" PRIMARY KEY AUTOINCREMENT,
    "child_id" INTEGER NOT NULL,
    "staff_account_id" INTEGER NOT NULL,
    "created_at" TEXT NOT NULL,
    "created_by" TEXT NOT NULL,
    "updated_at" TEXT NOT NULL,
    "updated_by" TEXT NOT NULL,
    CONSTRAINT "fk_child_access_grants_children_child_id" FOREIGN KEY ("child_id") REFERENCES "children" ("id") ON DELETE CASCADE,
    CONSTRAINT "fk_child_access_grants_staff_accounts_staff_account_id" FOREIGN KEY ("staff_account_id") REFERENCES "staff_accounts" ("id") ON DELETE CASCADE
);

CREATE UNIQUE INDEX "ix_child_access_grants_child_id_staff_account_id" ON "child_access_grants" ("child_id", "staff_account_id");

CREATE INDEX "ix_child_access_grants_staff_account_id" ON "child_access_grants" ("staff_account_id");

CREATE INDEX "ix_staff_account_claims_user_id" ON "staff_account_claims" ("user_id");

CREATE INDEX "ix_staff_account_logins_user_id" ON "staff_account_logins" ("user_id");

CREATE INDEX "email_index" ON "staff_accounts" ("normalized_email");

CREATE INDEX "ix_staff_accounts_worker_id" ON "staff_accounts" ("worker_id");

CREATE UNIQUE INDEX "user_name_index" ON "staff_accounts" ("normalized_user_name");
