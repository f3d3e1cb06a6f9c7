-- What an indicator's target rests on: a baseline, or where it was agreed. Set on the edit pages with the target.
alter table indicator_value add column target_note varchar(1000);

-- A priority's related-strategy link is a web address: the edit form accepts only http and https addresses.
alter table priority_link add constraint ck_priority_link_url
    check (url is null or url like 'http://%' or url like 'https://%');
