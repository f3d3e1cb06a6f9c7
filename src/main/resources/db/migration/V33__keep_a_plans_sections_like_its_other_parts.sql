-- The sections of what a plan says are kept through pages like its other numbered parts: two admins changing one at
-- the same moment must not overwrite each other, and a section may have its heading before its text.
alter table plan_section add column version bigint not null default 0;
alter table plan_section alter column body drop not null;
