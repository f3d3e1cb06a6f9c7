-- How many decimal places each figure was given with, so that 5.00% stays 5.00% and 64.0% stays 64.0% as the plans
-- print them: numeric(14, 4) keeps four places whatever was typed. Empty for figures saved before this, which are shown
-- without trailing zeros as before. One column per statement, as both PostgreSQL and H2 (the default profile) read it.
alter table indicator_value add column figure_decimals integer;
alter table indicator_value add column national_average_decimals integer;
alter table indicator_value add column statistical_neighbour_decimals integer;
alter table indicator_value add column target_decimals integer;
alter table indicator_value add constraint ck_indicator_value_decimals
    check (figure_decimals between 0 and 4 and national_average_decimals between 0 and 4
        and statistical_neighbour_decimals between 0 and 4 and target_decimals between 0 and 4);

alter table progress_update add column figure_decimals integer;
alter table progress_update add column national_average_decimals integer;
alter table progress_update add column statistical_neighbour_decimals integer;
alter table progress_update add constraint ck_progress_update_decimals
    check (figure_decimals between 0 and 4 and national_average_decimals between 0 and 4
        and statistical_neighbour_decimals between 0 and 4);

-- The history of updates (Hibernate Envers, see V18) keeps the same columns.
alter table progress_update_aud add column figure_decimals integer;
alter table progress_update_aud add column national_average_decimals integer;
alter table progress_update_aud add column statistical_neighbour_decimals integer;
