-- A seat is vacant only when the documents say so; a seat whose holder they do not name is not vacant, just not named.
alter table group_member add column vacant boolean not null default false;
alter table group_member_aud add column vacant boolean;
