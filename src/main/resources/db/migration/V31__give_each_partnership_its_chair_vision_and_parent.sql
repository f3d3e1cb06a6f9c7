-- Who chairs a partnership, its vision, and the partnership it sits within (if any).
alter table partnership add column chair varchar(200);
alter table partnership add column vision varchar;
alter table partnership add column parent_id bigint references partnership (id);
alter table partnership add constraint ck_partnership_parent check (parent_id is null or parent_id <> id);
create index ix_partnership_parent on partnership (parent_id);

alter table partnership_aud add column chair varchar(200);
alter table partnership_aud add column vision varchar;
alter table partnership_aud add column parent_id bigint;
