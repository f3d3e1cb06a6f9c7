-- The only active admin is never locked: once its sign-in attempts are used up it waits, each time twice as long as the
-- time before. This counts the waits in a row, until its right password or an admin clears them.
alter table account add column sign_in_waits integer not null default 0;
alter table account add constraint ck_account_sign_in_waits check (sign_in_waits >= 0);
