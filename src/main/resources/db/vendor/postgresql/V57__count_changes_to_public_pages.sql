-- The public pages move the content's number on like any other change to what pages show (see V37).
do $$
declare
    t text;
begin
    foreach t in array array['public_year', 'public_page', 'public_file']
    loop
        execute format('create constraint trigger content_changed after insert or update or delete on %I '
                       'deferrable initially deferred for each row execute function count_content_change()', t);
        execute format('create trigger content_truncated after truncate on %I '
                       'for each statement execute function count_content_change()', t);
    end loop;
end
$$;
