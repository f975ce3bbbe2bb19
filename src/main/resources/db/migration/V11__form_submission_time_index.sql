-- Every counted form post also deletes counts older than a day; without this index that was a
-- scan of the whole table on each post.
create index form_submission_time_idx on form_submission (submitted_at);
