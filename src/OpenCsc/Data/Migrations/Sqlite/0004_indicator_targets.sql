CREATE TABLE "indicator_targets" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_indicator_targets" PRIMARY KEY AUTOINCREMENT,
    "indicator_code" TEXT NOT NULL,
    "value" REAL NOT NULL,
    "reason" TEXT NULL,
    "created_at" TEXT NOT NULL,
    "created_by" TEXT NOT NULL,
    "updated_at" TEXT NOT NULL,
    "updated_by" TEXT NOT NULL
);

CREATE UNIQUE INDEX "ix_indicator_targets_indicator_code" ON "indicator_targets" ("indicator_code");
