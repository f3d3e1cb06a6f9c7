-- One next year is started from a year: two people confirming at the same moment cannot both start one. (A partial
-- index, which H2 does not have; the portal checks the same rule before it writes.)
create unique index ux_plan_refresh_next_year_from on plan_refresh (from_year_id) where kind = 'NEXT_YEAR';
