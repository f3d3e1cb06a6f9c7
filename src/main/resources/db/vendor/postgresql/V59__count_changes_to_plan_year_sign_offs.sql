-- Sign-offs move the content's number on like any other change to what pages show (see V37).
create constraint trigger content_changed after insert or update or delete on plan_year_sign_off
    deferrable initially deferred for each row execute function count_content_change();
create trigger content_truncated after truncate on plan_year_sign_off
    for each statement execute function count_content_change();
