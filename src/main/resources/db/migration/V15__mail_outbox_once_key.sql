-- Events reach their listeners at least once: a listener run again after a crash (its mail was
-- committed, its completion not yet recorded) must not queue the same message twice. A message
-- queued "once" carries a key such as contact-confirmation:42, and the outbox keeps one per key.
alter table mail_outbox add column once_key varchar(120);
create unique index mail_outbox_once_key on mail_outbox (once_key);
