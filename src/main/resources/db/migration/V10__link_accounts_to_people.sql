-- An account belongs to a person of a partner organisation (the demo accounts and the first admin may have none yet);
-- one account per person.
alter table account add column person_id bigint;
alter table account add constraint fk_account_person foreign key (person_id) references person (id);
alter table account add constraint uk_account_person unique (person_id);

-- Set when an admin gives the account a password (on creating it or resetting it): the owner must choose their own
-- at the next sign-in before using the portal.
alter table account add column must_change_password boolean not null default false;
