-- The history of accounts, written by Hibernate Envers like that of partner records (see V11). The password hash and
-- the sign-in counters are not recorded: history must not keep secrets, and a failed sign-in is not a change.
create table account_aud (
    id                   bigint   not null,
    rev                  bigint   not null references revinfo (rev),
    revtype              smallint not null,
    username             varchar(100),
    display_name         varchar(200),
    active               boolean,
    must_change_password boolean,
    created_at           timestamp with time zone,
    constraint pk_account_aud primary key (rev, id)
);

create table account_role_aud (
    rev        bigint      not null references revinfo (rev),
    revtype    smallint    not null,
    account_id bigint      not null,
    role       varchar(20) not null,
    constraint pk_account_role_aud primary key (rev, revtype, account_id, role)
);

-- Accounts that already exist start their history here, as they stand.
insert into revinfo (changed_at, username, history_began)
select current_timestamp, 'system', true
where exists (select 1 from account);

insert into account_aud (id, rev, revtype, username, display_name, active, must_change_password, created_at)
select id, (select max(rev) from revinfo), 0, username, display_name, active, must_change_password, created_at
from account;

insert into account_role_aud (rev, revtype, account_id, role)
select (select max(rev) from revinfo), 0, account_id, role
from account_role;
