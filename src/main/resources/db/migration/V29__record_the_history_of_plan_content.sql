-- The history of plan content, written by Hibernate Envers like that of partners and accounts (see V11): every saved
-- change to plans, years, priorities and their narrative, actions, milestones, indicators, their values and targets,
-- frameworks, themes, principles, objectives, rounds and the status settings, with who and when. Columns mirror the
-- audited tables without their constraints, the version and the saved-by stamp (the revision says who and when).

create table plan_aud (
    id             bigint not null,
    rev            bigint   not null references revinfo (rev),
    revtype        smallint not null,
    partnership_id bigint,
    title          varchar(300),
    start_year     integer,
    end_year       integer,
    vision         varchar,
    status         varchar(20),
    constraint pk_plan_aud primary key (rev, id)
);

create table plan_section_aud (
    id       bigint not null,
    rev      bigint   not null references revinfo (rev),
    revtype  smallint not null,
    plan_id  bigint,
    position integer,
    heading  varchar(300),
    body     varchar,
    constraint pk_plan_section_aud primary key (rev, id)
);

create table key_theme_aud (
    id          bigint not null,
    rev         bigint   not null references revinfo (rev),
    revtype     smallint not null,
    plan_id     bigint,
    number      integer,
    title       varchar(300),
    description varchar,
    constraint pk_key_theme_aud primary key (rev, id)
);

create table principle_aud (
    id          bigint not null,
    rev         bigint   not null references revinfo (rev),
    revtype     smallint not null,
    plan_id     bigint,
    number      integer,
    title       varchar(300),
    description varchar,
    constraint pk_principle_aud primary key (rev, id)
);

create table strategic_objective_aud (
    id          bigint not null,
    rev         bigint   not null references revinfo (rev),
    revtype     smallint not null,
    plan_id     bigint,
    number      varchar(20),
    title       varchar(300),
    description varchar,
    constraint pk_strategic_objective_aud primary key (rev, id)
);

create table operational_objective_aud (
    id                     bigint not null,
    rev                    bigint   not null references revinfo (rev),
    revtype                smallint not null,
    strategic_objective_id bigint,
    number                 varchar(20),
    title                  varchar(300),
    description            varchar,
    constraint pk_operational_objective_aud primary key (rev, id)
);

create table supported_initiative_aud (
    id          bigint not null,
    rev         bigint   not null references revinfo (rev),
    revtype     smallint not null,
    plan_id     bigint,
    position    integer,
    title       varchar(300),
    description varchar,
    lead        varchar(300),
    constraint pk_supported_initiative_aud primary key (rev, id)
);

create table external_framework_aud (
    id             bigint not null,
    rev            bigint   not null references revinfo (rev),
    revtype        smallint not null,
    partnership_id bigint,
    name           varchar(300),
    period         varchar(50),
    url            varchar(500),
    constraint pk_external_framework_aud primary key (rev, id)
);

create table framework_ambition_aud (
    id           bigint not null,
    rev          bigint   not null references revinfo (rev),
    revtype      smallint not null,
    framework_id bigint,
    position     integer,
    short_name   varchar(100),
    description  varchar,
    constraint pk_framework_ambition_aud primary key (rev, id)
);

create table plan_year_aud (
    id                  bigint not null,
    rev                 bigint   not null references revinfo (rev),
    revtype             smallint not null,
    plan_id             bigint,
    label               varchar(20),
    start_date          date,
    end_date            date,
    previous_year_label varchar(20),
    data_note           varchar(4000),
    constraint pk_plan_year_aud primary key (rev, id)
);

create table priority_aud (
    id                       bigint not null,
    rev                      bigint   not null references revinfo (rev),
    revtype                  smallint not null,
    plan_year_id             bigint,
    number                   varchar(20),
    title                    varchar(500),
    lead_responsibility      varchar,
    operational_objective_id bigint,
    position                 integer,
    constraint pk_priority_aud primary key (rev, id)
);

create table priority_section_aud (
    id          bigint not null,
    rev         bigint   not null references revinfo (rev),
    revtype     smallint not null,
    priority_id bigint,
    position    integer,
    heading     varchar(300),
    body        varchar,
    constraint pk_priority_section_aud primary key (rev, id)
);

create table priority_link_aud (
    id          bigint not null,
    rev         bigint   not null references revinfo (rev),
    revtype     smallint not null,
    priority_id bigint,
    position    integer,
    title       varchar(500),
    url         varchar(500),
    constraint pk_priority_link_aud primary key (rev, id)
);

create table priority_group_aud (
    id                 bigint not null,
    rev                bigint   not null references revinfo (rev),
    revtype            smallint not null,
    plan_year_id       bigint,
    position           integer,
    actions_heading    varchar(1000),
    indicators_heading varchar(1000),
    footnote           varchar(1000),
    constraint pk_priority_group_aud primary key (rev, id)
);

