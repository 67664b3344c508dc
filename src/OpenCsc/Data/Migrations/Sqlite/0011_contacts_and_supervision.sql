-- The contact's concern and who recorded it; supervision sessions with a decision per child discussed.
ALTER TABLE "contacts" ADD "concern" TEXT NULL;
ALTER TABLE "contacts" ADD "recorded_by_id" INTEGER NULL REFERENCES "workers" ("id") ON DELETE RESTRICT;
CREATE INDEX "ix_contacts_recorded_by_id" ON "contacts" ("recorded_by_id");

CREATE TABLE "supervision_sessions" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_supervision_sessions" PRIMARY KEY AUTOINCREMENT,
    "worker_id" INTEGER NOT NULL,
    "supervisor_id" INTEGER NOT NULL,
    "date" TEXT NOT NULL,
    "discussion" TEXT NOT NULL,
    "created_at" TEXT NOT NULL,
    "created_by" TEXT NOT NULL,
    "updated_at" TEXT NOT NULL,
    "updated_by" TEXT NOT NULL,
    "row_version" INTEGER NOT NULL,
    CONSTRAINT "fk_supervision_sessions_workers_supervisor_id" FOREIGN KEY ("supervisor_id") REFERENCES "workers" ("id") ON DELETE RESTRICT,
    CONSTRAINT "fk_supervision_sessions_workers_worker_id" FOREIGN KEY ("worker_id") REFERENCES "workers" ("id") ON DELETE RESTRICT
);
CREATE INDEX "ix_supervision_sessions_supervisor_id" ON "supervision_sessions" ("supervisor_id");
CREATE INDEX "ix_supervision_sessions_worker_id_date" ON "supervision_sessions" ("worker_id", "date");

CREATE TABLE "case_decisions" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_case_decisions" PRIMARY KEY AUTOINCREMENT,
    "supervision_session_id" INTEGER NOT NULL,
    "child_id" INTEGER NOT NULL,
    "decision" TEXT NOT NULL,
    "actions_by" TEXT NULL,
    "created_at" TEXT NOT NULL,
    "created_by" TEXT NOT NULL,
    "updated_at" TEXT NOT NULL,
    "updated_by" TEXT NOT NULL,
    "row_version" INTEGER NOT NULL,
    CONSTRAINT "fk_case_decisions_children_child_id" FOREIGN KEY ("child_id") REFERENCES "children" ("id") ON DELETE CASCADE,
    CONSTRAINT "fk_case_decisions_supervision_sessions_supervision_session_id" FOREIGN KEY ("supervision_session_id") REFERENCES "supervision_sessions" ("id") ON DELETE CASCADE
);
CREATE INDEX "ix_case_decisions_child_id" ON "case_decisions" ("child_id");
CREATE INDEX "ix_case_decisions_supervision_session_id" ON "case_decisions" ("supervision_session_id");
