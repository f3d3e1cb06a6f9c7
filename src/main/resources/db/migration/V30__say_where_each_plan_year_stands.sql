-- Where each plan year stands (draft, consultation, approved, published, superseded), with the day and the body that
-- approved it. A year entered before this stands where its plan does; who approved it, and when, is not known.
alter table plan_year add column status varchar(20) not null default 'DRAFT';
alter table plan_year add constraint ck_plan_year_status
    check (status in ('DRAFT', 'CONSULTATION', 'APPROVED', 'PUBLISHED', 'SUPERSEDED'));
alter table plan_year add column approved_on date;
alter table plan_year add column approved_by varchar(300);
update plan_year set status = (select p.status from plan p where p.id = plan_year.plan_id);

alter table plan_year_aud add column status varchar(20);
alter table plan_year_aud add column approved_on date;
alter table plan_year_aud add column approved_by varchar(300);
update plan_year_aud set status = (select y.status from plan_year y where y.id = plan_year_aud.id);