create table plan_action_aud (
    id             bigint not null,
    rev            bigint   not null references revinfo (rev),
    revtype        smallint not null,
    plan_year_id   bigint,
    number         varchar(20),
    text           varchar,
    target_wording varchar(100),
    target_date    date,
    lead           varchar,
    position       integer,
    constraint pk_plan_action_aud primary key (rev, id)
);

create table milestone_aud (
    id           bigint not null,
    rev          bigint   not null references revinfo (rev),
    revtype      smallint not null,
    priority_id  bigint,
    action_id    bigint,
    position     integer,
    text         varchar,
    due_wording  varchar(100),
    due_date     date,
    completed_on date,
    constraint pk_milestone_aud primary key (rev, id)
);

create table indicator_aud (
    id                bigint not null,
    rev               bigint   not null references revinfo (rev),
    revtype           smallint not null,
    partnership_id    bigint,
    name              varchar(500),
    code              varchar(50),
    definition        varchar,
    unit              varchar(20),
    polarity          varchar(20),
    frequency         varchar(20),
    period_type       varchar(20),
    source            varchar(300),
    tolerance_percent numeric(5, 2),
    constraint pk_indicator_aud primary key (rev, id)
);

create table indicator_value_aud (
    id                             bigint not null,
    rev                            bigint   not null references revinfo (rev),
    revtype                        smallint not null,
    indicator_id                   bigint,
    period_label                   varchar(50),
    period_end                     date,
    figure                         numeric(14, 4),
    provisional                    boolean,
    not_available_reason           varchar(100),
    national_average               numeric(14, 4),
    statistical_neighbour          numeric(14, 4),
    target                         numeric(14, 4),
    national_comparison            varchar(200),
    note                           varchar(1000),
    target_note                    varchar(1000),
    figure_decimals                integer,
    national_average_decimals      integer,
    statistical_neighbour_decimals integer,
    target_decimals                integer,
    constraint pk_indicator_value_aud primary key (rev, id)
);

create table plan_year_indicator_aud (
    id               bigint not null,
    rev              bigint   not null references revinfo (rev),
    revtype          smallint not null,
    plan_year_id     bigint,
    indicator_id     bigint,
    category         varchar(20),
    new_indicator    boolean,
    in_development   boolean,
    also_reported_in varchar(500),
    position         integer,
    constraint pk_plan_year_indicator_aud primary key (rev, id)
);

create table reporting_round_aud (
    id                    bigint not null,
    rev                   bigint   not null references revinfo (rev),
    revtype               smallint not null,
    plan_year_id          bigint,
    name                  varchar(200),
    period_end            date,
    deadline              date,
    open_for_plan_year_id bigint,
    opened_at             timestamp with time zone,
    closed_at             timestamp with time zone,
    constraint pk_reporting_round_aud primary key (rev, id)
);

create table status_setting_aud (
    id                        integer not null,
    rev                       bigint   not null references revinfo (rev),
    revtype                   smallint not null,
    default_tolerance_percent numeric(5, 2),
    constraint pk_status_setting_aud primary key (rev, id)
);

create table priority_group_member_aud (
    rev         bigint   not null references revinfo (rev),
    revtype     smallint not null,
    group_id    bigint   not null,
    priority_id bigint   not null,
    constraint pk_priority_group_member_aud primary key (rev, revtype, group_id, priority_id)
);

create table action_priority_aud (
    rev         bigint   not null references revinfo (rev),
    revtype     smallint not null,
    action_id   bigint   not null,
    priority_id bigint   not null,
    constraint pk_action_priority_aud primary key (rev, revtype, action_id, priority_id)
);

create table action_ambition_aud (
    rev         bigint   not null references revinfo (rev),
    revtype     smallint not null,
    action_id   bigint   not null,
    ambition_id bigint   not null,
    constraint pk_action_ambition_aud primary key (rev, revtype, action_id, ambition_id)
);

-- Plan content that already exists starts its history here, as it stands, in one revision marked as the start of
-- history (a fresh database has none).
insert into revinfo (changed_at, username, history_began)
select current_timestamp, 'system', true
where exists (select 1 from plan) or exists (select 1 from indicator) or exists (select 1 from external_framework);

insert into plan_aud (id, rev, revtype, partnership_id, title, start_year, end_year, vision, status)
select id, (select max(rev) from revinfo), 0, partnership_id, title, start_year, end_year, vision, status
from plan;

insert into plan_section_aud (id, rev, revtype, plan_id, position, heading, body)
select id, (select max(rev) from revinfo), 0, plan_id, position, heading, body
from plan_section;

insert into key_theme_aud (id, rev, revtype, plan_id, number, title, description)
select id, (select max(rev) from revinfo), 0, plan_id, number, title, description
from key_theme;

insert into principle_aud (id, rev, revtype, plan_id, number, title, description)
select id, (select max(rev) from revinfo), 0, plan_id, number, title, description
from principle;

