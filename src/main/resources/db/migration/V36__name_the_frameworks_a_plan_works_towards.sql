-- The external frameworks a plan works towards: its actions may support only their ambitions. A plan whose actions
-- already support a framework's ambitions works towards that framework.
create table plan_framework (
    plan_id      bigint not null references plan (id) on delete cascade,
    framework_id bigint not null references external_framework (id) on delete cascade,
    constraint pk_plan_framework primary key (plan_id, framework_id)
);
insert into plan_framework (plan_id, framework_id)
select distinct y.plan_id, am.framework_id
from action_ambition aa
         join plan_action a on a.id = aa.action_id
         join plan_year y on y.id = a.plan_year_id
         join framework_ambition am on am.id = aa.ambition_id;

create table plan_framework_aud (
    rev          bigint   not null references revinfo (rev),
    revtype      smallint not null,
    plan_id      bigint   not null,
    framework_id bigint   not null,
    constraint pk_plan_framework_aud primary key (rev, revtype, plan_id, framework_id)
);
insert into plan_framework_aud (rev, revtype, plan_id, framework_id)
select (select max(rev) from revinfo where history_began), 0, plan_id, framework_id
from plan_framework
where exists (select 1 from revinfo where history_began);
