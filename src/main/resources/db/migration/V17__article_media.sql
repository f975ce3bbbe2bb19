-- Which images each article shows: its hero and the images in its text. An image is served to
-- everyone only once an article that shows it is public, so an image uploaded for a draft cannot
-- be found by trying ids. The blog rewrites an article's rows whenever it saves the article.
-- media_id has no foreign key: a text may name an image that is not (or no longer) stored.
create table article_media (
    article_id bigint not null references article (id) on delete cascade,
    media_id   bigint not null,
    primary key (article_id, media_id)
);

create index article_media_media_idx on article_media (media_id);

-- The articles already written: each hero, and every src="/media/{id}/..." in the stored
-- (sanitised) HTML, found by walking each text from one image to the next. Plain SQL that H2 and
-- PostgreSQL both run; the sanitiser lets only src="/media/<1 to 18 digits>/<width>.jpg" through.
insert into article_media (article_id, media_id)
with recursive rest_of_text (article_id, depth, rest) as (
    select id, 0, body_html from article where body_html like '%src="/media/%'
    union all
    select article_id, depth + 1, substring(rest from position('src="/media/' in rest) + 12)
    from rest_of_text
    where position('src="/media/' in rest) > 0
)
select article_id, cast(substring(rest from 1 for position('/' in rest) - 1) as bigint)
from rest_of_text
where depth > 0
  and position('/' in rest) between 2 and 19
  and ltrim(substring(rest from 1 for position('/' in rest) - 1), '0123456789') = ''
union
select id, hero_media_id from article where hero_media_id is not null;