insert into strategic_objective_aud (id, rev, revtype, plan_id, number, title, description)
select id, (select max(rev) from revinfo), 0, plan_id, number, title, description
from strategic_objective;

insert into operational_objective_aud (id, rev, revtype, strategic_objective_id, number, title, description)
select id, (select max(rev) from revinfo), 0, strategic_objective_id, number, title, description
from operational_objective;

insert into supported_initiative_aud (id, rev, revtype, plan_id, position, title, description, lead)
select id, (select max(rev) from revinfo), 0, plan_id, position, title, description, lead
from supported_initiative;

insert into external_framework_aud (id, rev, revtype, partnership_id, name, period, url)
select id, (select max(rev) from revinfo), 0, partnership_id, name, period, url
from external_framework;

insert into framework_ambition_aud (id, rev, revtype, framework_id, position, short_name, description)
select id, (select max(rev) from revinfo), 0, framework_id, position, short_name, description
from framework_ambition;

insert into plan_year_aud (id, rev, revtype, plan_id, label, start_date, end_date, previous_year_label, data_note)
select id, (select max(rev) from revinfo), 0, plan_id, label, start_date, end_date, previous_year_label, data_note
from plan_year;

insert into priority_aud (id, rev, revtype, plan_year_id, number, title, lead_responsibility, operational_objective_id, position)
select id, (select max(rev) from revinfo), 0, plan_year_id, number, title, lead_responsibility, operational_objective_id, position
from priority;

insert into priority_section_aud (id, rev, revtype, priority_id, position, heading, body)
select id, (select max(rev) from revinfo), 0, priority_id, position, heading, body
from priority_section;

insert into priority_link_aud (id, rev, revtype, priority_id, position, title, url)
select id, (select max(rev) from revinfo), 0, priority_id, position, title, url
from priority_link;

insert into priority_group_aud (id, rev, revtype, plan_year_id, position, actions_heading, indicators_heading, footnote)
select id, (select max(rev) from revinfo), 0, plan_year_id, position, actions_heading, indicators_heading, footnote
from priority_group;

insert into plan_action_aud (id, rev, revtype, plan_year_id, number, text, target_wording, target_date, lead, position)
select id, (select max(rev) from revinfo), 0, plan_year_id, number, text, target_wording, target_date, lead, position
from plan_action;

insert into milestone_aud (id, rev, revtype, priority_id, action_id, position, text, due_wording, due_date, completed_on)
select id, (select max(rev) from revinfo), 0, priority_id, action_id, position, text, due_wording, due_date, completed_on
from milestone;

insert into indicator_aud (id, rev, revtype, partnership_id, name, code, definition, unit, polarity, frequency, period_type, source, tolerance_percent)
select id, (select max(rev) from revinfo), 0, partnership_id, name, code, definition, unit, polarity, frequency, period_type, source, tolerance_percent
from indicator;

insert into indicator_value_aud (id, rev, revtype, indicator_id, period_label, period_end, figure, provisional, not_available_reason, national_average, statistical_neighbour, target, national_comparison, note, target_note, figure_decimals, national_average_decimals, statistical_neighbour_decimals, target_decimals)
select id, (select max(rev) from revinfo), 0, indicator_id, period_label, period_end, figure, provisional, not_available_reason, national_average, statistical_neighbour, target, national_comparison, note, target_note, figure_decimals, national_average_decimals, statistical_neighbour_decimals, target_decimals
from indicator_value;

insert into plan_year_indicator_aud (id, rev, revtype, plan_year_id, indicator_id, category, new_indicator, in_development, also_reported_in, position)
select id, (select max(rev) from revinfo), 0, plan_year_id, indicator_id, category, new_indicator, in_development, also_reported_in, position
from plan_year_indicator;

insert into reporting_round_aud (id, rev, revtype, plan_year_id, name, period_end, deadline, open_for_plan_year_id, opened_at, closed_at)
select id, (select max(rev) from revinfo), 0, plan_year_id, name, period_end, deadline, open_for_plan_year_id, opened_at, closed_at
from reporting_round;

insert into status_setting_aud (id, rev, revtype, default_tolerance_percent)
select id, (select max(rev) from revinfo), 0, default_tolerance_percent
from status_setting
-- the settings row every database has starts its history with the plans', if there are any; otherwise at its next save
where exists (select 1 from plan) or exists (select 1 from indicator) or exists (select 1 from external_framework);

insert into priority_group_member_aud (rev, revtype, group_id, priority_id)
select (select max(rev) from revinfo), 0, group_id, priority_id
from priority_group_member;

insert into action_priority_aud (rev, revtype, action_id, priority_id)
select (select max(rev) from revinfo), 0, action_id, priority_id
from action_priority;

insert into action_ambition_aud (rev, revtype, action_id, ambition_id)
select (select max(rev) from revinfo), 0, action_id, ambition_id
from action_ambition;

