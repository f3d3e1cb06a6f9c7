-- When an account's lock began, so that the admin pages can say since when; and when an admin last unlocked it, which
-- its history records (a lock is not a change to the account and is not recorded; an admin unlocking it is).
alter table account add column locked_at timestamp with time zone;
alter table account add column unlocked_at timestamp with time zone;
alter table account_aud add column unlocked_at timestamp with time zone;
