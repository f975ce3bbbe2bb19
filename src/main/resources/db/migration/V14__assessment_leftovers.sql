-- Leftovers of the time an unfinished assessment was stored (before V12): nothing writes the
-- 'STARTED' status or the step it had reached (next_section) any more, and nothing looks
-- assessments up by status.
drop index assessment_status_idx;
alter table assessment drop column next_section;

-- V10 left the status check unnamed, so its name differs between H2 and PostgreSQL. Moving the
-- values into a new column drops the old check with the old column on both, and the new check
-- has a name of its own.
alter table assessment add column finished_status varchar(16);
update assessment set finished_status = status;
alter table assessment drop column status;
alter table assessment rename column finished_status to status;
alter table assessment alter column status set not null;
alter table assessment add constraint assessment_status_check check (status in ('COMPLETED', 'STOPPED'));
