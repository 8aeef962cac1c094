-- Every event query that filters on group and outcome is served by event_province_idx (with lower(province), as the
-- location filter asks) or event_month_idx (with subgroup, as the rollup recount asks); event_filter_idx was never
-- chosen (pg_stat_user_indexes on the 2.1 M claim benchmark ledger) and cost every new event one more index entry.
DROP INDEX IF EXISTS event_filter_idx;
