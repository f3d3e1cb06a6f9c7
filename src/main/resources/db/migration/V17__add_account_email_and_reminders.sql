-- An optional email address on accounts: reporting reminders go only to accounts that have one.
alter table account add column email varchar(254);
alter table account_aud add column email varchar(254);

-- The reminders sent about each update, one row per kind a day: the daily job and "Send reminders now" never send
-- the same reminder about the same update twice on one day.
create table reminder_sent (
    update_id bigint      not null references progress_update (id) on delete cascade,
    kind      varchar(20) not null,
    sent_on   date        not null,
    constraint pk_reminder_sent primary key (update_id, kind, sent_on),
    constraint ck_reminder_sent_kind check (kind in ('BEFORE_DEADLINE', 'OVERDUE'))
);
