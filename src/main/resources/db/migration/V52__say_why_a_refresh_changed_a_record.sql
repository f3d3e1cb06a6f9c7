-- Why a record changed as it did, where its words before and after do not say (an action not carried forward because
-- it was completed, or because every priority it served was dropped); null where they say enough.
alter table plan_refresh_change add column note varchar;
