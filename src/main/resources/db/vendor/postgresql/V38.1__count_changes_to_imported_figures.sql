-- The tables of V38 count as content too (see V37): their changes move the version of the content at commit.
do $$
declare
    t text;
begin
    foreach t in array array['figure_import', 'figure_import_problem', 'figure_import_row']
    loop
        execute format('create constraint trigger content_changed after insert or update or delete on %I '
                       'deferrable initially deferred for each row execute function count_content_change()', t);
        execute format('create trigger content_truncated after truncate on %I '
                       'for each statement execute function count_content_change()', t);
    end loop;
end
$$;
