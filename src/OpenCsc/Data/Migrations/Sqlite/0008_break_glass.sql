CREATE TABLE "break_glass_accesses" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_break_glass_accesses" PRIMARY KEY AUTOINCREMENT,
    "child_id" INTEGER NOT NULL,
    "staff_account_id" INTEGER NOT NULL,
    "reason" TEXT NOT NULL,
    "opened_at" TEXT NOT NULL,
    "expires_at" TEXT NOT NULL,
    "acknowledged_by_account_id" INTEGER NULL,
    "acknowledged_at" TEXT NULL,
    "created_at" TEXT NOT NULL,
    "created_by" TEXT NOT NULL,
    "updated_at" TEXT NOT NULL,
    "updated_by" TEXT NOT NULL,
    CONSTRAINT "fk_break_glass_accesses_children_child_id" FOREIGN KEY ("child_id") REFERENCES "children" ("id") ON DELETE CASCADE,
    CONSTRAINT "fk_break_glass_accesses_staff_accounts_acknowledged_by_account_id" FOREIGN KEY ("acknowledged_by_account_id") REFERENCES "staff_accounts" ("id") ON DELETE RESTRICT,
    CONSTRAINT "fk_break_glass_accesses_staff_accounts_staff_account_id" FOREIGN KEY ("staff_account_id") REFERENCES "staff_accounts" ("id") ON DELETE RESTRICT
);

CREATE INDEX "ix_break_glass_accesses_acknowledged_at" ON "break_glass_accesses" ("acknowledged_at");

CREATE INDEX "ix_break_glass_accesses_acknowledged_by_account_id" ON "break_glass_accesses" ("acknowledged_by_account_id");

CREATE INDEX "ix_break_glass_accesses_child_id" ON "break_glass_accesses" ("child_id");

CREATE INDEX "ix_break_glass_accesses_staff_account_id_child_id_expires_at" ON "break_glass_accesses" ("staff_account_id", "child_id", "expires_at");
