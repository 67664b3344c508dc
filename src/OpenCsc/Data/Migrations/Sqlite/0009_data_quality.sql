CREATE TABLE "validation_runs" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_validation_runs" PRIMARY KEY AUTOINCREMENT,
    "collection" TEXT NOT NULL,
    "collection_year" INTEGER NOT NULL,
    "period_start" TEXT NOT NULL,
    "period_end" TEXT NOT NULL,
    "ran_at" TEXT NOT NULL,
    "trigger" TEXT NOT NULL,
    "rules_run" INTEGER NOT NULL,
    "errors" INTEGER NOT NULL,
    "queries" INTEGER NOT NULL,
    "not_checked" TEXT NULL,
    "created_at" TEXT NOT NULL,
    "created_by" TEXT NOT NULL,
    "updated_at" TEXT NOT NULL,
    "updated_by" TEXT NOT NULL
);

CREATE TABLE "data_quality_failures" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_data_quality_failures" PRIMARY KEY AUTOINCREMENT,
    "validation_run_id" INTEGER NOT NULL,
    "rule" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "table_name" TEXT NOT NULL,
    "row" INTEGER NOT NULL,
    "la_child_id" TEXT NULL,
    "child_id" INTEGER NULL,
    "team_id" INTEGER NULL,
    "worker_id" INTEGER NULL,
    "message" TEXT NOT NULL,
    CONSTRAINT "fk_data_quality_failures_validation_runs_validation_run_id" FOREIGN KEY ("validation_run_id") REFERENCES "validation_runs" ("id") ON DELETE CASCADE
);

CREATE TABLE "explained_queries" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_explained_queries" PRIMARY KEY AUTOINCREMENT,
    "collection" TEXT NOT NULL,
    "rule" TEXT NOT NULL,
    "child_id" INTEGER NOT NULL,
    "note" TEXT NOT NULL,
    "explained_by" TEXT NOT NULL,
    "explained_at" TEXT NOT NULL,
    "created_at" TEXT NOT NULL,
    "created_by" TEXT NOT NULL,
    "updated_at" TEXT NOT NULL,
    "updated_by" TEXT NOT NULL,
    CONSTRAINT "fk_explained_queries_children_child_id" FOREIGN KEY ("child_id") REFERENCES "children" ("id") ON DELETE CASCADE
);

CREATE INDEX "ix_data_quality_failures_validation_run_id_child_id" ON "data_quality_failures" ("validation_run_id", "child_id");

CREATE INDEX "ix_data_quality_failures_validation_run_id_rule" ON "data_quality_failures" ("validation_run_id", "rule");

CREATE INDEX "ix_explained_queries_child_id" ON "explained_queries" ("child_id");

CREATE UNIQUE INDEX "ix_explained_queries_collection_rule_child_id" ON "explained_queries" ("collection", "rule", "child_id");

CREATE INDEX "ix_validation_runs_collection_ran_at" ON "validation_runs" ("collection", "ran_at");
