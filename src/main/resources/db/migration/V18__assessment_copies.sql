-- A result's e-mail copy goes only to the address first given for it, at most twice: the
-- address is kept in "email", the count here. An assessment with an address has had one copy.
alter table assessment add column copies_sent integer not null default 0;
update assessment set copies_sent = 1 where email is not null;
