-- The forms that created a record, by the token each form carried, so a replay or a double click creates nothing
-- more (docs/decisions/0031-bounded-uploads-and-idempotent-forms.md).
CREATE TABLE "form_submissions" (
    "token" TEXT NOT NULL CONSTRAINT "pk_form_submissions" PRIMARY KEY,
    "user_name" TEXT NOT NULL,
    "submitted_at" TEXT NOT NULL,
    "result_url" TEXT NOT NULL,
    "saved_message" TEXT NOT NULL
);
