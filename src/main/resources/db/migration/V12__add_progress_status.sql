-- What the action's lead reports of it: how it is going and, once completed, the day it was completed. Both stay empty
-- until someone reports; the status pages work out from them (with the target date and milestones) where it stands.
alter table plan_action add column reported_status varchar(20);
alter table plan_action add column completed_on date;
alter table plan_action add constraint ck_plan_action_reported_status
    check (reported_status in ('NOT_STARTED', 'ON_TRACK', 'SLIPPING', 'COMPLETED', 'CANCELLED'));
-- A completed action has the day it was completed, and only a completed action has one.
alter table plan_action add constraint ck_plan_action_completed_on
    check ((completed_on is not null) = (coalesce(reported_status, '') = 'COMPLETED'));

-- How far (in per cent of the target or average) an indicator may fall short and still be amber rather than red.
-- Empty: the portal's default applies.
alter table indicator add column tolerance_percent numeric(5, 2);
alter table indicator add constraint ck_indicator_tolerance_percent check (tolerance_percent between 0 and 100);

-- The portal's settings for working out statuses: one row, changed by admins.
create table status_setting (
    id                        integer      primary key,
    default_tolerance_percent numeric(5, 2) not null,
    version                   bigint       not null default 0,
    constraint ck_status_setting_one_row check (id = 1),
    constraint ck_status_setting_tolerance check (default_tolerance_percent between 0 and 100)
);
insert into status_setting (id, default_tolerance_percent) values (1, 5);
