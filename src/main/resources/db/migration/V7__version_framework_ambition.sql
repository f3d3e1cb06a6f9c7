-- Ambitions are edited on their own under /admin, so they carry a version for optimistic locking like other records.
alter table framework_ambition add column version bigint not null default 0;
