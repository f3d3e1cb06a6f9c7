-- One number that moves on with every committed change to what the pages show, so that work kept from one request to
-- the next (a plan year's worked-out statuses) is known to be current on every node that serves the portal: a node
-- reads the number and uses what it kept only under the same number (shared.ContentVersion). PostgreSQL only: on the
-- embedded H2 database of a developer's machine nothing is kept from one request to the next.
--
-- The number moves in the writing transaction, at its commit (a deferred trigger), once per transaction: a reader sees
-- the new number exactly when it can see the change. Every table but the history of changes and Flyway's own has the
-- trigger; a table added later needs it too (ContentVersionTest checks that every table has it).
create table content_version (
    id      integer primary key check (id = 1),
    version bigint  not null
);

insert into content_version (id, version) values (1, 0);

create function count_content_change() returns trigger language plpgsql as $$
begin
    if current_setting('portal.content_counted', true) is distinct from txid_current()::text then
        update content_version set version = version + 1 where id = 1;
        perform set_config('portal.content_counted', txid_current()::text, true);
    end if;
    return null;
end
$$;

do $$
declare
    t record;
begin
    for t in select tablename from pg_tables
             where schemaname = current_schema()
               and tablename not like '%\_aud'
               and tablename not in ('revinfo', 'flyway_schema_history', 'content_version')
    loop
        execute format('create constraint trigger content_changed after insert or update or delete on %I '
                       'deferrable initially deferred for each row execute function count_content_change()', t.tablename);
        execute format('create trigger content_truncated after truncate on %I '
                       'for each statement execute function count_content_change()', t.tablename);
    end loop;
end
$$;
