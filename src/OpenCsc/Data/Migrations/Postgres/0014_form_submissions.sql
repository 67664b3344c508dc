-- The forms that created a record, by the token each form carried, so a replay or a double click creates nothing
-- more (docs/decisions/0031-bounded-uploads-and-idempotent-forms.md).
CREATE TABLE form_submissions (
    token character varying(32) NOT NULL,
    user_name text NOT NULL,
    submitted_at timestamp without time zone NOT NULL,
    result_url character varying(2000) NOT NULL,
    saved_message character varying(2000) NOT NULL,
    CONSTRAINT pk_form_submissions PRIMARY KEY (token)
);
