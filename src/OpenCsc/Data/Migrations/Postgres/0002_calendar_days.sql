CREATE TABLE calendar_days (
    day date NOT NULL,
    working_day_index integer NOT NULL,
    CONSTRAINT pk_calendar_days PRIMARY KEY (day)
);
