-- A large, clearly synthetic dataset for statement-count tests and the page benchmark (PostgreSQL only).
-- Every name starts with "Synthetic"; no figure here describes a real place. The figures follow simple formulas
-- so that each indicator has a mix of better, worse and missing comparisons.
--   1 partnership (with the demo board member and officer in it), 20 plans of one year each, 200 priorities
--   (10 a year), 400 priority sections,
--   2,000 actions (100 a year, each serving one or two priorities), 2,000 milestones,
--   500 indicators (25 a year, each linked to two priorities) with 40 quarterly values each (20,000 values).

insert into partnership (name, description)
values ('Synthetic Benchmark Partnership', 'Made-up data for performance tests.');

insert into plan (partnership_id, title, start_year, end_year, vision, status)
select p.id, 'Synthetic plan ' || lpad(n::text, 2, '0'), 1990 + n, 1991 + n, 'Synthetic vision.', 'APPROVED'
from partnership p, generate_series(1, 20) n
where p.name = 'Synthetic Benchmark Partnership';

insert into plan_year (plan_id, label, start_date, end_date)
select pl.id, pl.start_year || '-' || lpad((pl.end_year % 100)::text, 2, '0'),
       make_date(pl.start_year, 4, 1), make_date(pl.end_year, 3, 31)
from plan pl join partnership p on p.id = pl.partnership_id
where p.name = 'Synthetic Benchmark Partnership';

insert into priority (plan_year_id, number, title, lead_responsibility, position)
select y.id, '3.' || n, 'Synthetic priority ' || n || ' of ' || pl.title, 'Synthetic lead ' || (n % 4 + 1), n
from plan_year y join plan pl on pl.id = y.plan_id join partnership p on p.id = pl.partnership_id,
     generate_series(1, 10) n
where p.name = 'Synthetic Benchmark Partnership';

insert into priority_section (priority_id, position, heading, body)
select pr.id, s, case s when 1 then 'Why this is a priority' else 'What we will do' end,
       'Synthetic narrative for ' || pr.title || '.'
from priority pr join plan_year y on y.id = pr.plan_year_id join plan pl on pl.id = y.plan_id
     join partnership p on p.id = pl.partnership_id, generate_series(1, 2) s
where p.name = 'Synthetic Benchmark Partnership';

insert into plan_action (plan_year_id, number, text, target_wording, target_date, lead, position)
select y.id, 'S.' || n, 'Synthetic action ' || n, null,
       y.start_date + (n * 7 % 365), 'Synthetic lead ' || (n % 4 + 1), n
from plan_year y join plan pl on pl.id = y.plan_id join partnership p on p.id = pl.partnership_id,
     generate_series(1, 100) n
where p.name = 'Synthetic Benchmark Partnership';

-- Action n serves priority 3.((n - 1) % 10 + 1); every third action serves the next priority as well.
insert into action_priority (action_id, priority_id)
select a.id, pr.id
from plan_action a join priority pr on pr.plan_year_id = a.plan_year_id
where a.number like 'S.%'
  and (pr.position = (a.position - 1) % 10 + 1
       or (a.position % 3 = 0 and pr.position = a.position % 10 + 1));

insert into milestone (priority_id, action_id, position, text, due_date, completed_on)
select pr.id, a.id, row_number() over (partition by pr.id order by a.position),
       'Synthetic milestone for action ' || a.number, a.target_date - 30,
       case when a.position % 2 = 0 then a.target_date - 40 end
from plan_action a join priority pr on pr.plan_year_id = a.plan_year_id
where a.number like 'S.%' and pr.position = (a.position - 1) % 10 + 1;

insert into indicator (partnership_id, name, code, unit, polarity, frequency, period_type, source)
select p.id, 'Synthetic indicator ' || lpad(i::text, 3, '0'), 'SYN' || i,
       case i % 3 when 0 then 'PERCENTAGE' when 1 then 'RATE_PER_10000' else 'COUNT' end,
       case when i % 4 = 0 then 'LOWER_IS_BETTER' else 'HIGHER_IS_BETTER' end,
       'QUARTERLY', 'QUARTER', 'Synthetic source'
from partnership p, generate_series(1, 500) i
where p.name = 'Synthetic Benchmark Partnership';

-- Indicator i belongs to plan year (i - 1) / 25 + 1, in the order the plans were made.
insert into plan_year_indicator (plan_year_id, indicator_id, category, position)
select y.id, ind.id, case when ind.i % 2 = 0 then 'KEY_OUTCOME' else 'SUPPLEMENTARY' end, (ind.i - 1) % 25 + 1
from (select id, substring(name from 21)::int as i from indicator where name like 'Synthetic indicator %') ind
     join (select y.id, row_number() over (order by pl.start_year) as n
           from plan_year y join plan pl on pl.id = y.plan_id join partnership p on p.id = pl.partnership_id
           where p.name = 'Synthetic Benchmark Partnership') y on y.n = (ind.i - 1) / 25 + 1;

insert into indicator_priority (indicator_id, priority_id, is_primary)
select pyi.indicator_id, pr.id, pr.position = pyi.position % 10 + 1
from plan_year_indicator pyi join priority pr on pr.plan_year_id = pyi.plan_year_id
     join indicator ind on ind.id = pyi.indicator_id
where ind.name like 'Synthetic indicator %'
  and (pr.position = pyi.position % 10 + 1 or pr.position = (pyi.position + 1) % 10 + 1);

-- Forty quarters for every indicator; every tenth quarter has no figure, every seventh no national average.
insert into indicator_value (indicator_id, period_label, period_end, figure, provisional, not_available_reason,
                             national_average, statistical_neighbour, target)
select ind.id, 'Q' || (q % 4 + 1) || ' ' || (2000 + q / 4) || '-' || lpad(((2001 + q / 4) % 100)::text, 2, '0'),
       (make_date(2000 + q / 4, 7, 1) + (q % 4) * interval '3 months')::date - 1,
       case when q % 10 = 9 then null else round(((ind.id * 7 + q * 3) % 90 + 5)::numeric, 1) end,
       q = 39,
       case when q % 10 = 9 then 'Synthetic: not collected' end,
       case when q % 7 = 6 then null else round(((ind.id * 5 + q) % 80 + 10)::numeric, 1) end,
       round(((ind.id * 3 + q) % 80 + 10)::numeric, 1),
       case when q >= 36 then round(((ind.id * 11) % 80 + 10)::numeric, 1) end
from indicator ind, generate_series(0, 39) q
where ind.name like 'Synthetic indicator %';

-- The demo board member and officer sit on the synthetic partnership too, so that they read its pages.
insert into account_partnership (account_id, partnership_id)
select a.id, p.id
from account a, partnership p
where a.username in ('board', 'officer') and p.name = 'Synthetic Benchmark Partnership';
