-- Spring Modulith's event publication registry: an event published in a transaction is stored with
-- it, marked complete when its listener has finished, and published again after a crash until then.
-- Columns as Modulith's own v2 schema; one definition that H2 (PostgreSQL mode) and PostgreSQL share.
create table event_publication (
    id                     uuid                     not null primary key,
    listener_id            varchar(512)             not null,
    event_type             varchar(512)             not null,
    serialized_event       varchar(100000)          not null,
    publication_date       timestamp with time zone not null,
    completion_date        timestamp with time zone,
    status                 varchar(20),
    completion_attempts    int,
    last_resubmission_date timestamp with time zone
);
create index event_publication_by_completion_date on event_publication (completion_date);
