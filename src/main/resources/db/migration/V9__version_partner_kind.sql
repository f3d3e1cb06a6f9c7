-- Kinds of partner are a list admins keep: a version so that a stale rename is refused.
alter table partner_kind add column version bigint not null default 0;
