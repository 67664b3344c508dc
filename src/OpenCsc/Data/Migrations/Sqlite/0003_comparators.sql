CREATE TABLE "comparators" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_comparators" PRIMARY KEY AUTOINCREMENT,
    "indicator_code" TEXT NOT NULL,
    "area" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "value" REAL NOT NULL,
    "source" TEXT NULL,
    "source_address" TEXT NULL,
    "created_at" TEXT NOT NULL,
    "created_by" TEXT NOT NULL,
    "updated_at" TEXT NOT NULL,
    "updated_by" TEXT NOT NULL
);

CREATE UNIQUE INDEX "ix_comparators_indicator_code_area_year" ON "comparators" ("indicator_code", "area", "year");
