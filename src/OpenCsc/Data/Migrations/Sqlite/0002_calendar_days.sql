CREATE TABLE "calendar_days" (
    "day" TEXT NOT NULL CONSTRAINT "pk_calendar_days" PRIMARY KEY,
    "working_day_index" INTEGER NOT NULL
);
