-- The practice's own settings, edited by the owner. One row; until it exists the defaults come
-- from the environment (CoreBalanceProperties).
create table practice_settings (
    id            integer      primary key check (id = 1),
    practice_name varchar(100) not null,
    city          varchar(100) not null,
    contact_email varchar(254) not null,
    time_zone     varchar(60)  not null,
    social_links  varchar(2000) not null,
    demo_enabled  boolean      not null,
    updated_at    timestamp with time zone not null
);

-- Demo articles are marked so that turning demo content off removes exactly them.
alter table article add column demo boolean not null default false;
