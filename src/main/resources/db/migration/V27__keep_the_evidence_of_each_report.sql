-- The evidence an approved update gave, kept with its report so that the plan's pages show it: the links (title and
-- address) and the files (served by the update's attachment, which goes when its round is deleted).
create table progress_report_link (
    report_id bigint       not null references progress_report (id) on delete cascade,
    position  integer      not null,
    title     varchar(300) not null,
    url       varchar(500) not null,
    constraint pk_progress_report_link primary key (report_id, position),
    constraint ck_progress_report_link_url check (url like 'http://%' or url like 'https://%')
);

create table progress_report_file (
    report_id     bigint       not null references progress_report (id) on delete cascade,
    position      integer      not null,
    attachment_id bigint       not null references progress_update_attachment (id) on delete cascade,
    filename      varchar(255) not null,
    constraint pk_progress_report_file primary key (report_id, position)
);

-- The evidence of the updates approved so far.
insert into progress_report_link (report_id, position, title, url)
select r.id, l.position, l.title, l.url
from progress_report r join progress_update_link l on l.update_id = r.update_id;

insert into progress_report_file (report_id, position, attachment_id, filename)
select r.id, row_number() over (partition by r.id order by a.uploaded_at, a.id) - 1, a.id, a.filename
from progress_report r join progress_update_attachment a on a.update_id = r.update_id;
