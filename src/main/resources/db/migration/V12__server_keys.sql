-- Secret keys the site keeps for itself, one per purpose (e.g. sealing an unfinished assessment's
-- answers into the page the person has open). Made at random on first use; every instance and
-- every restart reads the same key from here.
create table server_key (
    purpose    varchar(60)  primary key,
    key_value  varchar(100) not null,
    created_at timestamp with time zone not null
);

-- An assessment is now stored once, when it is finished: the answers of one being answered travel
-- sealed (with a key from server_key) in the page the person has open. Unfinished ones stored
-- before this change are deleted, as the purge after 30 days would have done.
delete from assessment where status = 'STARTED';
