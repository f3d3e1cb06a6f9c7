-- The history of progress updates, written by Hibernate Envers like that of partners and accounts (see V11, V15):
-- every saved version of an update with its milestones done and evidence links. Attached files are not recorded
-- (their content is binary); the history shows which files the update has now.
create table progress_update_aud (
    id                    bigint   not null,
    rev                   bigint   not null references revinfo (rev),
    revtype               smallint not null,
    round_id              bigint,
    action_id             bigint,
    indicator_id          bigint,
    assignee_id           bigint,
    state                 varchar(20),
    reported_status       varchar(20),
    completed_on          date,
    revised_target_date   date,
    revision_reason       varchar(2000),
    evidence              varchar(4000),
    period_label          varchar(50),
    period_end            date,
    figure                numeric(14, 4),
    provisional           boolean,
    national_average      numeric(14, 4),
    statistical_neighbour numeric(14, 4),
    commentary            varchar(4000),
    return_comment        varchar(2000),
    submitted_at          timestamp with time zone,
    submitted_by          varchar(100),
    decided_at            timestamp with time zone,
    decided_by            varchar(100),
    constraint pk_progress_update_aud primary key (rev, id)
);

create table progress_update_milestone_aud (
    rev          bigint   not null references revinfo (rev),
    revtype      smallint not null,
    update_id    bigint   not null,
    milestone_id bigint   not null,
    completed_on date     not null,
    setordinal   integer  not null,
    constraint pk_progress_update_milestone_aud primary key (rev, revtype, update_id, milestone_id, completed_on, setordinal)
);

create table progress_update_link_aud (
    rev       bigint       not null references revinfo (rev),
    revtype   smallint     not null,
    update_id bigint       not null,
    position  integer      not null,
    title     varchar(300) not null,
    url       varchar(500) not null,
    constraint pk_progress_update_link_aud primary key (rev, revtype, update_id, position, title, url)
);
