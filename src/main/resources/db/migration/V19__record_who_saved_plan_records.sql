-- Who saved the board's plan records last, and when (system.SavedStamp), so that a save refused because someone else
-- saved meanwhile can say who and when. Their full history is not kept. Records saved before this have neither.
-- One column per statement, as both PostgreSQL and H2 (the default profile) read it.
alter table priority add column saved_by varchar(100);
alter table priority add column saved_at timestamp with time zone;
alter table plan_action add column saved_by varchar(100);
alter table plan_action add column saved_at timestamp with time zone;
alter table milestone add column saved_by varchar(100);
alter table milestone add column saved_at timestamp with time zone;
alter table plan_year_indicator add column saved_by varchar(100);
alter table plan_year_indicator add column saved_at timestamp with time zone;
alter table indicator_value add column saved_by varchar(100);
alter table indicator_value add column saved_at timestamp with time zone;
