-- One counter that every change readers can see increments, in the same transaction as the
-- change itself, so every instance's page cache notices it (timestamps from different
-- instances' clocks cannot be trusted to grow).
create table public_revision (
    id       integer primary key check (id = 1),
    revision bigint  not null
);
insert into public_revision (id, revision) values (1, 0);

-- Demo articles load once per database; deleting them must not bring them back on restart.
create table demo_content_load (
    id        integer primary key check (id = 1),
    loaded_at timestamp with time zone not null
);
insert into demo_content_load (id, loaded_at)
select 1, min(created_at) from article where demo having count(*) > 0;

-- A double-clicked "Publish" must make one article: the editor form carries a submission id.
alter table article add column submission_id varchar(36);
alter table article add constraint article_submission_unique unique (submission_id);

-- Signed-in e-mail addresses can be up to 254 characters; remember-me times are absolute.
alter table spring_session alter column principal_name set data type varchar(254);
alter table persistent_logins alter column last_used set data type timestamp with time zone;
