-- Changes a system administrator makes to the timescales and the local closure days, each with its reason.
CREATE TABLE "timescale_changes" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_timescale_changes" PRIMARY KEY AUTOINCREMENT,
    "timescale" TEXT NULL,
    "value" INTEGER NULL,
    "closure_day" TEXT NULL,
    "closed" INTEGER NOT NULL,
    "reason" TEXT NOT NULL,
    "created_at" TEXT NOT NULL,
    "created_by" TEXT NOT NULL,
    "updated_at" TEXT NOT NULL,
    "updated_by" TEXT NOT NULL,
    "row_version" INTEGER NOT NULL
);
