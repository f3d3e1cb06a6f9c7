-- The partnerships an account belongs to: its holder reads and changes only their plans, updates, files and groups.
-- An admin that belongs to none is an admin of the whole installation.
create table account_partnership (
    account_id     bigint not null references account (id) on delete cascade,
    partnership_id bigint not null references partnership (id) on delete cascade,
    constraint pk_account_partnership primary key (account_id, partnership_id)
);
create index ix_account_partnership_partnership on account_partnership (partnership_id);

create table account_partnership_aud (
    rev            bigint   not null references revinfo (rev),
    revtype        smallint not null,
    account_id     bigint   not null,
    partnership_id bigint   not null,
    constraint pk_account_partnership_aud primary key (rev, revtype, account_id, partnership_id)
);

-- Until now every account read every partnership's plans: board members and officers keep that reach until an admin
-- narrows it, and admins stay admins of the whole installation. The history of each account records the change.
insert into account_partnership (account_id, partnership_id)
select a.id, p.id
from account a
         cross join partnership p
where not exists (select 1 from account_role r where r.account_id = a.id and r.role = 'ADMIN');

insert into revinfo (changed_at, username, history_began)
select current_timestamp, 'system', false
where exists (select 1 from account_partnership);

insert into account_partnership_aud (rev, revtype, account_id, partnership_id)
select (select max(rev) from revinfo), 0, account_id, partnership_id
from account_partnership;
