-- Which parts of the demo data (default profile only) have been loaded, so that each is loaded once, whatever an
-- admin has since renamed or deleted. A database loaded before this table existed has them loaded already.
create table demo_data_load (
    part      varchar(50)              primary key,
    loaded_at timestamp with time zone not null
);

insert into demo_data_load (part, loaded_at) select 'partnership', current_timestamp where exists (select 1 from partnership);
insert into demo_data_load (part, loaded_at) select 'plans', current_timestamp where exists (select 1 from plan);
