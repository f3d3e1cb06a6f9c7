-- Two admins recording the same organisation's leaving date must not overwrite each other.
alter table partnership_membership add column version bigint not null default 0;
