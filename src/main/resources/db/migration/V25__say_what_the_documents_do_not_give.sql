-- What the documents a plan year was entered from say of its data, and what they do not give (a committee report that
-- counts indicators it does not name, actions whose statuses it does not list): shown with the year's position.
alter table plan_year add column data_note varchar(4000);
